"""Re-reading one sender's stored mail with the template the user just taught.

Only the template runs (the rules' reading of each email is already stored and stands under the
fields the template does not read), so 10,000 emails cost seconds. The person's word is kept:
an email they corrected is left as they said, a field they set by hand on a transaction is never
overwritten, and a tombstoned email never gets a transaction back. A batch costs a handful of
statements: one SELECT, one UPDATE of transactions, one of extractions, and the inserts of
transactions newly found (which go through record_drafts and its merge rule).

The reading (read_batch) runs in reader processes and hands back each email's reading ready to
write (its stored fields already as JSON), so the writing process only assembles one array per
column; the job reads the next batch while this one is written (app.jobs.sender_reextract)."""

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.categorization.learned import example_text
from app.crud import reextraction as reextraction_crud
from app.crud import review as review_crud
from app.extraction.result import ExtractionResult
from app.ingest.categorise import predict_category_ids
from app.ingest.extract import Extracted, parsed_email, read_with_template
from app.ingest.post import stored_fields
from app.models.extraction import NOT_TRANSACTION, TRANSACTION
from app.services import accounts, review, transactors
from app.services.transactions import NewTransaction, record_drafts

BATCH_SIZE = 2000


@dataclass
class Reread:
    """What one batch changed."""

    read: int = 0  # emails the template fits
    updated: int = 0  # transactions whose fields changed
    created: int = 0  # transactions found where the rules had none
    removed: int = 0  # transactions the template says are none (never one the person touched)


@dataclass(frozen=True, slots=True)
class Reading:
    """One email as the sender's template reads it, ready to write."""

    result: ExtractionResult
    template_fields: frozenset[str]
    fields_json: str  # what the extraction's stored fields become (_patch), as JSON
    sure: bool  # no person needs to look at it (its doubt items are settled)


@dataclass
class _Plan:
    extraction_rows: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    creates: list[tuple[Any, Extracted]] = field(default_factory=list)
    removes: list[uuid.UUID] = field(default_factory=list)


def read_batch(template: dict[str, Any], rows: Sequence[dict[str, Any]]) -> list[Reading | None]:
    """The template's reading of each row (crud.reextraction.sender_page, as dicts) over its
    stored reading: CPU only, run in another process. None where the template does not fit or
    the person corrected the email themselves."""
    out: list[Reading | None] = []
    shapes: dict[Any, Any] = {}  # the template's placements per message shape
    for values in rows:
        row = SimpleNamespace(**values)
        if row.method == "user":
            out.append(None)
            continue
        email = parsed_email(row)
        taught = read_with_template(template, email, result_of(row), shapes)
        if taught is None:
            out.append(None)
            continue
        item = Extracted(row.id, email, taught[0], template_fields=taught[1])
        out.append(
            Reading(taught[0], taught[1], json.dumps(_patch(item)), review.read_surely(taught[0]))
        )
    return out


def result_of(row: Any) -> ExtractionResult | None:
    """The stored reading's scalars (crud.reextraction.sender_page) as an ExtractionResult
    (None for a rejection): what the template's fields go over."""
    if not row.f_is_transaction:
        return None
    try:
        return ExtractionResult(
            is_transaction=True,
            amount=Decimal(row.f_amount) if row.f_amount else None,
            currency=row.f_currency,
            direction=row.f_direction if row.f_direction in ("debit", "credit") else None,
            merchant=row.f_merchant,
            account_last4=row.f_account_last4,
            occurred_at=datetime.fromisoformat(row.f_occurred_at) if row.f_occurred_at else None,
            occurred_at_from_text=bool(row.f_from_text),
            field_confidence=(
                {"direction": row.f_direction_confidence}
                if row.f_direction_confidence is not None
                else {}
            ),
        )
    except (ArithmeticError, ValueError, TypeError):
        return None


def _patch(item: Extracted) -> dict[str, Any]:
    """What changes in the stored fields: the template's reading, without the empty values a
    partial base left (the stored balance, reference... stay). Spans of fields the template set
    without a place in the text are cleared (null)."""
    assert item.result is not None
    fields = stored_fields(item)
    if not item.result.is_transaction:
        return fields
    # A field the template read as empty (no counterparty at a cash machine) is emptied.
    patch = {k: v for k, v in fields.items() if v is not None or k in item.template_fields}
    spans = dict(fields.get("spans") or {})
    for name in item.template_fields:
        spans.setdefault(name, None)
    patch["spans"] = spans
    return patch


async def apply_batch(
    session: AsyncSession,
    user_id: uuid.UUID,
    rows: Sequence[Any],
    readings: Sequence[Reading | None],
) -> Reread:
    now = datetime.now(UTC)
    deleted = await review_crud.tombstoned(session, user_id, [row.message_id for row in rows])
    plan = _Plan()
    stats = Reread()
    sure = []
    for row, item in zip(rows, readings, strict=True):
        if item is None:
            continue
        stats.read += 1
        if item.sure:
            sure.append(row.id)
        result = item.result
        transaction_id = row.extraction_transaction_id
        status = TRANSACTION if result.is_transaction else NOT_TRANSACTION
        if result.is_transaction and row.message_id in deleted:
            status, transaction_id = NOT_TRANSACTION, None
        elif result.is_transaction and row.own_transaction_id is not None:
            update = _update(row, result, item)
            if update is not None:
                plan.updates.append(update)
        elif result.is_transaction and transaction_id is None:
            email = Extracted(
                row.id, parsed_email(row), result, template_fields=item.template_fields
            )
            plan.creates.append((row, email))
        elif not result.is_transaction and row.own_transaction_id is not None:
            if row.user_fields:  # the person touched it: their transaction stays
                continue
            plan.removes.append(row.own_transaction_id)
            transaction_id = None
        plan.extraction_rows.append(
            {
                "id": row.extraction_id,
                "status": status,
                "confidence": result.confidence,
                "fields": item.fields_json,
                "whole": not result.is_transaction,
                "rejection_reason": result.rejection_reason,
                "transaction_id": transaction_id,
                "read_at": now,
            }
        )
    await _resolve_merchants(session, user_id, plan.updates)
    stats.updated = await reextraction_crud.update_transactions(session, user_id, plan.updates)
    created = await _create(session, user_id, plan.creates)
    for entry in plan.extraction_rows:
        entry["transaction_id"] = created.get(entry["id"], entry["transaction_id"])
    stats.created = sum(1 for _ in created)
    stats.removed = await reextraction_crud.delete_transactions(session, user_id, plan.removes)
    await reextraction_crud.update_extractions(session, user_id, plan.extraction_rows)
    await review.settle_doubts(session, user_id, sure, now)
    return stats


# Extraction field → transaction column, for the fields re-extraction may change.
_COLUMNS = {
    "amount": "amount",
    "currency": "currency",
    "direction": "type",
    "occurred_at": "occurred_at",
    "account_last4": "account_last4",
    "merchant": "merchant",
}


def _update(row: Any, result: ExtractionResult, item: Reading) -> dict[str, Any] | None:
    """The new values of the fields the template read, except those the person set by hand
    (a merchant it read as none is cleared)."""
    by_hand = row.user_fields or {}
    changes: dict[str, Any] = {"id": row.own_transaction_id}
    for name in item.template_fields:
        column = _COLUMNS.get(name)
        if column is None or column in by_hand:
            continue
        value = getattr(result, name)
        if value is not None:
            changes[column] = value
        elif name == "merchant":  # the template reads no counterparty here (a cash machine)
            changes["clear_merchant"] = True
    if "occurred_at" in changes:
        changes["occurred_at_from_text"] = result.occurred_at_from_text
    return changes if len(changes) > 1 else None


async def _resolve_merchants(
    session: AsyncSession, user_id: uuid.UUID, updates: list[dict[str, Any]]
) -> None:
    names = {u["merchant"] for u in updates if u.get("merchant")}
    found = await transactors.resolve_transactors(session, user_id, names)
    for entry in updates:
        merchant = entry.pop("merchant", None)
        if merchant:
            entry["transactor_id"] = found[merchant].id


async def _create(
    session: AsyncSession, user_id: uuid.UUID, creates: list[tuple[Any, Extracted]]
) -> dict[uuid.UUID, uuid.UUID]:
    """Transactions for emails the rules missed and the template reads: extraction id → the
    transaction (its own, or the one the merge rule put it in)."""
    if not creates:
        return {}
    keys = []
    for _, item in creates:
        result = item.result
        assert result is not None and result.currency
        keys.append(
            accounts.key_for_report(
                sender=item.email.sender,
                sender_name=item.email.sender_name,
                subject=item.email.subject,
                last4=result.account_last4,
                network=result.card_network,
                currency=result.currency,
                merchant=result.merchant,
            )
        )
    account_ids = await accounts.get_or_create_accounts(session, user_id, keys)
    # The learned categoriser, as for mail read the first time (the user's rules come first
    # in record_drafts either way).
    category_ids = await predict_category_ids(
        session, user_id, [_category_text(i) for _, i in creates]
    )
    drafts = []
    for (row, item), key, category_id in zip(creates, keys, category_ids, strict=True):
        result = item.result
        assert result is not None and result.amount and result.currency and result.direction
        drafts.append(
            NewTransaction(
                amount=result.amount,
                currency=result.currency,
                type=result.direction,
                occurred_at=result.occurred_at or item.email.received_at,
                source="email",
                description=item.email.subject[:500],
                merchant=result.merchant,
                sender=item.email.sender,
                account_id=account_ids.get(key.identity),
                account_last4=result.account_last4,
                reference=result.reference,
                balance_after=result.balance,
                email_id=row.id,
                message_id=row.message_id,
                occurred_at_from_text=result.occurred_at_from_text,
                category_id=category_id,
                category_source="model" if category_id else "none",
            )
        )
    recorded = await record_drafts(session, user_id, drafts)
    return {
        row.extraction_id: outcome.transaction_id
        for (row, _), outcome in zip(creates, recorded, strict=True)
    }


def _category_text(item: Extracted) -> str:
    result = item.result
    assert result is not None
    return example_text(result.merchant, item.email.subject, item.email.sender, result.direction)
