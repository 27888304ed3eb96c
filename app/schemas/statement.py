import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from app.schemas.money import LedgerMoney, MoneyTotal

StatementFormat = Literal["ofx", "qif", "camt053", "mt940", "csv", "pdf"]


class StatementSummary(BaseModel):
    id: uuid.UUID
    format: StatementFormat
    filename: str
    account_id: uuid.UUID | None
    account_number_last4: str | None
    currency: str
    period_start: date
    period_end: date
    opening_balance: LedgerMoney | None
    closing_balance: LedgerMoney | None
    line_count: int
    email_id: uuid.UUID | None = Field(description="the email it came attached to; None: uploaded")
    warnings: list[str] = Field(
        description="what the reader doubted, e.g. a PDF whose lines do not add up to its balances"
    )
    matched_count: int = Field(description="lines matched to a ledger row (now confirmed)")
    missing_count: int = Field(description="lines the ledger lacked (rows created)")
    flagged_count: int = Field(description="ledger rows of the period not on the statement")
    created_at: datetime


class StatementEntryPublic(BaseModel):
    transaction_id: uuid.UUID | None = Field(description="None once the row was deleted")
    posted_on: date
    amount: LedgerMoney
    type: Literal["debit", "credit"]
    description: str
    reference: str | None
    original: dict[str, Any] | None = Field(
        description="matched rows: the values the statement replaced (date, amount, text)"
    )


class EntryTotals(BaseModel):
    count: int
    debits: LedgerMoney
    credits: LedgerMoney
    net: MoneyTotal = Field(description="credits - debits")


class BalanceCheck(BaseModel):
    closing_balance: LedgerMoney | None = Field(description="as the statement states it")
    opening_balance: LedgerMoney | None
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


class StatementPasswordSender(BaseModel):
    """A sender whose PDF statements FinCoach can open (the password itself is never shown)."""

    sender: str
    created_at: datetime


class StatementPasswordSet(BaseModel):
    sender: str = Field(min_length=3, max_length=320, examples=["statements@bank.example"])
    password: str = Field(min_length=1, max_length=200)


class LockedStatement(BaseModel):
    """A PDF that came by mail, looks like a statement, and is locked with a password."""

    email_id: uuid.UUID
    sender: str
    subject: str
    received_at: datetime
    filename: str
