"""Sync turns through a real `arq` email worker process and ARQ's own bookkeeping in Redis.

ARQ's enqueue_job does nothing (returns None) while a job key or a result key with the same job
id exists, and a worker killed mid-run leaves its job key for a day (the job's expiry) and its
in-progress key for the longest job timeout (an hour). A turn's ARQ id must therefore never be
one an earlier sync of the same mailbox may have used: the earlier entry would swallow the turn
and leave the job pending with nothing queued to run it."""

import os
import subprocess
import sys
import uuid

import pytest
from arq.constants import in_progress_key_prefix

from app.core.config import PROJECT_ROOT
from app.core.tasks import RUN_EMAIL_FETCH
from app.models import Job
from app.models.job import COMPLETED
from app.services import sync_requests
from tests.jobs.helpers import wait_for
from tests.jobs.test_email_sync import mbox_account
from tests.mail_helpers import create_user, demo_mailbox

pytestmark = pytest.mark.slow
TURN = 100
MAILBOX = 250  # three turns: 100, 100, 50


def start_email_worker() -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "arq", "workers.email.WorkerSettings"],
        cwd=PROJECT_ROOT,
        env={
            **os.environ,
            "EMAIL_SYNC_TURN_MESSAGES": str(TURN),
            # One slot: while one mailbox syncs the other waits, so each turn ends in a yield.
            "EMAIL_WORKER_MAX_JOBS": "1",
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


async def _mailbox(settings, session_factory) -> tuple[uuid.UUID, uuid.UUID]:
    user_id = await create_user(session_factory)
    raws = [raw for raw, _ in demo_mailbox(MAILBOX, seed=5)]
    return user_id, await mbox_account(settings, session_factory, user_id, raws)


async def _start_sync(worker_ctx, user_id, account_id) -> Job:
    async with worker_ctx.uow.begin() as session:
        job, created = await sync_requests.start_sync(session, user_id, account_id, "initial")
        assert created
    return job


async def test_a_turn_is_queued_past_what_an_earlier_sync_of_the_mailbox_left_in_redis(
    worker_ctx, settings, session_factory
):
    user_id, account_id = await _mailbox(settings, session_factory)
    other_user, other_account = await _mailbox(settings, session_factory)

    # An earlier sync of this mailbox, finished long ago; the worker running its second turn
    # was killed (OOM) and its ARQ entry outlived it, claimed and with its job key.
    async with session_factory() as session, session.begin():
        earlier, _ = await sync_requests.start_sync(session, user_id, account_id, "initial")
        earlier.status = COMPLETED  # (its first run's entry, never enqueued here, is long gone)
    queue = worker_ctx.queues.email
    left_behind = f"{sync_requests.sync_key(account_id)}:turn1"
    assert await queue.enqueue_job(
        RUN_EMAIL_FETCH.name, _job_id=left_behind, job_id=str(earlier.id)
    )
    await queue.psetex(in_progress_key_prefix + left_behind, 3_600_000, b"1")

    job = await _start_sync(worker_ctx, user_id, account_id)
    other = await _start_sync(worker_ctx, other_user, other_account)
    worker = start_email_worker()
    try:
        done = await wait_for(worker_ctx, job.id, lambda j: j.status == COMPLETED, timeout=120)
        other_done = await wait_for(
            worker_ctx, other.id, lambda j: j.status == COMPLETED, timeout=120
        )
    finally:
        worker.terminate()
        worker.wait(timeout=30)

    # Both took turns (each gave its slot to the other at least once), and each stored it all.
    for finished in (done, other_done):
        assert finished.attempts >= 2
        assert (finished.total, finished.processed, finished.failed) == (MAILBOX, MAILBOX, 0)
        assert finished.result["summary"]["new"] == MAILBOX
    # The earlier sync's entry is still there, untouched: it was never this job's turn.
    assert await queue.exists(in_progress_key_prefix + left_behind)
