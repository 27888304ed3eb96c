"""Recurring payments detected from history, and next month's forecast per category
(definitions in app.analytics.recurring, app.analytics.forecast and docs/analytics.md)."""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.analytics.classify import CategoryTree, classify
from app.analytics.forecast import HISTORY_MONTHS, forecast_next_month
from app.analytics.fx import Converter, cents
from app.analytics.periods import add_months, month_start
from app.analytics.recurring import Payment, RecurringSeries, detect_recurring
from app.core.errors import NotFound
from app.core.timezones import local_today
from app.crud import recurring_states, reports
from app.crud import transactors as transactors_crud
from app.schemas.analytics import (
    CategoryForecast,
    Forecast,
    Recurring,
    RecurringPayment,
    RecurringStateOut,
    RecurringStateUpdate,
)
from app.services import exchange_rates, reference
from app.services.auth import Identity

LOOKBACK_DAYS = 730  # two years: three payments of a yearly subscription fit
FORECAST_METHOD = (
    "Per category: the median of the last 3 complete months' spending, leaving out payments "
    "of detected recurring series, plus every active recurring payment expected in the month "
    "(see docs/analytics.md)."
)


async def _history(
    session: AsyncSession, user: Identity, first: date, as_of: date
) -> tuple[Sequence[Any], list[RecurringSeries], CategoryTree, Converter]:
    rows = await reports.transaction_rows(
        session, user.id, first, as_of + timedelta(days=1), tz=user.timezone
    )
    payments = [
        Payment(row.id, row.transactor_id, row.currency, row.amount, row.day, row.category_id)
        for row in rows
        if row.type == "debit" and row.transactor_id is not None
    ]
    tree = await reference.category_tree(session, user.id)
    converter = await exchange_rates.converter(session, user.base_currency, first, as_of)
    return rows, detect_recurring(payments, as_of), tree, converter


load_history = _history  # for app.services.insights: the same history, read the same way


async def recurring_payments(
    session: AsyncSession,
    user: Identity,
    *,
    as_of: date | None,
    include_inactive: bool,
    include_dismissed: bool = False,
) -> Recurring:
    as_of = as_of or local_today(user.timezone)
    _, found, _, converter = await _history(
        session, user, as_of - timedelta(days=LOOKBACK_DAYS), as_of
    )
    states = await recurring_states.states_for_user(session, user.id)

    def status(series: RecurringSeries) -> str:
        return states.get((series.transactor_id, series.currency), "detected")

    shown = [
        s
        for s in found
        if (s.active or include_inactive) and (include_dismissed or status(s) != "dismissed")
    ]
    names = {
        t.id: t.name
        for t in await transactors_crud.get_many_for_user(
            session, user.id, [s.transactor_id for s in shown]
        )
    }
    items = []
    for series in shown:
        in_base = converter.convert(series.next_expected_amount, series.currency, as_of)
        items.append(
            RecurringPayment(
                transactor_id=series.transactor_id,
                transactor_name=names.get(series.transactor_id, ""),
                category_id=series.category_id,
                cadence=series.cadence,
                interval_days=series.interval_days,
                kind=series.kind,
                occurrences=series.occurrences,
                currency=series.currency,
                typical_amount=cents(series.typical_amount),
                first_date=series.first_on,
                last_date=series.last_on,
                next_expected_date=series.next_expected_on,
                next_expected_amount=cents(series.next_expected_amount),
                next_expected_amount_base=cents(in_base) if in_base is not None else None,
                active=series.active,
                status=status(series),
            )
        )
    return Recurring(
        as_of=as_of,
        currency=user.base_currency,
        items=items,
        unconverted=converter.unconverted(),
        rates_used=converter.rates_used(),
    )


async def forecast(session: AsyncSession, user: Identity, *, as_of: date | None) -> Forecast:
    """Spending forecast for the month after as_of's month (the user's months)."""
    as_of = as_of or local_today(user.timezone)
    this_month = month_start(as_of)
    target = add_months(this_month, 1)
    history_months = [add_months(this_month, -i) for i in range(HISTORY_MONTHS, 0, -1)]
    first = min(as_of - timedelta(days=LOOKBACK_DAYS), history_months[0])
    rows, detected, tree, converter = await _history(session, user, first, as_of)
    # A series the user dismissed is not recurring: its payments are ordinary spending.
    states = await recurring_states.states_for_user(session, user.id)
    found = [s for s in detected if states.get((s.transactor_id, s.currency)) != "dismissed"]

    in_series = {payment_id for series in found for payment_id in series.payment_ids}
    spend: dict[uuid.UUID | None, dict[date, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for row in rows:
        month = month_start(row.day)
        flow = classify(row.type, tree.kind(row.category_id))
        if month not in history_months or row.id in in_series or flow not in ("expense", "refund"):
            continue
        value = converter.convert(row.amount, row.currency, row.day)
        if value is not None:
            spend[row.category_id][month] += value if flow == "expense" else -value

    due: dict[uuid.UUID | None, Decimal] = defaultdict(Decimal)
    for series in found:
        if not series.active or classify("debit", tree.kind(series.category_id)) != "expense":
            continue
        times = len(series.occurrences_between(target, add_months(target, 1)))
        value = converter.convert(series.next_expected_amount * times, series.currency, as_of)
        if times and value is not None:
            due[series.category_id] += value

    forecasts = [f for f in forecast_next_month(spend, due, history_months) if f.amount > 0]
    return Forecast(
        month=target,
        method=FORECAST_METHOD,
        currency=user.base_currency,
        total=cents(sum((f.amount for f in forecasts), Decimal(0))),
        low=cents(sum((f.low for f in forecasts), Decimal(0))),
        high=cents(sum((f.high for f in forecasts), Decimal(0))),
        categories=[
            CategoryForecast(
                category_id=f.category_id,
                name=tree.names.get(f.category_id, "Uncategorised")
                if f.category_id
                else "Uncategorised",
                amount=cents(f.amount),
                baseline=cents(f.baseline),
                recurring_due=cents(f.recurring_due),
                history=[cents(h) for h in f.history],
                low=cents(f.low),
                high=cents(f.high),
            )
            for f in forecasts
        ],
        unconverted=converter.unconverted(),
        rates_used=converter.rates_used(),
    )


async def set_recurring_state(
    session: AsyncSession, user: Identity, transactor_id: uuid.UUID, data: RecurringStateUpdate
) -> RecurringStateOut:
    """Confirm or dismiss the series of one transactor in one currency; the word is kept for
    good (a dismissed series stays dismissed however many more payments arrive)."""
    if await transactors_crud.get_for_user(session, user.id, transactor_id) is None:
        raise NotFound("No such merchant.")
    await recurring_states.set_state(session, user.id, transactor_id, data.currency, data.state)
    return RecurringStateOut(transactor_id=transactor_id, currency=data.currency, status=data.state)


async def clear_recurring_state(
    session: AsyncSession, user: Identity, transactor_id: uuid.UUID, currency: str
) -> RecurringStateOut:
    """Back to "detected" (undo a confirm or a dismiss)."""
    if await transactors_crud.get_for_user(session, user.id, transactor_id) is None:
        raise NotFound("No such merchant.")
    await recurring_states.clear_state(session, user.id, transactor_id, currency)
    return RecurringStateOut(transactor_id=transactor_id, currency=currency, status="detected")
