"""Enqueue ARQ jobs only after the unit of work that created their records has committed.

Services start tasks through their declarations (core.tasks), which call `defer_job`; the unit
of work (core.uow) then calls `enqueue_deferred` after its commit. A rollback drops the deferred
jobs, so a worker never starts on a row it cannot see.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.redis import QueuePools

PENDING_KEY = "fincoach_deferred_jobs"


@dataclass(frozen=True)
class DeferredJob:
    queue: str
    function: str
    arguments: dict[str, Any]
    job_id: str | None = None
    defer_by: float | None = None


def defer_job(session: AsyncSession, job: DeferredJob) -> None:
    session.info.setdefault(PENDING_KEY, []).append(job)


def discard_deferred(session: AsyncSession) -> None:
    session.info.pop(PENDING_KEY, None)


async def enqueue_deferred(session: AsyncSession, pools: QueuePools) -> None:
    jobs: list[DeferredJob] = session.info.pop(PENDING_KEY, [])
    for job in jobs:
        await pools.for_queue(job.queue).enqueue_job(
            job.function, _job_id=job.job_id, _defer_by=job.defer_by, **job.arguments
        )
