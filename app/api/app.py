"""The application factory: routers, error handlers, metrics, the SPA, and the lifespan that owns
every connection pool."""

import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, TypedDict

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api import v1
from app.api.auth import router as auth_router
from app.api.openapi import operation_id
from app.api.system import router as system_router
from app.core.config import Settings, get_settings
from app.core.db import (
    create_api_engine,
    create_read_engine,
    create_read_sessionmaker,
    create_sessionmaker,
)
from app.core.errors import AppError
from app.core.logging import configure_logging
from app.core.metrics import HTTP_LATENCY, HTTP_REQUESTS
from app.core.redis import QueuePools, create_cache_redis, create_queue_pools
from app.core.uow import ReadOnlyWork, UnitOfWork
from app.ingest import csv_import
from app.schemas.common import ErrorResponse
from app.services.auth import ClaimsCache, IdentityCache

log = logging.getLogger(__name__)


class AppState(TypedDict):
    settings: Settings
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]
    uow: UnitOfWork  # SessionDep's
    read_uow: UnitOfWork  # ReadSessionDep's and CurrentIdentity's: autocommit, never flushes
    read_engine: AsyncEngine  # the ledger page's, without a session (deps.read_engine)
    cache: "Redis"
    queues: QueuePools
    identity_cache: IdentityCache
    claims_cache: ClaimsCache  # verified access tokens (app.services.auth)


def create_application(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings.log_level)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[AppState]:
        engine = create_api_engine(settings)
        cache = create_cache_redis(settings)
        queues = await create_queue_pools(settings)
        sessionmaker = create_sessionmaker(engine)
        try:
            yield AppState(
                settings=settings,
                engine=engine,
                sessionmaker=sessionmaker,
                uow=UnitOfWork(sessionmaker, queues),
                read_uow=ReadOnlyWork(create_read_sessionmaker(engine), queues),
                read_engine=create_read_engine(engine),
                cache=cache,
                queues=queues,
                identity_cache=IdentityCache(settings.auth_cache_seconds),
                claims_cache=ClaimsCache(settings.auth_cache_seconds),
            )
        finally:
            await queues.close()
            await cache.aclose()
            await engine.dispose()

    app = FastAPI(
        title=settings.app_name,
        version="0.1.0",
        description="Your mailbox's bank alerts and receipts, turned into a clean ledger.",
        lifespan=lifespan,
        responses={422: {"model": ErrorResponse, "description": "Invalid request"}},
        generate_unique_id_function=operation_id,
        docs_url="/docs" if settings.docs_enabled else None,
        redoc_url="/redoc" if settings.docs_enabled else None,
        openapi_url="/openapi.json" if settings.docs_enabled else None,
    )
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=True,
            allow_methods=["*"],
            allow_headers=["*"],
        )
    app.add_middleware(MetricsMiddleware)
    app.add_middleware(BodySizeLimitMiddleware, limits=_BODY_LIMITS)
    app.add_middleware(SecurityHeadersMiddleware)
    _add_error_handlers(app)
    app.include_router(system_router)
    for router in v1.ROUTERS:  # before auth's few routes: see app.api.v1 on route order
        app.include_router(router, prefix=v1.PREFIX)
    app.include_router(auth_router)
    _serve_spa(app, settings)
    return app


# The SPA and the API load nothing from elsewhere; the interactive API docs (Swagger UI,
# ReDoc) take their scripts and styles from jsDelivr, so those two pages get a policy of their own.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws: wss:; "
    "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"
)
DOCS_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: "
    "https://fastapi.tiangolo.com https://cdn.redoc.ly; worker-src 'self' blob:; "
    "frame-ancestors 'none'; base-uri 'self'; object-src 'none'"
)
_DOCS_PATHS = ("/docs", "/redoc")


class SecurityHeadersMiddleware:
    """Headers every response carries: a strict Content-Security-Policy (no framing), no MIME
    sniffing, no referrer leaking paths to other sites."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = str(scope.get("path", "")).startswith(_DOCS_PATHS)
        policy = DOCS_CONTENT_SECURITY_POLICY if docs else CONTENT_SECURITY_POLICY
        extra = [
            (b"content-security-policy", policy.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"no-referrer"),
        ]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


# Routes whose body FastAPI parses whole (a form with a file) before the handler could look at
# its size: capped here instead, with room for the multipart framing and the other fields.
_FORM_SLACK = 64 * 1024
_BODY_LIMITS = {
    "/api/v1/transactions/import": csv_import.MAX_FILE_BYTES + _FORM_SLACK,
    "/api/v1/transactions/import/preview": csv_import.MAX_FILE_BYTES + _FORM_SLACK,
}


class BodySizeLimitMiddleware:
    """Refuses a body over its route's cap before any of it is parsed: at once by its declared
    Content-Length, else as soon as the streamed bytes pass the cap."""

    def __init__(self, app: ASGIApp, limits: dict[str, int]) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = self.limits.get(scope.get("path", "")) if scope["type"] == "http" else None
        if limit is None:
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            await _too_large(limit)(scope, receive, send)
            return
        received = 0

        async def receive_within_limit() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                # an HTTPException: FastAPI turns any other error met reading a form into a 400
                raise HTTPException(413, _too_large_message(limit))
            return message

        await self.app(scope, receive_within_limit, send)


def _too_large_message(limit: int) -> str:
    return f"The upload is larger than the {(limit - _FORM_SLACK) // 2**20} MB allowed."


def _too_large(limit: int) -> JSONResponse:
    return _error(413, "payload_too_large", _too_large_message(limit))


class MetricsMiddleware:
    """Latency and count per route template and status. Plain ASGI: Starlette's
    BaseHTTPMiddleware (`@app.middleware("http")`) runs every request through an extra task and
    memory streams, which cost more than the metrics themselves."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500  # what the client gets if the app fails before it starts a response

        async def send_and_note_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_note_status)
        finally:
            route = scope.get("route")
            path = getattr(route, "path", "unmatched")  # the template: ids would explode labels
            method = scope["method"]
            HTTP_LATENCY.labels(method, path).observe(time.perf_counter() - started)
            HTTP_REQUESTS.labels(method, path, status).inc()


def _error(
    status: int,
    code: str,
    message: str,
    details: list[Any] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "details": details}}
    return JSONResponse(body, status_code=status, headers=headers)


_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    429: "rate_limited",
}


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AppError)
    async def app_error(_: Request, exc: AppError) -> JSONResponse:
        return _error(exc.status_code, exc.code, exc.message, exc.details, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        details = [
            {"field": ".".join(str(p) for p in err["loc"] if p != "body"), "message": err["msg"]}
            for err in exc.errors()
        ]
        summary = "; ".join(f"{d['field'] or 'body'}: {d['message']}" for d in details[:3])
        return _error(422, "validation_error", f"Invalid request. {summary}", details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        return _error(exc.status_code, code, str(exc.detail), None, dict(exc.headers or {}))

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _error(500, "internal_error", "Something went wrong on our side.")


def _serve_spa(app: FastAPI, settings: Settings) -> None:
    """The built React app at /, with index.html for client-side routes."""
    dist = settings.frontend_dist
    index = dist / "index.html"
    if not index.is_file():
        return
    if (dist / "assets").is_dir():
        app.mount("/assets", StaticFiles(directory=dist / "assets"), name="assets")

    @app.get("/{path:path}", include_in_schema=False)
    async def spa(path: str) -> FileResponse:
        if path.startswith(("api/", "health", "metrics", "docs", "openapi.json")):
            raise StarletteHTTPException(404, "Not Found")
        candidate = (dist / path).resolve()
        if path and candidate.is_file() and candidate.is_relative_to(dist.resolve()):
            return FileResponse(candidate)
        return FileResponse(index)
