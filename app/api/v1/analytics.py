"""/api/v1/analytics: reports in your base currency (definitions: docs/analytics.md)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import CurrentIdentity, ReadSessionDep, SessionDep
from app.schemas.analytics import (
    CashFlow,
    Forecast,
    MonthlyTrend,
    Recurring,
    RecurringStateOut,
    RecurringStateUpdate,
    SpendByCategory,
    Summary,
    TopMerchants,
)
from app.schemas.common import CalendarDay
from app.services import analytics, forecasting

router = APIRouter(prefix="/analytics", tags=["analytics"])

DateFrom = Annotated[
    CalendarDay | None, Query(description="first day (your time zone); default: 1st of the month")
]
DateTo = Annotated[CalendarDay | None, Query(description="last day, included; default: today")]
AsOf = Annotated[CalendarDay | None, Query(description="report as on this day; default: today")]


@router.get("/summary", response_model=Summary)
async def summary(
    user: CurrentIdentity,
    session: ReadSessionDep,
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> Summary:
    """Income, expense (refunds subtracted, transfers excluded), net and savings rate."""
    first, last = analytics.resolve_period(date_from, date_to, user.timezone)
    return await analytics.summary(session, user, first, last)


@router.get("/spend-by-category", response_model=SpendByCategory)
async def spend_by_category(
    user: CurrentIdentity,
    session: ReadSessionDep,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    rollup: Annotated[bool, Query(description="fold subcategories into their parent")] = False,
    side: Annotated[
        analytics.Side, Query(description="expense: spending less refunds; income: money in")
    ] = "expense",
) -> SpendByCategory:
    first, last = analytics.resolve_period(date_from, date_to, user.timezone)
    return await analytics.spend_by_category(session, user, first, last, rollup=rollup, side=side)


@router.get("/monthly-trend", response_model=MonthlyTrend)
async def monthly_trend(
    user: CurrentIdentity,
    session: ReadSessionDep,
    months: Annotated[int, Query(ge=1, le=60)] = 12,
    as_of: AsOf = None,
) -> MonthlyTrend:
    return await analytics.monthly_trend(session, user, months=months, as_of=as_of)


@router.get("/top-merchants", response_model=TopMerchants)
async def top_merchants(
    user: CurrentIdentity,
    session: ReadSessionDep,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> TopMerchants:
    first, last = analytics.resolve_period(date_from, date_to, user.timezone)
    return await analytics.top_merchants(session, user, first, last, limit=limit)


@router.get("/cash-flow", response_model=CashFlow)
async def cash_flow(
    user: CurrentIdentity,
    session: ReadSessionDep,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    interval: analytics.Interval = "day",
    week_start: Annotated[
        int, Query(ge=1, le=7, description="weeks start on this day: 1 Monday … 7 Sunday")
    ] = 1,
) -> CashFlow:
    first, last = analytics.resolve_period(date_from, date_to, user.timezone)
    return await analytics.cash_flow(
        session, user, first, last, interval=interval, week_start=week_start
    )


@router.get("/recurring", response_model=Recurring)
async def recurring(
    user: CurrentIdentity,
    session: ReadSessionDep,
    as_of: AsOf = None,
    include_inactive: bool = False,
    include_dismissed: Annotated[bool, Query(description="list dismissed series too")] = False,
) -> Recurring:
    """Payments to one merchant that repeat (same amount within 10 %, regular interval), with
    the next expected date and amount, and your word on each (`status`)."""
    return await forecasting.recurring_payments(
        session,
        user,
        as_of=as_of,
        include_inactive=include_inactive,
        include_dismissed=include_dismissed,
    )


@router.put("/recurring/{transactor_id}/state", response_model=RecurringStateOut)
async def set_recurring_state(
    transactor_id: uuid.UUID,
    data: RecurringStateUpdate,
    user: CurrentIdentity,
    session: SessionDep,
) -> RecurringStateOut:
    """Confirm a detected series, or dismiss it (hidden from the list and the forecast's
    expected payments for good)."""
    return await forecasting.set_recurring_state(session, user, transactor_id, data)


@router.delete("/recurring/{transactor_id}/state", response_model=RecurringStateOut)
async def clear_recurring_state(
    transactor_id: uuid.UUID,
    user: CurrentIdentity,
    session: SessionDep,
    currency: Annotated[str, Query(pattern=r"^[A-Z]{3}$")],
) -> RecurringStateOut:
    """Forget your word on a series: it is "detected" again."""
    return await forecasting.clear_recurring_state(session, user, transactor_id, currency)


@router.get("/forecast", response_model=Forecast)
async def forecast(user: CurrentIdentity, session: ReadSessionDep, as_of: AsOf = None) -> Forecast:
    """Next month's spending per category; `method` says how it is computed."""
    return await forecasting.forecast(session, user, as_of=as_of)
