"""Ingest step "statements": an email whose attachment is a bank or card statement (OFX/QFX,
QIF, CAMT.053, MT940, a CSV export, a text PDF) is imported as a statement and reconciled with
the ledger, like an upload, instead of being read as one transaction: its lines are the
statement's (matched to the alerts already posted, created where missing), and the mail
reader records the email as "statement_imported" (never a transaction of its own).

A locked PDF statement is opened with the password kept for its sender (encrypted, see
app.services.statements.remember_password); without one, the email is recorded as
"statement_locked" and waits for the user to give the password once for that sender."""

import asyncio
import logging
import uuid
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from sqlalchemy.ext.asyncio import AsyncSession

from app.attachments.files import PDF, FilePart, statement_files_in
from app.attachments.pdf_text import ENCRYPTED, WRONG_PASSWORD, statement_text
from app.core.errors import AppError
from app.crud import attachments as attachments_crud
from app.crud import statements as statements_crud
from app.crud import users as users_crud
from app.extraction.result import ExtractionResult
from app.ingest.extract import Extracted
from app.models import User
from app.models import extraction as extraction_model
from app.schemas.statement import LockedStatement, StatementSummary
from app.services import statements as statements_service
from app.statements.formats import parse_statement
from app.statements.model import ParsedStatement, StatementFormatError
from app.statements.pdf import parse_pdf_statement

log = logging.getLogger(__name__)

STATEMENT = extraction_model.STATEMENT  # the rejection of an email whose statement was imported
LOCKED = extraction_model.STATEMENT_LOCKED  # ...of one whose PDF statement waits for its password
MIN_PDF_LINES = 2  # a receipt's PDF with one dated total is not a statement


@dataclass(frozen=True, slots=True)
class MailedStatement:
    email_id: uuid.UUID
    filename: str
    parsed: ParsedStatement | None  # None: a PDF locked with a password we do not have


def read_file(email_id: uuid.UUID, file: FilePart, password: str | None) -> MailedStatement | None:
    """The statement in an attached file, or None when it is not one. Blocking (a PDF is read
    in a child process): call in a thread."""
    try:
        if file.content_type == PDF:
            text, error = statement_text(file.data, password)
            if error in (ENCRYPTED, WRONG_PASSWORD):
                return MailedStatement(email_id, file.filename, None)
            if not text:
                return None
            parsed = parse_pdf_statement(text)
            if len(parsed.lines) < MIN_PDF_LINES:
                return None
            return MailedStatement(email_id, file.filename, parsed)
        return MailedStatement(email_id, file.filename, parse_statement(file.data))
    except StatementFormatError:
        return None
    except Exception:  # a parser's bug on a hostile file costs that file only
        log.warning("mailed statement of email %s could not be read", email_id, exc_info=True)
        return None


def set_aside(extracted: list[Extracted], found: Sequence[MailedStatement]) -> list[Extracted]:
    """The emails that carry a statement are not read as transactions by the mail reader."""
    reasons: dict[uuid.UUID, str] = {}
    for item in found:
        if item.parsed is not None or item.email_id not in reasons:
            reasons[item.email_id] = STATEMENT if item.parsed is not None else LOCKED
    return [
        replace(item, result=ExtractionResult.rejected(reasons[item.email_id], 1.0), call=None)
        if item.email_id in reasons
        else item
        for item in extracted
    ]


async def import_found(
    session: AsyncSession, user_id: uuid.UUID, found: Sequence[MailedStatement]
) -> int:
    """Import and reconcile each statement found (after the batch's alerts are posted, so
    they are matched). One that fails costs itself: a savepoint each. Returns how many."""
    readable = [item for item in found if item.parsed is not None]
    if not readable:
        return 0
    user = await users_crud.get(session, user_id)
    if user is None:
        return 0
    imported = 0
    for item in readable:
        assert item.parsed is not None
        await statements_crud.lock_email(session, item.email_id)
        if await statements_crud.imported_from(session, user_id, item.email_id, item.filename):
            continue
        try:
            async with session.begin_nested():
                await statements_service.import_parsed(
                    session, user, item.parsed, item.filename, None, item.email_id
                )
            imported += 1
        except AppError as exc:
            log.info("mailed statement of email %s not imported: %s", item.email_id, exc.code)
    return imported


async def passwords_by_email(
    session: AsyncSession, user_id: uuid.UUID, senders: Mapping[uuid.UUID, str]
) -> dict[uuid.UUID, str]:
    """The kept password of each email's sender, where there is one."""
    by_sender = await statements_service.passwords_for(session, user_id, set(senders.values()))
    return {
        email_id: by_sender[statements_service.normal_sender(sender)]
        for email_id, sender in senders.items()
        if statements_service.normal_sender(sender) in by_sender
    }


# ---- locked PDF statements: the password, once per sender -------------------------------------


async def locked(session: AsyncSession, user_id: uuid.UUID) -> list[LockedStatement]:
    rows = await statements_crud.locked_emails(session, user_id, LOCKED)
    return [
        LockedStatement(
            email_id=row.id,
            sender=row.sender,
            subject=row.subject,
            received_at=row.received_at,
            filename=row.filename,
        )
        for row in rows
    ]


async def unlock(
    session: AsyncSession, user: User, sender: str, password: str
) -> list[StatementSummary]:
    """Keep the password of `sender`'s statements (encrypted) and import the locked ones that
    came from it. A password that opens none of them is refused and not kept."""
    sender = statements_service.normal_sender(sender)
    rows = await statements_crud.locked_emails(session, user.id, LOCKED, sender)
    raws = dict(await attachments_crud.raw_emails(session, user.id, [row.id for row in rows]))
    opened: list[MailedStatement] = []
    wrong = 0
    for row in rows:
        files = statement_files_in(
            zlib.decompress(raws[row.id]), statements_service.MAX_STATEMENT_BYTES, row.subject
        )
        for file in files:
            found = await asyncio.to_thread(read_file, row.id, file, password)
            if found is None:
                continue
            if found.parsed is None:
                wrong += 1
            else:
                opened.append(found)
    if wrong and not opened:
        raise statements_service.PdfWrongPassword(
            "The password does not open this sender's statements."
        )
    await statements_service.remember_password(session, user.id, sender, password)
    summaries = []
    for item in opened:
        assert item.parsed is not None
        statement_id = await statements_service.import_parsed(
            session, user, item.parsed, item.filename, None, item.email_id
        )
        detail = await statements_service.statement_detail(session, user.id, statement_id)
        summaries.append(StatementSummary.model_validate(detail.model_dump()))
    return summaries
