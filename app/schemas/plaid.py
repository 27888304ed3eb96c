"""Bank sync through Plaid: what the API shows (never an access token)."""

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from app.models import PlaidTransaction
from app.schemas.common import ResponseModel
from app.schemas.job import JobPublic
from app.schemas.money import LedgerMoney


class PlaidStatus(ResponseModel):
    configured: bool = Field(description="false: PLAID_CLIENT_ID / PLAID_SECRET are not set")
    environment: Literal["sandbox", "production"]
    sandbox: bool = Field(description="true: test banks can be linked without Plaid Link")
    missing: list[str] = Field(description="the settings to set before banks can be linked")
    webhooks: bool = Field(description="true: Plaid tells FinCoach when new data is ready")


class PlaidLinkTokenRequest(BaseModel):
    account_id: uuid.UUID | None = Field(
        None, description="a linked bank: a token for Link's update mode (sign in again)"
    )


class PlaidLinkToken(ResponseModel):
    link_token: str
    sandbox: bool


class PlaidPublicToken(BaseModel):
    public_token: Annotated[str, Field(min_length=1, max_length=200)]
    institution_name: Annotated[str | None, Field(max_length=200)] = None


class PlaidLinked(ResponseModel):
    account_id: uuid.UUID = Field(description="the connected account the bank now is")
    institution: str
    job: JobPublic = Field(description="its first sync")


class PlaidWebhookOutcome(ResponseModel):
    action: Literal["sync_queued", "sync_running", "needs_login", "ignored"]
    job_id: uuid.UUID | None = None
    reason: str = ""


class PlaidItemTransaction(ResponseModel):
    """One transaction the bank reported, and what the ledger made of it."""

    id: uuid.UUID
    plaid_transaction_id: str
    name: str
    amount: LedgerMoney
    currency: str
    type: Literal["debit", "credit"]
    posted_on: date
    pending: bool
    transaction_id: uuid.UUID | None = Field(description="the ledger transaction it is")
    status: Literal["new", "merged", "removed", "deleted"] = Field(
        description="new: a transaction of its own; merged: the same payment as an email's "
        "transaction; removed: Plaid withdrew it; deleted: you deleted its transaction"
    )
    merge_reason: Literal["reference", "time_window"] | None
    merge_evidence: str
    removed_at: datetime | None

    @classmethod
    def of(cls, row: PlaidTransaction) -> "PlaidItemTransaction":
        if row.removed_at is not None:
            status: Literal["new", "merged", "removed", "deleted"] = "removed"
        elif row.transaction_id is None:
            status = "deleted"
        else:
            status = "new" if row.own else "merged"
        return cls(
            id=row.id,
            plaid_transaction_id=row.plaid_transaction_id,
            name=row.name,
            amount=row.amount,
            currency=row.currency,
            type="credit" if row.type == "credit" else "debit",
            posted_on=row.posted_on,
            pending=row.pending,
            transaction_id=row.transaction_id,
            status=status,
            merge_reason=row.merge_reason
            if row.merge_reason in ("reference", "time_window")
            else None,
            merge_evidence=row.merge_evidence,
            removed_at=row.removed_at,
        )


class BankReport(ResponseModel):
    """A linked bank's report of a payment an email also reported (merged into one)."""

    id: uuid.UUID
    institution: str
    name: str
    amount: LedgerMoney
    currency: str
    type: Literal["debit", "credit"]
    posted_on: date
    pending: bool
    reason: Literal["reference", "time_window"] | None
    evidence: str
