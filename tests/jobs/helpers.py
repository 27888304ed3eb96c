import asyncio
import uuid
from typing import Any

from app.models import Job
from app.services import jobs as job_service
from tests.jobs import sample_jobs  # noqa: F401  (declares the run_test_count task)


async def start_counting_job(
    ctx: Any,
    params: dict[str, Any],
    user_id: uuid.UUID | None = None,
    dedupe_key: str | None = None,
) -> tuple[Job, bool]:
    async with ctx.uow.begin() as session:
        job, created = await job_service.start_job(
            session,
            user_id=user_id,
            job_type="test_count",
            params=params,
            dedupe_key=dedupe_key,
        )
    return job, created


async def load_job(ctx: Any, job_id: uuid.UUID) -> Job:
    async with ctx.sessionmaker() as session:
        job = await session.get(Job, job_id)
        assert job is not None
        return job


async def wait_for(ctx: Any, job_id: uuid.UUID, predicate: Any, timeout: float = 90) -> Job:
    """The job once `predicate` holds. The deadline only catches a stuck job: a real worker
    process starting on a loaded machine can take tens of seconds."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        job = await load_job(ctx, job_id)
        if predicate(job):
            return job
        assert asyncio.get_running_loop().time() < deadline, (
            f"job stuck: {job.status} {job.processed}/{job.total} errors: {job.error_log[-3:]}"
        )
        await asyncio.sleep(0.05)
