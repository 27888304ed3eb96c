"""The one retry policy of every background task, BaseJob or light: only failures judged
transient are retried, through ARQ's Retry with exponential backoff and jitter (ARQ retries
nothing else), up to JOB_MAX_TRIES. Every failure is logged as one structured line."""

import logging
import random

from arq import Retry
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.exceptions import WatchError
from sqlalchemy.exc import DBAPIError, OperationalError

from app.core.config import Settings
from app.core.errors import TransientError

log = logging.getLogger("fincoach.tasks")

TRANSIENT_ERRORS = (
    TransientError,
    OperationalError,
    DBAPIError,
    RedisConnectionError,
    RedisTimeoutError,  # not the built-in TimeoutError: a RedisError
    # A transaction's watched key changed, or (redis-py's wording for it) "a ConnectionError
    # occurred while watching one or more keys" when Redis went away mid-transaction.
    WatchError,
    ConnectionError,
    TimeoutError,
)


def is_transient(exc: BaseException) -> bool:
    return isinstance(exc, TRANSIENT_ERRORS)


def backoff_seconds(job_try: int) -> float:
    """2, 4, 8 ... seconds (at most 5 minutes), each ±50 % so retries do not arrive together."""
    return min(300.0, 2.0**job_try) * random.uniform(0.5, 1.5)


def retry_later(settings: Settings, task: str, job_try: int, exc: BaseException) -> Retry | None:
    """The Retry to raise for a transient failure with tries left, else None (fail for good).
    Logs the failure either way: task, try, whether it is retried, the error's type and text
    (never the task's arguments: they can hold addresses)."""
    retry = is_transient(exc) and job_try < settings.job_max_tries
    delay = backoff_seconds(job_try) if retry else None
    log.log(
        logging.WARNING if retry else logging.ERROR,
        "task_failed task=%s try=%d/%d retry_in=%s error_type=%s error=%s",
        task,
        job_try,
        settings.job_max_tries,
        f"{delay:.1f}s" if delay is not None else "never",
        type(exc).__name__,
        (str(exc) or repr(exc))[:500],
        exc_info=not retry,
    )
    return Retry(defer=delay) if delay is not None else None
