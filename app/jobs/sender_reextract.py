"""sender_reextract: re-read one sender's stored mail with the template the user just taught
(app.ingest.reextract), in batches, with progress on the Jobs page and a checkpoint per batch so
a crashed run resumes where it stopped. Idempotent: reading an email again gives the same."""

import asyncio
import os
import uuid
from collections.abc import Sequence
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
POOL_FROM = 1000  # emails
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
        # Reading is pure CPU: a big sender's batches are split across processes (one per
        # core) while this one only waits for them and for PostgreSQL; a small sender's are
        # read in a thread (starting processes would cost more than the reading).
        if self.total < POOL_FROM:
            await self._read_and_apply(address, template, after, None)
            return
        async with self.worker.uow.begin() as session:
            await reextraction_crud.refresh_statistics(session)
        with ProcessPoolExecutor(max_workers=READERS) as readers:
            await self._read_and_apply(address, template, after, readers)

    async def _read_and_apply(
        self,
        address: str,
        template: dict[str, Any],
        after: tuple[datetime, uuid.UUID] | None,
        readers: ProcessPoolExecutor | None,
    ) -> None:
        """Page by page; the next page is read while this one is written, so the readers and
        this process (with PostgreSQL) work at once."""
        assert self.user_id is not None
        rows = await self._page(address, after)
        reading = self._read(template, rows, readers)
        try:
            while rows:
                readings = await reading
                following = await self._page(address, (rows[-1].received_at, rows[-1].id))
                reading = self._read(template, following, readers)
                async with self.worker.uow.begin() as session:
                    stats = await reextract.apply_batch(session, self.user_id, rows, readings)
                for name in self.summary:
                    self.summary[name] += getattr(stats, name)
                after = (rows[-1].received_at, rows[-1].id)
                await self.advance(processed=len(rows), parsed=stats.read)
                await self.save_cursor({"after": [after[0].isoformat(), str(after[1])]})
                rows = following
        finally:
            if not reading.done():  # a failed write: let the read ahead finish, unused
                await asyncio.gather(reading, return_exceptions=True)

    async def _page(self, address: str, after: tuple[datetime, uuid.UUID] | None) -> Sequence[Any]:
        assert self.user_id is not None
        async with self.worker.uow.begin() as session:
            return await reextraction_crud.sender_page(
                session, self.user_id, address, after, reextract.BATCH_SIZE
            )

    def _read(
        self, template: dict[str, Any], rows: Sequence[Any], readers: ProcessPoolExecutor | None
    ) -> "asyncio.Future[list[reextract.Reading | None]]":
        """The page's readings, split across the reader processes (or read in a thread)."""
        loop = asyncio.get_running_loop()
        plain = [dict(row._mapping) for row in rows]
        share = max(1, -(-len(plain) // READERS) if readers is not None else len(plain))
        parts = [
            loop.run_in_executor(readers, reextract.read_batch, template, plain[i : i + share])
            for i in range(0, len(plain), share)
        ]

        async def joined() -> list[reextract.Reading | None]:
            return [reading for part in await asyncio.gather(*parts) for reading in part]

        return asyncio.ensure_future(joined())

    def _resume_point(self) -> tuple[datetime, uuid.UUID] | None:
        saved = self.cursor.get("after")
        if not saved:
            return None
        return datetime.fromisoformat(saved[0]), uuid.UUID(saved[1])


bind_job(RUN_SENDER_REEXTRACT, SenderReextractJob)
