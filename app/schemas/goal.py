import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.schemas.common import CalendarDay
from app.schemas.money import CurrencyCode, Money, MoneyTotal, PositiveMoney


class GoalCreate(BaseModel):
    name: Annotated[str, Field(min_length=1, max_length=100)]
    target_amount: PositiveMoney
    currency: CurrencyCode | None = Field(None, description="default: your base currency")
    target_date: CalendarDay | None = None


class GoalUpdate(BaseModel):
    """Only the fields sent change; `target_date: null` removes the date."""

    name: Annotated[str | None, Field(min_length=1, max_length=100)] = None
    target_amount: PositiveMoney | None = None
    target_date: CalendarDay | None = None


class ContributionCreate(BaseModel):
    amount: Money = Field(description="negative: money taken back out")
    contributed_on: CalendarDay | None = Field(None, description="default: today")
    note: Annotated[str, Field(max_length=500)] = ""

    @field_validator("amount")
    @classmethod
    def not_zero(cls, value: Decimal) -> Decimal:
        if value == 0:
            raise ValueError("must not be zero")
        return value


class ContributionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    amount: Money
    contributed_on: date
    note: str
    created_at: datetime


class GoalPublic(BaseModel):
    id: uuid.UUID
    name: str
    target_amount: Money
    currency: str
    target_date: date | None
    saved: MoneyTotal
    remaining: MoneyTotal
    percent: Decimal
    projected_completion: date | None = Field(
        description="when the target is (or was) reached at the pace so far; null: no pace yet"
    )
    on_track: bool | None = Field(description="projected on or before target_date")
    required_monthly: MoneyTotal | None = Field(description="to reach the target by target_date")
    contribution_count: int
    created_at: datetime
