"""The mbox provider: a mailbox export the user uploaded (.mbox, a single .eml, or a .zip of .eml),
stored under UPLOAD_DIR and read incrementally with app.mail.archive.

The cursor is the archive position reached ({"position": n}: a byte offset in an mbox, a member
count in a zip). An incremental sync continues from it, so messages appended to an mbox later
are picked up; an initial sync reads the whole file again (duplicates are skipped on insert).
The file is imported whole, whatever the date window: the user chose what to upload.
"""

import asyncio
import os
from collections.abc import AsyncIterator, Iterator, Sequence
from pathlib import Path

from app.core.config import Settings
from app.mail.archive import (
    ArchiveError,
    ArchiveKind,
    ArchiveMessage,
    archive_extent,
    detect_kind,
    iter_archive,
)
from app.providers.base import (
    FETCH_BATCH_SIZE,
    Cursor,
    EmailProvider,
    FetchedMessage,
    FetchFailure,
    FetchResult,
    MessageRef,
    ProviderAccount,
    ProviderError,
    RefPage,
    SyncWindow,
)
from app.providers.factory import ProviderFactory

_COUNT_CHUNK_BYTES = 1024 * 1024


@ProviderFactory.register
class MboxProvider(EmailProvider):
    name = "mbox"

    def __init__(self, account: ProviderAccount, settings: Settings) -> None:
        super().__init__(account, settings)
        self.path = upload_path(settings, str(account.settings.get("file", "")))
        # Reading an archive is listing and fetching at once: messages read while listing wait
        # here for fetch_messages.
        self._read: dict[str, bytes] = {}

    async def check_connection(self) -> None:
        await asyncio.to_thread(self._first_message)

    async def list_messages(
        self, window: SyncWindow, cursor: Cursor | None
    ) -> AsyncIterator[RefPage]:
        cursor = cursor or {}
        resuming = window.mode == "incremental" or cursor.get("phase") == "initial"
        position = int(cursor.get("position", 0)) if resuming else 0
        messages = await asyncio.to_thread(self._open, position)
        if resuming and "left" in cursor:
            # A sync resuming its initial phase (the next turn, or after a crash) already
            # counted: counting again would read the rest of the file once per turn.
            total = int(cursor["left"])
        else:
            total = await asyncio.to_thread(self._estimate_remaining, position)
        taken = 0
        while True:
            batch = await asyncio.to_thread(self._take, messages, FETCH_BATCH_SIZE)
            taken += len(batch)
            refs = []
            for message in batch:
                ref = str(message.cursor)
                self._read[ref] = message.raw
                refs.append(MessageRef(ref))
                position = message.cursor
            finished = len(batch) < FETCH_BATCH_SIZE
            page_cursor: Cursor = {"position": position}
            if not finished and window.mode == "initial":
                page_cursor["phase"] = "initial"
                page_cursor["left"] = max(0, total - taken)  # for progress only
            yield RefPage(refs, page_cursor, total_estimate=total)
            if finished:
                return

    async def fetch_messages(self, refs: Sequence[MessageRef]) -> FetchResult:
        result = FetchResult()
        for ref in refs:
            raw = self._read.pop(ref.id, None)
            if raw is None:
                result.failures.append(FetchFailure(ref.id, "not read from the archive"))
            else:
                result.messages.append(FetchedMessage(ref.id, raw))
        return result

    # --- blocking file work, run in a thread --------------------------------------------------

    def _open(self, position: int) -> Iterator[ArchiveMessage]:
        if not self.path.is_file():
            raise ProviderError("The uploaded file is no longer on the server; upload it again.")
        try:
            return iter_archive(self.path, position)
        except ArchiveError as exc:
            raise ProviderError(str(exc)) from exc

    def _take(self, messages: Iterator[ArchiveMessage], count: int) -> list[ArchiveMessage]:
        batch: list[ArchiveMessage] = []
        try:
            for message in messages:
                batch.append(message)
                if len(batch) == count:
                    break
        except ArchiveError as exc:
            raise ProviderError(str(exc)) from exc
        return batch

    def _first_message(self) -> None:
        if self._take(self._open(0), 1) == []:
            raise ProviderError(f"{self.account.address} holds no email messages.")

    def _estimate_remaining(self, position: int) -> int:
        kind = detect_kind(self.path)
        if kind is ArchiveKind.MBOX:
            return count_mbox_messages(self.path, position)
        return max(0, archive_extent(self.path) - position)


def upload_path(settings: Settings, relative: str) -> Path:
    """Where an upload lives. Accounts store the path relative to UPLOAD_DIR, so the data
    directory can move; a path that escapes it is refused."""
    root = settings.upload_dir.resolve()
    path = (root / relative).resolve()
    if not relative or not path.is_relative_to(root):
        raise ProviderError("This upload's file path is not valid.")
    return path


def count_mbox_messages(path: str | os.PathLike[str], start: int = 0) -> int:
    """Messages in an mbox from byte `start`, counted as "From " line starts: an estimate for
    progress (an unescaped "From " in a body counts too), at disk speed."""
    separator = b"\nFrom "
    count = 0
    carry = b"\n"  # the file (or `start`) begins at a line start
    with open(path, "rb") as file:
        file.seek(start)
        while chunk := file.read(_COUNT_CHUNK_BYTES):
            data = carry + chunk
            count += data.count(separator)
            # Shorter than the separator, so no match is counted twice, and none is lost at
            # a chunk boundary.
            carry = data[-(len(separator) - 1) :]
    return count
