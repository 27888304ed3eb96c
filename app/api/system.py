"""Operational endpoints: /health and /metrics."""

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST

from app.core import metrics as metrics_registry
from app.services import health

router = APIRouter(tags=["system"])


@router.get("/health", responses={503: {"description": "PostgreSQL or Redis is down"}})
async def read_health(request: Request) -> JSONResponse:
    result = await health.check(request.state.engine, request.state.cache)
    return JSONResponse(result, status_code=200 if result["status"] == "ok" else 503)


@router.get("/metrics", include_in_schema=False)
async def metrics() -> Response:
    return Response(metrics_registry.render(), media_type=CONTENT_TYPE_LATEST)
