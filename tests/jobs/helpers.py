import asyncio
import uuid
from typing import Any

from app.core.queue import enqueue_deferred
from app.core.redis import EMAIL_QUEUE
from app.models import Job
from app.services import jobs as job_service


async def start_counting_job(
    ctx: dict[str, Any],
    params: dict[str, Any],
    user_id: uuid.UUID | None = None,
    dedupe_key: str | None = None,
) -> tuple[Job, bool]:
    async with ctx["sessionmaker"]() as session:
        job, created = await job_service.start_job(
            session,
            user_id=user_id,
            job_type="test_count",
            queue=EMAIL_QUEUE,
            params=params,
            dedupe_key=dedupe_key,
        )
        await session.commit()
        await enqueue_deferred(session, ctx["queues"])
    return job, created


async def load_job(ctx: dict[str, Any], job_id: uuid.UUID) -> Job:
    async with ctx["sessionmaker"]() as session:
        job = await session.get(Job, job_id)
        assert job is not None
        return job


async def wait_for(
    ctx: dict[str, Any], job_id: uuid.UUID, predicate: Any, timeout: float = 30
) -> Job:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        job = await load_job(ctx, job_id)
        if predicate(job):
            return job
        assert asyncio.get_running_loop().time() < deadline, (
            f"job stuck: {job.status} {job.processed}/{job.total}"
        )
        await asyncio.sleep(0.05)
