"""Queue and worker metrics with real `arq` worker processes, read through two API application
instances: both must show the same queue lengths, outcome counts, histograms and workers, since
all of it is read from Redis when asked (app.core.queue_metrics)."""

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from asgi_lifespan import LifespanManager
from httpx import ASGITransport, AsyncClient
from prometheus_client.parser import text_string_to_metric_families

from app.api.app import create_application
from app.core.config import PROJECT_ROOT
from tests.jobs.helpers import start_counting_job, wait_for

pytestmark = pytest.mark.slow
FLUSH_SECONDS = "0.2"


def start_worker(settings_path: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "arq", settings_path],
        cwd=PROJECT_ROOT,
        env={**os.environ, "WORKER_METRICS_SECONDS": FLUSH_SECONDS},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@asynccontextmanager
async def second_api(settings: Any) -> AsyncIterator[AsyncClient]:
    """Another API process, as far as the metrics are concerned: its own app, pools and state."""
    async with (
        LifespanManager(create_application(settings)) as manager,
        AsyncClient(transport=ASGITransport(app=manager.app), base_url="http://test") as http,
    ):
        yield http


def samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample of the fincoach_queue_* and fincoach_worker_* families: (name, labels) ->
    value."""
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name.startswith(("fincoach_queue_", "fincoach_worker_")):
                found[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return found


def value(found: dict, name: str, **labels: str) -> float:
    return found[(name, frozenset(labels.items()))]


async def overview(http: AsyncClient, headers: dict[str, str]) -> dict[str, dict[str, Any]]:
    response = await http.get("/api/v1/admin/queues", headers=headers)
    assert response.status_code == 200, response.text
    return {q["queue"]: q for q in response.json()["queues"]}


async def test_two_api_processes_read_the_same_queue_and_worker_figures(
    client, settings, worker_ctx, make_user
):
    admin = await make_user("ops@example.com")  # the first user is the administrator
    other = await make_user("someone@example.com")
    assert (await client.get("/api/v1/admin/queues", headers=other.headers)).status_code == 403

    async with second_api(settings) as client_b:
        # Four jobs wait on the email queue; no worker runs yet.
        jobs = [
            (await start_counting_job(worker_ctx, params))[0]
            for params in (
                {"items": 5},
                {"items": 3},
                {"items": 4, "fail_at": 2},  # fails for good
                {"items": 2, "transient_on_first_try": True},  # retried once, then succeeds
            )
        ]
        for http in (client, client_b):
            found = samples((await http.get("/metrics")).text)
            assert value(found, "fincoach_queue_length", queue="email") == 4
            assert value(found, "fincoach_queue_length", queue="base") == 0
            assert value(found, "fincoach_queue_workers", queue="email") == 0
            queues = await overview(http, admin.headers)
            assert queues["email"]["length"] == 4 and queues["email"]["workers"] == []

        email_worker = start_worker("tests.jobs.sample_jobs.WorkerSettings")
        base_worker = start_worker("workers.base.WorkerSettings")  # runs its upkeep at start
        try:
            for job in jobs:
                await wait_for(worker_ctx, job.id, lambda j: j.status in ("completed", "failed"))

            async def settled() -> dict[str, dict[str, Any]]:
                """Once both workers have flushed what they did (every 0.2 s)."""
                deadline = asyncio.get_running_loop().time() + 60
                while True:
                    queues = await overview(client, admin.headers)
                    email, base = queues["email"], queues["base"]
                    done = email["outcomes"]["success"] + email["outcomes"]["failure"]
                    if done == 4 and base["outcomes"]["success"] >= 1 and base["workers"]:
                        return queues
                    assert asyncio.get_running_loop().time() < deadline, queues
                    await asyncio.sleep(0.1)

            queues = await settled()
            email = queues["email"]
            assert email["outcomes"] == {"success": 3, "failure": 1, "retry": 1, "cancelled": 0}
            assert email["success_rate"] == 0.75  # 3 / (3 + 1); the retry is counted apart
            assert email["length"] == 0
            [task] = email["tasks"]
            assert task["task"] == "run_test_count" and task["runs"] == 5
            assert task["histogram"][-1] == {"le": None, "count": 5} and task["average_seconds"] > 0
            [worker] = email["workers"]
            assert worker["pid"] == email_worker.pid and worker["memory_bytes"] > 10_000_000
            assert worker["cpu_seconds"] > 0 and worker["outcomes"] == email["outcomes"]
            assert worker["tasks_per_second"] > 0 and email["tasks_per_second"] > 0
            assert [w["pid"] for w in queues["base"]["workers"]] == [base_worker.pid]
            assert queues["base"]["tasks"][0]["task"] == "requeue_lost_jobs"

            # The second API process reads the very same numbers, in JSON and in /metrics.
            again = await overview(client_b, admin.headers)
            for name in ("email", "base"):
                for field in ("length", "outcomes", "tasks", "success_rate"):
                    assert again[name][field] == queues[name][field]
                assert [w["worker_id"] for w in again[name]["workers"]] == [
                    w["worker_id"] for w in queues[name]["workers"]
                ]
            texts = [samples((await http.get("/metrics")).text) for http in (client, client_b)]
            for found in texts:
                task_labels = {"queue": "email", "task": "run_test_count"}
                assert (
                    value(found, "fincoach_queue_tasks_total", outcome="success", **task_labels)
                    == 3
                )
                assert (
                    value(found, "fincoach_queue_tasks_total", outcome="failure", **task_labels)
                    == 1
                )
                assert (
                    value(found, "fincoach_queue_tasks_total", outcome="retry", **task_labels) == 1
                )
                assert value(found, "fincoach_queue_task_seconds_count", **task_labels) == 5
                assert (
                    value(found, "fincoach_queue_task_seconds_bucket", le="+Inf", **task_labels)
                    == 5
                )
                assert value(found, "fincoach_queue_length", queue="email") == 0
                worker_labels = {"queue": "email", "worker": worker["worker_id"]}
                assert value(found, "fincoach_worker_resident_memory_bytes", **worker_labels) > 0
                assert value(found, "fincoach_worker_cpu_seconds_total", **worker_labels) > 0
            counters = [
                {k: v for k, v in found.items() if k[0] == "fincoach_queue_tasks_total"}
                for found in texts
            ]
            assert counters[0] == counters[1]
        finally:
            stop(email_worker)
            stop(base_worker)

        # A worker that shut down cleanly leaves the list at once; its counts stay.
        for http in (client, client_b):
            queues = await overview(http, admin.headers)
            assert queues["email"]["workers"] == [] and queues["base"]["workers"] == []
            assert queues["email"]["outcomes"]["success"] == 3


async def test_a_killed_workers_entry_expires(settings, worker_ctx, client, make_user):
    admin = await make_user("ops2@example.com")
    worker = start_worker("tests.jobs.sample_jobs.WorkerSettings")
    try:
        job, _ = await start_counting_job(worker_ctx, {"items": 1})
        await wait_for(worker_ctx, job.id, lambda j: j.status == "completed")
        deadline = asyncio.get_running_loop().time() + 30
        while not (await overview(client, admin.headers))["email"]["workers"]:
            assert asyncio.get_running_loop().time() < deadline
            await asyncio.sleep(0.1)
    finally:
        worker.kill()
        worker.wait()
    # Its heartbeat expires after 3 flush intervals (at least 5 s): then it is gone from the list.
    deadline = asyncio.get_running_loop().time() + 15
    while (await overview(client, admin.headers))["email"]["workers"]:
        assert asyncio.get_running_loop().time() < deadline
        await asyncio.sleep(0.25)
