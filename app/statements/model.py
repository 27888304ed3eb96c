"""What every statement parser returns, whatever the file's format."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.schemas.money import to_cents


class StatementFormatError(ValueError):
    """The file is not a statement this code can read; the message says why, for the user."""


@dataclass(frozen=True, slots=True)
class StatementLine:
    posted_on: date
    amount: Decimal  # positive; `type` says which way it went
    type: str  # debit | credit
    description: str = ""
    reference: str | None = None


@dataclass(frozen=True)
class ParsedStatement:
    format: str  # ofx | qif | camt053 | mt940
    lines: list[StatementLine]
    account_number: str | None = None
    currency: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    opening_balance: Decimal | None = None
    closing_balance: Decimal | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def first_day(self) -> date:
        return self.period_start or min(line.posted_on for line in self.lines)

    @property
    def last_day(self) -> date:
        return self.period_end or max(line.posted_on for line in self.lines)


def signed_line(
    posted_on: date, amount: Decimal, description: str, reference: str | None
) -> StatementLine:
    """A line from a signed amount (negative: money out)."""
    if not amount.is_finite() or amount == 0:
        raise StatementFormatError(f"line of {posted_on}: amount {amount} is not a payment")
    return StatementLine(
        posted_on=posted_on,
        amount=to_cents(abs(amount)),
        type="debit" if amount < 0 else "credit",
        description=" ".join(description.split())[:2000],
        reference=(reference or "").strip()[:100] or None,
    )
