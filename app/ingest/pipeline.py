"""The extraction pipeline: stored emails → extractor (rules, LLM where unsure) → learned
category → transactions, one database round trip per step for a whole batch. Idempotent: an
email already extracted is skipped, and `record_transactions` never inserts one email twice."""

import asyncio
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.categorization.learned import example_text
from app.core import events
from app.core.uow import UnitOfWork
from app.crud import extractions as extractions_crud
from app.extraction import rules
from app.extraction.llm import LlmCall, LlmExtractor
from app.extraction.pipeline import second_opinion
from app.extraction.result import ExtractionResult
from app.mail.message import ParsedEmail
from app.models.extraction import FAILED, NOT_TRANSACTION, TRANSACTION
from app.services import accounts, categories, categorisation
from app.services.transactions import NewTransaction, record_transactions

BATCH_SIZE = 200


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


@dataclass
class _Outcome:
    email: Any  # the columns extraction reads (crud.extractions.emails_to_extract)
    result: ExtractionResult | None
    call: LlmCall | None
    error: str | None = None


async def extract_emails(
    uow: UnitOfWork,
    cache: "Redis",
    user_id: uuid.UUID,
    email_ids: Sequence[uuid.UUID] | None,
    llm: LlmExtractor | None,
) -> ExtractionSummary:
    """Extract the given emails, or (None) every stored email of the user not extracted yet."""
    summary = ExtractionSummary()
    while True:
        async with uow.begin() as session:
            emails = await extractions_crud.emails_to_extract(
                session, user_id, email_ids, BATCH_SIZE
            )
        if not emails:
            return summary
        # The rules are pure CPU: a thread keeps the event loop (and the sync job sharing this
        # worker) responsive. Only the unsure ones then wait on the LLM.
        read = await asyncio.to_thread(_read_with_rules, emails)
        outcomes = [await _second_opinion(outcome, llm) for outcome in read]
        # One unit of work per batch: budget alerts raised by its transactions are sent once
        # it commits.
        async with uow.begin() as session:
            batch = await _record(session, user_id, outcomes)
        summary.add(batch)
        if batch.recorded:
            await events.publish(cache, user_id, "transaction.created", {"count": batch.recorded})
        if email_ids is not None and len(emails) < BATCH_SIZE:
            return summary


def _read_with_rules(emails: Sequence[Any]) -> list[_Outcome]:
    outcomes = []
    for email in emails:
        try:
            outcomes.append(_Outcome(email, rules.extract(_parsed(email)), None))
        except Exception as exc:  # one odd email must not stop the batch
            outcomes.append(_Outcome(email, None, None, f"{type(exc).__name__}: {exc}"[:500]))
    return outcomes


async def _second_opinion(outcome: _Outcome, llm: LlmExtractor | None) -> _Outcome:
    if outcome.result is None:
        return outcome
    result, call = await second_opinion(_parsed(outcome.email), outcome.result, llm)
    return _Outcome(outcome.email, result, call)


def _parsed(email: Any) -> ParsedEmail:
    return ParsedEmail(
        message_id=email.message_id,
        sender=email.sender,
        sender_name=email.sender_name,
        subject=email.subject,
        received_at=email.received_at,
        text=email.body_text,
        size=email.size,
    )


async def _record(
    session: AsyncSession, user_id: uuid.UUID, outcomes: list[_Outcome]
) -> ExtractionSummary:
    found = [o for o in outcomes if o.result and o.result.is_transaction]
    await categories.ensure_default_categories(session, user_id)
    drafts, balances = await _drafts(session, user_id, found)
    recorded = await record_transactions(session, user_id, drafts)
    transaction_ids = await extractions_crud.transaction_ids_by_message_id(
        session, user_id, [o.email.message_id for o in found]
    )
    await extractions_crud.insert_extractions(
        session, [_extraction_row(user_id, o, transaction_ids) for o in outcomes]
    )
    await extractions_crud.insert_llm_calls(
        session, [_llm_row(user_id, o) for o in outcomes if o.call is not None]
    )
    # Last, just before the commit: these row locks on shared `accounts` rows are held as
    # briefly as possible (concurrent batches of one user queue on them).
    await accounts.record_balances(session, user_id, balances)
    return ExtractionSummary(
        examined=len(outcomes),
        transactions=len(found),
        recorded=len(recorded),
        not_transactions=sum(1 for o in outcomes if o.result and not o.result.is_transaction),
        failed=sum(1 for o in outcomes if o.result is None),
        llm_calls=sum(1 for o in outcomes if o.call is not None),
    )


async def _drafts(
    session: AsyncSession, user_id: uuid.UUID, found: list[_Outcome]
) -> tuple[list[NewTransaction], list[tuple[uuid.UUID, Decimal, datetime]]]:
    results = [o.result for o in found if o.result is not None]
    keys = [
        accounts.AccountKey(
            institution=o.email.sender.rpartition("@")[2],
            last4=r.account_last4 or "",
            kind="card" if "card" in o.email.subject.lower() else "bank",
            currency=r.currency,
        )
        for o, r in zip(found, results, strict=True)
    ]
    account_ids = await accounts.get_or_create_accounts(session, user_id, keys)
    texts = [
        example_text(r.merchant, o.email.subject, o.email.sender, r.direction)
        for o, r in zip(found, results, strict=True)
    ]
    category_ids = await categorisation.predict_category_ids(session, user_id, texts)
    drafts = []
    balances = []
    for outcome, result, key, category_id in zip(found, results, keys, category_ids, strict=True):
        account_id = account_ids.get(key.identity)
        assert result.amount and result.currency and result.direction  # is_transaction holds
        occurred_at = result.occurred_at or outcome.email.received_at
        drafts.append(
            NewTransaction(
                amount=result.amount,
                currency=result.currency,
                type=result.direction,
                occurred_at=occurred_at,
                source="email",
                description=outcome.email.subject[:500],
                merchant=result.merchant,
                sender=outcome.email.sender,
                account_id=account_id,
                account_last4=result.account_last4,
                reference=result.reference,
                balance_after=result.balance,
                email_id=outcome.email.id,
                message_id=outcome.email.message_id,
                category_id=category_id,
                category_source="model" if category_id else "none",
            )
        )
        if account_id and result.balance is not None:
            balances.append((account_id, result.balance, occurred_at))
    return drafts, balances


def _extraction_row(
    user_id: uuid.UUID, outcome: _Outcome, transaction_ids: dict[str, uuid.UUID]
) -> dict[str, Any]:
    result = outcome.result
    status = (
        FAILED if result is None else (TRANSACTION if result.is_transaction else NOT_TRANSACTION)
    )
    return {
        "id": uuid.uuid4(),
        "email_id": outcome.email.id,
        "user_id": user_id,
        "method": result.method if result else "rules",
        "status": status,
        "confidence": result.confidence if result else 0.0,
        "fields": result.to_fields() if result else {},
        "rejection_reason": result.rejection_reason if result else None,
        "error": outcome.error,
        "transaction_id": transaction_ids.get(outcome.email.message_id)
        if result and result.is_transaction
        else None,
    }


def _llm_row(user_id: uuid.UUID, outcome: _Outcome) -> dict[str, Any]:
    call = outcome.call
    assert call is not None
    return {
        "id": uuid.uuid4(),
        "user_id": user_id,
        "email_id": outcome.email.id,
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


async def list_llm_calls(
    session: AsyncSession, user_id: uuid.UUID, offset: int, limit: int
) -> Sequence[Any]:
    return await extractions_crud.list_llm_calls(session, user_id, offset=offset, limit=limit)
