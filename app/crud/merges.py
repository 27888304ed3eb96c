"""transaction_merges: the record of each email merged into another email's transaction."""

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.crud import bulk
from app.models import Email, Transaction, TransactionMerge, Transactor

MERGE_COLUMNS = ("id", "user_id", "transaction_id", "email_id", "reason", "evidence")
# One array per column (app.crud.bulk): compiled once, not per batch.
_INSERT_MERGES = bulk.unnest_insert(TransactionMerge, MERGE_COLUMNS).on_conflict_do_nothing(
    index_elements=["transaction_id", "email_id"]
)


async def insert_merges(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """Record merges (id, user_id, transaction_id, email_id, reason, evidence); a merge already
    recorded (an email extracted again) keeps its first record."""
    if rows:
        await session.execute(
            _INSERT_MERGES, bulk.column_arrays(TransactionMerge, MERGE_COLUMNS, rows)
        )


_source = aliased(Email)
_merged = aliased(Email)


def _described() -> Any:
    """A merge with what the Emails page shows of both sides: the transaction kept (amount,
    merchant, the email it came from) and the email merged into it."""
    return (
        select(
            TransactionMerge.id,
            TransactionMerge.transaction_id,
            TransactionMerge.email_id,
            TransactionMerge.reason,
            TransactionMerge.evidence,
            TransactionMerge.created_at.label("merged_at"),
            TransactionMerge.split_at,
            TransactionMerge.split_transaction_id,
            Transaction.amount,
            Transaction.currency,
            Transaction.type,
            Transaction.occurred_at,
            Transactor.name.label("merchant"),
            Transaction.email_id.label("transaction_email_id"),
            _source.subject.label("transaction_email_subject"),
            _merged.subject.label("email_subject"),
            _merged.sender.label("email_sender"),
            _merged.received_at.label("email_received_at"),
        )
        .join(Transaction, Transaction.id == TransactionMerge.transaction_id)
        .outerjoin(Transactor, Transactor.id == Transaction.transactor_id)
        .outerjoin(_source, _source.id == Transaction.email_id)
        .join(_merged, _merged.id == TransactionMerge.email_id)
    )


async def for_email(
    session: AsyncSession,
    user_id: uuid.UUID,
    email_id: uuid.UUID,
    transaction_id: uuid.UUID | None,
) -> Sequence[Any]:
    """Every merge this email is part of, newest first: merged into another email's
    transaction, or (when it is the source of `transaction_id`, the transaction its extraction
    links to) other emails merged into its own."""
    side = TransactionMerge.email_id == email_id
    if transaction_id is not None:
        side = or_(
            side,
            and_(
                TransactionMerge.transaction_id == transaction_id,
                Transaction.email_id == email_id,
            ),
        )
    rows = await session.execute(
        _described()
        .where(TransactionMerge.user_id == user_id, side)
        .order_by(TransactionMerge.created_at.desc(), TransactionMerge.id)
    )
    return rows.all()


async def get_for_update(
    session: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID, email_id: uuid.UUID
) -> TransactionMerge | None:
    """The merge of this email into this transaction, locked (two splits at once: one wins)."""
    return await session.scalar(
        select(TransactionMerge)
        .where(
            TransactionMerge.user_id == user_id,
            TransactionMerge.transaction_id == transaction_id,
            TransactionMerge.email_id == email_id,
        )
        .with_for_update()
    )


async def mark_split(
    session: AsyncSession, merge_id: uuid.UUID, at: datetime, split_transaction_id: uuid.UUID
) -> None:
    await session.execute(
        update(TransactionMerge)
        .where(TransactionMerge.id == merge_id)
        .values(split_at=at, split_transaction_id=split_transaction_id)
    )


async def get_by_id(
    session: AsyncSession, user_id: uuid.UUID, merge_id: uuid.UUID
) -> TransactionMerge | None:
    return await session.scalar(
        select(TransactionMerge).where(
            TransactionMerge.id == merge_id, TransactionMerge.user_id == user_id
        )
    )
