"""The base worker: `arq workers.base.WorkerSettings` (Redis DB 1): mail, learning, upkeep.

Its functions are the tasks app.core.tasks declares on the base queue."""

from typing import ClassVar

from arq.connections import RedisSettings
from arq.cron import CronJob
from arq.typing import WorkerCoroutine
from arq.worker import Function

from app.core.config import get_settings
from app.core.redis import BASE_QUEUE, queue_redis_settings
from app.core.tasks import REFRESH_EXCHANGE_RATES, REQUEUE_LOST_JOBS
from app.jobs import context, registry

settings = get_settings()


class WorkerSettings:
    functions: ClassVar[list[Function | WorkerCoroutine]] = [*registry.worker_functions(BASE_QUEUE)]
    cron_jobs: ClassVar[list[CronJob]] = [
        # Every minute, and at start-up so a restarted deployment recovers at once.
        registry.scheduled(REQUEUE_LOST_JOBS, second=0, run_at_startup=True),
        # ECB publishes around 16:00 CET on business days.
        registry.scheduled(REFRESH_EXCHANGE_RATES, hour={16}, minute={30}, second=0),
    ]
    on_startup = context.startup
    on_shutdown = context.shutdown
    redis_settings: RedisSettings = queue_redis_settings(settings, BASE_QUEUE)
    max_jobs = settings.worker_max_jobs
    job_timeout = settings.job_timeout_seconds
    max_tries = settings.job_max_tries
    health_check_interval = 30
    handle_signals = True
