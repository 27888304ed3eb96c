"""Crash safety with real `arq` worker processes: SIGKILL mid-job, SIGTERM mid-job, and a flushed
Redis. Each time the job finishes with exact counts and every item stored exactly once."""

import dataclasses
import os
import signal
import subprocess
import sys
from typing import Any

import pytest

from app.core.config import PROJECT_ROOT
from app.core.tasks import Upkeep
from app.jobs.upkeep import requeue_lost_jobs
from tests.jobs.helpers import load_job, start_counting_job, wait_for
from tests.jobs.sample_jobs import TASKS, items_key

pytestmark = pytest.mark.slow
STALE_SECONDS = 1.0


def start_worker() -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "arq", "tests.jobs.sample_jobs.WorkerSettings"],
        cwd=PROJECT_ROOT,
        env={**os.environ, "JOB_STALE_SECONDS": str(STALE_SECONDS)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def upkeep_ctx(worker_ctx: Any) -> Any:
    settings = worker_ctx.settings.model_copy(update={"job_stale_seconds": STALE_SECONDS})
    return dataclasses.replace(worker_ctx, settings=settings)


async def test_sigkill_mid_job_resumes_with_exact_counts(worker_ctx):
    import asyncio

    job, _ = await start_counting_job(worker_ctx, {"items": 200, "delay": 0.02})
    first = start_worker()
    try:
        await wait_for(worker_ctx, job.id, lambda j: j.processed >= 50)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    interrupted = await load_job(worker_ctx, job.id)
    assert interrupted.status == "processing" and interrupted.processed < 200

    await asyncio.sleep(STALE_SECONDS + 0.5)  # the dead worker's heartbeat goes stale
    assert await requeue_lost_jobs(upkeep_ctx(worker_ctx), Upkeep()) == 1
    second = start_worker()
    try:
        done = await wait_for(worker_ctx, job.id, lambda j: j.status == "completed")
    finally:
        second.terminate()
        second.wait()
    assert (done.total, done.processed, done.parsed, done.failed) == (200, 200, 200, 0)
    assert done.attempts == 2
    assert await worker_ctx.cache.scard(items_key(job.id)) == 200


async def test_sigterm_mid_job_leaves_it_resumable(worker_ctx):
    job, _ = await start_counting_job(worker_ctx, {"items": 150, "delay": 0.02})
    worker = start_worker()
    await wait_for(worker_ctx, job.id, lambda j: j.processed >= 30)
    worker.send_signal(signal.SIGTERM)
    assert worker.wait(timeout=30) == 0
    paused = await load_job(worker_ctx, job.id)
    assert paused.status == "pending" and paused.processed < 150

    assert await requeue_lost_jobs(upkeep_ctx(worker_ctx), Upkeep(pending_grace_seconds=0)) <= 1
    worker = start_worker()
    try:
        done = await wait_for(worker_ctx, job.id, lambda j: j.status == "completed")
    finally:
        worker.terminate()
        worker.wait()
    assert (done.processed, done.parsed) == (150, 150)
    assert await worker_ctx.cache.scard(items_key(job.id)) == 150


async def test_pending_jobs_survive_a_redis_flush(worker_ctx, run_email_jobs):
    job, _ = await start_counting_job(worker_ctx, {"items": 12})
    await worker_ctx.queues.email.flushdb()
    assert await requeue_lost_jobs(worker_ctx, Upkeep(pending_grace_seconds=0)) == 1
    await run_email_jobs(TASKS)
    done = await load_job(worker_ctx, job.id)
    assert (done.status, done.processed) == ("completed", 12)


async def test_upkeep_leaves_healthy_jobs_alone(worker_ctx):
    await start_counting_job(worker_ctx, {"items": 3})
    assert await requeue_lost_jobs(worker_ctx, Upkeep(pending_grace_seconds=0)) == 0
