"""The worker side of the queue metrics (app.core.queue_metrics): each task run is counted in
memory with no I/O on the job's path, and a flusher adds the counts to the queue's Redis hashes
every WORKER_METRICS_SECONDS, with the process's memory and CPU as its heartbeat. A clean
shutdown flushes once more and removes the worker's entry; a killed worker's entry expires."""

import asyncio
import contextlib
import logging
import os
import socket
import time
import uuid
from collections import Counter, deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import psutil
from arq import Retry

from app.core.queue_metrics import (
    RATE_WINDOW_SECONDS,
    TASKS_KEY,
    WORKER_TTL_FACTOR,
    WORKERS_KEY,
    bucket_index,
    worker_key,
)
from app.core.redis import QueuePools

log = logging.getLogger(__name__)


class Outcome:
    """What a task run came to; the task body may set it (a BaseJob that settled as failed
    returns normally to ARQ but is a failure here)."""

    def __init__(self) -> None:
        self.value = "success"


class TaskMeter:
    def __init__(self, queues: QueuePools, interval: float) -> None:
        self.queues = queues
        self.interval = interval
        self.worker_id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.queue: str | None = None  # the queue this worker serves, once known
        self.started_at = time.time()
        self.running = 0
        self._pending: dict[str, Counter[str]] = {}  # queue -> field -> count (unflushed)
        self._pending_seconds: dict[str, dict[str, float]] = {}
        self._totals: Counter[str] = Counter()  # this worker's outcomes, since it started
        self._seconds = 0.0  # and its summed processing time
        self._finished: deque[float] = deque()  # monotonic finish times within the rate window
        self._process = psutil.Process()
        self._process.cpu_percent(None)  # the first call only sets the baseline
        self._flusher: asyncio.Task[None] | None = None

    @asynccontextmanager
    async def measure(self, queue: str, task: str) -> AsyncIterator[Outcome]:
        outcome = Outcome()
        self.queue = self.queue or queue
        self.running += 1
        start = time.perf_counter()
        try:
            yield outcome
        except Retry:
            outcome.value = "retry"
            raise
        except asyncio.CancelledError:  # ARQ's timeout, or the worker shutting down
            outcome.value = "cancelled"
            raise
        except BaseException:
            outcome.value = "failure"
            raise
        finally:
            self.running -= 1
            self.record(queue, task, outcome.value, time.perf_counter() - start)

    def record(self, queue: str, task: str, outcome: str, seconds: float) -> None:
        counts = self._pending.setdefault(queue, Counter())
        counts[f"{task}|{outcome}"] += 1
        counts[f"{task}|b{bucket_index(seconds)}"] += 1
        sums = self._pending_seconds.setdefault(queue, {})
        sums[f"{task}|seconds"] = sums.get(f"{task}|seconds", 0.0) + seconds
        self._totals[outcome] += 1
        self._seconds += seconds
        self._finished.append(time.monotonic())

    def tasks_per_second(self) -> float:
        now = time.monotonic()
        while self._finished and self._finished[0] < now - RATE_WINDOW_SECONDS:
            self._finished.popleft()
        window = min(RATE_WINDOW_SECONDS, max(time.time() - self.started_at, 1.0))
        return round(len(self._finished) / window, 3)

    def start(self) -> None:
        self._flusher = asyncio.create_task(self._flush_forever(), name="task-meter")

    async def stop(self) -> None:
        if self._flusher is not None:
            self._flusher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._flusher
        with contextlib.suppress(Exception):
            await self.flush()
        if self.queue is not None:
            with contextlib.suppress(Exception):
                redis = self.queues.for_queue(self.queue)
                await redis.delete(worker_key(self.worker_id))
                await redis.srem(WORKERS_KEY, self.worker_id)  # type: ignore[misc]

    async def _flush_forever(self) -> None:
        while True:
            try:
                await self.flush()
            except Exception:  # Redis away: the counts wait in memory for the next flush
                log.warning("queue metrics flush failed", exc_info=True)
            await asyncio.sleep(self.interval)

    async def flush(self) -> None:
        pending, self._pending = self._pending, {}
        pending_seconds, self._pending_seconds = self._pending_seconds, {}
        try:
            for queue in {*pending, *pending_seconds}:
                async with self.queues.for_queue(queue).pipeline(transaction=False) as pipe:
                    for name, count in pending.get(queue, {}).items():
                        pipe.hincrby(TASKS_KEY, name, count)
                    for name, seconds in pending_seconds.get(queue, {}).items():
                        pipe.hincrbyfloat(TASKS_KEY, name, seconds)
                    await pipe.execute()
                pending.pop(queue, None)
                pending_seconds.pop(queue, None)
        finally:  # what was not written goes back, to be written next time
            for queue, counts in pending.items():
                self._pending.setdefault(queue, Counter()).update(counts)
            for queue, sums in pending_seconds.items():
                mine = self._pending_seconds.setdefault(queue, {})
                for name, value in sums.items():
                    mine[name] = mine.get(name, 0.0) + value
        await self._heartbeat()

    async def _heartbeat(self) -> None:
        if self.queue is None:
            return
        with self._process.oneshot():
            rss = self._process.memory_info().rss
            times = self._process.cpu_times()
            percent = self._process.cpu_percent(None)
        fields: dict[str, str | int | float] = {
            "queue": self.queue,
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "started_at": self.started_at,
            "heartbeat_at": time.time(),
            "rss_bytes": rss,
            "cpu_seconds": round(times.user + times.system, 3),
            "cpu_percent": round(percent, 1),
            "running": self.running,
            "tasks_per_second": self.tasks_per_second(),
            "seconds": round(self._seconds, 6),
            **{name: value for name, value in self._totals.items()},
        }
        key = worker_key(self.worker_id)
        ttl = max(int(self.interval * WORKER_TTL_FACTOR) + 1, 5)
        async with self.queues.for_queue(self.queue).pipeline(transaction=False) as pipe:
            pipe.hset(key, mapping=fields)
            pipe.expire(key, ttl)
            pipe.sadd(WORKERS_KEY, self.worker_id)
            await pipe.execute()
