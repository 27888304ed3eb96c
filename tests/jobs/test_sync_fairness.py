"""Fairness between mailboxes syncing at once: a sync stores a turn's worth of messages, then
goes to the back of the email queue, so every mailbox gets its turn before any gets a second
one (no user waits behind another's whole mailbox). Asserts the order of processing, read from
the order the batches were stored in, never a duration."""

import uuid

from sqlalchemy import func, select

from app.core.config import get_settings
from app.models import Email, Job
from app.models.extraction import EmailExtraction
from app.services import sync_requests
from tests.jobs.helpers import load_job
from tests.jobs.test_email_sync import mbox_account
from tests.mail_helpers import demo_mailbox
from workers.email import WorkerSettings as EmailWorker

TURN = 100
MAILBOX = 250  # three turns: 100, 100, 50


async def _start_syncs(worker_ctx, session_factory, settings, make_user, count):
    mailbox = [raw for raw, _ in demo_mailbox(MAILBOX)]
    jobs = {}
    for index in range(count):
        user = await make_user(f"fair{index}@example.com")
        uid = uuid.UUID(user.user["id"])
        account = await mbox_account(settings, session_factory, uid, mailbox)
        async with worker_ctx.uow.begin() as session:
            job, created = await sync_requests.start_sync(session, uid, account, "initial")
            assert created
        jobs[uid] = job.id
    return jobs


async def _stored_batches(session_factory) -> list[uuid.UUID]:
    """The owner of each stored batch, in the order the batches were stored: one batch is one
    transaction, and every row of it carries that transaction's start time."""
    async with session_factory() as session:
        rows = await session.execute(
            select(Email.created_at, Email.user_id, func.count())
            .group_by(Email.created_at, Email.user_id)
            .order_by(Email.created_at)
        )
        return [user_id for _, user_id, _ in rows]


async def test_mailboxes_syncing_at_once_take_turns(
    worker_ctx, session_factory, settings, make_user, run_email_jobs, monkeypatch
):
    monkeypatch.setattr(get_settings(), "email_sync_turn_messages", TURN)
    jobs = await _start_syncs(worker_ctx, session_factory, settings, make_user, 3)

    worker = await run_email_jobs(EmailWorker.functions, max_jobs=1)
    assert worker.jobs_failed == 0

    order = await _stored_batches(session_factory)
    assert len(order) == 9  # 3 users × 3 turns of one batch each
    for round_start in range(0, 9, 3):
        # Every user's k-th turn comes before anyone's (k+1)-th: round robin, in the order the
        # syncs were requested.
        assert order[round_start : round_start + 3] == list(jobs)

    # What a turn stored is extracted before the next turn in the queue fetches more.
    users = list(jobs)
    async with session_factory() as session:
        first_extracted = await session.scalar(
            select(func.min(EmailExtraction.created_at)).where(EmailExtraction.user_id == users[0])
        )
        second_user_stored = await session.scalar(
            select(func.min(Email.created_at)).where(Email.user_id == users[1])
        )
    assert first_extracted < second_user_stored

    for user_id, job_id in jobs.items():
        job = await load_job(worker_ctx, job_id)
        assert job.status == "completed"
        assert (job.total, job.processed, job.parsed, job.failed) == (250, 250, 250, 0)
        assert job.result["summary"]["new"] == 250 and job.result["summary"]["duplicate"] == 0
        async with session_factory() as session:
            stored = await session.scalar(
                select(func.count()).select_from(Email).where(Email.user_id == user_id)
            )
        assert stored == 250


async def test_a_sync_yields_only_at_a_checkpoint_and_resumes_there(
    worker_ctx, session_factory, settings, make_user, run_email_jobs, monkeypatch
):
    """Between turns the job is pending with its cursor saved, queued under a fresh ARQ id."""
    monkeypatch.setattr(get_settings(), "email_sync_turn_messages", TURN)
    jobs = await _start_syncs(worker_ctx, session_factory, settings, make_user, 2)
    job_id, waiting_id = jobs.values()

    # Only the fetch function, one run: the first sync's turn ends while the second sync waits,
    # so it yields and queues its second turn.
    from app.core.tasks import RUN_EMAIL_FETCH
    from app.jobs import registry

    worker = await run_email_jobs([registry.function(RUN_EMAIL_FETCH)], max_burst_jobs=1)
    assert worker.jobs_failed == 0
    job = await load_job(worker_ctx, job_id)
    assert job.status == "pending" and job.processed == TURN
    assert job.result["checkpoint"]["counters"]["processed"] == TURN
    assert job.result["carried"]["new"] == TURN
    assert job.arq_job_id is not None and job.arq_job_id.endswith(":turn1")
    queued = [j.job_id for j in await worker_ctx.queues.email.queued_jobs()]
    assert job.arq_job_id in queued

    worker = await run_email_jobs(EmailWorker.functions)
    assert worker.jobs_failed == 0
    async with session_factory() as session:
        done = await session.get(Job, job_id)
        other = await session.get(Job, waiting_id)
        stored = await session.scalar(select(func.count()).select_from(Email))
    assert done is not None and done.status == "completed"
    assert other is not None and other.status == "completed"
    assert done.result["summary"]["new"] == MAILBOX and stored == 2 * MAILBOX


async def test_a_mailbox_syncing_alone_keeps_its_slot_at_the_end_of_a_turn(
    worker_ctx, session_factory, settings, make_user, run_email_jobs, monkeypatch
):
    """A turn is given up for a job that waits. With nothing waiting, the back of the queue is
    only behind the sync's own extraction tasks: a lone 3,000-message upload sat at 33 % and
    67 % while each turn's 1,000 messages were extracted, twice as long as a sync in one run
    (the browser test timed out). It runs its turns on in the same claim instead."""
    monkeypatch.setattr(get_settings(), "email_sync_turn_messages", TURN)
    [job_id] = (await _start_syncs(worker_ctx, session_factory, settings, make_user, 1)).values()

    worker = await run_email_jobs(EmailWorker.functions)
    assert worker.jobs_failed == 0
    job = await load_job(worker_ctx, job_id)
    assert job.status == "completed" and job.attempts == 1
    assert job.arq_job_id == f"{job.dedupe_key}:{job.id}:turn0"  # never queued again
    assert job.result["summary"]["new"] == MAILBOX
    assert (job.total, job.processed, job.parsed, job.failed) == (250, 250, 250, 0)


async def test_a_mailbox_of_an_exact_number_of_turns_takes_no_empty_turn(
    worker_ctx, session_factory, settings, make_user, run_email_jobs, monkeypatch
):
    """Two mailboxes of exactly two turns each, syncing at once: each takes two turns, not a
    third that only finds the mailbox read to its end."""
    monkeypatch.setattr(get_settings(), "email_sync_turn_messages", TURN)
    mailbox = [raw for raw, _ in demo_mailbox(2 * TURN)]
    jobs = []
    for index in range(2):
        user = await make_user(f"exact{index}@example.com")
        uid = uuid.UUID(user.user["id"])
        account = await mbox_account(settings, session_factory, uid, mailbox)
        async with worker_ctx.uow.begin() as session:
            job, created = await sync_requests.start_sync(session, uid, account, "initial")
            assert created
        jobs.append(job.id)

    worker = await run_email_jobs(EmailWorker.functions, max_jobs=1)
    assert worker.jobs_failed == 0
    for job_id in jobs:
        job = await load_job(worker_ctx, job_id)
        assert job.status == "completed"
        assert job.attempts == 2  # two claims: two turns
        assert job.result["summary"]["new"] == 2 * TURN
        assert (job.total, job.processed, job.failed) == (2 * TURN, 2 * TURN, 0)
    # The second turn stored the mailbox's final cursor: the next sync is incremental from it.
    order = await _stored_batches(session_factory)
    assert len(order) == 4
