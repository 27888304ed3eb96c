"""Enqueue ARQ jobs only after the unit of work that created their records has committed.

Services call `defer_job(session, ...)`; whoever commits the session (the request dependency or a
job's unit of work) then calls `enqueue_deferred`. A rollback drops the deferred jobs, so a worker
never starts on a row it cannot see.
"""

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.redis import QueuePools

PENDING_KEY = "fincoach_deferred_jobs"


@dataclass(frozen=True)
class DeferredJob:
    queue: str
    function: str
    args: tuple[Any, ...]
    job_id: str | None = None
    kwargs: dict[str, Any] = field(default_factory=dict)


def defer_job(
    session: AsyncSession,
    queue: str,
    function: str,
    *args: Any,
    job_id: str | None = None,
    **kwargs: Any,
) -> None:
    session.info.setdefault(PENDING_KEY, []).append(
        DeferredJob(queue=queue, function=function, args=args, job_id=job_id, kwargs=kwargs)
    )


def discard_deferred(session: AsyncSession) -> None:
    session.info.pop(PENDING_KEY, None)


async def enqueue_deferred(session: AsyncSession, pools: QueuePools) -> None:
    jobs: list[DeferredJob] = session.info.pop(PENDING_KEY, [])
    for job in jobs:
        await pools.for_queue(job.queue).enqueue_job(
            job.function, *job.args, _job_id=job.job_id, **job.kwargs
        )
