"""Faults during a real mailbox sync run by real `arq` email worker processes: the worker is
SIGKILLed mid-sync, or PostgreSQL drops every connection mid-batch. Each time the sync finishes
with exact counts and no email or transaction lost or duplicated."""

import asyncio
import dataclasses
import os
import signal
import subprocess
import sys
import uuid
from typing import Any

import pytest
from arq.constants import default_queue_name, in_progress_key_prefix
from sqlalchemy import func, select, text

from app.core.config import PROJECT_ROOT
from app.core.queue import enqueue_deferred
from app.core.redis import EMAIL_QUEUE
from app.core.tasks import Upkeep
from app.jobs.upkeep import requeue_lost_jobs
from app.models import Email, EmailExtraction, Transaction
from app.services import sync_requests
from tests.jobs.helpers import wait_for
from tests.jobs.test_email_sync import mbox_account
from tests.mail_helpers import create_user, demo_mailbox

pytestmark = pytest.mark.slow
COUNT = 1500
STALE_SECONDS = 2.0
LEASE_SECONDS = 3.0


def start_email_worker() -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "arq", "workers.email.WorkerSettings"],
        cwd=PROJECT_ROOT,
        env={
            **os.environ,
            "JOB_STALE_SECONDS": str(STALE_SECONDS),
            "TASK_LEASE_SECONDS": str(LEASE_SECONDS),
            # One run per claim: the attempts counted below are crash recoveries, not turns
            # (tests/jobs/test_sync_fairness.py covers turns).
            "EMAIL_SYNC_TURN_MESSAGES": "0",
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


async def start_sync(worker_ctx: Any, settings, session_factory) -> tuple[Any, Any]:
    user_id = await create_user(session_factory)
    account_id = await mbox_account(
        settings, session_factory, user_id, [raw for raw, _ in demo_mailbox(COUNT, seed=11)]
    )
    async with session_factory() as session:
        job, _ = await sync_requests.start_sync(session, user_id, account_id, "initial", 6)
        await session.commit()
        await enqueue_deferred(session, worker_ctx.queues)
    return user_id, job


async def ledger_counts(session_factory, user_id: uuid.UUID) -> dict[str, int]:
    async with session_factory() as session:

        def count(model: Any, *where: Any) -> Any:
            return session.scalar(select(func.count()).select_from(model).where(*where))

        return {
            "emails": await count(Email, Email.user_id == user_id),
            "distinct_message_ids": await session.scalar(
                select(func.count(func.distinct(Email.message_id))).where(Email.user_id == user_id)
            ),
            "extractions": await count(EmailExtraction, EmailExtraction.user_id == user_id),
            "transactions": await count(Transaction, Transaction.user_id == user_id),
            "linked": await session.scalar(
                select(func.count(func.distinct(EmailExtraction.transaction_id))).where(
                    EmailExtraction.user_id == user_id
                )
            ),
        }


async def wait_for_extraction(session_factory, user_id: uuid.UUID, timeout: float = 120) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while (await ledger_counts(session_factory, user_id))["extractions"] < COUNT:
        assert asyncio.get_running_loop().time() < deadline, "extraction did not finish"
        await asyncio.sleep(0.2)


async def wait_for_extraction_claim(queue: Any, timeout: float = 60) -> str:
    """The in-progress key of an extraction task a worker is running now: claimed by ARQ (for
    its hour) and already renewed by the task itself (to the lease). Between ARQ's claim and the
    task's first renewal, a few milliseconds, the claim still has ARQ's hour."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        for key in await queue.keys(f"{in_progress_key_prefix}extract*"):
            if 0 < await queue.pttl(key) <= LEASE_SECONDS * 1000:
                return str(key.decode())
        assert asyncio.get_running_loop().time() < deadline, "no extraction task ran"
        await asyncio.sleep(0.05)


def assert_exact(counts: dict[str, int]) -> None:
    assert counts["emails"] == counts["distinct_message_ids"] == COUNT
    assert counts["extractions"] == COUNT
    # Every transaction came from an email, and no email made two.
    assert counts["transactions"] == counts["linked"] > 0.5 * COUNT


async def test_sigkill_of_the_email_worker_mid_sync(worker_ctx, settings, session_factory):
    user_id, job = await start_sync(worker_ctx, settings, session_factory)
    worker = start_email_worker()
    queue = worker_ctx.queues.for_queue(EMAIL_QUEUE)
    try:
        await wait_for(worker_ctx, job.id, lambda j: j.processed >= 300, timeout=120)
        claimed = await wait_for_extraction_claim(queue)
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait()
    assert (await wait_for(worker_ctx, job.id, lambda j: True)).status == "processing"

    # The dead worker's extraction task is not held for ARQ's hour: its claim lapses within the
    # lease and the task, still queued, is free for the next worker.
    assert 0 < await queue.pttl(claimed) <= LEASE_SECONDS * 1000
    await asyncio.sleep(LEASE_SECONDS + 0.5)
    assert not await queue.exists(claimed)
    assert await queue.zscore(default_queue_name, claimed.removeprefix(in_progress_key_prefix))

    await asyncio.sleep(STALE_SECONDS + 0.5)
    ctx = dataclasses.replace(
        worker_ctx, settings=worker_ctx.settings.model_copy(update={"job_stale_seconds": 1.0})
    )
    assert await requeue_lost_jobs(ctx, Upkeep()) == 1
    worker = start_email_worker()
    try:
        done = await wait_for(worker_ctx, job.id, lambda j: j.status == "completed", timeout=180)
        await wait_for_extraction(session_factory, user_id)
    finally:
        worker.terminate()
        worker.wait()
    assert (done.total, done.processed, done.failed) == (COUNT, COUNT, 0)
    assert done.attempts == 2
    assert_exact(await ledger_counts(session_factory, user_id))


async def test_postgres_drops_every_connection_mid_batch(worker_ctx, settings, session_factory):
    user_id, job = await start_sync(worker_ctx, settings, session_factory)
    worker = start_email_worker()
    try:
        await wait_for(worker_ctx, job.id, lambda j: j.processed >= 200, timeout=120)
        for _ in range(3):  # the workers' connections die, several times over
            async with session_factory() as session:
                await session.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )
                )
            await asyncio.sleep(0.3)
        done = await wait_for(worker_ctx, job.id, lambda j: j.status == "completed", timeout=180)
        await wait_for_extraction(session_factory, user_id)
    finally:
        worker.terminate()
        worker.wait()
    assert (done.processed, done.failed) == (COUNT, 0)
    assert_exact(await ledger_counts(session_factory, user_id))
