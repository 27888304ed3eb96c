"""Ingest stage "extract": stored emails → what each one says (rules first; the LLM where the
rules are unsure and an endpoint is configured). Pure CPU for the rules, so callers run
`read_with_rules` in a thread; no database."""

import logging
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any, Protocol

from app.extraction import reader, templates
from app.extraction.llm import LlmCall, LlmExtractor
from app.extraction.pipeline import second_opinion
from app.extraction.result import ExtractionResult
from app.mail.message import ParsedEmail

log = logging.getLogger(__name__)


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
    body_part: str | None
    size: int


@dataclass(frozen=True, slots=True)
class Extracted:
    """One email and what was read from it; `result` is None when reading it failed."""

    email_id: uuid.UUID
    email: ParsedEmail
    result: ExtractionResult | None
    call: LlmCall | None = None
    error: str | None = None
    # The fields the sender's template read (the rest are the rules' or the LLM's).
    template_fields: frozenset[str] = frozenset()

    @property
    def transaction(self) -> ExtractionResult | None:
        """The result when the email reports a transaction."""
        return self.result if self.result is not None and self.result.is_transaction else None


def parsed_email(row: StoredEmail) -> ParsedEmail:
    """A stored email as extraction reads it."""
    return ParsedEmail(
        message_id=row.message_id,
        sender=row.sender,
        sender_name=row.sender_name,
        subject=row.subject,
        received_at=_as_sent(row.received_at, row.received_utc_offset),
        text=row.body_text,
        size=row.size,
        part="html" if row.body_part == "html" else ("text" if row.body_part else None),
    )


def read_with_rules(
    emails: Sequence[StoredEmail],
    templates: Mapping[str, dict[str, Any]] | None = None,
    attached: Mapping[uuid.UUID, str] | None = None,
) -> list[Extracted]:
    """Each email rebuilt once as a ParsedEmail and read by the rules, then by its sender's
    template where the user taught one (the template's fields win); one odd email costs
    itself, not the batch. `attached` is the text of each email's PDFs, read when the body
    itself names no amount (a receipt-only email)."""
    extracted = []
    for row in emails:
        email = parsed_email(row)
        try:
            result = reader.extract(email)
            pdf_text = (attached or {}).get(row.id)
            if pdf_text and result.amount is None:
                result = with_attachment_text(email, pdf_text, result)
            template = (templates or {}).get(email.sender)
            taught = read_with_template(template, email, result) if template else None
            if taught is not None:
                extracted.append(Extracted(row.id, email, taught[0], template_fields=taught[1]))
            else:
                extracted.append(Extracted(row.id, email, storable(result)))
        except Exception as exc:
            extracted.append(
                Extracted(row.id, email, None, error=f"{type(exc).__name__}: {exc}"[:500])
            )
    return extracted


# A card alert that takes the rules through most of their steps (amounts, the card, a merchant,
# the balance), for warm_up.
_WARM_UP_EMAIL = ParsedEmail(
    message_id="<warm-up@fincoach.local>",
    sender="alerts@bank.example",
    sender_name="Bank Alerts",
    subject="Transaction alert",
    received_at=datetime(2026, 1, 1, tzinfo=UTC),
    text="Rs 1,250.00 debited from your Credit Card ending 1234 at AMAZON on 01-01-2026 "
    "10:15. Available balance: Rs 10,000.00",
    size=200,
)


def warm_up() -> None:
    """Read one email, so that what the rules build on first use (the cue scanner's regexes,
    about 0.2 s of CPU, and their other per-process caches) is built at worker start-up, not
    in the first batch a job waits for. A rule that fails on it costs the warm-up, never the
    worker's start (read_with_rules records such a failure per email)."""
    try:
        reader.extract(_WARM_UP_EMAIL)
    except Exception:
        log.exception("the rules failed on the warm-up email")


def with_attachment_text(
    email: ParsedEmail, pdf_text: str, body_result: ExtractionResult
) -> ExtractionResult:
    """The email read with its PDFs' text after the body. The body's offsets are unchanged,
    so spans inside the body stay valid; spans into the PDF text point past the stored body
    and are dropped."""
    result = reader.extract(replace(email, text=f"{email.text}\n\n{pdf_text}"))
    if not result.is_transaction:
        return body_result
    body_end = len(reader.read_text(email))  # the subject, a line break, then the body
    result.spans = {name: span for name, span in result.spans.items() if span[1] <= body_end}
    return result


def read_with_template(
    template: dict[str, Any],
    email: ParsedEmail,
    base: ExtractionResult | None,
    cache: dict[Any, Any] | None = None,
) -> tuple[ExtractionResult, frozenset[str]] | None:
    """The template's reading over `base`, and the fields it read itself (None when no layout
    of the template fits). `cache`: kept across many emails read with this template
    (templates.apply)."""
    reading = templates.apply(
        template, reader.read_text(email), email.sender, email.received_at, base, cache
    )
    if reading is None:
        return None
    result = templates.as_result(reading, base, email.received_at)
    if result is None:
        return None
    result = storable(result)
    result.part = email.part
    confidence = dict(base.field_confidence) if base is not None else {}
    for name in templates.template_fields(reading):
        confidence[name] = (
            templates.UNSURE_CONFIDENCE if name in reading.unsure else templates.TEMPLATE_CONFIDENCE
        )
    confidence["is_transaction"] = templates.TEMPLATE_CONFIDENCE
    result.field_confidence = confidence
    return result, frozenset(templates.template_fields(reading))


def _as_sent(instant: datetime, offset_minutes: int | None) -> datetime:
    """The stored instant in the zone its Date header was written in (as parse_email gave it)."""
    if offset_minutes is None:
        return instant
    return instant.astimezone(timezone(timedelta(minutes=offset_minutes)))


async def ask_llm_where_unsure(item: Extracted, llm: LlmExtractor | None) -> Extracted:
    if llm is None or item.result is None or item.result.method == "template":
        return item  # no LLM to ask, nothing read, or the user's teaching stands
    result, call = await second_opinion(item.email, item.result, llm)
    return replace(item, result=storable(result), call=call)


# The ledger holds sums below a trillion (numeric(15, 3)).
LEDGER_LIMIT = Decimal("1e12")
OUT_OF_RANGE = "amount_out_of_range"


def storable(result: ExtractionResult) -> ExtractionResult:
    """`result` as the ledger can hold it: a payment of a trillion or more is a number misread
    as a sum (a reference's digits), so no transaction (the review inbox shows the email); a
    balance or a fee that big is left out. One such email must not fail its whole batch."""
    if result.is_transaction and result.amount is not None and abs(result.amount) >= LEDGER_LIMIT:
        rejected = ExtractionResult.rejected(OUT_OF_RANGE, 0.5)
        rejected.part = result.part
        rejected.field_confidence = {"is_transaction": 0.5}
        return rejected
    for name in ("balance", "fee"):
        value = getattr(result, name)
        if value is not None and abs(value) >= LEDGER_LIMIT:
            setattr(result, name, None)
            result.spans.pop(name, None)
    return result
