"""The review inbox: what ingest was unsure of or did on its own (raised per batch by the post
stage), listed for the person, and settled by them (confirm, edit, not/is a transaction, split
a merge). Corrections go through app.services.corrections, which also teaches the sender."""

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.categorization.merchants import merchant_key
from app.core.config import get_settings
from app.core.errors import BadRequest, Conflict, NotFound
from app.core.ids import uuid7
from app.crud import merges as merges_crud
from app.crud import review as review_crud
from app.extraction import lexicon
from app.extraction.reader import read_text
from app.extraction.result import ExtractionResult
from app.ingest.extract import Extracted
from app.models import User
from app.models.review import OPEN
from app.schemas.review import (
    BulkConfirmed,
    ReviewAction,
    ReviewItemPublic,
    ReviewOutcome,
    ReviewSummary,
    ReviewTransaction,
)
from app.services import corrections, merges
from app.services.transactions import Recorded

# The fields a low-confidence item may name (the rest are extras no person needs to check),
# as the item's sentence names them.
REVIEWED_FIELDS = {
    "amount": "amount",
    "currency": "currency",
    "direction": "direction",
    "merchant": "merchant",
    "account_last4": "card or account",
    "occurred_at": "date",
}
# What a sure reading of the email settles: doubts about it, not merges or merchants.
DOUBTS = ("low_confidence", "missed_money")
# Rejections that mean "an amount, but not wording the rules know": money may have moved.
# (... and a sum too large to be one: a number misread, which a person can set right.)
MISSED_MONEY_REJECTIONS = frozenset({"no_transaction_wording", "amount_out_of_range"})
_MONEY_CLASSES = {lexicon.PAYMENT, lexicon.DEBIT, lexicon.CREDIT, lexicon.REFUND}
# Plain English money words the cue lexicon leaves out in their plural or noun forms.
_MONEY_WORDS = re.compile(
    r"\b(?:pa(?:id|y|yments?)|spen[dt]|purchases?|transfer(?:s|red)?|deposits?|"
    r"withdraw(?:n|als?)?|charged?|received|refunds?|debit(?:ed)?|credit(?:ed)?)\b"
)


@dataclass(frozen=True, slots=True)
class Posted:
    """A transaction email of the batch and what became of it in the ledger."""

    item: Extracted
    outcome: Recorded


async def raise_for_batch(
    session: AsyncSession,
    user_id: uuid.UUID,
    posted: Sequence[Posted],
    rejected: Sequence[Extracted],
) -> None:
    """Raise the batch's review items in one statement (an item raised before stays as it
    was). Runs after the batch's transactions are inserted."""
    rows: list[dict[str, Any]] = []
    fresh: list[Posted] = []
    for entry in posted:
        result = entry.item.transaction
        assert result is not None
        email_id, outcome = entry.item.email_id, entry.outcome
        if outcome.reason:
            rows.append(
                _row(
                    user_id,
                    "merge",
                    "Merged into another email's transaction "
                    f"({outcome.evidence or outcome.reason}).",
                    email_id,
                    outcome.transaction_id,
                    merge_id=outcome.merge_id,
                )
            )
            continue
        unsure = unsure_fields(result)
        if unsure:
            named = ", ".join(REVIEWED_FIELDS[name] for name in unsure)
            rows.append(
                _row(
                    user_id,
                    "low_confidence",
                    f"Not sure of the {named} read from this email.",
                    email_id,
                    outcome.transaction_id,
                    fields=unsure,
                )
            )
        if outcome.inserted and result.merchant:
            fresh.append(entry)
    rows += await _merchant_items(session, user_id, fresh)
    for item in rejected:
        assert item.result is not None
        if item.result.rejection_reason in MISSED_MONEY_REJECTIONS and _speaks_of_money(item):
            rows.append(
                _row(
                    user_id,
                    "missed_money",
                    "Mentions an amount and money words, but was not read as a transaction.",
                    item.email_id,
                    None,
                )
            )
    await review_crud.insert_items(session, rows)


def unsure_fields(result: ExtractionResult) -> list[str]:
    """The reviewed fields read with too little confidence. A template's fields are sure unless
    it doubts one (a sign turned over beside it)."""
    below = get_settings().review_field_confidence_below
    return [name for name in REVIEWED_FIELDS if result.field_confidence.get(name, 1.0) < below]


def read_surely(result: ExtractionResult) -> bool:
    """A reading no person needs to look at: no transaction, or one with no doubted field."""
    return not result.is_transaction or not unsure_fields(result)


async def settle_doubts(
    session: AsyncSession, user_id: uuid.UUID, email_ids: Sequence[uuid.UUID], at: datetime
) -> None:
    """Emails read again and now read surely (read_surely; by a template a correction taught)
    need no person any more: their doubt items are resolved as "reread"."""
    await review_crud.resolve_for_emails(session, user_id, email_ids, DOUBTS, "reread", at)


def _speaks_of_money(item: Extracted) -> bool:
    lower = read_text(item.email).lower()
    if _MONEY_WORDS.search(lower):
        return True
    return any(_MONEY_CLASSES & set(classes) for _, _, classes in lexicon.scan(lower))


async def _merchant_items(
    session: AsyncSession, user_id: uuid.UUID, fresh: list[Posted]
) -> list[dict[str, Any]]:
    """New merchants (recent payments only) and amounts far above the merchant's usual."""
    settings = get_settings()
    keys = {
        entry.item.email_id: merchant_key(entry.item.transaction.merchant or "")
        for entry in fresh
        if entry.item.transaction
    }
    history = await review_crud.merchant_history(session, user_id, sorted(set(keys.values())))
    recent = datetime.now(UTC) - timedelta(days=settings.review_new_merchant_days)
    rows = []
    seen: set[str] = set()  # a merchant new to the ledger is raised once, not per payment
    for entry in fresh:
        result = entry.item.transaction
        assert result is not None and result.amount is not None
        key = keys[entry.item.email_id]
        earlier = history.get(key, {})
        occurred = result.occurred_at or entry.item.email.received_at
        if not earlier:
            if occurred >= recent and key not in seen:
                seen.add(key)
                rows.append(
                    _row(
                        user_id,
                        "new_merchant",
                        f"The first payment with {result.merchant}.",
                        entry.item.email_id,
                        entry.outcome.transaction_id,
                    )
                )
            continue
        group = (result.currency or "", result.direction or "")
        count, median = earlier.get(group, (0, Decimal(0)))
        if count < settings.review_unusual_amount_history:
            continue
        if result.amount > median * Decimal(str(settings.review_unusual_amount_factor)):
            rows.append(
                _row(
                    user_id,
                    "unusual_amount",
                    f"{result.currency} {result.amount} is more than "
                    f"{settings.review_unusual_amount_factor:g}× the usual {result.currency} "
                    f"{median} with {result.merchant} ({count} earlier payments).",
                    entry.item.email_id,
                    entry.outcome.transaction_id,
                )
            )
    return rows


def _row(
    user_id: uuid.UUID,
    reason: str,
    detail: str,
    email_id: uuid.UUID | None,
    transaction_id: uuid.UUID | None,
    *,
    fields: list[str] | None = None,
    merge_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    return {
        "id": uuid7(),
        "user_id": user_id,
        "reason": reason,
        "detail": detail[:1000],
        "fields": fields or [],
        "email_id": email_id,
        "transaction_id": transaction_id,
        "merge_id": merge_id,
        "status": OPEN,
    }


# ---- the inbox -------------------------------------------------------------------------------


async def list_items(
    session: AsyncSession, user: User, reason: str | None, *, offset: int, limit: int
) -> tuple[list[ReviewItemPublic], int]:
    rows, total = await review_crud.list_open(session, user.id, reason, offset=offset, limit=limit)
    return [_public(row) for row in rows], total


async def summary(session: AsyncSession, user: User) -> ReviewSummary:
    counts = await review_crud.open_counts(session, user.id)
    return ReviewSummary(open=sum(counts.values()), by_reason=counts)


def _public(row: Any) -> ReviewItemPublic:
    item = row.ReviewItem
    transaction = None
    if item.transaction_id is not None and row.amount is not None:
        transaction = ReviewTransaction(
            id=item.transaction_id,
            amount=row.amount,
            currency=row.currency,
            type=row.type,
            merchant=row.merchant,
            occurred_at=row.occurred_at,
            account_last4=row.account_last4,
        )
    return ReviewItemPublic(
        id=item.id,
        reason=item.reason,
        detail=item.detail,
        fields=item.fields,
        status=item.status,
        created_at=item.created_at,
        email_id=item.email_id,
        email_subject=row.subject,
        email_sender=row.sender,
        email_received_at=row.received_at,
        transaction_id=item.transaction_id,
        merge_id=item.merge_id,
        transaction=transaction,
    )


async def act(
    session: AsyncSession, user: User, item_id: uuid.UUID, action: ReviewAction
) -> ReviewOutcome:
    item = await review_crud.get_for_update(session, user.id, item_id)
    if item is None:
        raise NotFound("Review item not found.")
    if item.status != OPEN:
        raise Conflict("This item has already been handled.", code="review_item_resolved")
    now = datetime.now(UTC)
    outcome = ReviewOutcome(item_id=item.id, transaction_id=item.transaction_id)
    if action.action == "split":
        if item.reason != "merge" or item.merge_id is None:
            raise BadRequest("Only a merge can be split.", code="not_a_merge")
        merge = await merges_crud.get_by_id(session, user.id, item.merge_id)
        if merge is None:
            raise Conflict("This merge no longer exists.", code="merge_gone")
        split = await merges.split_merge(session, user.id, merge.transaction_id, merge.email_id)
        outcome.transaction_id = split.id
    elif action.action != "confirm":
        if item.email_id is None:
            raise BadRequest("This item has no email to correct.", code="no_email")
        done = await corrections.correct_email(session, user, item.email_id, action)
        outcome = done.model_copy(update={"item_id": item.id})
        await review_crud.resolve_for_email(session, user.id, item.email_id, action.action, now)
    await review_crud.resolve(session, user.id, [item.id], action.action, now)
    return outcome


async def bulk_confirm(session: AsyncSession, user: User, ids: list[uuid.UUID]) -> BulkConfirmed:
    confirmed = await review_crud.resolve(
        session, user.id, list(dict.fromkeys(ids)), "confirm", datetime.now(UTC)
    )
    return BulkConfirmed(confirmed=confirmed)
