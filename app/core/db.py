"""Async SQLAlchemy engine and sessions; one unit of work per request or job."""

import time
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import Session

from app.core.config import Settings

# A pooled connection unused for longer than this is pinged before it is handed out.
PING_AFTER_IDLE_SECONDS = 5.0


def create_engine(settings: Settings) -> AsyncEngine:
    """For workers and scripts: every checkout is pinged (pool_pre_ping), so a connection that
    PostgreSQL dropped is replaced before a job uses it; a few round trips per batch."""
    return create_async_engine(
        settings.database_url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_pre_ping=True,
    )


def create_api_engine(settings: Settings) -> AsyncEngine:
    """For the API, which can run at full concurrency for minutes: all DB_POOL_SIZE +
    DB_MAX_OVERFLOW connections stay open. An overflow connection is closed as soon as it is
    returned, so a pool run past its size opens and closes connections all the time, and every
    new one costs a PostgreSQL backend with cold caches and re-prepared statements (under 64
    connections of load that took 4 ms of PostgreSQL CPU per request instead of 1)."""
    engine = create_async_engine(
        settings.database_url,
        pool_size=settings.db_pool_size + settings.db_max_overflow,
        max_overflow=0,
    )
    _ping_idle_connections(engine)
    return engine


def _ping_idle_connections(engine: AsyncEngine) -> None:
    """So that a restarted PostgreSQL does not poison the pool: SQLAlchemy's pool_pre_ping, but
    only for connections that sat idle. pool_pre_ping costs three round trips (BEGIN, ping,
    ROLLBACK) on every checkout, about a tenth of a short request's time. A connection used
    within PING_AFTER_IDLE_SECONDS is trusted; if it is dead after all, its query fails (503)
    and SQLAlchemy's disconnect handling invalidates the whole pool, so only requests already
    under way when the server went away fail."""

    @event.listens_for(engine.sync_engine, "checkin")
    def note_idle_since(dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine.sync_engine, "checkout")
    def ping_if_idle(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        idle_since = record.info.pop("idle_since", None)
        if idle_since is None or time.monotonic() - idle_since < PING_AFTER_IDLE_SECONDS:
            return  # a new connection, or one in use a moment ago
        try:
            dbapi_connection.ping()
        except Exception as exc:
            raise DisconnectionError("idle connection failed its ping") from exc  # pool retries


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    # expire_on_commit=False: objects stay readable after commit (responses are built then).
    return async_sessionmaker(engine, expire_on_commit=False)


class ReadOnlySession(Session):
    """A session on an autocommit connection, for requests that only read: it refuses to
    flush, because a write would be committed at once and could not be rolled back."""


@event.listens_for(ReadOnlySession, "before_flush")
def _refuse_writes(session: Session, flush_context: Any, instances: Any) -> None:
    raise RuntimeError("a read-only session was asked to write: use a SessionDep route")


def create_read_engine(engine: AsyncEngine) -> AsyncEngine:
    """The engine without BEGIN/COMMIT round trips (isolation level AUTOCOMMIT), same pool:
    under read-only sessions, and alone under the hottest read route's statement (a Reader)."""
    return engine.execution_options(isolation_level="AUTOCOMMIT")


Reader = AsyncSession | AsyncEngine
"""What a read-only query runs on: a session, or the read engine itself (create_read_engine),
where a compiled statement borrows a pooled connection for itself alone (crud.compiled) and no
ORM session is opened and closed around it."""


def create_read_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Sessions without BEGIN/COMMIT round trips (isolation level AUTOCOMMIT), same pool."""
    return async_sessionmaker(
        create_read_engine(engine),
        expire_on_commit=False,
        sync_session_class=ReadOnlySession,
    )
