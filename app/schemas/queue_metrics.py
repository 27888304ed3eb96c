"""GET /api/v1/admin/queues: the queue and worker metrics of app.core.queue_metrics, for the
admin page. Counts are cumulative since the queue's Redis database was created; rates are the
live workers' last minute."""

from datetime import datetime

from pydantic import Field

from app.schemas.common import ResponseModel


class OutcomeCounts(ResponseModel):
    success: int
    failure: int
    retry: int = Field(description="runs that failed transiently and were put back with backoff")
    cancelled: int = Field(description="cancelled by the user, ARQ's timeout or a shutdown")


class HistogramBucket(ResponseModel):
    le: float | None = Field(description="upper bound in seconds; null: +Inf")
    count: int = Field(description="runs that took at most `le` (cumulative)")


class TaskMetrics(ResponseModel):
    task: str
    runs: int
    outcomes: OutcomeCounts
    success_rate: float | None = Field(description="success / (success + failure); null: none")
    average_seconds: float | None
    histogram: list[HistogramBucket]


class WorkerMetrics(ResponseModel):
    worker_id: str
    queue: str
    host: str
    pid: int
    started_at: datetime
    heartbeat_at: datetime
    memory_bytes: int = Field(description="resident set size")
    cpu_percent: float = Field(description="over the last flush interval; 100 = one core")
    cpu_seconds: float
    running: int
    tasks_per_second: float = Field(description="finished runs over the last minute")
    outcomes: OutcomeCounts
    success_rate: float | None
    average_seconds: float | None


class QueueMetrics(ResponseModel):
    queue: str
    length: int = Field(description="jobs waiting in the queue, deferred ones included")
    deferred: int = Field(description="waiting jobs not due yet (retry backoff, delays)")
    in_progress: int
    tasks_per_second: float = Field(description="the live workers' finished runs per second")
    outcomes: OutcomeCounts
    success_rate: float | None
    average_seconds: float | None
    memory_bytes: int = Field(description="the live workers' resident memory, added up")
    cpu_percent: float = Field(description="the live workers' CPU, added up")
    tasks: list[TaskMetrics]
    workers: list[WorkerMetrics]


class QueuesOverview(ResponseModel):
    taken_at: datetime
    flush_seconds: float = Field(description="how often workers publish their figures")
    queues: list[QueueMetrics]
