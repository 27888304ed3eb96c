"""Reports over the ledger, in the user's base currency (docs/analytics.md defines each one).

Totals come from one aggregate query per report, grouped by the user's local day (their time
zone) and currency, and are converted with the rate of each day. Income, expense, refund and
transfer follow app.analytics.classify. What cannot be converted is reported, never guessed.
"""

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Literal

from sqlalchemy.ext.asyncio import AsyncSession

from app.analytics.classify import CategoryTree, Flow, classify
from app.analytics.fx import Converter, cents
from app.analytics.periods import add_months, month_start
from app.core.errors import BadRequest
from app.core.timezones import local_today
from app.crud import reports
from app.crud import transactors as transactors_crud
from app.schemas.analytics import (
    CashFlow,
    CashFlowBucket,
    CategorySpend,
    FlowTotals,
    MerchantSpend,
    MonthlyTrend,
    SpendByCategory,
    Summary,
    TopMerchants,
    TrendMonth,
)
from app.services import exchange_rates, reference
from app.services.auth import Identity

MAX_SPAN_DAYS = 5 * 366
PERCENT = Decimal("0.1")
UNCATEGORISED = "Uncategorised"
Interval = Literal["day", "week", "month"]
Side = Literal["expense", "income"]


def resolve_period(date_from: date | None, date_to: date | None, tz: str) -> tuple[date, date]:
    """Default: this month up to today, where the user is (zone tz). Both days are included."""
    last = date_to or local_today(tz)
    first = date_from or month_start(last)
    if first > last:
        raise BadRequest("date_from must not be after date_to.", code="invalid_period")
    if (last - first).days > MAX_SPAN_DAYS:
        raise BadRequest("A report covers at most five years.", code="period_too_long")
    return first, last


class _Ledger:
    """The aggregate rows of a period with what is needed to read them."""

    def __init__(self, rows: Sequence[Any], tree: CategoryTree, converter: Converter) -> None:
        self.rows, self.tree, self.converter = rows, tree, converter

    def flows(self) -> Iterator[tuple[Any, Flow, Decimal]]:
        return _flows(self.rows, lambda row: self.tree.kind(row.category_id), self.converter)


def _flows(
    rows: Sequence[Any], kind_of: Callable[[Any], str | None], converter: Converter
) -> Iterator[tuple[Any, Flow, Decimal]]:
    """(row, flow, amount in the base currency), transfers and unconvertible rows left out."""
    for row in rows:
        flow = classify(row.type, kind_of(row))
        if flow == "transfer":
            continue
        value = converter.convert(row.total, row.currency, row.day, row.n)
        if value is not None:
            yield row, flow, value


async def _ledger(
    session: AsyncSession, user: Identity, first: date, last: date, *, by_transactor: bool = False
) -> _Ledger:
    rows = await reports.daily_totals(
        session,
        user.id,
        first,
        last + timedelta(days=1),
        tz=user.timezone,
        by_transactor=by_transactor,
    )
    tree = await reference.category_tree(session, user.id)
    converter = await exchange_rates.converter(session, user.base_currency, first, last)
    return _Ledger(rows, tree, converter)


def _rate(part: Decimal, whole: Decimal) -> Decimal | None:
    return (part * 100 / whole).quantize(PERCENT) if whole > 0 else None


def _totals(flows: Iterator[tuple[Any, Flow, Decimal]]) -> FlowTotals:
    income = expense = Decimal(0)
    for _, flow, value in flows:
        if flow == "income":
            income += value
        else:
            expense += value if flow == "expense" else -value
    return FlowTotals(
        income=cents(income),
        expense=cents(expense),
        net=cents(income - expense),
        savings_rate=_rate(income - expense, income),
    )


async def summary(session: AsyncSession, user: Identity, first: date, last: date) -> Summary:
    """From one aggregate by category kind (no category tree to load), and exchange rates only
    when some amounts are in another currency."""
    base = user.base_currency
    rows = await reports.totals_by_kind(
        session, user.id, first, last + timedelta(days=1), tz=user.timezone, base_currency=base
    )
    converter = await exchange_rates.converter(
        session, base, first, last, currencies={row.currency for row in rows}
    )

    return Summary(
        date_from=first,
        date_to=last,
        currency=base,
        **_totals(_flows(rows, lambda row: row.kind, converter)).model_dump(),
        transaction_count=sum(row.n for row in rows),
        unconverted=converter.unconverted(),
        rates_used=converter.rates_used(),
    )


async def spend_by_category(
    session: AsyncSession,
    user: Identity,
    first: date,
    last: date,
    *,
    rollup: bool,
    side: Side = "expense",
) -> SpendByCategory:
    """Spending (refunds subtracted) per category, or with side="income" the income per
    category (where the money came from); `rollup` folds subcategories into their parent."""
    ledger = await _ledger(session, user, first, last)
    amounts: dict[uuid.UUID | None, Decimal] = defaultdict(Decimal)
    counts: dict[uuid.UUID | None, int] = defaultdict(int)
    for row, flow, value in ledger.flows():
        if (flow == "income") != (side == "income"):
            continue
        key = ledger.tree.top_level(row.category_id) if rollup else row.category_id
        amounts[key] += -value if flow == "refund" else value
        counts[key] += 0 if flow == "refund" else row.n
    total = sum(amounts.values(), Decimal(0))

    def name(key: uuid.UUID | None) -> str:
        return ledger.tree.names.get(key, UNCATEGORISED) if key else UNCATEGORISED

    ordered = sorted(amounts.items(), key=lambda item: (-item[1], name(item[0])))
    items = [
        CategorySpend(
            category_id=key,
            name=name(key),
            parent_id=ledger.tree.parents.get(key) if key else None,
            amount=cents(amount),
            share=_rate(amount, total) or Decimal(0),
            count=counts[key],
        )
        for key, amount in ordered
    ]
    return SpendByCategory(
        date_from=first,
        date_to=last,
        currency=user.base_currency,
        total=cents(total),
        items=items,
        unconverted=ledger.converter.unconverted(),
        rates_used=ledger.converter.rates_used(),
    )


async def monthly_trend(
    session: AsyncSession, user: Identity, *, months: int, as_of: date | None
) -> MonthlyTrend:
    """Income, expense, net and savings rate for the `months` months ending with as_of's."""
    last_month = month_start(as_of or local_today(user.timezone))
    first = add_months(last_month, -(months - 1))
    ledger = await _ledger(session, user, first, add_months(last_month, 1) - timedelta(days=1))
    by_month: dict[date, list[tuple[Any, Flow, Decimal]]] = defaultdict(list)
    for flow in ledger.flows():
        by_month[month_start(flow[0].day)].append(flow)
    return MonthlyTrend(
        currency=user.base_currency,
        months=[
            TrendMonth(month=month, **_totals(iter(by_month[month])).model_dump())
            for month in (add_months(first, i) for i in range(months))
        ],
        unconverted=ledger.converter.unconverted(),
        rates_used=ledger.converter.rates_used(),
    )


async def top_merchants(
    session: AsyncSession, user: Identity, first: date, last: date, *, limit: int
) -> TopMerchants:
    """Where the money went: spending (refunds subtracted) per transactor, largest first."""
    ledger = await _ledger(session, user, first, last, by_transactor=True)
    amounts: dict[uuid.UUID, Decimal] = defaultdict(Decimal)
    counts: dict[uuid.UUID, int] = defaultdict(int)
    for row, flow, value in ledger.flows():
        if flow == "income" or row.transactor_id is None:
            continue
        amounts[row.transactor_id] += value if flow == "expense" else -value
        counts[row.transactor_id] += row.n if flow == "expense" else 0
    top = sorted(amounts.items(), key=lambda item: (-item[1], str(item[0])))[:limit]
    names = {
        t.id: t.name
        for t in await transactors_crud.get_many_for_user(session, user.id, [k for k, _ in top])
    }
    return TopMerchants(
        date_from=first,
        date_to=last,
        currency=user.base_currency,
        items=[
            MerchantSpend(
                transactor_id=key, name=names.get(key, ""), amount=cents(amount), count=counts[key]
            )
            for key, amount in top
        ],
        unconverted=ledger.converter.unconverted(),
        rates_used=ledger.converter.rates_used(),
    )


def bucket_start(day: date, interval: Interval, week_start: int = 1) -> date:
    """The bucket's first day; weeks start on `week_start` (ISO: 1 Monday … 7 Sunday)."""
    if interval == "week":
        return day - timedelta(days=(day.isoweekday() - week_start) % 7)
    return month_start(day) if interval == "month" else day


def _buckets(first: date, last: date, interval: Interval, week_start: int) -> list[date]:
    starts, current = [], bucket_start(first, interval, week_start)
    while current <= last:
        starts.append(current)
        if interval == "month":
            current = add_months(current, 1)
        else:
            current += timedelta(days=7 if interval == "week" else 1)
    return starts


async def cash_flow(
    session: AsyncSession,
    user: Identity,
    first: date,
    last: date,
    *,
    interval: Interval,
    week_start: int = 1,
) -> CashFlow:
    """Money in (income) and out (spending less refunds) per day, week or month, with the
    running net; every bucket of the period is listed, empty ones as zero."""
    ledger = await _ledger(session, user, first, last)
    inflow: dict[date, Decimal] = defaultdict(Decimal)
    outflow: dict[date, Decimal] = defaultdict(Decimal)
    for row, flow, value in ledger.flows():
        start = bucket_start(row.day, interval, week_start)
        if flow == "income":
            inflow[start] += value
        else:
            outflow[start] += value if flow == "expense" else -value
    buckets, running = [], Decimal(0)
    for start in _buckets(first, last, interval, week_start):
        running += inflow[start] - outflow[start]
        buckets.append(
            CashFlowBucket(
                period_start=start,
                inflow=cents(inflow[start]),
                outflow=cents(outflow[start]),
                net=cents(inflow[start] - outflow[start]),
                cumulative=cents(running),
            )
        )
    return CashFlow(
        date_from=first,
        date_to=last,
        interval=interval,
        currency=user.base_currency,
        buckets=buckets,
        unconverted=ledger.converter.unconverted(),
        rates_used=ledger.converter.rates_used(),
    )
