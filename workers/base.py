"""The base worker: `arq workers.base.WorkerSettings` (Redis DB 1): mail, notifications, upkeep."""

from typing import ClassVar

from arq import cron
from arq.connections import RedisSettings
from arq.cron import CronJob
from arq.typing import WorkerCoroutine
from arq.worker import Function, func

from app.core.config import get_settings
from app.core.redis import BASE_QUEUE, queue_redis_settings
from app.jobs import worker_context
from app.jobs.budget_alerts import send_budget_alert
from app.jobs.email_extraction import retrain_categoriser
from app.jobs.notifications import send_account_notice, send_email, send_otp_email
from app.jobs.upkeep import requeue_lost_jobs

settings = get_settings()


class WorkerSettings:
    functions: ClassVar[list[Function | WorkerCoroutine]] = [
        send_otp_email,
        send_email,
        send_account_notice,
        send_budget_alert,
        # keep_result=0: its fixed job id must be free again as soon as it has run.
        func(retrain_categoriser, keep_result=0),
    ]
    cron_jobs: ClassVar[list[CronJob]] = [
        # Every minute, and at start-up so a restarted deployment recovers at once.
        cron(requeue_lost_jobs, second=0, run_at_startup=True),
    ]
    on_startup = worker_context.startup
    on_shutdown = worker_context.shutdown
    redis_settings: RedisSettings = queue_redis_settings(settings, BASE_QUEUE)
    max_jobs = settings.worker_max_jobs
    job_timeout = settings.job_timeout_seconds
    max_tries = settings.job_max_tries
    health_check_interval = 30
    handle_signals = True
