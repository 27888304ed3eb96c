"""The person's word on an email: edit its transaction's fields, say it is (or is not) a
transaction. Each correction is kept where re-extraction cannot undo it (the transaction's
`user_fields`, a tombstone), and teaches the sender's template (per user and From address),
after which that sender's past emails are re-read in the background (a job on the email queue).

Why per address: the address is the unit a format belongs to (a bank's alerts@ and its
statements@ write differently, and display names vary between messages); several formats from
one address become separate layouts of its template (app.extraction.templates)."""

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import BadRequest
from app.crud import extractions as extractions_crud
from app.crud import review as review_crud
from app.crud import transactions as transactions_crud
from app.extraction import templates
from app.extraction.reader import read_text
from app.ingest.extract import parsed_email
from app.models import Email, Transaction, User
from app.models.extraction import NOT_TRANSACTION, TRANSACTION
from app.models.extraction import EmailExtraction as ExtractionRow
from app.schemas.review import CorrectedFields, ReviewAction, ReviewOutcome
from app.schemas.transaction import TransactionUpdate
from app.services import accounts, emails, jobs, senders, transactors
from app.services.transactions import (
    NewTransaction,
    delete_transaction,
    get_transaction,
    mark_user_fields,
    record_drafts,
    update_transaction,
)

REEXTRACT_JOB = "sender_reextract"
# Correction field → transaction attribute (the API says direction, the ledger type).
_COLUMN = {"direction": "type"}
_FIELD = {column: name for name, column in _COLUMN.items()}
# The fields of a transaction edit that also say how the email's sender writes.
_TAUGHT_BY_EDIT = ("amount", "currency", "type", "occurred_at", "merchant")


async def correct(
    session: AsyncSession, user: User, email_id: uuid.UUID, action: ReviewAction
) -> ReviewOutcome:
    """A correction made on the email itself (not through a review item): it settles the
    email's open review items too."""
    if action.action not in ("edit", "is_transaction", "not_transaction"):
        raise BadRequest(
            "An email can be edited, or said to be or not be a transaction.", code="bad_action"
        )
    outcome = await correct_email(session, user, email_id, action)
    await review_crud.resolve_for_email(
        session, user.id, email_id, action.action, datetime.now(UTC)
    )
    return outcome


async def edit_transaction(
    session: AsyncSession, user: User, transaction_id: uuid.UUID, data: TransactionUpdate
) -> Transaction:
    """An edit of a transaction read from an email is a correction of that email too: it
    teaches the sender's template and settles the email's review items, as one made in the
    review inbox does."""
    transaction = await update_transaction(session, user, transaction_id, data)
    values = {
        _FIELD.get(name, name): getattr(data, name)
        for name in _TAUGHT_BY_EDIT
        if getattr(data, name) is not None
    }
    if transaction.email_id is None or not values:
        return transaction
    action = ReviewAction(action="edit", fields=CorrectedFields(**values))
    await correct(session, user, transaction.email_id, action)
    return await get_transaction(session, user.id, transaction_id)


async def correct_email(
    session: AsyncSession, user: User, email_id: uuid.UUID, action: ReviewAction
) -> ReviewOutcome:
    email = await emails.get_email(session, user, email_id)
    extraction = await extractions_crud.get_for_email(session, user.id, email_id)
    own = await _own_transaction(session, user.id, email, extraction)
    values = action.fields.model_dump(exclude_unset=True) if action.fields else {}
    # Before the correction is recorded on the extraction (which rewrites its fields).
    misread = _misread(extraction, values)
    read_moment = _read_moment(extraction)
    spans: dict[str, tuple[int, int]] = {
        name: (span[0], span[1]) for name, span in (action.spans or {}).items()
    }
    text = read_text(parsed_email(email))
    for name, (_, end) in spans.items():
        if end > len(text):
            raise BadRequest(f"The span of {name} is outside the email's text.", code="bad_span")
    now = datetime.now(UTC)
    if action.action == "not_transaction":
        if own is not None:
            await delete_transaction(session, user.id, own.id, reason="not_transaction")
        else:
            await review_crud.insert_tombstone(
                session, user.id, email.message_id, email.id, "not_transaction"
            )
        await _record_on_extraction(
            session, user.id, email, extraction, NOT_TRANSACTION, None, {}, {}
        )
        example = templates.Example(text, email.sender, email.received_at, "not_transaction")
        transaction_id = None
    else:
        if (
            action.action == "edit"
            and own is None
            and (extraction is None or extraction.transaction_id is None)
        ):
            raise BadRequest(
                "This email has no transaction to edit; say it is one (is_transaction).",
                code="no_transaction",
            )
        if own is None and action.action == "is_transaction":
            own = await _create(session, user, email, values)
        elif own is None:  # merged into another email's transaction: edit that one
            assert extraction is not None and extraction.transaction_id is not None
            own = await transactions_crud.get_for_user(session, user.id, extraction.transaction_id)
            assert own is not None
        await _apply(session, user.id, own, values)
        final = await _final_values(session, own)
        shown = _spans_for(text, email, extraction, final, values, spans)
        await _record_on_extraction(
            session, user.id, email, extraction, TRANSACTION, own.id, final, shown, set(values)
        )
        taught = {**_typed(final), **{k: v for k, v in values.items() if k == "occurred_at"}}
        if "occurred_at" not in values and read_moment == taught.get("occurred_at"):
            # The ledger keeps the instant in UTC; the reader's own reading keeps the zone it
            # was read in, which the template learns the sender's times in (and their day).
            taught["occurred_at"] = read_moment
        example = templates.Example(
            text,
            email.sender,
            email.received_at,
            "transaction",
            taught,
            shown,
            misread=misread,
        )
        transaction_id = own.id
    await review_crud.mark_corrected(session, user.id, email.id, now)
    job_id = await teach(session, user.id, email.sender, example)
    return ReviewOutcome(
        transaction_id=transaction_id,
        sender_id=senders.sender_id(user.id, email.sender),
        template_learned=job_id is not None,
        reextract_job_id=job_id,
    )


async def teach(
    session: AsyncSession, user_id: uuid.UUID, address: str, example: templates.Example
) -> uuid.UUID | None:
    """Fold the example into the sender's template and re-read the sender's mail with it.
    Returns the re-extraction job's id (None when the example taught nothing: no field of a
    transaction could be placed in the text)."""
    if not address:
        return None
    if example.kind == "transaction" and "amount" not in example.spans:
        return None  # a template must find the payment; without its place it cannot
    stored = await review_crud.get_template(session, user_id, address)
    learned = templates.learn(stored.template if stored else None, example)
    await review_crud.save_template(
        session, user_id, address, learned, templates.examples_in(learned), datetime.now(UTC)
    )
    job, _ = await jobs.start_job(
        session,
        user_id=user_id,
        job_type=REEXTRACT_JOB,
        params={"address": address},
        dedupe_key=f"{REEXTRACT_JOB}:{user_id}:{address}"[:200],
    )
    return job.id


async def _own_transaction(
    session: AsyncSession, user_id: uuid.UUID, email: Email, extraction: ExtractionRow | None
) -> Transaction | None:
    """The transaction this email is the source of (not one it was merged into)."""
    if extraction is None or extraction.transaction_id is None:
        return None
    found = await transactions_crud.get_for_user(session, user_id, extraction.transaction_id)
    return found if found is not None and found.email_id == email.id else None


async def _create(
    session: AsyncSession, user: User, email: Email, values: dict[str, Any]
) -> Transaction:
    """The transaction the person says this email reports (never merged away: they said so)."""
    await review_crud.delete_tombstone(session, user.id, email.message_id)
    currency = str(values["currency"]).upper()
    key = accounts.key_for_report(
        sender=email.sender,
        sender_name=email.sender_name,
        subject=email.subject,
        last4=values.get("account_last4"),
        network=None,
        currency=currency,
        merchant=values.get("merchant"),
    )
    account_ids = await accounts.get_or_create_accounts(session, user.id, [key])
    draft = NewTransaction(
        amount=values["amount"],
        currency=currency,
        type=values["direction"],
        occurred_at=values.get("occurred_at") or email.received_at,
        source="email",
        description=email.subject[:500],
        merchant=values.get("merchant"),
        sender=email.sender,
        account_id=account_ids.get(key.identity),
        account_last4=values.get("account_last4"),
        email_id=email.id,
        message_id=email.message_id,
        dedupe=False,
    )
    [recorded] = await record_drafts(session, user.id, [draft])
    created = await transactions_crud.get_for_user(session, user.id, recorded.transaction_id)
    assert created is not None
    return created


async def _apply(
    session: AsyncSession, user_id: uuid.UUID, transaction: Transaction, values: dict[str, Any]
) -> None:
    for name, value in values.items():
        if name == "merchant" and value is None:
            transaction.transactor_id = None  # no counterparty: the person cleared it
        elif name == "merchant":
            found = await transactors.resolve_transactors(session, user_id, [value])
            transaction.transactor_id = found[value].id
        elif name == "currency":
            transaction.currency = str(value).upper()
        else:
            setattr(transaction, _COLUMN.get(name, name), value)
    mark_user_fields(transaction, {_COLUMN.get(n, n): v for n, v in values.items()})
    await session.flush()


async def _final_values(session: AsyncSession, transaction: Transaction) -> dict[str, Any]:
    merchant = await transactors.name_of(session, transaction.user_id, transaction.transactor_id)
    return {
        "amount": transaction.amount,
        "currency": transaction.currency,
        "direction": transaction.type,
        "merchant": merchant,
        "account_last4": transaction.account_last4,
        "occurred_at": transaction.occurred_at,
    }


def _read_moment(extraction: ExtractionRow | None) -> datetime | None:
    """The instant the reader read, in the zone it read it in."""
    stored: dict[str, Any] = (extraction.fields or {}) if extraction else {}
    try:
        moment = datetime.fromisoformat(str(stored.get("occurred_at")))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _misread(extraction: ExtractionRow | None, values: dict[str, Any]) -> dict[str, Any]:
    """What the reader had made of the merchant the person changed (the sender's own name on
    every payment, say): the template learns it is wrong for this sender."""
    stored: dict[str, Any] = (extraction.fields or {}) if extraction else {}
    by_person = (stored.get("sources") or {}).get("merchant") == "user"
    if "merchant" in values and stored.get("merchant") and not by_person:
        return {"merchant": stored["merchant"]}
    return {}


def _typed(final: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in final.items() if value is not None}


def _spans_for(
    text: str,
    email: Email,
    extraction: ExtractionRow | None,
    final: dict[str, Any],
    values: dict[str, Any],
    given: dict[str, tuple[int, int]],
) -> dict[str, tuple[int, int]]:
    """Where each field of the corrected transaction stands in the text: the span the person
    selected; else, for a field they left as read, the reader's span; else where the typed value
    is written (a merchant's found name grows to the reader's wider span around it)."""
    stored: dict[str, Any] = (extraction.fields or {}) if extraction else {}
    read_spans = {
        name: (int(span[0]), int(span[1]))
        for name, span in (stored.get("spans") or {}).items()
        if isinstance(span, list) and len(span) == 2
    }
    spans: dict[str, tuple[int, int]] = {}
    for name in templates.LOCATED:
        if name in given:
            spans[name] = given[name]
            continue
        if final.get(name) is None:
            continue
        # A value typed as the reader had it ("Amazon", read from "AMZN Mktp US*2K4") is where
        # the reader read it: the typed words need not be written there.
        if name in read_spans and _still_says(stored, name, final):
            spans[name] = read_spans[name]
            continue
        found = templates.find_span(text, email.sender, email.received_at, name, final[name])
        if found is not None and name == "merchant" and "merchant" in read_spans:
            wide = read_spans["merchant"]
            if wide[0] <= found[0] and found[1] <= wide[1]:
                found = wide
        if found is not None:
            spans[name] = found
    return spans


def _still_says(stored: dict[str, Any], name: str, final: dict[str, Any]) -> bool:
    """The reader's value of a field is the transaction's (so its span shows the right words)."""
    read = stored.get(name)
    value = final.get(name)
    if read is None or value is None:
        return False
    if name == "amount":
        return Decimal(str(read)) == value
    if name == "occurred_at":
        return datetime.fromisoformat(str(read)).date() == value.date()
    return str(read).casefold() == str(value).casefold()


async def _record_on_extraction(
    session: AsyncSession,
    user_id: uuid.UUID,
    email: Email,
    extraction: ExtractionRow | None,
    status: str,
    transaction_id: uuid.UUID | None,
    final: dict[str, Any],
    spans: dict[str, tuple[int, int]],
    by_hand: set[str] | None = None,
) -> None:
    """The email's extraction now says what the person said; the fields they set are marked
    "user" (provenance), the rest keep their reader."""
    fields: dict[str, Any] = dict(extraction.fields or {}) if extraction else {}
    sources = dict(fields.get("sources") or {})
    confidence = dict(fields.get("field_confidence") or {})
    kept_spans = dict(fields.get("spans") or {})
    fields["is_transaction"] = status == TRANSACTION
    for name, value in final.items():
        fields[name] = (
            value.isoformat()
            if isinstance(value, datetime)
            else (None if value is None else str(value))
        )
    for name in by_hand or set():
        sources[name] = "user"
        confidence[name] = 1.0
        if name in spans:
            kept_spans[name] = list(spans[name])
        else:
            kept_spans.pop(name, None)
    fields.update(sources=sources, field_confidence=confidence, spans=kept_spans)
    await review_crud.record_correction(
        session,
        user_id,
        email.id,
        existing=extraction.id if extraction else None,
        status=status,
        fields=fields,
        transaction_id=transaction_id,
    )
