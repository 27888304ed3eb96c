"""sender_reextract: re-read one sender's stored mail with the template the user just taught
(app.ingest.reextract), in batches, with progress on the Jobs page and a checkpoint per batch so
a crashed run resumes where it stopped. Idempotent: reading an email again gives the same."""

import asyncio
import uuid
from datetime import datetime

from app.core import events
from app.core.tasks import RUN_SENDER_REEXTRACT
from app.crud import reextraction as reextraction_crud
from app.crud import review as review_crud
from app.ingest import reextract
from app.jobs.base import BaseJob
from app.jobs.registry import bind_job


class SenderReextractJob(BaseJob):
    type = "sender_reextract"

    async def run(self) -> None:
        assert self.user_id is not None
        address = str(self.params["address"])
        async with self.worker.uow.begin() as session:
            stored = await review_crud.get_template(session, self.user_id, address)
            total = await reextraction_crud.count_sender_emails(session, self.user_id, address)
        self.summary = {"read": 0, "updated": 0, "created": 0, "removed": 0}
        if stored is None:  # deleted since: nothing to apply
            return
        template = stored.template
        await self.set_total(total)
        after = self._resume_point()
        while True:
            async with self.worker.uow.begin() as session:
                rows = await reextraction_crud.sender_page(
                    session, self.user_id, address, after, reextract.BATCH_SIZE
                )
            if not rows:
                break
            readings = await asyncio.to_thread(reextract.read_batch, template, rows)
            async with self.worker.uow.begin() as session:
                stats = await reextract.apply_batch(session, self.user_id, rows, readings)
            for name in self.summary:
                self.summary[name] += getattr(stats, name)
            after = (rows[-1].received_at, rows[-1].id)
            await self.advance(processed=len(rows), parsed=stats.read)
            await self.save_cursor({"after": [after[0].isoformat(), str(after[1])]})
        if self.summary["updated"] or self.summary["created"] or self.summary["removed"]:
            await events.publish(
                self.worker.cache, self.user_id, "transaction.updated", dict(self.summary)
            )

    def _resume_point(self) -> tuple[datetime, uuid.UUID] | None:
        saved = self.cursor.get("after")
        if not saved:
            return None
        return datetime.fromisoformat(saved[0]), uuid.UUID(saved[1])


bind_job(RUN_SENDER_REEXTRACT, SenderReextractJob)
