"""Merges the ledger made (two emails, one payment), shown on both emails and undone on request.

Making them is app.services.transactions.record_drafts (the rule: app.services.dedupe). Splitting
one makes the merged email's own transaction from what extraction read from it, points its
extraction there, and marks the merge split: the two are never merged again.
"""

import uuid
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import BadRequest, Conflict, NotFound
from app.crud import emails as emails_crud
from app.crud import extractions as extractions_crud
from app.crud import merges as merges_crud
from app.crud import plaid as plaid_crud
from app.crud import transactions as transactions_crud
from app.models import Email, Transaction
from app.models.extraction import EmailExtraction as ExtractionRow
from app.schemas.email import EmailExtraction, EmailMerge
from app.schemas.plaid import BankReport
from app.services import accounts
from app.services.transactions import NewTransaction, get_transaction, record_drafts


async def extraction_of(
    session: AsyncSession, user_id: uuid.UUID, email_id: uuid.UUID
) -> EmailExtraction | None:
    """What extraction made of an email, with the merges it is part of on either side."""
    row = await extractions_crud.get_for_email(session, user_id, email_id)
    if row is None:
        return None
    merges = await merges_crud.for_email(session, user_id, email_id, row.transaction_id)
    shown = [EmailMerge.model_validate(m) for m in merges]
    banks = (
        await plaid_crud.reports_of(session, user_id, row.transaction_id)
        if row.transaction_id
        else []
    )
    return EmailExtraction(
        status=row.status,
        method=row.method,
        confidence=row.confidence,
        fields=row.fields,
        rejection_reason=row.rejection_reason,
        error=row.error,
        transaction_id=row.transaction_id,
        extracted_at=row.created_at,
        merged_into=next((m for m in shown if m.email_id == email_id and m.split_at is None), None),
        also_reported_by=[m for m in shown if m.email_id != email_id and m.split_at is None],
        split=[m for m in shown if m.split_at is not None],
        bank_reports=[BankReport.model_validate(b, from_attributes=True) for b in banks],
    )


async def split_merge(
    session: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID, email_id: uuid.UUID
) -> Transaction:
    """Undo the merge of email `email_id` into transaction `transaction_id`: the email gets its
    own transaction again (from the fields extraction read), and the two are never merged again
    (a later extraction of either email included). Returns the new transaction."""
    merge = await merges_crud.get_for_update(session, user_id, transaction_id, email_id)
    if merge is None:
        raise NotFound("This email is not merged into this transaction.")
    if merge.split_at is not None:
        raise Conflict("This merge has already been split.", code="merge_already_split")
    extraction = await extractions_crud.get_for_email(session, user_id, email_id)
    email = await emails_crud.get_for_user(session, user_id, email_id)
    kept = await transactions_crud.get_for_user(session, user_id, transaction_id)
    if extraction is None or email is None or kept is None:  # cascades make this unreachable
        raise NotFound("This email is not merged into this transaction.")
    draft = await _draft_from_extraction(session, user_id, email, extraction, kept)
    [recorded] = await record_drafts(session, user_id, [draft])
    if not recorded.inserted:
        raise Conflict(
            "This email already has a transaction of its own.", code="email_has_transaction"
        )
    await extractions_crud.link_transaction(session, extraction.id, recorded.transaction_id)
    await merges_crud.mark_split(session, merge.id, datetime.now(UTC), recorded.transaction_id)
    return await get_transaction(session, user_id, recorded.transaction_id)


async def _draft_from_extraction(
    session: AsyncSession,
    user_id: uuid.UUID,
    email: Email,
    extraction: ExtractionRow,
    kept: Transaction,
) -> NewTransaction:
    """The merged email's own transaction, as extraction read it. Never merged (dedupe off),
    and without a reference key: the transaction kept holds that key."""
    fields: dict[str, Any] = extraction.fields or {}
    try:
        amount = Decimal(str(fields["amount"]))
        currency = str(fields["currency"]).upper()
        direction = str(fields["direction"])
        occurred_at = datetime.fromisoformat(str(fields["occurred_at"]))
    except (KeyError, TypeError, ValueError, InvalidOperation) as exc:
        raise BadRequest(
            "What was read from this email is not a complete transaction; it cannot be split.",
            code="merge_not_splittable",
        ) from exc
    if amount <= 0 or direction not in ("debit", "credit") or len(currency) != 3:
        raise BadRequest(
            "What was read from this email is not a complete transaction; it cannot be split.",
            code="merge_not_splittable",
        )
    key = accounts.key_for_report(
        sender=email.sender,
        sender_name=email.sender_name,
        subject=email.subject,
        last4=fields.get("account_last4"),
        network=fields.get("card_network"),
        currency=currency,
        merchant=fields.get("merchant"),
    )
    account_ids = await accounts.get_or_create_accounts(session, user_id, [key])
    balance = fields.get("balance")
    return NewTransaction(
        amount=amount,
        currency=currency,
        type=direction,
        occurred_at=occurred_at if occurred_at.tzinfo else occurred_at.replace(tzinfo=UTC),
        source="email",
        description=email.subject[:500],
        merchant=fields.get("merchant"),
        sender=email.sender,
        account_id=account_ids.get(key.identity),
        account_last4=fields.get("account_last4"),
        reference=fields.get("reference"),
        balance_after=Decimal(str(balance)) if balance not in (None, "") else None,
        email_id=email.id,
        message_id=email.message_id,
        category_id=kept.category_id,
        category_source="model" if kept.category_id else "none",
        dedupe=False,
        occurred_at_from_text=bool(fields.get("occurred_at_from_text")),
    )
