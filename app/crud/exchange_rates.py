from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select, union_all
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import ExchangeRate


async def rates_for_window(session: AsyncSession, start: date, end: date) -> Sequence[Any]:
    """Every rate dated inside [start, end], plus each pair's latest rate before start: all a
    conversion of any day in the window can need."""
    inside = select(ExchangeRate).where(ExchangeRate.as_of.between(start, end))
    before = (
        select(ExchangeRate)
        .where(ExchangeRate.as_of < start)
        .distinct(ExchangeRate.base, ExchangeRate.quote)
        .order_by(ExchangeRate.base, ExchangeRate.quote, ExchangeRate.as_of.desc())
    )
    both = union_all(inside, before.subquery().select()).subquery()
    rows = await session.execute(select(both.c.base, both.c.quote, both.c.as_of, both.c.rate))
    return rows.all()


async def list_page(
    session: AsyncSession, *, base: str | None, quote: str | None, offset: int, limit: int
) -> tuple[Sequence[ExchangeRate], int]:
    query = select(ExchangeRate)
    if base:
        query = query.where(ExchangeRate.base == base)
    if quote:
        query = query.where(ExchangeRate.quote == quote)
    total = await session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = await session.scalars(
        query.order_by(ExchangeRate.as_of.desc(), ExchangeRate.base, ExchangeRate.quote)
        .offset(offset)
        .limit(limit)
    )
    return rows.all(), total


async def upsert(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """Insert rates; a rate for the same pair and day replaces the stored one."""
    statement = insert(ExchangeRate).values(rows)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[ExchangeRate.base, ExchangeRate.quote, ExchangeRate.as_of],
            set_={"rate": statement.excluded.rate, "source": "admin", "updated_at": func.now()},
        )
    )


async def upsert_reference(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """Insert ECB rates; one replaces a stored ECB rate for the same pair and day, never an
    admin's."""
    statement = insert(ExchangeRate).values(rows)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[ExchangeRate.base, ExchangeRate.quote, ExchangeRate.as_of],
            set_={"rate": statement.excluded.rate, "updated_at": func.now()},
            where=ExchangeRate.source == "ecb",
        )
    )
