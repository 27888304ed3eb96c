"""Request-scoped dependencies: the unit of work, the signed-in user, shared connections.

Every dependency is `async def`, even when it awaits nothing: FastAPI runs a plain `def` one in a
worker thread, a thread hop per dependency per request."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.security import OAuth2PasswordBearer
from redis.asyncio import Redis
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from sqlalchemy.orm.exc import ObjectDeletedError, StaleDataError

from app.core.config import Settings
from app.core.errors import BadRequest, Conflict, Forbidden, ServiceUnavailable
from app.core.redis import QueuePools
from app.core.security import is_api_token
from app.core.uow import UnitOfWork
from app.models import User
from app.models.role import ADMIN_ROLE
from app.schemas.api_token import ApiTokenScope
from app.services import api_tokens as api_token_service
from app.services import auth as auth_service
from app.services.api_tokens import Credential
from app.services.auth import Identity, IdentityCache

oauth2_scheme = OAuth2PasswordBearer(
    tokenUrl="/api/auth/login",
    description="An access token from /api/auth/login, or a personal API token (fct_...) "
    "made under /api/v1/api-tokens.",
)


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.state.settings
    return settings


async def get_cache(request: Request) -> "Redis":
    cache: Redis = request.state.cache
    return cache


@asynccontextmanager
async def _unit_of_work(uow: UnitOfWork) -> AsyncIterator[AsyncSession]:
    """The shared unit of work (core.uow), with database failures turned into 409/400/503."""
    async with _database_errors(), uow.begin() as session:
        yield session


@asynccontextmanager
async def read_engine(request: Request) -> AsyncIterator[AsyncEngine]:
    """The read engine (autocommit, app.core.db.Reader) for the ledger page: its one statement
    borrows a pooled connection, with no ORM session opened and closed around it, and database
    failures answered as a session's are. Entered in the endpoint, not as a dependency: FastAPI
    runs a generator dependency through an exit stack, which cost more than the session did."""
    async with _database_errors():
        yield request.state.read_engine


@asynccontextmanager
async def _database_errors() -> AsyncIterator[None]:
    """Database failures turned into 409 (a concurrent change), 400 (a value PostgreSQL
    refuses) or 503 (the database is out of reach)."""
    try:
        yield
    except (StaleDataError, ObjectDeletedError) as exc:
        # Another request deleted or changed the row between our read and our write.
        raise Conflict(
            "This item was changed or deleted by another request. Reload it and try again.",
            code="concurrent_change",
        ) from exc
    except (OperationalError, DBAPIError, OSError, PoolTimeout) as exc:
        # PoolTimeout: every pooled connection stayed busy for pool_timeout (30 s).
        if _is_bad_value(exc):
            raise BadRequest(
                "The request holds a value that cannot be stored (a NUL character, or a "
                "number out of range).",
                code="invalid_value",
            ) from exc
        raise ServiceUnavailable(
            "The database is not reachable right now. Please try again shortly."
        ) from exc


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One transaction per request: committed when the endpoint returns, rolled back when it
    raises."""
    async with _unit_of_work(request.state.uow) as session:
        yield session


async def get_read_session(request: Request) -> AsyncIterator[AsyncSession]:
    """For routes that only read: the connection autocommits, which saves the BEGIN and COMMIT
    round trips (a third of a short request's database work). Each statement sees what was
    committed when it started, as it would inside a READ COMMITTED transaction. The session
    refuses to flush (app.core.db.ReadOnlySession): a write here could not be rolled back."""
    async with _unit_of_work(request.state.read_uow) as session:
        yield session


def _is_bad_value(exc: BaseException) -> bool:
    """PostgreSQL's class 22 "data exception" (a NUL byte in text, an integer or numeric out of
    range, an invalid datetime): the request's values are at fault, not the database."""
    sqlstate = getattr(getattr(exc, "orig", None), "sqlstate", None)
    return isinstance(exc, DBAPIError) and isinstance(sqlstate, str) and sqlstate.startswith("22")


# scope="function": commit before the response is sent, so a client never reads stale data.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]
ReadSessionDep = Annotated[AsyncSession, Depends(get_read_session, scope="function")]
SettingsDep = Annotated[Settings, Depends(get_settings)]
CacheDep = Annotated["Redis", Depends(get_cache)]


async def get_queues(request: Request) -> QueuePools:
    queues: QueuePools = request.state.queues
    return queues


QueuesDep = Annotated[QueuePools, Depends(get_queues)]


# What a personal API token's scope allows by the request's method: read is for these alone.
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


async def get_credential(
    request: Request, settings: SettingsDep, token: Annotated[str, Depends(oauth2_scheme)]
) -> Credential:
    """Who signed the request, and with what: an access JWT (verified by its signature) or a
    personal API token (looked up by its digest on every request, so a revocation counts at
    once). The one place where a token's scope meets the request: read scope only reads; admin
    routes also ask for admin scope (get_admin_user)."""
    return await _credential(request, settings, token)


async def _credential(request: Request, settings: Settings, token: str) -> Credential:
    if not is_api_token(token):
        claims = auth_service.cached_access_token_claims(
            settings, request.state.claims_cache, token
        )
        return Credential(user_id=claims.user_id, token_version=claims.version)
    async with _unit_of_work(request.state.read_uow) as session:
        credential = await api_token_service.authenticate(session, token)
    if api_token_service.use_is_due(credential):
        async with _unit_of_work(request.state.uow) as session:
            await api_token_service.record_use(session, credential)
    needed: ApiTokenScope = "read" if request.method in READ_METHODS else "write"
    api_token_service.require_scope(credential, needed)
    return credential


CredentialDep = Annotated[Credential, Depends(get_credential)]


async def get_enrolling_user(credential: CredentialDep, session: SessionDep) -> User:
    user = await auth_service.user_by_id(session, credential.user_id)
    auth_service.ensure_current(credential.token_version, user.token_version)
    return user


EnrollingUser = Annotated[User, Depends(get_enrolling_user)]
"""The signed-in user's row, even while an admin requires two-factor sign-in of them and it is
not set up: only for the routes that show the profile and set it up."""


async def get_current_user(user: EnrollingUser, session: SessionDep) -> User:
    await auth_service.ensure_enrolled(session, user)
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
"""The signed-in user's row, read on every request: for routes that show or change the user.
Refused (403 totp_enrolment_required) while an admin requires two-factor sign-in of the user
and it is not set up."""


async def get_identity_cache(request: Request) -> IdentityCache:
    cache: IdentityCache = request.state.identity_cache
    return cache


IdentityCacheDep = Annotated[IdentityCache, Depends(get_identity_cache)]


async def get_current_identity(
    request: Request, token: Annotated[str, Depends(oauth2_scheme)]
) -> Identity:
    # The credential, settings and cache are taken here rather than as dependencies of their
    # own: each dependency FastAPI resolves costs about as much as reading the identity from
    # the cache, and this one runs on every read route (the same checks as get_credential).
    credential = await _credential(request, request.state.settings, token)
    user_id = credential.user_id  # the token is verified on every request
    cache: IdentityCache = request.state.identity_cache
    identity = cache.get(user_id)
    if identity is None:
        # A unit of work of its own, whatever session the route takes: its connection is back
        # in the pool before the endpoint asks for one (never two held at once).
        async with _unit_of_work(request.state.read_uow) as session:
            identity = await auth_service.identity_of(session, user_id)
        cache.put(user_id, identity)
    auth_service.ensure_current(credential.token_version, identity.token_version)
    return identity


CurrentIdentity = Annotated[Identity, Depends(get_current_identity)]
"""Who is signed in (id, base currency, time zone). The token is verified on every request; the
user's row (exists, active, verified, token version) is read at most every AUTH_CACHE_SECONDS
per API process:
for routes that only need to know whose data to read. It checks the credential itself rather
than through CredentialDep, so a route takes one or the other (both would look a personal API
token up twice)."""


async def get_admin_user(user: CurrentUser, credential: CredentialDep) -> User:
    if user.role.name != ADMIN_ROLE:
        raise Forbidden("Administrator access is required.")
    api_token_service.require_scope(credential, "admin")
    return user


AdminUser = Annotated[User, Depends(get_admin_user)]


async def get_signed_in_user(user: EnrollingUser, credential: CredentialDep) -> User:
    api_token_service.refuse_api_token(credential, "change how the account signs in")
    return user


SignedInUser = Annotated[User, Depends(get_signed_in_user)]
"""The signed-in person, never through a personal API token, and even before a required
two-factor set-up: for changing the password and two-factor sign-in (what changes how the
account signs in)."""


@dataclass(frozen=True)
class Pagination:
    offset: int
    limit: int


async def get_pagination(
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Pagination:
    return Pagination(offset=offset, limit=limit)


PaginationDep = Annotated[Pagination, Depends(get_pagination)]
