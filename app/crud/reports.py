"""Aggregates for budgets and analytics. Sums are grouped by the user's local day (in their time
zone, app.core.timezones) and currency, because a conversion uses the rate of the transaction's
day; the services convert and add up."""

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Date, DateTime, String, bindparam, case, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.timezones import day_start
from app.crud.compiled import Compiled, CompiledCache
from app.models import Category, Transaction, TransactionSplit

# A transaction split across categories counts by its parts: joined to its parts (one row per
# part; a whole transaction gets one row with no part), each row has the part's category and
# amount, or the transaction's own. Counts are of distinct transactions.
_part_category = case(
    (TransactionSplit.id.is_(None), Transaction.category_id), else_=TransactionSplit.category_id
)
_part_amount = func.coalesce(TransactionSplit.amount, Transaction.amount)
_parts_join = (TransactionSplit.transaction_id == Transaction.id) & (
    TransactionSplit.user_id == Transaction.user_id
)


def local_day(tz: str) -> Any:
    """SQL: the calendar day a transaction falls on in zone `tz`. Build it once per statement
    and use that one object in SELECT and GROUP BY, so the zone is one bound parameter and
    PostgreSQL sees one expression."""
    return cast(func.timezone(tz, Transaction.occurred_at), Date)


def _in_days(user_id: uuid.UUID, start: date, end: date, tz: str) -> Any:
    """The user's transactions on local days [start, end): instants from the start of local day
    `start` to the start of local day `end` (index-friendly bounds on occurred_at)."""
    return (
        Transaction.user_id == user_id,
        Transaction.occurred_at >= day_start(start, tz),
        Transaction.occurred_at < day_start(end, tz),
    )


# The reports' statements, compiled once (crud.compiled): every value is a bind parameter, and
# the local day is one expression over the zone's parameter, the same in SELECT and GROUP BY.
_DAY = cast(func.timezone(bindparam("tz", type_=String), Transaction.occurred_at), Date)
_IN_WINDOW = (
    Transaction.user_id == bindparam("user_id"),
    Transaction.occurred_at >= bindparam("start_at", type_=DateTime(timezone=True)),
    Transaction.occurred_at < bindparam("end_at", type_=DateTime(timezone=True)),
)


def _window(user_id: uuid.UUID, start: date, end: date, tz: str) -> dict[str, Any]:
    """The parameters of _IN_WINDOW and _DAY: local days [start, end) in zone `tz`."""
    return {
        "user_id": user_id,
        "tz": tz,
        "start_at": day_start(start, tz),
        "end_at": day_start(end, tz),
    }


def _daily_totals_statement(by_transactor: bool) -> Any:
    keys: list[Any] = [
        _DAY.label("day"),
        Transaction.type,
        Transaction.currency,
        _part_category.label("category_id"),
    ]
    if by_transactor:
        keys.append(Transaction.transactor_id)
    return _parts_totals(keys).where(*_IN_WINDOW).group_by(*keys)


def _parts_totals(keys: list[Any]) -> Any:
    """SELECT keys, the sum of the transactions' parts and how many transactions, FROM the
    transactions with their splits (a split transaction counts by its parts)."""
    return (
        select(
            *keys,
            func.sum(_part_amount).label("total"),
            func.count(Transaction.id.distinct()).label("n"),
        )
        .select_from(Transaction)
        .outerjoin(TransactionSplit, _parts_join)
    )


_DAILY_TOTALS = CompiledCache(_daily_totals_statement)


async def daily_totals(
    session: AsyncSession,
    user_id: uuid.UUID,
    start: date,
    end: date,
    *,
    tz: str,
    by_transactor: bool,
) -> Sequence[Any]:
    """Rows of (day, type, currency, category_id[, transactor_id], total, n), days local. A
    split transaction is counted by its parts, each in its category."""
    return await _DAILY_TOTALS.get(by_transactor).rows(session, _window(user_id, start, end, tz))


def _totals_by_kind_statement() -> Any:
    day = case((Transaction.currency == bindparam("base_currency"), None), else_=_DAY)
    keys: list[Any] = [day.label("day"), Transaction.type, Transaction.currency, Category.kind]
    return (
        _parts_totals(keys)
        .outerjoin(
            Category,
            (Category.id == _part_category) & (Category.user_id == bindparam("user_id")),
        )
        .where(*_IN_WINDOW)
        .group_by(*keys)
    )


_TOTALS_BY_KIND = Compiled(_totals_by_kind_statement())


async def totals_by_kind(
    session: AsyncSession,
    user_id: uuid.UUID,
    start: date,
    end: date,
    *,
    tz: str,
    base_currency: str,
) -> Sequence[Any]:
    """Rows of (day, type, currency, kind, total, n) on local days [start, end): sums per
    direction, currency and category kind (NULL: uncategorised), which is all a summary needs.
    Amounts in `base_currency` need no rate, so they are not split by day (day is NULL): a month
    is a handful of rows, not one per day and category. A split transaction is counted by its
    parts, each by its category's kind. Index-only on ix_transactions_user_id_occurred_at_id,
    which carries the columns summed and grouped (migration 0023)."""
    params = _window(user_id, start, end, tz)
    params["base_currency"] = base_currency
    return await _TOTALS_BY_KIND.rows(session, params)


async def transaction_rows(
    session: AsyncSession, user_id: uuid.UUID, start: date, end: date, *, tz: str
) -> Sequence[Any]:
    """One row per transaction on local days [start, end): what recurring detection looks at."""
    rows = await session.execute(
        select(
            Transaction.id,
            local_day(tz).label("day"),
            Transaction.type,
            Transaction.currency,
            Transaction.amount,
            Transaction.category_id,
            Transaction.transactor_id,
        ).where(*_in_days(user_id, start, end, tz))
    )
    return rows.all()
