"""Uploaded mailbox exports: streamed to disk under UPLOAD_DIR chunk by chunk (never held in
memory), size-capped, and checked to really be mail before anything is created for them."""

import asyncio
import re
import shutil
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from app.core.config import Settings
from app.core.errors import AppError, BadRequest
from app.mail.archive import ArchiveError, detect_kind, iter_archive
from app.providers.mbox import upload_path

MAX_FILENAME_CHARS = 120
_UNSAFE_FILENAME_CHARS = re.compile(r"[^\w.\- ()+]")


class UploadTooLarge(AppError):
    status_code = 413
    code = "payload_too_large"


class IncomingFile(Protocol):
    """A file arriving over the network. `filename` is known once the first chunk is read
    (a multipart form names the file in the part's headers)."""

    filename: str | None

    def chunks(self) -> AsyncIterator[bytes]: ...


@dataclass(frozen=True)
class StoredUpload:
    relative_path: str  # under UPLOAD_DIR
    filename: str
    size: int
    kind: str  # mbox | eml | zip


async def save_upload(
    settings: Settings, user_id: uuid.UUID, incoming: IncomingFile
) -> StoredUpload:
    chunks = incoming.chunks()
    first = await anext(chunks, b"")
    filename = safe_filename(incoming.filename)
    # A folder per upload, so the file keeps the user's name and error messages name it.
    relative_dir = f"{user_id}/{uuid.uuid4().hex}"
    folder = settings.upload_dir / relative_dir
    await asyncio.to_thread(folder.mkdir, parents=True)
    try:
        size = await _write(folder / filename, first, chunks, settings.upload_max_bytes)
        if size == 0:
            raise BadRequest("The upload is empty.", code="empty_upload")
        kind = await asyncio.to_thread(_check_is_mail, folder / filename)
    except BaseException:
        await asyncio.to_thread(shutil.rmtree, folder, True)
        raise
    return StoredUpload(f"{relative_dir}/{filename}", filename, size, kind)


def delete_upload(settings: Settings, relative_path: str) -> None:
    """Remove an upload's folder (a missing one is fine)."""
    path = upload_path(settings, relative_path)
    shutil.rmtree(path.parent, ignore_errors=True)


def safe_filename(name: str | None) -> str:
    """The base name, with only harmless characters: it names a file on our disk."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = _UNSAFE_FILENAME_CHARS.sub("_", base).strip(" .")[-MAX_FILENAME_CHARS:]
    return cleaned or "upload"


async def _write(path: Path, first: bytes, rest: AsyncIterator[bytes], limit: int) -> int:
    size = 0
    # Plain writes: each lands in the page cache in microseconds, less than a thread hop costs.
    with open(path, "wb") as file:  # noqa: ASYNC230
        chunk = first
        while True:
            size += len(chunk)
            if size > limit:
                raise UploadTooLarge(
                    f"The upload is larger than the {limit / 2**30:.1f} GB allowed.",
                )
            file.write(chunk)
            next_chunk = await anext(rest, None)
            if next_chunk is None:
                return size
            chunk = next_chunk


def _check_is_mail(path: Path) -> str:
    """The archive kind, after reading its first message; a clear 400 for anything else."""
    try:
        kind = detect_kind(path)
        first = next(iter_archive(path), None)
    except ArchiveError as exc:
        raise BadRequest(str(exc), code="not_a_mailbox") from None
    if first is None:
        raise BadRequest(f"{path.name} holds no email messages.", code="not_a_mailbox")
    return kind.value
