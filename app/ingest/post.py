"""Ingest stage "post": extracted, categorised emails → the ledger. Accounts are found or made,
transactions inserted (reports of one payment merged on positive evidence only, each merge
recorded), each email's extraction result (linked to its transaction, or the one it was merged
into) and LLM calls recorded, and the balances the alerts reported applied last. Runs inside
one unit of work per batch, so the budget alerts it raises are sent when the batch commits."""

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.ids import uuid7
from app.crud import extractions as extractions_crud
from app.crud import review as review_crud
from app.ingest.extract import Extracted
from app.models.extraction import FAILED, NOT_TRANSACTION, TRANSACTION
from app.services import accounts, categoriser_experiments, review
from app.services.transactions import NewTransaction, lock_for_time_merges, record_drafts


@dataclass(frozen=True, slots=True)
class Categorised:
    """A transaction email, its account and its predicted category."""

    item: Extracted
    account: accounts.AccountKey
    category_id: uuid.UUID | None
    categoriser: str | None = None  # the A/B version that chose category_id
    latency_ms: float = 0.0  # its time for this transaction


@dataclass
class ExtractionSummary:
    examined: int = 0
    transactions: int = 0  # emails that reported a transaction
    recorded: int = 0  # new transactions (the rest merged into ones already there)
    not_transactions: int = 0
    failed: int = 0
    llm_calls: int = 0

    def add(self, other: "ExtractionSummary") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def account_key(item: Extracted) -> accounts.AccountKey:
    """The card or account the email names, as a person knows it: a bank's alert names its own
    (issuer + last 4), a shop's receipt or a wallet names a card someone else issued (the user's
    account with those digits: see services.accounts)."""
    result = item.transaction
    assert result is not None and result.currency
    email = item.email
    return accounts.key_for_report(
        sender=email.sender,
        sender_name=email.sender_name,
        subject=email.subject,
        last4=result.account_last4,
        network=result.card_network,
        currency=result.currency,
        merchant=result.merchant,
    )


async def post(
    session: AsyncSession,
    user_id: uuid.UUID,
    extracted: list[Extracted],
    categorised: list[Categorised],
) -> ExtractionSummary:
    # The person deleted these emails' transactions (or said they are none): never again.
    deleted = await review_crud.tombstoned(
        session, user_id, [entry.item.email.message_id for entry in categorised]
    )
    categorised = [c for c in categorised if c.item.email.message_id not in deleted]
    # First: the locks that let concurrent batches merge by time (see the function).
    await lock_for_time_merges(session, user_id, _time_mergeable_amounts(categorised))
    account_ids = await accounts.get_or_create_accounts(
        session, user_id, [c.account for c in categorised]
    )
    drafts, balances = _drafts(categorised, account_ids)
    recorded = await record_drafts(session, user_id, drafts)
    transaction_ids = {
        entry.item.email_id: outcome.transaction_id
        for entry, outcome in zip(categorised, recorded, strict=True)
    }
    # The A/B record: what each version showed for each new transaction.
    await categoriser_experiments.record_shown(
        session,
        user_id,
        [
            categoriser_experiments.Shown(
                outcome.transaction_id, entry.categoriser, entry.category_id, entry.latency_ms
            )
            for entry, outcome in zip(categorised, recorded, strict=True)
            if outcome.inserted and entry.categoriser and outcome.transaction_id
        ],
    )
    await extractions_crud.insert_extractions(
        session,
        [_extraction_row(user_id, item, transaction_ids, deleted) for item in extracted],
    )
    await review.raise_for_batch(
        session,
        user_id,
        [
            review.Posted(entry.item, outcome)
            for entry, outcome in zip(categorised, recorded, strict=True)
        ],
        [item for item in extracted if item.result is not None and not item.transaction],
    )
    await extractions_crud.insert_llm_calls(
        session, [_llm_row(user_id, item) for item in extracted if item.call is not None]
    )
    # Last, just before the commit: these row locks on shared `accounts` rows are held as
    # briefly as possible (concurrent batches of one user queue on them).
    await accounts.record_balances(session, user_id, balances)
    return ExtractionSummary(
        examined=len(extracted),
        transactions=len(categorised),
        recorded=sum(1 for outcome in recorded if outcome.inserted),
        not_transactions=sum(1 for i in extracted if i.result and not i.result.is_transaction),
        failed=sum(1 for i in extracted if i.result is None),
        llm_calls=sum(1 for i in extracted if i.call is not None),
    )


def _time_mergeable_amounts(categorised: list[Categorised]) -> list[Decimal]:
    """The amounts of the drafts the time-window rule may merge (time read, last 4 known)."""
    amounts = []
    for entry in categorised:
        result = entry.item.transaction
        if result and result.amount and result.occurred_at_from_text and result.account_last4:
            amounts.append(result.amount)
    return amounts


def _drafts(
    categorised: list[Categorised], account_ids: dict[accounts.AccountIdentity, uuid.UUID]
) -> tuple[list[NewTransaction], list[tuple[uuid.UUID, Decimal, datetime]]]:
    drafts = []
    balances = []
    for entry in categorised:
        email, result = entry.item.email, entry.item.transaction
        assert result and result.amount and result.currency and result.direction
        account_id = account_ids.get(entry.account.identity)
        occurred_at = result.occurred_at or email.received_at
        from_text = result.occurred_at is not None and result.occurred_at_from_text
        drafts.append(
            NewTransaction(
                amount=result.amount,
                currency=result.currency,
                type=result.direction,
                occurred_at=occurred_at,
                source="email",
                description=email.subject[:500],
                merchant=result.merchant,
                sender=email.sender,
                account_id=account_id,
                account_last4=result.account_last4,
                reference=result.reference,
                balance_after=result.balance,
                email_id=entry.item.email_id,
                message_id=email.message_id,
                category_id=entry.category_id,
                category_source="model" if entry.category_id else "none",
                occurred_at_from_text=from_text,
                reference_label=_reference_label(entry.item),
            )
        )
        if account_id and result.balance is not None:
            balances.append((account_id, result.balance, occurred_at))
    return drafts, balances


def _reference_label(item: Extracted) -> str:
    """The words just before the reference in the text extraction read, when its span says
    where (and the span really holds it): "IFSC", "A/c", "UTR"... tell the merge rule what the
    number is. Empty when unknown."""
    result = item.transaction
    if result is None or not result.reference or "reference" not in result.spans:
        return ""
    start, end = result.spans["reference"]
    document = f"{item.email.subject}\n{item.email.text}"
    if not 0 <= start < end <= len(document):
        return ""
    if _alnum(document[start:end]) != _alnum(result.reference):
        return ""
    return document[max(0, start - 32) : start]


def _alnum(text: str) -> str:
    return "".join(char for char in text.casefold() if char.isalnum())


def _extraction_row(
    user_id: uuid.UUID,
    item: Extracted,
    transaction_ids: dict[uuid.UUID, uuid.UUID],
    deleted: set[str],
) -> dict[str, Any]:
    result = item.result
    status = (
        FAILED if result is None else (TRANSACTION if result.is_transaction else NOT_TRANSACTION)
    )
    if status == TRANSACTION and item.email.message_id in deleted:
        status = NOT_TRANSACTION
    return {
        "id": uuid7(),
        "email_id": item.email_id,
        "user_id": user_id,
        "method": result.method if result else "rules",
        "status": status,
        "confidence": result.confidence if result else 0.0,
        "fields": stored_fields(item) if result else {},
        "rejection_reason": result.rejection_reason if result else None,
        "error": item.error,
        "transaction_id": transaction_ids.get(item.email_id) if item.transaction else None,
    }


def stored_fields(item: Extracted) -> dict[str, Any]:
    """What is stored of a result: its fields, and which extractor read each one."""
    assert item.result is not None
    fields = item.result.to_fields()
    method = item.result.method if item.result.method in ("rules", "llm") else "rules"
    fields["sources"] = {
        name: "template" if name in item.template_fields else method for name in item.result.spans
    }
    return fields


def _llm_row(user_id: uuid.UUID, item: Extracted) -> dict[str, Any]:
    call = item.call
    assert call is not None
    return {
        "id": uuid.uuid4(),
        "user_id": user_id,
        "email_id": item.email_id,
        "model": call.model,
        "outcome": call.outcome,
        "prompt_tokens": call.prompt_tokens,
        "completion_tokens": call.completion_tokens,
        "cost_usd": call.cost_usd,
        "latency_ms": call.latency_ms,
        "request_chars": call.request_chars,
        "response_chars": call.response_chars,
        "error": call.error,
    }
