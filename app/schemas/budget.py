import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

from app.schemas.money import CurrencyCode, Money, MoneyTotal, PositiveMoney, Unconverted


class BudgetCreate(BaseModel):
    category_id: uuid.UUID | None = Field(None, description="null: an overall budget")
    amount: PositiveMoney
    currency: CurrencyCode | None = Field(None, description="default: your base currency")
    period: Literal["monthly"] = "monthly"
    rollover: bool = Field(False, description="carry what is left (or overspent) to next month")
    starts_on: date | None = Field(None, description="default: the first of this month")


class BudgetUpdate(BaseModel):
    amount: PositiveMoney | None = None
    currency: CurrencyCode | None = None
    rollover: bool | None = None
    starts_on: date | None = None


class BudgetStatus(BaseModel):
    id: uuid.UUID
    category_id: uuid.UUID | None
    category_name: str | None
    amount: Money
    currency: str
    period: Literal["monthly"]
    rollover: bool
    starts_on: date
    period_start: date
    period_end: date = Field(description="last day of the period, inclusive")
    carried_over: MoneyTotal = Field(
        description="left over (negative: overspent) from earlier months"
    )
    available: MoneyTotal = Field(description="amount + carried_over")
    spent: MoneyTotal
    remaining: MoneyTotal
    percent: Decimal | None = Field(
        description="spent / available x 100; null if nothing is available"
    )
    unconverted: list[Unconverted]
    created_at: datetime
