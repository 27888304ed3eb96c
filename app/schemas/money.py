"""Shared field types for money. Amounts are Decimal end to end: JSON numbers or strings come in
("12.50" is safest), and pydantic writes Decimals out as JSON strings, never floats."""

from datetime import date
from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field, StringConstraints

CENT = Decimal("0.01")


def _to_cents(value: Decimal) -> Decimal:
    """Always two decimals, so "12.5" in and 12.5 from the database both read "12.50"."""
    return value.quantize(CENT)


Money = Annotated[Decimal, Field(max_digits=14, decimal_places=2), AfterValidator(_to_cents)]
PositiveMoney = Annotated[
    Decimal, Field(gt=0, max_digits=14, decimal_places=2), AfterValidator(_to_cents)
]
# Computed sums (report totals, budget carry-overs, a goal's savings) add stored amounts up and can
# outgrow what one stored amount may hold: two decimals, no digit limit.
MoneyTotal = Annotated[Decimal, AfterValidator(_to_cents)]
CurrencyCode = Annotated[
    str, StringConstraints(pattern=r"^[A-Za-z]{3}$", to_upper=True), Field(examples=["INR"])
]


class RateUsed(BaseModel):
    """The exchange-rate days a report converted one currency's amounts at (each amount at the
    latest rate on or before its own day)."""

    currency: str
    first_rate_day: date
    last_rate_day: date


class Unconverted(BaseModel):
    """Amounts a report left out: no exchange rate on or before their day."""

    currency: str
    amount: MoneyTotal
    count: int
