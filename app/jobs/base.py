"""BaseJob: what every background job is. Subclasses implement `run`; the JobRunner owns the
record's lifecycle. Progress methods here persist counters (throttled), checkpoints (always) and
errors, and publish live events to the job's owner."""

import logging
import time
import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from app.core import events
from app.crud import jobs as jobs_crud
from app.jobs.context import WorkerContext
from app.models.job import CANCELLED, COMPLETED, FAILED, PROCESSING, Job

log = logging.getLogger(__name__)

EVENT_STATUS = {"job.completed": COMPLETED, "job.failed": FAILED, "job.cancelled": CANCELLED}


class JobCancelled(Exception):
    """Raised inside a job at a progress point once someone asked to cancel it."""


class JobLeaseLost(Exception):
    """The record was claimed by another run (this one's heartbeat went stale, so upkeep queued
    the job again and a worker took it over): this run stops and writes nothing more."""


class JobYielded(Exception):
    """Raised by a job that checkpointed and gives its worker slot to the jobs queued behind it
    (a turn of a mailbox sync): the runner puts it back at the end of its queue, pending, and
    the next run resumes from the checkpoint."""


class BaseJob:
    """Raise core.errors.TransientError (or a connection error) for a failure worth retrying;
    anything else fails the job for good."""

    type: ClassVar[str]

    def __init__(self, worker: WorkerContext, record: Job, job_try: int = 1) -> None:
        self.worker = worker
        self.settings = worker.settings
        self.job_try = job_try
        self.job_id: uuid.UUID = record.id
        # Which claim this run is (the claim counts attempts): every write to the record is
        # conditional on it, so a run that lost its lease cannot overwrite its successor's.
        self.claim_number: int = record.attempts
        self.user_id: uuid.UUID | None = record.user_id
        self.params: dict[str, Any] = dict(record.params)
        checkpoint = record.result.get("checkpoint", {})
        # Resuming after a crash: counters restart from the last checkpoint, so work redone
        # since then is counted once.
        counters = checkpoint.get("counters", {})
        self.total = counters.get("total", record.total)
        self.processed = counters.get("processed", 0)
        self.parsed = counters.get("parsed", 0)
        self.failed = counters.get("failed", 0)
        self.cursor: dict[str, Any] = checkpoint.get("cursor", {})
        self.summary: dict[str, Any] = {}
        # What earlier turns of a yielding job counted (saved when it yielded).
        self.carried: dict[str, Any] = dict(record.result.get("carried", {}))
        self._errors: list[dict[str, Any]] = []
        self._unsaved_items = 0
        self._last_save = time.monotonic()

    # ---- lifecycle hooks -------------------------------------------------------------------
    async def before_run(self) -> None:
        """Check preconditions; raise to fail the job before any work."""

    async def run(self) -> None:
        raise NotImplementedError

    async def after_run(self) -> None:
        """Follow-up work once `run` succeeded (for instance queue the next stage)."""

    async def on_failure(self, exc: BaseException) -> None:
        """Clean-up once the job has failed for good."""

    # ---- progress, for subclasses ------------------------------------------------------------
    async def set_total(self, total: int) -> None:
        self.total = total
        await self._save()

    async def advance(self, processed: int = 0, parsed: int = 0, failed: int = 0) -> None:
        """Count finished items. Written at most every N items or T seconds, so progress
        bookkeeping never dominates the work."""
        self.processed += processed
        self.parsed += parsed
        self.failed += failed
        self._unsaved_items += processed
        due = (
            self._unsaved_items >= self.settings.job_progress_every_items
            or time.monotonic() - self._last_save >= self.settings.job_progress_every_seconds
        )
        if due:
            await self._save()

    async def save_cursor(self, cursor: dict[str, Any]) -> None:
        """Checkpoint: where to resume, with the counters that go with it. Call it after the
        work up to `cursor` is durably stored."""
        self.cursor = cursor
        await self._save(checkpoint=True)

    async def record_error(self, kind: str, message: str, item_id: str | None = None) -> None:
        self._errors.append(
            {
                "at": datetime.now(UTC).isoformat(),
                "type": kind,
                "message": message[:500],
                "item_id": item_id,
            }
        )
        if len(self._errors) >= 50:
            await self._save()

    # ---- persistence -----------------------------------------------------------------------
    def counters(self) -> dict[str, int]:
        return {
            "total": self.total,
            "processed": self.processed,
            "parsed": self.parsed,
            "failed": self.failed,
        }

    async def _save(self, checkpoint: bool = False) -> None:
        fields: dict[str, Any] = {**self.counters(), "heartbeat_at": datetime.now(UTC)}
        async with self.worker.uow.begin() as session:
            job = await jobs_crud.get(session, self.job_id)
            if job is None:
                raise JobCancelled("the job record is gone")
            if self._errors:
                fields["error_log"] = [*job.error_log, *self._errors]
            if checkpoint:
                fields["result"] = {
                    **job.result,
                    "checkpoint": {"cursor": self.cursor, "counters": self.counters()},
                }
            cancel_requested = await jobs_crud.update_fields(
                session, self.job_id, run=self.claim_number, **fields
            )
            if cancel_requested is None:
                raise JobLeaseLost(f"job {self.job_id} was claimed by another run")
        self._errors = []
        self._unsaved_items = 0
        self._last_save = time.monotonic()
        await self.publish("job.progress")
        if cancel_requested:
            raise JobCancelled("cancelled on request")

    async def publish(self, event: str, **extra: Any) -> None:
        """A live event for the owner's open pages. Best effort: the record is the truth (the
        pages read it again when they reconnect), so a lost event must not fail the job. Redis
        going away mid-write does not always raise ConnectionError: on a reset connection
        redis-py can leak the transport's TypeError or AttributeError (redis/redis-py#4287),
        which the retry policy rightly treats as a bug, and which failed a sync for good."""
        if self.user_id is None:
            return
        try:
            await self._publish(event, **extra)
        except Exception as exc:  # any error: see above
            log.warning("job %s: live event %s not sent: %r", self.job_id, event, exc)

    async def _publish(self, event: str, **extra: Any) -> None:
        assert self.user_id is not None
        total = self.total or 0
        progress = round(100.0 * self.processed / total, 1) if total else 0.0
        status = EVENT_STATUS.get(event, PROCESSING)
        await events.publish(
            self.worker.cache,
            self.user_id,
            event,
            {
                "job_id": str(self.job_id),
                "type": self.type,
                "status": status,
                "account_id": self.params.get("account_id"),
                **self.counters(),
                "progress": 100.0 if status == COMPLETED else min(progress, 100.0),
                **extra,
            },
        )
