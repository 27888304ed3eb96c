"""Report shapes. Every amount is in the user's base currency (`currency`); what could not be
converted is listed in `unconverted` instead of being guessed."""

import uuid
from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

from app.schemas.money import Money, Unconverted

Percent = Decimal


class Report(BaseModel):
    currency: str
    unconverted: list[Unconverted]


class Summary(Report):
    date_from: date
    date_to: date
    income: Money
    expense: Money = Field(description="spending less refunds; transfers excluded")
    net: Money
    savings_rate: Percent | None = Field(description="net / income x 100; null without income")
    transaction_count: int


class CategorySpend(BaseModel):
    category_id: uuid.UUID | None = Field(description="null: uncategorised")
    name: str
    parent_id: uuid.UUID | None
    amount: Money
    share: Percent = Field(description="percent of the total")
    count: int


class SpendByCategory(Report):
    date_from: date
    date_to: date
    total: Money
    items: list[CategorySpend]


class TrendMonth(BaseModel):
    month: date
    income: Money
    expense: Money
    net: Money
    savings_rate: Percent | None


class MonthlyTrend(Report):
    months: list[TrendMonth]


class MerchantSpend(BaseModel):
    transactor_id: uuid.UUID
    name: str
    amount: Money
    count: int


class TopMerchants(Report):
    date_from: date
    date_to: date
    items: list[MerchantSpend]


class CashFlowBucket(BaseModel):
    period_start: date
    inflow: Money
    outflow: Money
    net: Money
    cumulative: Money


class CashFlow(Report):
    date_from: date
    date_to: date
    interval: Literal["day", "week", "month"]
    buckets: list[CashFlowBucket]


class RecurringPayment(BaseModel):
    transactor_id: uuid.UUID
    transactor_name: str
    category_id: uuid.UUID | None
    cadence: Literal["weekly", "fortnightly", "monthly", "quarterly", "yearly"]
    interval_days: int = Field(description="median days between payments")
    kind: Literal["subscription", "recurring"]
    occurrences: int
    currency: str = Field(description="the payments' own currency")
    typical_amount: Money
    first_date: date
    last_date: date
    next_expected_date: date
    next_expected_amount: Money
    next_expected_amount_base: Money | None = Field(description="in your base currency")
    active: bool


class Recurring(Report):
    as_of: date
    items: list[RecurringPayment]


class CategoryForecast(BaseModel):
    category_id: uuid.UUID | None
    name: str
    amount: Money
    baseline: Money = Field(description="median non-recurring spending of the last 3 months")
    recurring_due: Money = Field(description="recurring payments expected in the month")
    history: list[Money] = Field(description="non-recurring spending of those 3 months")


class Forecast(Report):
    month: date
    method: str
    total: Money
    categories: list[CategoryForecast]
