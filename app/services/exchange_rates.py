"""Exchange rates: the shared table reports convert with, and its admin upkeep.

A conversion takes the rate of its own day (the latest on or before it) from, in order: an
admin's rate, ECB's rates refreshed into the table, and ECB's history bundled with the code
(app.analytics.ecb), so reports convert offline and without anybody typing rates. ECB quotes
every currency against EUR; RateTable crosses through EUR where no direct pair is stored."""

import asyncio
import uuid
from collections.abc import Collection, Sequence
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.analytics import ecb
from app.analytics.fx import Converter, Rate, RateTable
from app.crud import exchange_rates as rates_crud
from app.models import ExchangeRate
from app.schemas.exchange_rate import ExchangeRateUpsert
from app.services import reference


async def rate_table(session: AsyncSession, first_day: date, last_day: date) -> RateTable:
    """Every rate a conversion of an amount dated within [first_day, last_day] can need (kept
    per process for a few seconds: app.services.reference)."""
    table = reference.cached_rates(first_day, last_day)
    if table is None:
        table = await _read_rate_table(session, first_day, last_day)
        reference.keep_rates(first_day, last_day, table)
    return table


async def _read_rate_table(session: AsyncSession, first_day: date, last_day: date) -> RateTable:
    rows = await rates_crud.rates_for_window(session, first_day, last_day)
    stored = [Rate(row.base, row.quote, row.as_of, row.rate) for row in rows]
    # A stored rate (either direction) replaces the bundled one for its pair and day.
    taken = {(r.base, r.quote, r.as_of) for r in stored}
    taken |= {(r.quote, r.base, r.as_of) for r in stored}
    bundled = await asyncio.to_thread(ecb.bundled_window, first_day, last_day)
    return RateTable([*(r for r in bundled if (r.base, r.quote, r.as_of) not in taken), *stored])


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
    reference.rates_changed()
    await rates_crud.upsert(
        session,
        [
            {"id": uuid.uuid4(), "base": base, "quote": quote, "as_of": as_of, "rate": rate.rate}
            for (base, quote, as_of), rate in unique.items()
        ],
    )
    return len(unique)


async def save_reference_rates(session: AsyncSession, rates: list[Rate]) -> int:
    """Store ECB's rates dated after the bundled series (older days are in it already); an
    admin's rate for the same pair and day is kept. Returns how many were newer."""
    newest_bundled = await asyncio.to_thread(ecb.bundled_last_day)
    rows = [
        {"id": uuid.uuid4(), "base": r.base, "quote": r.quote, "as_of": r.as_of, "rate": r.rate}
        for r in rates
        if r.as_of > newest_bundled
    ]
    reference.rates_changed()
    for start in range(0, len(rows), 1000):  # within PostgreSQL's bind-parameter limit
        await rates_crud.upsert_reference(
            session, [{**row, "source": "ecb"} for row in rows[start : start + 1000]]
        )
    return len(rows)
