"""The email worker: `arq workers.email.WorkerSettings` (Redis DB 2): mailbox sync and extraction.

Kept apart from the base worker so a long backfill never holds up a sign-in code. Its functions
are the tasks app.core.tasks declares on the email queue."""

from typing import ClassVar

from arq.connections import RedisSettings
from arq.cron import CronJob
from arq.typing import WorkerCoroutine
from arq.worker import Function

from app.core.config import get_settings
from app.core.redis import EMAIL_QUEUE, queue_redis_settings
from app.core.tasks import SCHEDULE_INCREMENTAL_SYNCS
from app.jobs import context, registry

settings = get_settings()
SYNC_MINUTES = set(range(0, 60, settings.email_sync_interval_minutes))


class WorkerSettings:
    functions: ClassVar[list[Function | WorkerCoroutine]] = [
        *registry.worker_functions(EMAIL_QUEUE)
    ]
    cron_jobs: ClassVar[list[CronJob]] = [
        # One incremental sync per connected mailbox every 30 minutes (deduped per mailbox).
        registry.scheduled(SCHEDULE_INCREMENTAL_SYNCS, minute=SYNC_MINUTES, second=0),
    ]
    on_startup = context.startup
    on_shutdown = context.shutdown
    redis_settings: RedisSettings = queue_redis_settings(settings, EMAIL_QUEUE)
    max_jobs = settings.email_worker_max_jobs
    poll_delay = settings.email_worker_poll_seconds
    job_timeout = settings.job_timeout_seconds
    max_tries = settings.job_max_tries
    health_check_interval = 30
    handle_signals = True
