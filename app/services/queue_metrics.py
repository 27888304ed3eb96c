"""Queue and worker metrics as the admin page and /metrics show them: read live from Redis on
each request (app.core.queue_metrics), so every API process answers the same."""

import math
from collections.abc import Iterable
from datetime import UTC, datetime

from app.core import queue_metrics
from app.core.queue_metrics import BUCKETS, OUTCOMES, Snapshot, TaskFigures, WorkerFigures
from app.core.redis import QueuePools
from app.schemas.queue_metrics import (
    HistogramBucket,
    OutcomeCounts,
    QueueMetrics,
    QueuesOverview,
    TaskMetrics,
    WorkerMetrics,
)


async def prometheus_text(pools: QueuePools) -> bytes:
    return queue_metrics.render(await queue_metrics.read_snapshot(pools))


async def overview(pools: QueuePools, flush_seconds: float) -> QueuesOverview:
    return describe(await queue_metrics.read_snapshot(pools), flush_seconds)


def describe(snapshot: Snapshot, flush_seconds: float) -> QueuesOverview:
    queues = []
    for queue in snapshot.queues:
        outcomes = _add(t.outcomes for t in queue.tasks)
        seconds = sum(t.seconds for t in queue.tasks)
        runs = sum(t.runs for t in queue.tasks)
        queues.append(
            QueueMetrics(
                queue=queue.queue,
                length=queue.length,
                deferred=queue.deferred,
                in_progress=sum(w.running for w in queue.workers),
                tasks_per_second=round(sum(w.tasks_per_second for w in queue.workers), 3),
                outcomes=OutcomeCounts(**outcomes),
                success_rate=_success_rate(outcomes),
                average_seconds=_average(seconds, runs),
                memory_bytes=sum(w.rss_bytes for w in queue.workers),
                cpu_percent=round(sum(w.cpu_percent for w in queue.workers), 1),
                tasks=[_task(t) for t in queue.tasks],
                workers=[_worker(w) for w in queue.workers],
            )
        )
    return QueuesOverview(
        taken_at=datetime.fromtimestamp(snapshot.taken_at, UTC),
        flush_seconds=flush_seconds,
        queues=queues,
    )


def _add(counts: Iterable[dict[str, int]]) -> dict[str, int]:
    total = dict.fromkeys(OUTCOMES, 0)
    for each in counts:
        for outcome, count in each.items():
            total[outcome] += count
    return total


def _success_rate(outcomes: dict[str, int]) -> float | None:
    settled = outcomes["success"] + outcomes["failure"]
    return round(outcomes["success"] / settled, 4) if settled else None


def _average(seconds: float, runs: int) -> float | None:
    return round(seconds / runs, 4) if runs else None


def _task(task: TaskFigures) -> TaskMetrics:
    cumulative, histogram = 0, []
    for bound, count in zip(BUCKETS, task.buckets, strict=True):
        cumulative += count
        histogram.append(HistogramBucket(le=None if math.isinf(bound) else bound, count=cumulative))
    return TaskMetrics(
        task=task.task,
        runs=task.runs,
        outcomes=OutcomeCounts(**task.outcomes),
        success_rate=_success_rate(task.outcomes),
        average_seconds=_average(task.seconds, task.runs),
        histogram=histogram,
    )


def _worker(worker: WorkerFigures) -> WorkerMetrics:
    return WorkerMetrics(
        worker_id=worker.worker_id,
        queue=worker.queue,
        host=worker.host,
        pid=worker.pid,
        started_at=datetime.fromtimestamp(worker.started_at, UTC),
        heartbeat_at=datetime.fromtimestamp(worker.heartbeat_at, UTC),
        memory_bytes=worker.rss_bytes,
        cpu_percent=worker.cpu_percent,
        cpu_seconds=worker.cpu_seconds,
        running=worker.running,
        tasks_per_second=worker.tasks_per_second,
        outcomes=OutcomeCounts(**worker.outcomes),
        success_rate=_success_rate(worker.outcomes),
        average_seconds=_average(worker.seconds, sum(worker.outcomes.values())),
    )
