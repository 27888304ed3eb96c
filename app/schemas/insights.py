"""GET /api/v1/insights: budget suggestions, this month against your usual, unusual payments and
subscription price changes, each with the numbers behind it (docs/analytics.md, "Insights").
Category amounts are in the base currency (`currency`); a payment's own amounts are in its
currency."""

import uuid
from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

from app.schemas.analytics import Report
from app.schemas.money import MoneyTotal


class MonthTotal(BaseModel):
    month: date
    amount: MoneyTotal


class CurrentBudget(BaseModel):
    id: uuid.UUID
    amount: MoneyTotal
    currency: str


class BudgetSuggestion(BaseModel):
    category_id: uuid.UUID
    name: str
    suggested: MoneyTotal = Field(description="median of monthly_totals, rounded up to a unit")
    median: MoneyTotal
    mean: MoneyTotal = Field(description="for comparison: what one spike does to an average")
    months_with_spending: int
    monthly_totals: list[MonthTotal] = Field(description="the last 6 full months, oldest first")
    current_budget: CurrentBudget | None = Field(description="your budget for it, if any")


class CategoryVsUsual(BaseModel):
    category_id: uuid.UUID | None = Field(description="null: uncategorised")
    name: str
    this_month: MoneyTotal = Field(description="spending less refunds, 1st of month to as_of")
    usual_to_date: MoneyTotal = Field(
        description="median over the last 6 full months of their spending on the same days"
    )
    usual_month: MoneyTotal = Field(description="median of those months' full totals")
    difference: MoneyTotal
    percent: Decimal | None = Field(description="difference / usual_to_date x 100")
    status: Literal["above", "below", "as_usual", "new"]


class UnusualTransaction(BaseModel):
    transaction_id: uuid.UUID
    transactor_id: uuid.UUID
    merchant: str
    date: date
    amount: MoneyTotal
    currency: str
    median: MoneyTotal = Field(description="of the merchant's earlier payments (same currency)")
    mad: Decimal = Field(description="their median absolute deviation")
    z_score: Decimal = Field(description="0.6745 x (amount - median) / max(MAD, 5 % of median)")
    history_count: int


class SubscriptionPriceChange(BaseModel):
    transactor_id: uuid.UUID
    merchant: str
    currency: str
    cadence: str
    old_amount: MoneyTotal
    new_amount: MoneyTotal
    change: MoneyTotal
    percent: Decimal
    changed_on: date = Field(description="the first payment at the new price")
    payments_at_old_price: int
    payments_at_new_price: int


class Insights(Report):
    as_of: date
    history_months: list[date] = Field(description="the full months the usual is taken from")
    budget_suggestions: list[BudgetSuggestion]
    month_vs_usual: list[CategoryVsUsual]
    unusual_transactions: list[UnusualTransaction]
    price_changes: list[SubscriptionPriceChange]
