"""One unit of work for requests and background tasks alike.

A unit of work owns one session: it commits when its body completes and rolls back when it
raises; the jobs a service deferred meanwhile (core.queue.defer_job) are enqueued only after
the commit, so a worker never starts on a row it cannot see, and dropped with a rollback.
Nothing else commits: services and crud only flush.
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.errors import AppError
from app.core.queue import discard_deferred, enqueue_deferred
from app.core.redis import QueuePools


@dataclass(frozen=True)
class UnitOfWork:
    """Opens units of work on one sessionmaker, enqueueing deferred jobs on `queues`."""

    sessionmaker: async_sessionmaker[AsyncSession]
    queues: QueuePools

    @asynccontextmanager
    async def begin(self) -> AsyncIterator[AsyncSession]:
        async with self.sessionmaker() as session:
            try:
                yield session
                await session.commit()
            except AppError as exc:
                if not exc.keep_changes:
                    await rollback_quietly(session)
                    raise
                # A security action taken before refusing (a revocation, a notice to the owner)
                # must survive the refusal.
                await session.commit()
                await enqueue_deferred(session, self.queues)
                raise
            except BaseException:
                await rollback_quietly(session)
                raise
            await enqueue_deferred(session, self.queues)


async def rollback_quietly(session: AsyncSession) -> None:
    """Roll back and drop the deferred jobs; the connection may be what failed, so a failing
    rollback must not hide the original error."""
    discard_deferred(session)
    with suppress(Exception):
        await session.rollback()


@dataclass(frozen=True)
class ReadOnlyWork(UnitOfWork):
    """A unit of work on a read-only session (app.core.db.create_read_sessionmaker: autocommit,
    refuses to flush): each statement commits itself and nothing can be written or deferred, so
    there is nothing to commit, roll back or enqueue; the session is only opened and closed
    (closing returns its connection). A third of an unused read session's cost went to the
    commit and the deferred-job bookkeeping."""

    @asynccontextmanager
    async def begin(self) -> AsyncIterator[AsyncSession]:
        async with self.sessionmaker() as session:
            yield session
