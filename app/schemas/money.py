"""Shared field types for money. Amounts are Decimal end to end: JSON numbers or strings come in
("12.50" is safest), and pydantic writes Decimals out as JSON strings, never floats."""

from datetime import date
from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field, StringConstraints

from app.extraction.currencies import MINOR_UNITS

CENT = Decimal("0.01")
MIL = Decimal("0.001")


def to_cents(value: Decimal) -> Decimal:
    """Two decimals, so "12.5" in and 12.5 from the database both read "12.50"; three where the
    third is written (the dinars and rials of JOD, KWD, BHD, OMR, TND, IQD, LYD: "69.536")."""
    cents = value.quantize(CENT)
    return cents if cents == value else value.quantize(MIL)


Money = Annotated[Decimal, Field(max_digits=14, decimal_places=2), AfterValidator(to_cents)]
PositiveMoney = Annotated[
    Decimal, Field(gt=0, max_digits=14, decimal_places=2), AfterValidator(to_cents)
]
# A payment or balance in its own currency (a transaction, a statement line, an account's
# balance): a third decimal for the currencies that have one (check_places says which).
LedgerMoney = Annotated[Decimal, Field(max_digits=15, decimal_places=3), AfterValidator(to_cents)]
PositiveLedgerMoney = Annotated[
    Decimal, Field(gt=0, max_digits=15, decimal_places=3), AfterValidator(to_cents)
]


def check_places(amount: Decimal | None, currency: str | None) -> None:
    """A third decimal only for the currencies that have one (a dinar has 1,000 fils); without a
    currency, the user's base currency is meant, taken to have two."""
    if amount is None or to_cents(amount) == amount.quantize(CENT):
        return
    if MINOR_UNITS.get((currency or "").upper(), 2) < 3:
        raise ValueError(
            f"amount {amount} has three decimals, but {currency or 'your base currency'} has two"
        )


# Computed sums (report totals, budget carry-overs, a goal's savings) add stored amounts up and can
# outgrow what one stored amount may hold: two decimals, no digit limit.
MoneyTotal = Annotated[Decimal, AfterValidator(to_cents)]
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
