"""Creating, listing, cancelling and retrying jobs. The work itself runs in app/jobs (workers);
this module only touches the records and the queue."""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import Conflict, NotFound
from app.core.tasks import JobRecord, job_task
from app.crud import jobs
from app.models.job import CANCELLED, FAILED, FINAL_STATUSES, PENDING, Job
from app.schemas.job import JobStats


async def start_job(
    session: AsyncSession,
    *,
    user_id: uuid.UUID | None,
    job_type: str,
    params: dict[str, Any],
    dedupe_key: str | None = None,
) -> tuple[Job, bool]:
    """(job, created). With a dedupe key, an active job holding it is returned instead of a new
    one, so the same mailbox is never synced twice at once."""
    task = job_task(job_type)  # fails early for a type no task runs
    job_id = uuid.uuid4()
    job = await jobs.create_unless_active(
        session,
        id=job_id,
        user_id=user_id,
        type=job_type,
        queue=task.queue,
        params=params,
        dedupe_key=dedupe_key,
        status=PENDING,
        arq_job_id=arq_job_id(dedupe_key or job_type, job_id, "turn0"),
    )
    if job is None:
        existing = await jobs.get_active_by_dedupe_key(session, dedupe_key or "")
        if existing is None:  # it finished between the two statements: try once more
            return await start_job(
                session,
                user_id=user_id,
                job_type=job_type,
                params=params,
                dedupe_key=dedupe_key,
            )
        return existing, False
    enqueue(session, job)
    return job, True


def arq_job_id(base: str, job_id: uuid.UUID, run: str) -> str:
    """The ARQ id of one queue entry of a job record: `{dedupe key or type}:{record id}:{run}`
    ("turn0" for the first run, "turn{n}" after the n-th claim yielded, "requeue{n}" for
    upkeep). Every entry names its record and its run: ARQ silently drops an enqueue while a
    job key or a result key with the same id exists, and an earlier job of the same dedupe key
    (a mailbox synced before) can have left one for a day, so an id made of the dedupe key
    alone could swallow a new job's first run."""
    return f"{base}:{job_id}:{run}"


def enqueue(session: AsyncSession, job: Job) -> None:
    """Queue the job's task, under its record's `arq_job_id`, once the current unit of work
    commits."""
    job_task(job.type).defer(session, JobRecord(job_id=str(job.id)), job_id=job.arq_job_id)


async def list_jobs(
    session: AsyncSession,
    user_id: uuid.UUID,
    *,
    offset: int,
    limit: int,
    status: str | None,
    job_type: str | None,
    active_only: bool = False,
) -> tuple[Sequence[Job], int]:
    return await jobs.list_for_user(
        session,
        user_id,
        offset=offset,
        limit=limit,
        status=status,
        job_type=job_type,
        active_only=active_only,
    )


async def get_job(session: AsyncSession, user_id: uuid.UUID, job_id: uuid.UUID) -> Job:
    job = await jobs.get_for_user(session, user_id, job_id)
    if job is None:
        raise NotFound("Job not found.")
    return job


async def cancel_job(session: AsyncSession, user_id: uuid.UUID, job_id: uuid.UUID) -> Job:
    """A pending job is cancelled at once; a running one stops at its next progress point."""
    job = await get_job(session, user_id, job_id)
    if job.status in FINAL_STATUSES:
        raise Conflict(f"This job has already {job.status}.", code="job_finished")
    job.cancel_requested = True
    if job.status == PENDING:
        job.status = CANCELLED
    return job


async def retry_job(session: AsyncSession, user_id: uuid.UUID, job_id: uuid.UUID) -> Job:
    """A failed or cancelled job runs again as a new job with the same parameters."""
    job = await get_job(session, user_id, job_id)
    if job.status not in (FAILED, CANCELLED):
        raise Conflict("Only a failed or cancelled job can be retried.", code="job_not_retryable")
    new, _ = await start_job(
        session,
        user_id=job.user_id,
        job_type=job.type,
        params={**job.params, "retry_of": str(job.id)},
        dedupe_key=job.dedupe_key,
    )
    return new


async def stats(session: AsyncSession) -> JobStats:
    by_type: dict[str, dict[str, int]] = {}
    for job_type, status, count in await jobs.counts_by_type_and_status(session):
        by_type.setdefault(job_type, {})[status] = count
    active = sum(n for t in by_type.values() for s, n in t.items() if s not in FINAL_STATUSES)
    return JobStats(by_type=by_type, active=active)


async def stale_jobs(session: AsyncSession, stale_after: timedelta) -> Sequence[Job]:
    """Processing jobs whose worker stopped sending heartbeats: it died."""
    return await jobs.stale_processing(session, datetime.now(UTC) - stale_after)


async def others_waiting(session: AsyncSession, queue: str, job_id: uuid.UUID) -> bool:
    """Whether another job waits for a slot on `queue`: the one reason for a long job to give
    up its slot at the end of a turn."""
    return await jobs.other_pending_exists(session, queue, job_id)


async def old_pending_jobs(session: AsyncSession, age: timedelta) -> Sequence[Job]:
    return await jobs.pending_older_than(session, age)


async def requeue(
    session: AsyncSession, job: Job, *, stale_after: timedelta, pending_grace: timedelta
) -> bool:
    """Queue a lost job again under a fresh ARQ id (the old id may still be held in Redis by the
    dead worker's entry), if the record still says it is lost (see crud.jobs.requeue_if_lost).
    Its status is not touched: it used to be set to pending, and a worker that was only late
    with its heartbeat (or had just claimed the job) kept running while the new entry's claim
    took the pending record: two runs of one job at once. Now only the claim decides who runs
    it. Returns whether an entry was queued."""
    record = await jobs.requeue_if_lost(
        session,
        job.id,
        arq_job_id(job.dedupe_key or job.type, job.id, f"requeue{job.attempts}"),
        stale_before=datetime.now(UTC) - stale_after,
        pending_grace=pending_grace,
    )
    if record is None:
        return False
    enqueue(session, record)
    return True
