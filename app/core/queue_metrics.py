"""Queue and worker metrics, shared through Redis so that every API process reads the same numbers.

Why Redis and not prometheus_client's multiprocess mode: the workers are separate processes
that may run on other machines (ARCHITECTURE.md: "any number of api and worker processes ... on
any number of machines against one PostgreSQL and one Redis"); a multiprocess directory only
joins processes that share one file system. Redis is already what every process shares.

Layout, in each queue's own Redis database (DB 1 base, DB 2 email), beside the ARQ queue:

- `fincoach:metrics:tasks` (hash), cumulative since the queue's Redis was created:
  `{task}|{outcome}` counts (outcome: success, failure, retry, cancelled), `{task}|seconds` the
  summed processing time, `{task}|b{i}` how many runs took at most BUCKETS[i] (and more than
  BUCKETS[i-1]; the collector adds them up into Prometheus's cumulative buckets).
- `fincoach:metrics:workers` (set) of worker ids, and per worker `fincoach:metrics:worker:{id}`
  (hash, expires WORKER_TTL_FACTOR flush intervals after the worker's last flush): its host, pid,
  resident memory, CPU seconds and percent, running tasks, its own outcome counts and seconds,
  and its tasks per second over the last minute.

Queue length is never kept: the collector reads ZCARD of ARQ's queue at scrape time.
Workers write these (app.jobs.metering); the API reads them here (`read_snapshot`).
"""

import math
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from arq.connections import ArqRedis
from arq.constants import default_queue_name
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.exposition import generate_latest
from prometheus_client.registry import Collector, CollectorRegistry

from app.core.redis import BASE_QUEUE, EMAIL_QUEUE, QueuePools

QUEUES = (BASE_QUEUE, EMAIL_QUEUE)
TASKS_KEY = "fincoach:metrics:tasks"
WORKERS_KEY = "fincoach:metrics:workers"
WORKER_KEY_PREFIX = "fincoach:metrics:worker:"
WORKER_TTL_FACTOR = 3
OUTCOMES = ("success", "failure", "retry", "cancelled")
# Upper bounds (seconds) of the processing-time histogram; the last one is +Inf.
BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0, math.inf)
RATE_WINDOW_SECONDS = 60.0


def worker_key(worker_id: str) -> str:
    return f"{WORKER_KEY_PREFIX}{worker_id}"


def bucket_index(seconds: float) -> int:
    return next(i for i, bound in enumerate(BUCKETS) if seconds <= bound)


@dataclass
class TaskFigures:
    task: str
    outcomes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    seconds: float = 0.0
    buckets: list[int] = field(default_factory=lambda: [0] * len(BUCKETS))

    @property
    def runs(self) -> int:
        return sum(self.buckets)


@dataclass
class WorkerFigures:
    worker_id: str
    queue: str
    host: str
    pid: int
    started_at: float
    heartbeat_at: float
    rss_bytes: int
    cpu_seconds: float
    cpu_percent: float
    running: int
    tasks_per_second: float
    seconds: float
    outcomes: dict[str, int]


@dataclass
class QueueFigures:
    queue: str
    length: int  # every job waiting in ARQ's queue, deferred ones included
    deferred: int  # of those, the ones not due yet (retries with backoff, delayed jobs)
    tasks: list[TaskFigures]
    workers: list[WorkerFigures]


@dataclass
class Snapshot:
    queues: list[QueueFigures]
    taken_at: float


def parse_tasks(raw: dict[str, str]) -> list[TaskFigures]:
    tasks: dict[str, TaskFigures] = {}
    for name, value in raw.items():
        task, _, part = name.rpartition("|")
        figures = tasks.setdefault(task, TaskFigures(task))
        if part == "seconds":
            figures.seconds = float(value)
        elif part.startswith("b") and part[1:].isdigit() and int(part[1:]) < len(BUCKETS):
            figures.buckets[int(part[1:])] = int(value)
        elif part in figures.outcomes:
            figures.outcomes[part] = int(value)
    return sorted(tasks.values(), key=lambda t: t.task)


def parse_worker(worker_id: str, raw: dict[str, str]) -> WorkerFigures:
    def number(name: str) -> float:
        return float(raw.get(name) or 0)

    return WorkerFigures(
        worker_id=worker_id,
        queue=raw.get("queue", ""),
        host=raw.get("host", ""),
        pid=int(number("pid")),
        started_at=number("started_at"),
        heartbeat_at=number("heartbeat_at"),
        rss_bytes=int(number("rss_bytes")),
        cpu_seconds=number("cpu_seconds"),
        cpu_percent=number("cpu_percent"),
        running=int(number("running")),
        tasks_per_second=number("tasks_per_second"),
        seconds=number("seconds"),
        outcomes={outcome: int(number(outcome)) for outcome in OUTCOMES},
    )


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


async def read_queue(redis: ArqRedis, queue: str, now: float) -> QueueFigures:
    """One queue's figures as they are in Redis now (two round trips)."""
    async with redis.pipeline(transaction=False) as pipe:
        pipe.zcard(default_queue_name)
        pipe.zcount(default_queue_name, f"({int(now * 1000)}", "+inf")
        pipe.hgetall(TASKS_KEY)
        pipe.smembers(WORKERS_KEY)
        length, deferred, raw_tasks, members = await pipe.execute()
    worker_ids = sorted(_text(m) for m in members)
    workers: list[WorkerFigures] = []
    if worker_ids:
        async with redis.pipeline(transaction=False) as pipe:
            for worker_id in worker_ids:
                pipe.hgetall(worker_key(worker_id))
            raws = await pipe.execute()
        gone = []
        for worker_id, raw in zip(worker_ids, raws, strict=True):
            if not raw:  # its heartbeat expired: the process is gone
                gone.append(worker_id)
                continue
            workers.append(parse_worker(worker_id, {_text(k): _text(v) for k, v in raw.items()}))
        if gone:
            await redis.srem(WORKERS_KEY, *gone)  # type: ignore[misc]
    return QueueFigures(
        queue=queue,
        length=int(length),
        deferred=int(deferred),
        tasks=parse_tasks({_text(k): _text(v) for k, v in raw_tasks.items()}),
        workers=workers,
    )


async def read_snapshot(pools: QueuePools) -> Snapshot:
    now = time.time()
    return Snapshot(
        queues=[await read_queue(pools.for_queue(queue), queue, now) for queue in QUEUES],
        taken_at=now,
    )


class QueueCollector(Collector):
    """The Prometheus families of one snapshot (read from Redis at scrape time)."""

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot

    def collect(self) -> Iterable[Metric]:
        length = GaugeMetricFamily(
            "fincoach_queue_length",
            "Jobs waiting in the ARQ queue (deferred included)",
            labels=["queue"],
        )
        deferred = GaugeMetricFamily(
            "fincoach_queue_deferred", "Waiting jobs not due yet (backoff, delay)", labels=["queue"]
        )
        in_progress = GaugeMetricFamily(
            "fincoach_queue_in_progress", "Tasks running in live workers", labels=["queue"]
        )
        workers_up = GaugeMetricFamily(
            "fincoach_queue_workers", "Live worker processes", labels=["queue"]
        )
        tasks = CounterMetricFamily(
            "fincoach_queue_tasks",
            "Finished task runs by outcome (success, failure, retry, cancelled)",
            labels=["queue", "task", "outcome"],
        )
        seconds = HistogramMetricFamily(
            "fincoach_queue_task_seconds", "Task processing time", labels=["queue", "task"]
        )
        rss = GaugeMetricFamily(
            "fincoach_worker_resident_memory_bytes",
            "Worker process resident memory",
            labels=["queue", "worker"],
        )
        cpu = CounterMetricFamily(
            "fincoach_worker_cpu_seconds", "Worker process CPU time", labels=["queue", "worker"]
        )
        cpu_percent = GaugeMetricFamily(
            "fincoach_worker_cpu_percent",
            "Worker process CPU use over its last flush interval (100 = one core)",
            labels=["queue", "worker"],
        )
        worker_tasks = CounterMetricFamily(
            "fincoach_worker_tasks",
            "Finished task runs of one worker process by outcome",
            labels=["queue", "worker", "outcome"],
        )
        worker_running = GaugeMetricFamily(
            "fincoach_worker_running_tasks", "Tasks running now", labels=["queue", "worker"]
        )
        for queue in self.snapshot.queues:
            q = queue.queue
            length.add_metric([q], queue.length)
            deferred.add_metric([q], queue.deferred)
            in_progress.add_metric([q], sum(w.running for w in queue.workers))
            workers_up.add_metric([q], len(queue.workers))
            for task in queue.tasks:
                for outcome, count in task.outcomes.items():
                    tasks.add_metric([q, task.task, outcome], count)
                seconds.add_metric(
                    [q, task.task], list(_cumulative(task.buckets)), sum_value=task.seconds
                )
            for worker in queue.workers:
                labels = [q, worker.worker_id]
                rss.add_metric(labels, worker.rss_bytes)
                cpu.add_metric(labels, worker.cpu_seconds)
                cpu_percent.add_metric(labels, worker.cpu_percent)
                worker_running.add_metric(labels, worker.running)
                for outcome, count in worker.outcomes.items():
                    worker_tasks.add_metric([*labels, outcome], count)
        yield from (length, deferred, in_progress, workers_up, tasks, seconds)
        yield from (rss, cpu, cpu_percent, worker_tasks, worker_running)


def _cumulative(buckets: list[int]) -> Iterator[tuple[str, float]]:
    total = 0
    for bound, count in zip(BUCKETS, buckets, strict=True):
        total += count
        yield ("+Inf" if math.isinf(bound) else repr(bound)), total


def render(snapshot: Snapshot) -> bytes:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(QueueCollector(snapshot))
    return generate_latest(registry)
