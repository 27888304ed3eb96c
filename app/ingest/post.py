"""Ingest stage "post": extracted, categorised emails → the ledger. Accounts are found or made,
transactions inserted (deduplicated), each email's extraction result and LLM calls recorded, and
the balances the alerts reported applied last. Runs inside one unit of work per batch, so the
budget alerts it raises are sent when the batch commits."""

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.crud import extractions as extractions_crud
from app.ingest.extract import Extracted
from app.models.extraction import FAILED, NOT_TRANSACTION, TRANSACTION
from app.services import accounts
from app.services.transactions import NewTransaction, record_transactions


@dataclass(frozen=True, slots=True)
class Categorised:
    """A transaction email, its account and its predicted category."""

    item: Extracted
    account: accounts.AccountKey
    category_id: uuid.UUID | None


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
    result = item.transaction
    assert result is not None and result.currency
    return accounts.AccountKey(
        institution=item.email.sender.rpartition("@")[2],
        last4=result.account_last4 or "",
        kind="card" if "card" in item.email.subject.lower() else "bank",
        currency=result.currency,
    )


async def post(
    session: AsyncSession,
    user_id: uuid.UUID,
    extracted: list[Extracted],
    categorised: list[Categorised],
) -> ExtractionSummary:
    account_ids = await accounts.get_or_create_accounts(
        session, user_id, [c.account for c in categorised]
    )
    drafts, balances = _drafts(categorised, account_ids)
    recorded = await record_transactions(session, user_id, drafts)
    transaction_ids = await extractions_crud.transaction_ids_by_message_id(
        session, user_id, [c.item.email.message_id for c in categorised]
    )
    await extractions_crud.insert_extractions(
        session, [_extraction_row(user_id, item, transaction_ids) for item in extracted]
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
        recorded=len(recorded),
        not_transactions=sum(1 for i in extracted if i.result and not i.result.is_transaction),
        failed=sum(1 for i in extracted if i.result is None),
        llm_calls=sum(1 for i in extracted if i.call is not None),
    )


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
            )
        )
        if account_id and result.balance is not None:
            balances.append((account_id, result.balance, occurred_at))
    return drafts, balances


def _extraction_row(
    user_id: uuid.UUID, item: Extracted, transaction_ids: dict[str, uuid.UUID]
) -> dict[str, Any]:
    result = item.result
    status = (
        FAILED if result is None else (TRANSACTION if result.is_transaction else NOT_TRANSACTION)
    )
    return {
        "id": uuid.uuid4(),
        "email_id": item.email_id,
        "user_id": user_id,
        "method": result.method if result else "rules",
        "status": status,
        "confidence": result.confidence if result else 0.0,
        "fields": result.to_fields() if result else {},
        "rejection_reason": result.rejection_reason if result else None,
        "error": item.error,
        "transaction_id": transaction_ids.get(item.email.message_id) if item.transaction else None,
    }


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
