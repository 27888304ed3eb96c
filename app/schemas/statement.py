import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from app.schemas.money import Money, MoneyTotal

StatementFormat = Literal["ofx", "qif", "camt053", "mt940"]


class StatementSummary(BaseModel):
    id: uuid.UUID
    format: StatementFormat
    filename: str
    account_id: uuid.UUID | None
    account_number_last4: str | None
    currency: str
    period_start: date
    period_end: date
    opening_balance: Money | None
    closing_balance: Money | None
    line_count: int
    matched_count: int = Field(description="lines matched to a ledger row (now confirmed)")
    missing_count: int = Field(description="lines the ledger lacked (rows created)")
    flagged_count: int = Field(description="ledger rows of the period not on the statement")
    created_at: datetime


class StatementEntryPublic(BaseModel):
    transaction_id: uuid.UUID | None = Field(description="None once the row was deleted")
    posted_on: date
    amount: Money
    type: Literal["debit", "credit"]
    description: str
    reference: str | None
    original: dict[str, Any] | None = Field(
        description="matched rows: the values the statement replaced (date, amount, text)"
    )


class EntryTotals(BaseModel):
    count: int
    debits: Money
    credits: Money
    net: MoneyTotal = Field(description="credits - debits")


class BalanceCheck(BaseModel):
    closing_balance: Money | None = Field(description="as the statement states it")
    opening_balance: Money | None
    opening_derived: bool = Field(
        description="true when the file gives no opening balance: closing minus its lines"
    )
    computed_balance: MoneyTotal | None = Field(
        description="opening balance plus the ledger's rows of the period as they stand now"
    )
    difference: MoneyTotal | None = Field(description="closing - computed; 0 when they agree")


class StatementDetail(StatementSummary):
    matched: list[StatementEntryPublic]
    missing: list[StatementEntryPublic]
    flagged: list[StatementEntryPublic]
    totals: dict[Literal["matched", "missing", "flagged"], EntryTotals]
    balance: BalanceCheck
