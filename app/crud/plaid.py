"""plaid_transactions, and the connected accounts that are Plaid items."""

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import ConnectedAccount, PlaidTransaction, Transaction, TransactionMerge
from app.models.connected_account import DISABLED

PROVIDER = "plaid"


async def find_item(session: AsyncSession, item_id: str) -> ConnectedAccount | None:
    """The live connected account of this Plaid item (whoever's: webhooks name only the item)."""
    return await session.scalar(
        select(ConnectedAccount).where(
            ConnectedAccount.provider == PROVIDER,
            ConnectedAccount.address == item_id,
            ConnectedAccount.status != DISABLED,
        )
    )


async def by_plaid_ids(
    session: AsyncSession, connected_account_id: uuid.UUID, plaid_ids: Sequence[str]
) -> dict[str, PlaidTransaction]:
    if not plaid_ids:
        return {}
    rows = await session.scalars(
        select(PlaidTransaction).where(
            PlaidTransaction.connected_account_id == connected_account_id,
            PlaidTransaction.plaid_transaction_id.in_(list(plaid_ids)),
        )
    )
    return {row.plaid_transaction_id: row for row in rows}


async def insert(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.add_all(PlaidTransaction(**row) for row in rows)
        await session.flush()


async def ledger_rows(
    session: AsyncSession, user_id: uuid.UUID, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Transaction]:
    if not ids:
        return {}
    rows = await session.scalars(
        select(Transaction).where(Transaction.user_id == user_id, Transaction.id.in_(list(ids)))
    )
    return {row.id: row for row in rows}


async def emails_merged_into(session: AsyncSession, transaction_id: uuid.UUID) -> int:
    rows = await session.scalars(
        select(TransactionMerge.id).where(
            TransactionMerge.transaction_id == transaction_id, TransactionMerge.split_at.is_(None)
        )
    )
    return len(rows.all())


async def other_live_reports(
    session: AsyncSession, transaction_id: uuid.UUID, excluding: uuid.UUID
) -> int:
    rows = await session.scalars(
        select(PlaidTransaction.id).where(
            PlaidTransaction.transaction_id == transaction_id,
            PlaidTransaction.id != excluding,
            PlaidTransaction.removed_at.is_(None),
        )
    )
    return len(rows.all())


async def reports_of(
    session: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID
) -> Sequence[Any]:
    """What linked banks reported of this ledger transaction (removed ones left out)."""
    rows = await session.execute(
        select(
            PlaidTransaction.id,
            PlaidTransaction.own,
            PlaidTransaction.merge_reason.label("reason"),
            PlaidTransaction.merge_evidence.label("evidence"),
            PlaidTransaction.name,
            PlaidTransaction.amount,
            PlaidTransaction.currency,
            PlaidTransaction.type,
            PlaidTransaction.posted_on,
            PlaidTransaction.pending,
            PlaidTransaction.created_at.label("reported_at"),
            ConnectedAccount.display_name.label("institution"),
        )
        .join(ConnectedAccount, ConnectedAccount.id == PlaidTransaction.connected_account_id)
        .where(
            PlaidTransaction.user_id == user_id,
            PlaidTransaction.transaction_id == transaction_id,
            PlaidTransaction.removed_at.is_(None),
        )
        .order_by(PlaidTransaction.created_at, PlaidTransaction.id)
    )
    return rows.all()


async def list_for_item(
    session: AsyncSession, user_id: uuid.UUID, connected_account_id: uuid.UUID, limit: int
) -> Sequence[PlaidTransaction]:
    rows = await session.scalars(
        select(PlaidTransaction)
        .where(
            PlaidTransaction.user_id == user_id,
            PlaidTransaction.connected_account_id == connected_account_id,
        )
        .order_by(PlaidTransaction.posted_on.desc(), PlaidTransaction.id)
        .limit(limit)
    )
    return rows.all()


async def mark_removed(session: AsyncSession, row_id: uuid.UUID, at: datetime) -> None:
    await session.execute(
        update(PlaidTransaction).where(PlaidTransaction.id == row_id).values(removed_at=at)
    )
