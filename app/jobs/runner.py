"""JobRunner: claims a job record, runs the job's hooks, keeps a heartbeat, and settles the
record as completed, failed or cancelled. Only failures judged transient are retried, through
ARQ's Retry with exponential backoff and jitter (ARQ retries nothing else)."""

import asyncio
import contextlib
import logging
import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from arq import Retry
from arq.worker import Function, func
from redis.exceptions import ConnectionError as RedisConnectionError
from sqlalchemy.exc import DBAPIError, OperationalError

from app.crud import jobs as jobs_crud
from app.jobs.base import BaseJob, JobCancelled, TransientJobError
from app.models.job import CANCELLED, COMPLETED, FAILED, PENDING
from app.services.jobs import arq_function_name

log = logging.getLogger(__name__)

TRANSIENT_ERRORS = (
    TransientJobError,
    OperationalError,
    DBAPIError,
    RedisConnectionError,
    ConnectionError,
    TimeoutError,
)


class JobRunner:
    def __init__(self, ctx: dict[str, Any]) -> None:
        self.ctx = ctx
        self.settings = ctx["settings"]
        self.sessionmaker = ctx["sessionmaker"]

    async def execute(self, job_cls: type[BaseJob], job_id: uuid.UUID) -> str:
        job = await self._claim(job_cls, job_id)
        if job is None:
            return "skipped"  # finished, cancelled, or held by a live worker
        heartbeat = asyncio.create_task(self._heartbeat(job_id))
        try:
            await job.before_run()
            await job.run()
            await job.after_run()
        except JobCancelled:
            await self._settle(job, CANCELLED)
            await job.publish("job.cancelled")
            return CANCELLED
        except asyncio.CancelledError:
            # Worker shutting down (SIGTERM) or ARQ's timeout: leave the job resumable.
            await self._settle(job, PENDING, completed=False)
            raise
        except Exception as exc:
            return await self._handle_failure(job, exc)
        finally:
            heartbeat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await heartbeat
        await self._settle(job, COMPLETED)
        await job.publish("job.completed", summary=job.summary)
        return COMPLETED

    async def _claim(self, job_cls: type[BaseJob], job_id: uuid.UUID) -> BaseJob | None:
        stale_before = datetime.now(UTC) - timedelta(seconds=self.settings.job_stale_seconds)
        async with self.sessionmaker() as session:
            record = await jobs_crud.claim(session, job_id, stale_before)
            await session.commit()
        if record is None:
            return None
        if record.cancel_requested:
            job = job_cls(self.ctx, record)
            await self._settle(job, CANCELLED)
            return None
        return job_cls(self.ctx, record)

    async def _heartbeat(self, job_id: uuid.UUID) -> None:
        while True:
            await asyncio.sleep(self.settings.job_heartbeat_seconds)
            try:
                async with self.sessionmaker() as session:
                    await jobs_crud.heartbeat(session, job_id)
                    await session.commit()
            except Exception:  # a missed beat is harmless; the next one may work
                log.warning("heartbeat for job %s failed", job_id, exc_info=True)

    async def _handle_failure(self, job: BaseJob, exc: Exception) -> str:
        job_try = int(self.ctx.get("job_try", 1))
        transient = isinstance(exc, TRANSIENT_ERRORS)
        await job.record_error(type(exc).__name__, str(exc) or repr(exc))
        if transient and job_try < self.settings.job_max_tries:
            await self._settle(job, PENDING, completed=False)
            delay = min(300.0, 2.0**job_try) * random.uniform(0.5, 1.5)
            log.warning("job %s failed (%s), retry %s in %.0fs", job.job_id, exc, job_try, delay)
            raise Retry(defer=delay) from exc
        log.exception("job %s failed for good", job.job_id)
        with contextlib.suppress(Exception):
            await job.on_failure(exc)
        await self._settle(job, FAILED)
        await job.publish("job.failed", error=str(exc)[:500])
        return FAILED

    async def _settle(self, job: BaseJob, status: str, completed: bool = True) -> None:
        fields: dict[str, Any] = {"status": status, **job.counters()}
        if completed:
            fields["completed_at"] = datetime.now(UTC)
        async with self.sessionmaker() as session:
            record = await jobs_crud.get(session, job.job_id)
            if record is None:
                return
            if job._errors:
                fields["error_log"] = [*record.error_log, *job._errors]
                job._errors = []
            if status == COMPLETED:
                fields["result"] = {**record.result, "summary": job.summary}
            await jobs_crud.update_fields(session, job.job_id, **fields)
            await session.commit()


def arq_task(job_cls: type[BaseJob]) -> Function:
    """The ARQ function that runs `job_cls`, named run_<type>, taking the job record's id."""

    async def task(ctx: dict[str, Any], job_id: str) -> str:
        return await JobRunner(ctx).execute(job_cls, uuid.UUID(job_id))

    # keep_result=0: the PostgreSQL record is the result, and a kept result would block the
    # next run under the same deterministic ARQ job id for an hour.
    return func(task, name=arq_function_name(job_cls.type), keep_result=0)
