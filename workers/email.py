"""The email worker: `arq workers.email.WorkerSettings` (Redis DB 2): mailbox sync and extraction.

Kept apart from the base worker so a long backfill never holds up a sign-in code."""

from typing import ClassVar

from arq import cron
from arq.connections import RedisSettings
from arq.cron import CronJob
from arq.typing import WorkerCoroutine
from arq.worker import Function

from app.core.config import get_settings
from app.core.redis import EMAIL_QUEUE, queue_redis_settings
from app.jobs import worker_context
from app.jobs.email_extraction import run_email_extraction
from app.jobs.email_fetch import EmailFetchJob
from app.jobs.runner import arq_task
from app.jobs.scheduling import schedule_incremental_syncs

settings = get_settings()
SYNC_MINUTES = set(range(0, 60, settings.email_sync_interval_minutes))


class WorkerSettings:
    functions: ClassVar[list[Function | WorkerCoroutine]] = [
        arq_task(EmailFetchJob),
        run_email_extraction,
    ]
    cron_jobs: ClassVar[list[CronJob]] = [
        # One incremental sync per connected mailbox every 30 minutes (deduped per mailbox).
        cron(schedule_incremental_syncs, minute=SYNC_MINUTES, second=0),
    ]
    on_startup = worker_context.startup
    on_shutdown = worker_context.shutdown
    redis_settings: RedisSettings = queue_redis_settings(settings, EMAIL_QUEUE)
    max_jobs = settings.email_worker_max_jobs
    poll_delay = settings.email_worker_poll_seconds
    job_timeout = settings.job_timeout_seconds
    max_tries = settings.job_max_tries
    health_check_interval = 30
    handle_signals = True
