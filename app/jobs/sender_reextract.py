"""sender_reextract: re-read one sender's stored mail with the template the user just taught
(app.ingest.reextract), in batches, with progress on the Jobs page and a checkpoint per batch so
a crashed run resumes where it stopped. Idempotent: reading an email again gives the same."""

import asyncio
import os
import uuid
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from typing import Any

from app.core import events
from app.core.tasks import RUN_SENDER_REEXTRACT
from app.crud import reextraction as reextraction_crud
from app.crud import review as review_crud
from app.ingest import reextract
from app.jobs.base import BaseJob
from app.jobs.registry import bind_job

MAX_PASSES = 3
READERS = max(1, min(4, os.cpu_count() or 1))


class SenderReextractJob(BaseJob):
    type = "sender_reextract"

    async def run(self) -> None:
        assert self.user_id is not None
        address = str(self.params["address"])
        self.summary = {"read": 0, "updated": 0, "created": 0, "removed": 0}
        after = self._resume_point()
        # A correction made while this job runs teaches a newer template, and its own job
        # request finds this one (one per sender): read again with it, from the start.
        for _ in range(MAX_PASSES):
            async with self.worker.uow.begin() as session:
                stored = await review_crud.get_template(session, self.user_id, address)
                total = await reextraction_crud.count_sender_emails(session, self.user_id, address)
            if stored is None:  # deleted since: nothing to apply
                break
            await self.set_total(total)
            await self._pass(address, stored.template, after)
            async with self.worker.uow.begin() as session:
                latest = await review_crud.get_template(session, self.user_id, address)
            if latest is None or latest.taught_at == stored.taught_at:
                break
            after, self.processed, self.parsed = None, 0, 0
        if self.summary["updated"] or self.summary["created"] or self.summary["removed"]:
            await events.publish(
                self.worker.cache, self.user_id, "transaction.updated", dict(self.summary)
            )

    async def _pass(
        self, address: str, template: dict[str, Any], after: tuple[datetime, uuid.UUID] | None
    ) -> None:
        assert self.user_id is not None
        # Reading is pure CPU: the batch is split across processes (one per core), while this
        # one only waits for them and for PostgreSQL.
        with ProcessPoolExecutor(max_workers=READERS) as readers:
            await self._read_and_apply(address, template, after, readers)

    async def _read_and_apply(
        self,
        address: str,
        template: dict[str, Any],
        after: tuple[datetime, uuid.UUID] | None,
        readers: ProcessPoolExecutor,
    ) -> None:
        assert self.user_id is not None
        loop = asyncio.get_running_loop()
        while True:
            async with self.worker.uow.begin() as session:
                rows = await reextraction_crud.sender_page(
                    session, self.user_id, address, after, reextract.BATCH_SIZE
                )
            if not rows:
                break
            plain = [dict(row._mapping) for row in rows]
            share = -(-len(plain) // READERS)
            parts = await asyncio.gather(
                *(
                    loop.run_in_executor(
                        readers, reextract.read_batch, template, plain[i : i + share]
                    )
                    for i in range(0, len(plain), share)
                )
            )
            readings = [reading for part in parts for reading in part]
            async with self.worker.uow.begin() as session:
                stats = await reextract.apply_batch(session, self.user_id, rows, readings)
            for name in self.summary:
                self.summary[name] += getattr(stats, name)
            after = (rows[-1].received_at, rows[-1].id)
            await self.advance(processed=len(rows), parsed=stats.read)
            await self.save_cursor({"after": [after[0].isoformat(), str(after[1])]})

    def _resume_point(self) -> tuple[datetime, uuid.UUID] | None:
        saved = self.cursor.get("after")
        if not saved:
            return None
        return datetime.fromisoformat(saved[0]), uuid.UUID(saved[1])


bind_job(RUN_SENDER_REEXTRACT, SenderReextractJob)
