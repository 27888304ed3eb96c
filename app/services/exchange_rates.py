"""Exchange rates: the shared table reports convert with, and its admin upkeep."""

import uuid
from collections.abc import Collection, Sequence
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.analytics.fx import Converter, Rate, RateTable
from app.crud import exchange_rates as rates_crud
from app.models import ExchangeRate
from app.schemas.exchange_rate import ExchangeRateUpsert


async def rate_table(session: AsyncSession, first_day: date, last_day: date) -> RateTable:
    """Every rate a conversion of an amount dated within [first_day, last_day] can need."""
    rows = await rates_crud.rates_for_window(session, first_day, last_day)
    return RateTable(Rate(row.base, row.quote, row.as_of, row.rate) for row in rows)


async def converter(
    session: AsyncSession,
    target: str,
    first_day: date,
    last_day: date,
    *,
    currencies: Collection[str] | None = None,
) -> Converter:
    """A converter into `target` for amounts dated within [first_day, last_day]. Given the
    `currencies` to convert from, no rates are read when they are all `target` already."""
    if currencies is not None and set(currencies) <= {target}:
        return Converter(RateTable(()), target)
    return Converter(await rate_table(session, first_day, last_day), target)


async def list_rates(
    session: AsyncSession, *, base: str | None, quote: str | None, offset: int, limit: int
) -> tuple[Sequence[ExchangeRate], int]:
    return await rates_crud.list_page(session, base=base, quote=quote, offset=offset, limit=limit)


async def upsert_rates(session: AsyncSession, data: ExchangeRateUpsert) -> int:
    """Save rates; one for the same pair and day replaces the old. The last of duplicates in
    one request wins."""
    unique = {(r.base, r.quote, r.as_of): r for r in data.rates}
    await rates_crud.upsert(
        session,
        [
            {"id": uuid.uuid4(), "base": base, "quote": quote, "as_of": as_of, "rate": rate.rate}
            for (base, quote, as_of), rate in unique.items()
        ],
    )
    return len(unique)
