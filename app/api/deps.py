"""Request-scoped dependencies: the unit of work, the signed-in user, shared connections."""

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.security import OAuth2PasswordBearer
from redis.asyncio import Redis
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import ObjectDeletedError, StaleDataError

from app.core.config import Settings
from app.core.errors import AppError, BadRequest, Conflict, Forbidden, ServiceUnavailable
from app.core.queue import discard_deferred, enqueue_deferred
from app.models import User
from app.models.role import ADMIN_ROLE
from app.services import auth as auth_service

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/auth/login")


def get_settings(request: Request) -> Settings:
    settings: Settings = request.state.settings
    return settings


def get_cache(request: Request) -> "Redis":
    cache: Redis = request.state.cache
    return cache


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One transaction per request: committed when the endpoint returns, rolled back when it
    raises. Jobs deferred during the request are enqueued only after the commit."""
    async with request.state.sessionmaker() as session:
        try:
            yield session
            await session.commit()
        except AppError as exc:
            await (session.commit() if exc.keep_changes else session.rollback())
            discard_deferred(session)
            raise
        except (StaleDataError, ObjectDeletedError) as exc:
            # Another request deleted or changed the row between our read and our write.
            await _rollback_quietly(session)
            raise Conflict(
                "This item was changed or deleted by another request. Reload it and try again.",
                code="concurrent_change",
            ) from exc
        except (OperationalError, DBAPIError, OSError) as exc:
            await _rollback_quietly(session)
            if _is_bad_value(exc):
                raise BadRequest(
                    "The request holds a value that cannot be stored (a NUL character, or a "
                    "number out of range).",
                    code="invalid_value",
                ) from exc
            raise ServiceUnavailable(
                "The database is not reachable right now. Please try again shortly."
            ) from exc
        except BaseException:
            await _rollback_quietly(session)
            raise
        await enqueue_deferred(session, request.state.queues)


def _is_bad_value(exc: BaseException) -> bool:
    """PostgreSQL's class 22 "data exception" (a NUL byte in text, an integer or numeric out of
    range, an invalid datetime): the request's values are at fault, not the database."""
    sqlstate = getattr(getattr(exc, "orig", None), "sqlstate", None)
    return isinstance(exc, DBAPIError) and isinstance(sqlstate, str) and sqlstate.startswith("22")


async def _rollback_quietly(session: AsyncSession) -> None:
    try:
        discard_deferred(session)
        await session.rollback()
    except Exception:  # the connection may be the thing that failed
        pass


# scope="function": commit before the response is sent, so a client never reads stale data.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]
SettingsDep = Annotated[Settings, Depends(get_settings)]
CacheDep = Annotated["Redis", Depends(get_cache)]


async def get_current_user(
    session: SessionDep, settings: SettingsDep, token: Annotated[str, Depends(oauth2_scheme)]
) -> User:
    return await auth_service.user_from_access_token(session, settings, token)


CurrentUser = Annotated[User, Depends(get_current_user)]


async def get_admin_user(user: CurrentUser) -> User:
    if user.role.name != ADMIN_ROLE:
        raise Forbidden("Administrator access is required.")
    return user


AdminUser = Annotated[User, Depends(get_admin_user)]


@dataclass(frozen=True)
class Pagination:
    offset: int
    limit: int


def get_pagination(
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Pagination:
    return Pagination(offset=offset, limit=limit)


PaginationDep = Annotated[Pagination, Depends(get_pagination)]
