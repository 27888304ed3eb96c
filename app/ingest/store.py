"""Ingest stage "store": fetched raw messages → parsed, compressed rows in `emails`.

This is the ingest hot path: a batch is parsed and compressed in a worker thread (CPU work
kept off the event loop), then written with one multi-row INSERT ... ON CONFLICT DO NOTHING
RETURNING, so a batch of 100 messages costs one database round trip and a message seen before
(same user, same Message-ID) is skipped by the database, not by a query per message.
"""

import asyncio
import hashlib
import logging
import uuid
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.attachments.files import may_hold_files
from app.core.ids import uuid7
from app.crud import emails as emails_crud
from app.mail.message import EmailParseError
from app.mail.parse import parse_email
from app.models.email import FAILED, STORED
from app.providers import FetchedMessage

log = logging.getLogger(__name__)

COMPRESSION_LEVEL = 6  # zlib's default: ~4x on mail, ~20 MB/s per core
MAX_SENDER_CHARS = 320
MAX_PROVIDER_ID_CHARS = 200


@dataclass(frozen=True)
class ParseFailure:
    ref_id: str  # the provider's id for the message
    message_id: str
    reason: str


@dataclass
class StoredBatch:
    new_ids: list[uuid.UUID] = field(default_factory=list)  # new and parsed: ready to extract
    new: int = 0  # stored for the first time and parsed
    duplicate: int = 0  # stored before (or twice in this batch)
    failed: int = 0  # stored for the first time as failed
    parse_failures: list[ParseFailure] = field(default_factory=list)  # new or not


@dataclass(frozen=True)
class PreparedBatch:
    """A fetched batch, parsed and compressed, ready to insert."""

    size: int  # messages fetched
    rows: list[dict[str, Any]]
    parse_failures: list[ParseFailure]


async def prepare_batch(
    user_id: uuid.UUID, account_id: uuid.UUID, messages: Sequence[FetchedMessage]
) -> PreparedBatch:
    """Parse and compress a batch in a worker thread (CPU work kept off the event loop, and
    overlapping the previous batch's insert). A message that cannot be parsed becomes a
    failed row, with why, and the batch goes on."""
    rows, failures = await asyncio.to_thread(
        _prepare_rows, user_id, account_id, messages, datetime.now(UTC)
    )
    return PreparedBatch(len(messages), rows, failures)


async def store_batch(session: AsyncSession, batch: PreparedBatch) -> StoredBatch:
    """Insert a prepared batch in one round trip; a Message-ID stored before is skipped."""
    inserted = await emails_crud.insert_ignoring_duplicates(session, batch.rows)
    stored = StoredBatch(parse_failures=batch.parse_failures)
    stored.duplicate = batch.size - len(inserted)
    for email_id, _, status in inserted:
        if status == STORED:
            stored.new += 1
            stored.new_ids.append(email_id)
        else:
            stored.failed += 1
    return stored


def _prepare_rows(
    user_id: uuid.UUID,
    account_id: uuid.UUID,
    messages: Sequence[FetchedMessage],
    fetched_at: datetime,
) -> tuple[list[dict[str, Any]], list[ParseFailure]]:
    """Parse and compress a batch (CPU-bound: runs in a thread). One row per Message-ID: the
    first copy wins, as the database would decide."""
    rows: dict[str, dict[str, Any]] = {}
    failures: list[ParseFailure] = []
    for message in messages:
        row = _row(message, fetched_at)
        if row["status"] == FAILED:
            failures.append(ParseFailure(message.ref_id, row["message_id"], row["failure_reason"]))
        rows.setdefault(row["message_id"], {**row, "user_id": user_id, "account_id": account_id})
    return list(rows.values()), failures


def _row(message: FetchedMessage, fetched_at: datetime) -> dict[str, Any]:
    common = {
        "id": uuid7(),  # time-ordered: appended to the primary key's B-tree (app.core.ids)
        "provider_message_id": message.ref_id[:MAX_PROVIDER_ID_CHARS],
        "size": len(message.raw),
        "raw_compressed": zlib.compress(message.raw, COMPRESSION_LEVEL),
        "has_files": may_hold_files(message.raw),
    }
    try:
        parsed = parse_email(message.raw, message.fallback_date)
    except EmailParseError as exc:
        return {**common, **_failed_fields(message, fetched_at, exc.reason)}
    except Exception as exc:  # a parser bug must cost one message, not the mailbox
        log.exception("parse_email crashed on message %s", message.ref_id)
        return {**common, **_failed_fields(message, fetched_at, f"parser error: {exc}")}
    return {
        **common,
        "message_id": _clean(parsed.message_id),
        "sender": _clean(parsed.sender)[:MAX_SENDER_CHARS],
        "sender_name": _clean(parsed.sender_name),
        "subject": _clean(parsed.subject),
        "received_at": parsed.received_at,
        "received_utc_offset": utc_offset_minutes(parsed.received_at),
        "body_text": _clean(parsed.text),
        "body_part": parsed.part,
        "status": STORED,
        "failure_reason": None,
    }


def utc_offset_minutes(moment: datetime) -> int | None:
    offset = moment.utcoffset()
    return None if offset is None else int(offset.total_seconds() // 60)


def _failed_fields(message: FetchedMessage, fetched_at: datetime, reason: str) -> dict[str, Any]:
    return {
        "message_id": failed_message_id(message.raw),
        "sender": "",
        "sender_name": "",
        "subject": "",
        "received_at": message.fallback_date or fetched_at,
        "received_utc_offset": None,
        "body_text": "",
        "body_part": None,
        "status": FAILED,
        "failure_reason": reason,
    }


def failed_message_id(raw: bytes) -> str:
    """A stable id for a message we could not parse, so a re-sync finds it already stored."""
    digest = hashlib.sha256(raw.rstrip(b"\r\n")).hexdigest()
    return f"<{digest}@fincoach.unparsed>"


def _clean(text: str) -> str:
    return text.replace("\x00", "")  # PostgreSQL text cannot hold NUL
