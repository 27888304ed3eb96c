"""Ingest step "attachments", between store and extract: the PDF and image files of newly
stored emails are taken out of the raw message (never on the store hot path), kept once per
user by sha256, and the text of each PDF is read (in a bounded subprocess) so a receipt-only
email can still be read (app.ingest.extract.read_with_rules). The statements attached are read
here too, from the same raw message (app.ingest.statements)."""

import asyncio
import hashlib
import logging
import uuid
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from app.attachments.files import PDF, FilePart, files_in, statement_files_in
from app.attachments.pdf_text import pdf_text
from app.core.config import get_settings
from app.core.uow import UnitOfWork
from app.crud import attachments as attachments_crud
from app.ingest import statements
from app.ingest.statements import MailedStatement
from app.services.statements import MAX_STATEMENT_BYTES

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Found:
    email_id: uuid.UUID
    file: FilePart
    sha256: str
    text: str | None
    error: str | None


CHUNK = 20  # emails read at a time: their raw bytes and files are held in memory together


class MailRow(Protocol):
    id: uuid.UUID
    sender: str
    subject: str
    has_files: bool | None  # None: not known (stored before it was recorded)


@dataclass
class Collected:
    """What an email batch's files hold: the text of each email's PDFs (emails with none left
    out), and the statements attached (app.ingest.statements)."""

    texts: dict[uuid.UUID, str] = field(default_factory=dict)
    statements: list[MailedStatement] = field(default_factory=list)


async def collect(uow: UnitOfWork, user_id: uuid.UUID, emails: Sequence[MailRow]) -> Collected:
    """Store the files of these emails; read their PDFs' text and their statements."""
    collected = Collected()
    with_pdf: list[uuid.UUID] = []
    # Only messages that may hold a file are read back and unpacked: most alerts hold none,
    # and reading every raw message cost a round trip per CHUNK and a decompression each.
    emails = [e for e in emails if e.has_files is not False]
    if not emails:
        return collected
    async with uow.begin() as session:  # one query a batch: most users keep none
        passwords = await statements.passwords_by_email(
            session, user_id, {e.id: e.sender for e in emails}
        )
    for start in range(0, len(emails), CHUNK):
        chunk = emails[start : start + CHUNK]
        async with uow.begin() as session:
            raws = await attachments_crud.raw_emails(session, user_id, [e.id for e in chunk])
        subjects = {e.id: e.subject for e in chunk}
        found, mailed = await asyncio.to_thread(
            _read_all, raws, get_settings().attachment_max_bytes, subjects, passwords
        )
        collected.statements += mailed
        if found:
            async with uow.begin() as session:
                for item in found:
                    await _store(session, user_id, item)
        with_pdf += [item.email_id for item in found if item.file.content_type == PDF]
    if not with_pdf:  # the common case: one round trip less per batch
        return collected
    async with uow.begin() as session:
        # Read back rather than from `found`: an email extracted again keeps its first reading.
        collected.texts = await attachments_crud.pdf_texts(session, user_id, with_pdf)
    return collected


async def _store(session: AsyncSession, user_id: uuid.UUID, item: Found) -> None:
    blob_id = await attachments_crud.store_blob(session, user_id, item.sha256, item.file.data)
    await attachments_crud.link_to_email(
        session,
        {
            "user_id": user_id,
            "blob_id": blob_id,
            "email_id": item.email_id,
            "filename": item.file.filename,
            "content_type": item.file.content_type,
            "size": len(item.file.data),
            "text": item.text,
            "text_error": item.error,
        },
    )


def _read_all(
    raws: Sequence[tuple[uuid.UUID, bytes]],
    max_bytes: int,
    subjects: Mapping[uuid.UUID, str],
    passwords: Mapping[uuid.UUID, str],
) -> tuple[list[Found], list[statements.MailedStatement]]:
    """CPU and subprocess work, in a thread; one bad message or file costs only itself."""
    found = []
    mailed = []
    for email_id, compressed in raws:
        try:
            raw = zlib.decompress(compressed)
            files = files_in(raw, max_bytes)
            statement_files = statement_files_in(raw, MAX_STATEMENT_BYTES, subjects[email_id])
        except Exception:
            log.exception("reading the attachments of email %s failed", email_id)
            continue
        for file in files:
            text, error = pdf_text(file.data) if file.content_type == PDF else (None, None)
            found.append(Found(email_id, file, hashlib.sha256(file.data).hexdigest(), text, error))
        for file in statement_files:
            statement = statements.read_file(email_id, file, passwords.get(email_id))
            if statement is not None:
                mailed.append(statement)
    return found, mailed
