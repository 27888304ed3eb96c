"""plaid_sync: one linked bank's `/transactions/sync`, as a job on the email queue with its own
history (job type "plaid_sync"), live progress and a checkpointed cursor: a crashed sync resumes
from the last page it applied (app/ingest/plaid_sync.py applies each page idempotently)."""

import uuid

from app.core.tasks import RUN_PLAID_SYNC
from app.ingest import plaid_sync
from app.jobs.base import BaseJob, JobCancelled
from app.jobs.registry import bind_job


class PlaidSyncJob(BaseJob):
    type = "plaid_sync"

    async def run(self) -> None:
        try:
            result = await plaid_sync.sync_item(
                self.worker.uow,
                self.settings,
                uuid.UUID(self.params["account_id"]),
                progress=self,
                resume_cursor=self.cursor.get("cursor") or None,
            )
        except plaid_sync.PlaidItemGone as exc:
            raise JobCancelled(str(exc)) from exc
        self.summary = {
            "outcome": result.outcome,
            "pages": result.pages,
            "added": result.added,
            "merged": result.merged,
            "modified": result.modified,
            "removed": result.removed,
            "skipped": result.skipped,
        }
        if result.outcome == "stopped":
            raise JobCancelled("the bank was disconnected during the sync")


bind_job(RUN_PLAID_SYNC, PlaidSyncJob)
