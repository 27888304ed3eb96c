"""Ingest stage "extract": stored emails → what each one says (rules first; the LLM where the
rules are unsure and an endpoint is configured). Pure CPU for the rules, so callers run
`read_with_rules` in a thread; no database."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from typing import Protocol

from app.extraction import reader
from app.extraction.llm import LlmCall, LlmExtractor
from app.extraction.pipeline import second_opinion
from app.extraction.result import ExtractionResult
from app.mail.message import ParsedEmail


class StoredEmail(Protocol):
    """The columns of a stored email that extraction reads (crud.extractions.emails_to_extract)."""

    id: uuid.UUID
    message_id: str
    sender: str
    sender_name: str
    subject: str
    received_at: datetime
    received_utc_offset: int | None
    body_text: str
    size: int


@dataclass(frozen=True, slots=True)
class Extracted:
    """One email and what was read from it; `result` is None when reading it failed."""

    email_id: uuid.UUID
    email: ParsedEmail
    result: ExtractionResult | None
    call: LlmCall | None = None
    error: str | None = None

    @property
    def transaction(self) -> ExtractionResult | None:
        """The result when the email reports a transaction."""
        return self.result if self.result is not None and self.result.is_transaction else None


def read_with_rules(emails: Sequence[StoredEmail]) -> list[Extracted]:
    """Each email rebuilt once as a ParsedEmail and read by the rules; one odd email costs
    itself, not the batch."""
    extracted = []
    for row in emails:
        email = ParsedEmail(
            message_id=row.message_id,
            sender=row.sender,
            sender_name=row.sender_name,
            subject=row.subject,
            received_at=_as_sent(row.received_at, row.received_utc_offset),
            text=row.body_text,
            size=row.size,
        )
        try:
            extracted.append(Extracted(row.id, email, reader.extract(email)))
        except Exception as exc:
            extracted.append(
                Extracted(row.id, email, None, error=f"{type(exc).__name__}: {exc}"[:500])
            )
    return extracted


def _as_sent(instant: datetime, offset_minutes: int | None) -> datetime:
    """The stored instant in the zone its Date header was written in (as parse_email gave it)."""
    if offset_minutes is None:
        return instant
    return instant.astimezone(timezone(timedelta(minutes=offset_minutes)))


async def ask_llm_where_unsure(item: Extracted, llm: LlmExtractor | None) -> Extracted:
    if item.result is None:
        return item
    result, call = await second_opinion(item.email, item.result, llm)
    return replace(item, result=result, call=call)
