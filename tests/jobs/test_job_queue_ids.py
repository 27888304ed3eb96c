"""The ARQ ids a job record is queued under, and the upkeep's requeue, against real Redis and
PostgreSQL. ARQ's enqueue_job silently does nothing while a job key or a result key with the
same id exists (an earlier job's entry can stay for a day), and the runner's claim is what lets
exactly one run of a record proceed."""

import uuid

from app.core.tasks import RUN_EMAIL_FETCH
from app.services import sync_requests
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
