"""Reading stored emails back for the signed-in user (storing them is app.ingest.store)."""

import asyncio
import uuid
import zlib
from typing import Any, get_args

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import NotFound
from app.crud import emails as emails_crud
from app.crud import transactions as transactions_crud
from app.extraction.reader import read_text
from app.ingest.extract import parsed_email
from app.models import Email, User
from app.schemas.email import (
    EmailDetail,
    EmailFilters,
    EmailSummary,
    FieldName,
    ReadField,
    Reading,
)
from app.services import merges


async def list_emails(
    session: AsyncSession, user: User, filters: EmailFilters, *, offset: int, limit: int
) -> tuple[list[EmailSummary], int]:
    rows, total = await emails_crud.list_page(session, user.id, filters, offset=offset, limit=limit)
    items = [
        EmailSummary(**{key: getattr(email, key) for key in _SUMMARY_FIELDS}, snippet=snippet)
        for email, snippet in rows
    ]
    return items, total


async def get_email(session: AsyncSession, user: User, email_id: uuid.UUID) -> Email:
    email = await emails_crud.get_for_user(session, user.id, email_id)
    if email is None:
        raise NotFound("Email not found.")
    return email


async def get_email_detail(session: AsyncSession, user: User, email_id: uuid.UUID) -> EmailDetail:
    """One email with what extraction made of it (None until it has been extracted), and the
    merges it is part of: "merged into" another email's transaction, or "also reported by"
    emails merged into its own."""
    email = await get_email(session, user, email_id)
    detail = EmailDetail.model_validate(email, from_attributes=True)
    detail.extraction = await merges.extraction_of(session, user.id, email_id)
    if detail.extraction is not None:
        own = None
        if detail.extraction.transaction_id is not None:
            own = await transactions_crud.get_for_user(
                session, user.id, detail.extraction.transaction_id
            )
        by_hand = own.user_fields if own is not None and own.email_id == email.id else {}
        detail.reading = reading_of(email, detail.extraction.fields, by_hand)
    return detail


# The fields the reading lists, in the contract's order.
READ_FIELDS: tuple[FieldName, ...] = get_args(FieldName)


def reading_of(email: Email, fields: dict[str, Any], by_hand: dict[str, Any]) -> Reading:
    """The text extraction read (rebuilt from the stored email exactly as the extract stage
    built it) with each field's value, span, confidence and source. A field the person set by
    hand is "user", with their value."""
    text = read_text(parsed_email(email))
    spans = fields.get("spans") or {}
    confidence = fields.get("field_confidence") or {}
    sources = fields.get("sources") or {}
    method = fields.get("method") if fields.get("method") in ("rules", "llm") else "rules"
    shown = []
    for name in READ_FIELDS:
        column = "type" if name == "direction" else name
        value = by_hand.get(column, fields.get(name))
        if value is None:
            continue
        start, end = _span(spans.get(name), len(text))
        source = "user" if column in by_hand else sources.get(name, method)
        shown.append(
            ReadField(
                field=name,
                value=str(value),
                start=start,
                end=end,
                confidence=confidence.get(name),
                source=source,
            )
        )
    part = fields.get("part") or email.body_part
    return Reading(text=text, part=part if part in ("text", "html") else None, fields=shown)


def _span(span: Any, length: int) -> tuple[int, int]:
    """A stored span, or (0, 0) when there is none or it does not fit the text."""
    if isinstance(span, list | tuple) and len(span) == 2:
        start, end = int(span[0]), int(span[1])
        if 0 <= start < end <= length:
            return start, end
    return 0, 0


async def get_raw(session: AsyncSession, user: User, email_id: uuid.UUID) -> bytes:
    """The message exactly as the mail server sent it."""
    email = await emails_crud.get_raw_for_user(session, user.id, email_id)
    if email is None:
        raise NotFound("Email not found.")
    return await asyncio.to_thread(zlib.decompress, email.raw_compressed)


_SUMMARY_FIELDS = (
    "id",
    "account_id",
    "message_id",
    "sender",
    "sender_name",
    "subject",
    "received_at",
    "size",
    "status",
    "failure_reason",
)
