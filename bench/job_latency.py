"""Enqueue→start latency and throughput of empty jobs through the real JobRunner and a real
`arq` worker process.

    .venv/bin/python -m bench.job_latency [--jobs 2000] [--workers 1]

Uses DATABASE_URL/REDIS_URL, else the local or embedded servers (as `make run` does), in a
scratch database `fincoach_bench` and Redis DBs 10-12. Prints figures; asserts nothing.
"""

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import time
from typing import Any

from sqlalchemy import func, select

from app.core.config import PROJECT_ROOT, Settings, get_settings
from app.core.redis import EMAIL_QUEUE, queue_redis_settings
from app.core.tasks import JobRecord, Task, declare
from app.jobs import context, registry
from app.jobs.base import BaseJob
from app.jobs.context import WorkerContext
from app.models import Job

BENCH_ENV = {
    "REDIS_CACHE_DB": "10",
    "REDIS_QUEUE_DB": "11",
    "REDIS_EMAIL_QUEUE_DB": "12",
    "LOG_LEVEL": "WARNING",
}


class EmptyJob(BaseJob):
    type = "bench_empty"

    async def run(self) -> None:
        return None


RUN_BENCH_EMPTY = declare(Task("run_bench_empty", EMAIL_QUEUE, JobRecord, keep_result=0))
registry.bind_job(RUN_BENCH_EMPTY, EmptyJob)


class WorkerSettings:
    functions = [registry.function(RUN_BENCH_EMPTY)]
    on_startup = context.startup
    on_shutdown = context.shutdown
    redis_settings = queue_redis_settings(get_settings(), EMAIL_QUEUE)
    max_jobs = 20
    poll_delay = 0.01


def prepare_environment() -> None:
    from app import launcher

    os.environ.update(BENCH_ENV)
    configured = Settings()
    redis_url, _ = launcher.resolve_redis_url(configured)
    server = launcher.resolve_database_url(configured).rsplit("/", 1)[0] + "/postgres"
    asyncio.run(launcher._ensure_database(server, "fincoach_bench"))
    from app.core.embedded import with_database

    os.environ["DATABASE_URL"] = with_database(server, "fincoach_bench")
    os.environ["REDIS_URL"] = redis_url
    get_settings.cache_clear()
    launcher.migrate(dict(os.environ))


async def enqueue(ctx: Any, count: int, spacing: float = 0.0) -> None:
    """Start `count` jobs, each committed and enqueued on its own, as the API does."""
    from app.services import jobs as job_service

    for _ in range(count):
        async with ctx.uow.begin() as session:
            await job_service.start_job(
                session,
                user_id=None,
                job_type=EmptyJob.type,
                params={"enqueued_at": time.time()},
            )
        if spacing:
            await asyncio.sleep(spacing)


async def wait_until_done(ctx: Any, count: int) -> None:
    while True:
        async with ctx.sessionmaker() as session:
            done = await session.scalar(
                select(func.count()).where(Job.type == EmptyJob.type, Job.status == "completed")
            )
        if done == count:
            return
        await asyncio.sleep(0.05)


async def clear(ctx: Any) -> None:
    async with ctx.sessionmaker() as session:
        await session.execute(Job.__table__.delete().where(Job.type == EmptyJob.type))
        await session.commit()


async def measure(count: int, workers: int) -> None:
    ctx = await WorkerContext.open()
    await clear(ctx)
    await ctx.queues.email.flushdb()
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "arq", "bench.job_latency.WorkerSettings"],
            cwd=PROJECT_ROOT,
            env=dict(os.environ),
            stderr=subprocess.DEVNULL,
        )
        for _ in range(workers)
    ]
    await asyncio.sleep(2)  # let the workers connect

    # Latency on an idle queue: one job every 20 ms.
    samples = min(count, 200)
    await enqueue(ctx, samples, spacing=0.02)
    await wait_until_done(ctx, samples)
    async with ctx.sessionmaker() as session:
        rows = (
            await session.execute(
                select(Job.params, Job.started_at).where(Job.type == EmptyJob.type)
            )
        ).all()
    latencies = sorted((s.timestamp() - p["enqueued_at"]) * 1000 for p, s in rows)
    await clear(ctx)

    # Throughput: a backlog of `count` jobs drained by the workers.
    started = time.perf_counter()
    await enqueue(ctx, count)
    await wait_until_done(ctx, count)
    elapsed = time.perf_counter() - started
    for process in processes:
        process.terminate()
        process.wait()
    await clear(ctx)
    await ctx.close()
    p95 = latencies[max(0, int(len(latencies) * 0.95) - 1)]
    print(f"worker processes: {workers}")
    print(
        f"enqueue→start latency ({samples} jobs, idle queue): "
        f"p50 {statistics.median(latencies):.1f} ms, p95 {p95:.1f} ms"
    )
    print(
        f"throughput ({count} empty jobs, enqueue included): {count / elapsed:.0f} jobs/s "
        f"({elapsed:.2f} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    prepare_environment()
    asyncio.run(measure(args.jobs, args.workers))


if __name__ == "__main__":
    main()
