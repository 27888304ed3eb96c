"""JobRunner: claims a job record, runs the job's hooks, keeps a heartbeat, and settles the
record as completed, failed or cancelled. Failures follow the one retry policy
(app.jobs.retry): a transient one with tries left goes back to pending and is retried later."""

import asyncio
import contextlib
import logging
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from arq import Retry

from app.crud import jobs as jobs_crud
from app.jobs.base import BaseJob, JobCancelled, JobLeaseLost, JobYielded
from app.jobs.context import WorkerContext
from app.jobs.retry import is_transient, retry_later
from app.models.job import CANCELLED, COMPLETED, FAILED, PENDING
from app.services import jobs as job_service

log = logging.getLogger(__name__)

YIELDED = "yielded"  # what execute() returns for a job that went back to the queue
LEASE_LOST = "lease lost"  # ... for a run whose record another claim took over


class JobRunner:
    def __init__(self, worker: WorkerContext, job_try: int = 1) -> None:
        self.worker = worker
        self.settings = worker.settings
        self.job_try = job_try

    async def execute(self, job_cls: type[BaseJob], job_id: uuid.UUID) -> str:
        job = await self._claim(job_cls, job_id)
        if job is None:
            return "skipped"  # finished, cancelled, or held by a live worker
        main = asyncio.current_task()
        assert main is not None
        lease_lost = asyncio.Event()
        heartbeat = asyncio.create_task(self._heartbeat(job, main, lease_lost))
        try:
            await job.before_run()
            await job.run()
            await job.after_run()
        except JobLeaseLost:
            log.warning("job %s: another run claimed it; this run stops", job_id)
            return LEASE_LOST
        except JobCancelled:
            await self._settle(job, CANCELLED)
            await job.publish("job.cancelled")
            return CANCELLED
        except JobYielded:
            await self._yield(job)
            return YIELDED
        except asyncio.CancelledError:
            if lease_lost.is_set():  # cancelled by the heartbeat, not by the worker
                main.uncancel()
                log.warning("job %s: another run claimed it; this run stopped", job_id)
                return LEASE_LOST
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
        async with self.worker.uow.begin() as session:
            record = await jobs_crud.claim(session, job_id, stale_before)
        if record is None:
            return None
        job = job_cls(self.worker, record, self.job_try)
        if record.cancel_requested:
            await self._settle(job, CANCELLED)
            return None
        return job

    async def _yield(self, job: BaseJob) -> None:
        """Back to pending and to the end of the queue, under a fresh ARQ id (the running one is
        still held by this run), in one unit of work: the record never says pending without a
        queue entry. Its checkpoint was saved by the job before it yielded.

        The id names this job's record and this run (see `job_service.arq_job_id`)."""
        async with self.worker.uow.begin() as session:
            record = await jobs_crud.get(session, job.job_id)
            if record is None:
                return
            still_ours = await jobs_crud.update_fields(
                session,
                job.job_id,
                run=job.claim_number,
                status=PENDING,
                result={**record.result, "carried": job.carried},
                **job.counters(),
            )
            if still_ours is None:
                return  # another run holds it: that run queues what comes next
            record.arq_job_id = job_service.arq_job_id(
                record.dedupe_key or record.type, record.id, f"turn{record.attempts}"
            )
            job_service.enqueue(session, record)

    async def _heartbeat(
        self, job: BaseJob, main: "asyncio.Task[Any]", lease_lost: asyncio.Event
    ) -> None:
        """Renew the lease every few seconds. Once another claim has taken the record (this
        run's beats went stale and upkeep queued the job again), stop this run at once."""
        while True:
            await asyncio.sleep(self.settings.job_heartbeat_seconds)
            try:
                async with self.worker.uow.begin() as session:
                    held = await jobs_crud.heartbeat(session, job.job_id, job.claim_number)
            except Exception:  # a missed beat is harmless; the next one may work
                log.warning("heartbeat for job %s failed", job.job_id, exc_info=True)
                continue
            if held is None:
                lease_lost.set()
                main.cancel()
                return

    async def _handle_failure(self, job: BaseJob, exc: Exception) -> str:
        retry = retry_later(self.settings, f"{job.type}:{job.job_id}", self.job_try, exc)
        try:
            await job.record_error(type(exc).__name__, str(exc) or repr(exc))
            if retry is not None:
                await self._settle(job, PENDING, completed=False)
        except Exception as settling:
            if retry is None or not is_transient(settling):
                raise
            # The database that failed the job failed the record too, so it still says
            # "processing". Come back once its heartbeat is stale: the claim takes it then.
            stale = self.settings.job_stale_seconds + 1
            raise Retry(defer=max((retry.defer_score or 0) / 1000, stale)) from exc
        if retry is not None:
            raise retry from exc
        with contextlib.suppress(Exception):
            await job.on_failure(exc)
        await self._settle(job, FAILED)
        await job.publish("job.failed", error=str(exc)[:500])
        return FAILED

    async def _settle(self, job: BaseJob, status: str, completed: bool = True) -> None:
        fields: dict[str, Any] = {"status": status, **job.counters()}
        if completed:
            fields["completed_at"] = datetime.now(UTC)
        async with self.worker.uow.begin() as session:
            record = await jobs_crud.get(session, job.job_id)
            if record is None:
                return
            if job._errors:
                fields["error_log"] = [*record.error_log, *job._errors]
                job._errors = []
            if status == COMPLETED:
                fields["result"] = {**record.result, "summary": job.summary}
            # Nothing is written once another claim holds the record.
            await jobs_crud.update_fields(session, job.job_id, run=job.claim_number, **fields)
