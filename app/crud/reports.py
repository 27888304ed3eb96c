"""Aggregates for budgets and analytics. Sums are grouped by UTC day and currency, because a
conversion uses the rate of the transaction's day; the services convert and add up."""

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Date, case, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Category, Transaction

UTC_DAY = cast(func.timezone("UTC", Transaction.occurred_at), Date)


def _in_days(user_id: uuid.UUID, start: date, end: date) -> Any:
    """The user's transactions on UTC days [start, end)."""
    return (
        Transaction.user_id == user_id,
        Transaction.occurred_at >= datetime.combine(start, time(), UTC),
        Transaction.occurred_at < datetime.combine(end, time(), UTC),
    )


async def daily_totals(
    session: AsyncSession, user_id: uuid.UUID, start: date, end: date, *, by_transactor: bool
) -> Sequence[Any]:
    """Rows of (day, type, currency, category_id[, transactor_id], total, n)."""
    keys: list[Any] = [
        UTC_DAY.label("day"),
        Transaction.type,
        Transaction.currency,
        Transaction.category_id,
    ]
    if by_transactor:
        keys.append(Transaction.transactor_id)
    rows = await session.execute(
        select(*keys, func.sum(Transaction.amount).label("total"), func.count().label("n"))
        .where(*_in_days(user_id, start, end))
        .group_by(*keys)
    )
    return rows.all()


async def totals_by_kind(
    session: AsyncSession, user_id: uuid.UUID, start: date, end: date, *, base_currency: str
) -> Sequence[Any]:
    """Rows of (day, type, currency, kind, total, n) on days [start, end): sums per direction,
    currency and category kind (NULL: uncategorised), which is all a summary needs. Amounts in
    `base_currency` need no rate, so they are not split by day (day is NULL): a month is a
    handful of rows, not one per day and category."""
    day = case((Transaction.currency == base_currency, None), else_=UTC_DAY).label("day")
    keys: list[Any] = [day, Transaction.type, Transaction.currency, Category.kind]
    rows = await session.execute(
        select(*keys, func.sum(Transaction.amount).label("total"), func.count().label("n"))
        .outerjoin(
            Category, (Category.id == Transaction.category_id) & (Category.user_id == user_id)
        )
        .where(*_in_days(user_id, start, end))
        .group_by(*keys)
    )
    return rows.all()


async def transaction_rows(
    session: AsyncSession, user_id: uuid.UUID, start: date, end: date
) -> Sequence[Any]:
    """One row per transaction on days [start, end): what recurring detection looks at."""
    rows = await session.execute(
        select(
            Transaction.id,
            UTC_DAY.label("day"),
            Transaction.type,
            Transaction.currency,
            Transaction.amount,
            Transaction.category_id,
            Transaction.transactor_id,
        ).where(*_in_days(user_id, start, end))
    )
    return rows.all()
