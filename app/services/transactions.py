"""Transactions: recording them (by hand, from CSV, from the ingest pipeline), listing with
filters and keyset pagination, editing, and category corrections that feed the categoriser.

For the ingest pipeline: `get_or_create_accounts` (services.accounts), then
`record_transactions(session, user_id, drafts)` per batch; it resolves merchants, applies the
user's rules, computes dedupe keys, inserts with one statement and checks budgets.
"""

import base64
import binascii
import json
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.categorization.rules import Facts
from app.core.config import get_settings
from app.core.errors import BadRequest, NotFound
from app.core.tasks import RETRAIN_CATEGORISER, UserTask
from app.crud import category_feedback
from app.crud import transactions as transactions_crud
from app.models import Transaction, User
from app.schemas.transaction import (
    TransactionCreate,
    TransactionFilters,
    TransactionSort,
    TransactionUpdate,
)
from app.services import budgets, categories, category_rules, transactors

MIN_REFERENCE_CHARS = 6  # shorter "references" (a 1, an 04) are not unique enough to merge on


def dedupe_key(
    *,
    amount: Decimal,
    currency: str,
    type: str,
    occurred_at: datetime,
    account_last4: str | None = None,
    reference: str | None = None,
) -> str:
    """What makes two reports one payment (unique per user in `transactions.dedupe_key`).

    - With a reference of at least 6 letters/digits (UPI RRN, card auth code, transaction id):
      "ref|<reference, lower-case, letters and digits only>|<amount>|<CURRENCY>|<type>".
      A bank alert and the merchant's receipt carrying the same reference collapse, whatever
      their times.
    - Otherwise: "at|<occurred_at in UTC, to the hour: YYYY-MM-DDTHH>|<last 4 digits or
      '-'>|<amount>|<CURRENCY>|<type>". Two alerts of one card payment collapse when they name
      the same hour.
    Amount is written with two decimals ("499.00"). The price of a missed duplicate is a double
    row a person can delete; the price of a false merge is a lost payment, so the key is strict:
    two real payments of the same amount, on the same card, within the same clock hour and
    without references do merge (rare; documented in docs/analytics.md).
    """
    money = f"{amount.quantize(Decimal('0.01'))}|{currency.upper()}|{type}"
    ref = re.sub(r"[^0-9a-z]", "", (reference or "").casefold())
    if len(ref) >= MIN_REFERENCE_CHARS:
        return f"ref|{ref[:120]}|{money}"
    hour = occurred_at.astimezone(UTC).strftime("%Y-%m-%dT%H")
    last4 = re.sub(r"\D", "", account_last4 or "")[-4:] or "-"
    return f"at|{hour}|{last4}|{money}"


@dataclass(slots=True)
class NewTransaction:
    """A transaction to record. `merchant` is the raw name (normalised into a transactor);
    `sender` is the email's From address, for rules. `dedupe=False` records it even if it
    looks like another (hand entries). A category given with category_source "user" is kept;
    otherwise the user's rules decide first and a given category ("model") is the fallback."""

    amount: Decimal
    currency: str
    type: str  # debit | credit
    occurred_at: datetime
    source: str = "email"  # email | manual | csv
    description: str = ""
    merchant: str | None = None
    sender: str = ""
    account_id: uuid.UUID | None = None
    account_last4: str | None = None
    reference: str | None = None
    balance_after: Decimal | None = None
    email_id: uuid.UUID | None = None
    message_id: str | None = None
    category_id: uuid.UUID | None = None
    category_source: str = "none"  # rule | model | user | none
    notes: str = ""
    dedupe: bool = True


async def record_transactions(
    session: AsyncSession,
    user_id: uuid.UUID,
    drafts: Sequence[NewTransaction],
    *,
    check_budgets: bool = True,
) -> list[uuid.UUID]:
    """Insert drafts, skipping duplicates (same email, or same dedupe key). Returns the ids
    inserted. A batch of 100 costs a handful of statements: merchants, rules, one INSERT."""
    if not drafts:
        return []
    merchants = await transactors.resolve_transactors(
        session, user_id, [d.merchant for d in drafts if d.merchant]
    )
    rule_set = await category_rules.load_rule_set(session, user_id)
    rows = []
    for draft in drafts:
        transactor = merchants.get(draft.merchant or "")
        category_id, source = draft.category_id, draft.category_source
        if source != "user" and rule_set:
            rule = rule_set.match(
                Facts(
                    transactor=transactor.name if transactor else "",
                    description=draft.description,
                    sender=draft.sender,
                    account_id=draft.account_id,
                    amount=draft.amount,
                    direction="credit" if draft.type == "credit" else "debit",
                )
            )
            if rule is not None:
                category_id, source = rule.category_id, "rule"
        rows.append(
            _row(user_id, draft, transactor.id if transactor else None, category_id, source)
        )
    inserted = await transactions_crud.insert_transactions_ignoring_duplicates(session, rows)
    if inserted and check_budgets:
        await budgets.check_budgets(session, user_id)
    return inserted


def _row(
    user_id: uuid.UUID,
    draft: NewTransaction,
    transactor_id: uuid.UUID | None,
    category_id: uuid.UUID | None,
    category_source: str,
) -> dict[str, Any]:
    currency = draft.currency.upper()
    key = None
    if draft.dedupe:
        key = dedupe_key(
            amount=draft.amount,
            currency=currency,
            type=draft.type,
            occurred_at=draft.occurred_at,
            account_last4=draft.account_last4,
            reference=draft.reference,
        )
    return {
        "user_id": user_id,
        "amount": draft.amount,
        "currency": currency,
        "type": draft.type,
        "occurred_at": draft.occurred_at,
        "description": draft.description[:2000],
        "transactor_id": transactor_id,
        "category_id": category_id,
        "category_source": category_source if category_id else "none",
        "source": draft.source,
        "account_id": draft.account_id,
        "email_id": draft.email_id,
        "message_id": draft.message_id,
        "balance_after": draft.balance_after,
        "reference": draft.reference[:100] if draft.reference else None,
        "notes": draft.notes,
        "dedupe_key": key,
    }


# --- reading -----------------------------------------------------------------------------------


async def list_transactions(
    session: AsyncSession,
    user_id: uuid.UUID,
    filters: TransactionFilters,
    *,
    tz: str,
    sort: TransactionSort,
    cursor: str | None,
    limit: int,
) -> tuple[Sequence[Any], str | None]:
    """One page (rows with TransactionPublic's fields) and the cursor of the next (None on the
    last page). The date filters are days in zone `tz`, the user's."""
    column, descending = sort.lstrip("-"), sort.startswith("-")
    after = _decode_cursor(cursor, sort) if cursor else None
    rows = await transactions_crud.list_page(
        session,
        user_id,
        filters,
        tz=tz,
        sort_column=column,
        descending=descending,
        after=after,
        limit=limit + 1,
    )
    page = rows[:limit]
    has_more = len(rows) > limit
    return page, _encode_cursor(page[-1], sort) if has_more and page else None


def _encode_cursor(last: Any, sort: str) -> str:
    value = last.occurred_at.isoformat() if sort.endswith("occurred_at") else str(last.amount)
    payload = json.dumps({"s": sort, "v": value, "id": str(last.id)}, separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def _decode_cursor(cursor: str, sort: str) -> tuple[Any, uuid.UUID]:
    """The (sort value, id) a cursor carries; a cursor made for another sort is refused."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        payload = json.loads(raw)
        if payload["s"] != sort:
            raise ValueError("made for another sort order")
        value = (
            datetime.fromisoformat(payload["v"])
            if sort.endswith("occurred_at")
            else Decimal(payload["v"])
        )
        return value, uuid.UUID(payload["id"])
    except (binascii.Error, ValueError, KeyError, TypeError, ArithmeticError) as exc:
        raise BadRequest(
            "This cursor is not valid for this list; start again without it.",
            code="invalid_cursor",
        ) from exc


async def get_transaction(
    session: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID
) -> Transaction:
    transaction = await transactions_crud.get_for_user(session, user_id, transaction_id)
    if transaction is None:
        raise NotFound("Transaction not found.")
    return transaction


# --- writing -----------------------------------------------------------------------------------


async def create_transaction(
    session: AsyncSession, user: User, data: TransactionCreate
) -> Transaction:
    """A transaction entered by hand: never merged with another as a duplicate."""
    await categories.check_references(session, user.id, data.category_id, data.account_id)
    draft = NewTransaction(
        amount=data.amount,
        currency=data.currency or user.base_currency,
        type=data.type,
        occurred_at=data.occurred_at,
        source="manual",
        description=data.description,
        merchant=data.merchant,
        account_id=data.account_id,
        reference=data.reference,
        notes=data.notes,
        category_id=data.category_id,
        category_source="user" if data.category_id else "none",
        dedupe=False,
    )
    (transaction_id,) = await record_transactions(session, user.id, [draft])
    return await get_transaction(session, user.id, transaction_id)


async def update_transaction(
    session: AsyncSession, user: User, transaction_id: uuid.UUID, data: TransactionUpdate
) -> Transaction:
    """Change what was sent. A category set by the person is theirs from then on (rules leave it
    alone) and, when it changes, is recorded as feedback for the categoriser."""
    transaction = await get_transaction(session, user.id, transaction_id)
    sent = data.model_fields_set
    await categories.check_references(
        session, user.id, data.category_id, data.account_id if "account_id" in sent else None
    )
    if data.merchant:
        found = await transactors.resolve_transactors(session, user.id, [data.merchant])
        transaction.transactor_id = found[data.merchant].id
    for name in ("amount", "currency", "type", "occurred_at", "description", "notes"):
        value = getattr(data, name)
        if value is not None:
            setattr(transaction, name, value)
    for name in ("account_id", "reference"):  # these may be cleared with null
        if name in sent:
            setattr(transaction, name, getattr(data, name))
    await session.flush()
    if "category_id" in sent:  # after the other changes: feedback describes the final state
        if data.category_id != transaction.category_id:
            await _record_feedback(session, user.id, [transaction.id], data.category_id)
        transaction.category_id = data.category_id
        transaction.category_source = "user" if data.category_id else "none"
        await session.flush()
    await budgets.check_budgets(session, user.id)
    return await get_transaction(session, user.id, transaction_id)


async def delete_transaction(
    session: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID
) -> None:
    await transactions_crud.delete(session, await get_transaction(session, user_id, transaction_id))


async def bulk_recategorise(
    session: AsyncSession,
    user_id: uuid.UUID,
    ids: list[uuid.UUID],
    category_id: uuid.UUID | None,
) -> int:
    """Give many transactions one category (or none). All ids must be yours, or nothing
    changes. Each real change is recorded as feedback."""
    await categories.check_references(session, user_id, category_id, None)
    ids = list(dict.fromkeys(ids))
    facts = await transactions_crud.categorisation_facts(session, user_id, ids)
    if len(facts) != len(ids):
        raise NotFound("Transaction not found.", details=[{"missing": len(ids) - len(facts)}])
    await _record_feedback(session, user_id, ids, category_id, facts)
    updated = await transactions_crud.set_category(
        session, user_id, ids, category_id, "user" if category_id else "none"
    )
    await budgets.check_budgets(session, user_id)
    return updated


async def _record_feedback(
    session: AsyncSession,
    user_id: uuid.UUID,
    ids: list[uuid.UUID],
    new_category_id: uuid.UUID | None,
    facts: Sequence[Any] | None = None,
) -> None:
    facts = (
        facts
        if facts is not None
        else (await transactions_crud.categorisation_facts(session, user_id, ids))
    )
    rows = [
        {
            "id": uuid.uuid4(),
            "user_id": user_id,
            "transaction_id": row.id,
            "transactor": row.transactor,
            "description": row.description,
            "sender": row.sender,
            "amount": row.amount,
            "currency": row.currency,
            "direction": row.type,
            "old_category_id": row.category_id,
            "new_category_id": new_category_id,
        }
        for row in facts
        if row.category_id != new_category_id
    ]
    await category_feedback.insert_many(session, rows)
    if rows:
        # Learn from it in the background; corrections within the delay share one retraining.
        RETRAIN_CATEGORISER.defer(
            session,
            UserTask(user_id=str(user_id)),
            delay_seconds=get_settings().categoriser_retrain_delay_seconds,
        )
