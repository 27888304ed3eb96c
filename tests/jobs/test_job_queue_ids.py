"""The ARQ ids a job record is queued under, and the upkeep's requeue, against real Redis and
PostgreSQL. ARQ's enqueue_job silently does nothing while a job key or a result key with the
same id exists (an earlier job's entry can stay for a day), and the runner's claim is what lets
exactly one run of a record proceed."""

import asyncio
import dataclasses
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, update

from app.core.tasks import RUN_EMAIL_FETCH, Upkeep
from app.crud import jobs as jobs_crud
from app.jobs.runner import LEASE_LOST, JobRunner
from app.jobs.upkeep import requeue_lost_jobs
from app.models import Job
from app.services import jobs as job_service
from app.services import sync_requests
from tests.jobs.helpers import load_job, start_counting_job, wait_for
from tests.jobs.sample_jobs import CountingJob
from tests.jobs.test_email_sync import mbox_account
from tests.mail_helpers import create_user, demo_mailbox


async def _queued_for(queue, job_id: uuid.UUID) -> list[str]:
    """The ARQ ids of the queue entries that run this job record."""
    return [
        entry.job_id
        for entry in await queue.queued_jobs()
        if entry.kwargs.get("job_id") == str(job_id)
    ]


async def test_a_new_sync_is_queued_past_an_entry_an_earlier_sync_left_under_the_dedupe_key(
    worker_ctx, settings, session_factory
):
    user_id = await create_user(session_factory)
    raws = [raw for raw, _ in demo_mailbox(5, seed=3)]
    account_id = await mbox_account(settings, session_factory, user_id, raws)
    # An earlier sync of this mailbox whose first run's worker was killed: its entry, under the
    # bare dedupe key, outlives the job record's end.
    queue = worker_ctx.queues.email
    earlier_run = sync_requests.sync_key(account_id)
    assert await queue.enqueue_job(
        RUN_EMAIL_FETCH.name, _job_id=earlier_run, job_id=str(uuid.uuid4())
    )

    async with worker_ctx.uow.begin() as session:
        job, created = await sync_requests.start_sync(session, user_id, account_id, "initial")
        assert created

    # The new sync's first run is queued, under an id naming its record and its first run.
    assert await _queued_for(queue, job.id) == [f"{earlier_run}:{job.id}:turn0"]
    assert job.arq_job_id == f"{earlier_run}:{job.id}:turn0"


async def test_upkeep_does_not_queue_a_second_run_of_a_job_claimed_after_it_was_found_lost(
    worker_ctx,
):
    """Upkeep reads a pending job whose queue entry is gone (a flushed Redis); before it queues
    the job again, a worker claims the job from an entry upkeep could not see. The requeue must
    change nothing: no second entry, and the record stays with the run that claimed it."""
    job, _ = await start_counting_job(worker_ctx, {"items": 3})
    queue = worker_ctx.queues.email
    await queue.flushdb()
    stale_before = datetime.now(UTC) - timedelta(seconds=worker_ctx.settings.job_stale_seconds)
    async with worker_ctx.uow.begin() as session:
        [lost] = await job_service.old_pending_jobs(session, timedelta(0))
        async with worker_ctx.uow.begin() as other:  # a worker, meanwhile
            assert await jobs_crud.claim(other, job.id, stale_before) is not None
        assert not await job_service.requeue(
            session, lost, stale_after=timedelta(hours=1), pending_grace=timedelta(0)
        )
    assert await queue.queued_jobs() == []
    record = await load_job(worker_ctx, job.id)
    assert (record.status, record.attempts) == ("processing", 1)
    async with worker_ctx.uow.begin() as session:  # nobody else can start it
        assert await jobs_crud.claim(session, job.id, stale_before) is None


async def test_a_lost_job_is_queued_again_and_its_old_run_can_write_nothing_more(worker_ctx):
    """A run whose heartbeat went stale (its worker hung) is queued again by upkeep and claimed
    by a new run. The old run's heartbeat, progress and settling then change nothing."""
    job, _ = await start_counting_job(worker_ctx, {"items": 3})
    await worker_ctx.queues.email.flushdb()
    stale = timedelta(seconds=worker_ctx.settings.job_stale_seconds)
    async with worker_ctx.uow.begin() as session:
        old_run = await jobs_crud.claim(session, job.id, datetime.now(UTC) - stale)
        assert old_run is not None and old_run.attempts == 1
        await session.execute(  # its worker hung: the heartbeat is old
            update(Job)
            .where(Job.id == job.id)
            .values(heartbeat_at=func.now() - stale - timedelta(minutes=1))
        )
    # Still processing: upkeep queues it again without making it pending.
    assert await requeue_lost_jobs(worker_ctx, Upkeep(pending_grace_seconds=0)) == 1
    record = await load_job(worker_ctx, job.id)
    assert record.status == "processing"
    assert await _queued_for(worker_ctx.queues.email, job.id) == [f"test_count:{job.id}:requeue1"]
    async with worker_ctx.uow.begin() as session:
        new_run = await jobs_crud.claim(session, job.id, datetime.now(UTC) - stale)
        assert new_run is not None and new_run.attempts == 2
    # The old run wakes up: its lease is gone, so every write of it is refused.
    async with worker_ctx.uow.begin() as session:
        assert await jobs_crud.heartbeat(session, job.id, 1) is None
        assert await jobs_crud.update_fields(session, job.id, run=1, status="completed") is None
        assert await jobs_crud.heartbeat(session, job.id, 2) is False  # the new run's lease
    record = await load_job(worker_ctx, job.id)
    assert (record.status, record.attempts) == ("processing", 2)


async def test_a_running_job_whose_record_another_claim_took_stops_without_writing(worker_ctx):
    """A run in progress whose record was claimed by another run (its lease had lapsed): its
    next heartbeat or progress write finds the record taken, the run stops, and it neither
    completes nor resets the record."""
    settings = worker_ctx.settings.model_copy(update={"job_heartbeat_seconds": 0.05})
    ctx = dataclasses.replace(worker_ctx, settings=settings)
    job, _ = await start_counting_job(worker_ctx, {"items": 400, "delay": 0.01})
    running = asyncio.create_task(JobRunner(ctx).execute(CountingJob, job.id))
    await wait_for(worker_ctx, job.id, lambda j: j.status == "processing" and j.attempts == 1)
    async with worker_ctx.uow.begin() as session:  # another worker's claim takes it over
        await session.execute(
            update(Job)
            .where(Job.id == job.id)
            .values(attempts=Job.attempts + 1, heartbeat_at=func.now(), processed=0)
        )
    assert await running == LEASE_LOST
    record = await load_job(worker_ctx, job.id)
    assert (record.status, record.attempts, record.processed) == ("processing", 2, 0)
