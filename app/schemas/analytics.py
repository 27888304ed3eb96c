"""Report shapes. Every amount is in the user's base currency (`currency`); what could not be
converted is listed in `unconverted` instead of being guessed."""

import uuid
from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

from app.schemas.money import MoneyTotal, RateUsed, Unconverted

Percent = Decimal


class Report(BaseModel):
    currency: str
    unconverted: list[Unconverted]
    rates_used: list[RateUsed] = Field(description="the rate days foreign amounts converted at")


class FlowTotals(BaseModel):
    income: MoneyTotal
    expense: MoneyTotal = Field(description="spending less refunds; transfers excluded")
    net: MoneyTotal
    savings_rate: Percent | None = Field(description="net / income x 100; null without income")


class Summary(Report, FlowTotals):
    date_from: date
    date_to: date
    transaction_count: int


class CategorySpend(BaseModel):
    category_id: uuid.UUID | None = Field(description="null: uncategorised")
    name: str
    parent_id: uuid.UUID | None
    amount: MoneyTotal
    share: Percent = Field(description="percent of the total")
    count: int


class SpendByCategory(Report):
    date_from: date
    date_to: date
    total: MoneyTotal
    items: list[CategorySpend]


class TrendMonth(FlowTotals):
    month: date


class MonthlyTrend(Report):
    months: list[TrendMonth]


class MerchantSpend(BaseModel):
    transactor_id: uuid.UUID
    name: str
    amount: MoneyTotal
    count: int


class TopMerchants(Report):
    date_from: date
    date_to: date
    items: list[MerchantSpend]


class CashFlowBucket(BaseModel):
    period_start: date
    inflow: MoneyTotal
    outflow: MoneyTotal
    net: MoneyTotal
    cumulative: MoneyTotal


class CashFlow(Report):
    date_from: date
    date_to: date
    interval: Literal["day", "week", "month"]
    buckets: list[CashFlowBucket]


RecurringStatus = Literal["detected", "confirmed", "dismissed"]


class RecurringStateUpdate(BaseModel):
    currency: str = Field(pattern=r"^[A-Z]{3}$", description="the series' own currency")
    state: Literal["confirmed", "dismissed"]


class RecurringStateOut(BaseModel):
    transactor_id: uuid.UUID
    currency: str
    status: RecurringStatus


class RecurringPayment(BaseModel):
    transactor_id: uuid.UUID
    transactor_name: str
    category_id: uuid.UUID | None
    cadence: Literal["weekly", "fortnightly", "monthly", "quarterly", "yearly"]
    interval_days: int = Field(description="median days between payments")
    kind: Literal["subscription", "recurring"]
    occurrences: int
    currency: str = Field(description="the payments' own currency")
    typical_amount: MoneyTotal
    first_date: date
    last_date: date
    next_expected_date: date
    next_expected_amount: MoneyTotal
    next_expected_amount_base: MoneyTotal | None = Field(description="in your base currency")
    active: bool
    status: RecurringStatus = Field(
        description="detected (not reviewed), confirmed or dismissed by you; a dismissed series "
        "is listed only with include_dismissed and is left out of the forecast"
    )


class Recurring(Report):
    as_of: date
    items: list[RecurringPayment]


class CategoryForecast(BaseModel):
    category_id: uuid.UUID | None
    name: str
    amount: MoneyTotal
    baseline: MoneyTotal = Field(description="median non-recurring spending of the last 3 months")
    recurring_due: MoneyTotal = Field(description="recurring payments expected in the month")
    history: list[MoneyTotal] = Field(description="non-recurring spending of those 3 months")
    low: MoneyTotal = Field(description="the cheapest of those months plus the recurring due")
    high: MoneyTotal = Field(description="the dearest of those months plus the recurring due")


class Forecast(Report):
    month: date
    method: str
    total: MoneyTotal
    low: MoneyTotal = Field(description="sum of the categories' low ends")
    high: MoneyTotal = Field(description="sum of the categories' high ends")
    categories: list[CategoryForecast]
