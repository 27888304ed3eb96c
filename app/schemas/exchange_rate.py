from datetime import date, datetime
from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.schemas.common import CalendarDay
from app.schemas.money import CurrencyCode


class ExchangeRateIn(BaseModel):
    base: CurrencyCode
    quote: CurrencyCode
    rate: Annotated[Decimal, Field(gt=0, max_digits=20, decimal_places=10)]
    as_of: CalendarDay

    @model_validator(mode="after")
    def two_currencies(self) -> "ExchangeRateIn":
        if self.base == self.quote:
            raise ValueError("base and quote must differ")
        return self


class ExchangeRateUpsert(BaseModel):
    rates: Annotated[list[ExchangeRateIn], Field(min_length=1, max_length=1000)]


class ExchangeRatePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    base: str
    quote: str
    rate: Decimal = Field(description="1 base = rate quote")
    source: str = Field(description="admin: typed by an admin; ecb: ECB reference rate")
    as_of: date
    updated_at: datetime


class UpsertResult(BaseModel):
    saved: int
