"""Redis goes away in the middle of a sync and comes back: the email worker rides it out, the
job finishes with exact counts and nothing is lost or duplicated. The outage is a proxy cut
between the worker and Redis (the real server may be shared with other test runs)."""

import asyncio
import os
import signal
import subprocess
import sys

import pytest
from sqlalchemy.engine import make_url

from app.core.config import PROJECT_ROOT
from app.core.tasks import Upkeep
from app.jobs.upkeep import requeue_lost_jobs
from tests.faults.tcp_proxy import CuttableProxy
from tests.faults.test_worker_crashes import (
    COUNT,
    assert_exact,
    ledger_counts,
    start_sync,
    wait_for_extraction,
)
from tests.jobs.helpers import load_job, wait_for

pytestmark = pytest.mark.slow


async def test_redis_restart_mid_sync(worker_ctx, settings, session_factory):
    url = make_url(settings.redis_url)
    proxy = CuttableProxy(url.host or "127.0.0.1", url.port or 6379)
    await proxy.start()
    user_id, job = await start_sync(worker_ctx, settings, session_factory)
    worker = subprocess.Popen(
        [sys.executable, "-m", "arq", "workers.email.WorkerSettings"],
        cwd=PROJECT_ROOT,
        env={**os.environ, "REDIS_URL": f"redis://127.0.0.1:{proxy.port}"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        await wait_for(worker_ctx, job.id, lambda j: j.processed >= 200, timeout=120)
        await proxy.cut()
        await asyncio.sleep(3)
        await proxy.start()
        if worker.poll() is not None:
            # ARQ's worker exits when it loses Redis; its supervisor (`make run`'s launcher, or
            # the container's restart policy) starts it again.
            worker = subprocess.Popen(
                [sys.executable, "-m", "arq", "workers.email.WorkerSettings"],
                cwd=PROJECT_ROOT,
                env={**os.environ, "REDIS_URL": f"redis://127.0.0.1:{proxy.port}"},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        # What the base worker's upkeep does every minute: a job whose retry could not be queued
        # while Redis was away is pending with no queue entry, and is queued again.
        for _ in range(60):
            if (await load_job(worker_ctx, job.id)).status == "completed":
                break
            await requeue_lost_jobs(worker_ctx, Upkeep(pending_grace_seconds=1))
            await asyncio.sleep(2)
        done = await wait_for(worker_ctx, job.id, lambda j: j.status == "completed", timeout=60)
        await wait_for_extraction(session_factory, user_id)
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a worker that lost Redis may not finish shutting down
            worker.kill()
            worker.wait()
        await proxy.cut()
    assert (done.processed, done.failed) == (COUNT, 0)
    assert_exact(await ledger_counts(session_factory, user_id))
