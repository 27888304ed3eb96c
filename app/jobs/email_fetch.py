"""email_fetch: sync one connected mailbox (initial N months or incremental) in batches of 1,000,
a turn of EMAIL_SYNC_TURN_MESSAGES at a time (then back to the end of the queue, when another
job waits for a slot).

The sync itself (app/ingest/sync.py) stores each batch idempotently and checkpoints its
cursor through this job's progress methods, so a crashed sync resumes where it stopped."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.tasks import EXTRACT_EMAILS, RUN_EMAIL_FETCH, ExtractEmails, extraction_job_id
from app.ingest import sync as mail_sync
from app.jobs.base import BaseJob, JobCancelled, JobYielded
from app.jobs.registry import bind_job
from app.services import jobs as job_service
from app.services import sync_requests

# An extraction task's queue score is its enqueue time less this: ahead of sync turns queued
# (ARQ runs the lowest score first; among extraction tasks, first come first served).
EXTRACTION_AHEAD_SECONDS = 3600


class EmailFetchJob(BaseJob):
    type = "email_fetch"

    async def run(self) -> None:
        result = await mail_sync.sync_account(
            self.worker.uow,
            self.settings,
            uuid.UUID(self.params["account_id"]),
            self.params.get("mode", "incremental"),
            self.params.get("months"),
            progress=self,
            on_batch_stored=self._extract_batch,
            resume_cursor=self.cursor or None,
            turn_messages=self.settings.email_sync_turn_messages,
            others_waiting=self._others_waiting,
        )
        counts = {
            name: self.carried.get(name, 0) + getattr(result, name)
            for name in ("new", "duplicate", "failed", "unavailable")
        }
        self.summary = {"outcome": result.outcome, **counts}
        if result.outcome == "stopped":
            raise JobCancelled("the mailbox was disconnected during the sync")
        if result.outcome == "yielded":
            # Its turn is over (the cursor is saved): back of the queue, so every mailbox
            # syncing now gets a turn before this one's next.
            self.carried = counts
            raise JobYielded()

    async def before_run(self) -> None:
        # A resumed job has counted some messages already; the sync counts only what is left.
        self._counted_before_this_run = self.processed
        self._batch_tasks: list[str] = []  # the ARQ job ids of this run's extraction tasks

    async def set_total(self, total: int) -> None:
        await super().set_total(self._counted_before_this_run + total)

    async def _others_waiting(self) -> bool:
        """At the end of a turn: another job (another mailbox's sync, most often) waits for a
        slot on this queue. Only then does this sync give up its slot."""
        async with self.worker.sessionmaker() as session:
            return await job_service.others_waiting(session, RUN_EMAIL_FETCH.queue, self.job_id)

    async def _extract_batch(self, session: AsyncSession, email_ids: list[uuid.UUID]) -> None:
        """Each stored batch goes to extraction as it commits, so any email worker can take it
        while this one reads on. Ahead of every sync turn waiting in the queue: what is stored
        becomes ledger before more is fetched, so the stored-but-not-extracted backlog stays at
        a few batches and a user's ledger is complete soon after their last turn."""
        args = ExtractEmails(user_id=str(self.user_id), email_ids=[str(i) for i in email_ids])
        EXTRACT_EMAILS.defer(session, args, delay_seconds=-EXTRACTION_AHEAD_SECONDS)
        self._batch_tasks.append(extraction_job_id(args))

    async def after_run(self) -> None:
        if self.user_id is None:
            return
        async with self.worker.uow.begin() as session:
            await sync_requests.record_fetch_time(session, self.user_id)
            # A sweep for anything whose batch task was lost. It lets this run's batch tasks
            # finish first: started beside the last of them, it read the same emails and
            # extracted them a second time (a tenth of a 10,000-email sync's CPU, and nearly
            # all of an incremental sync's few new emails).
            EXTRACT_EMAILS.defer(
                session,
                ExtractEmails(
                    user_id=str(self.user_id),
                    sweep_of=str(self.job_id),
                    after_jobs=self._batch_tasks,
                ),
            )


bind_job(RUN_EMAIL_FETCH, EmailFetchJob)
