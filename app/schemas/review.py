"""The review inbox, corrections, senders and their templates (docs: issue #13 contract)."""

import uuid
from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field, model_validator

from app.schemas.common import ResponseModel, _as_utc
from app.schemas.email import EditableField, EmailSummary
from app.schemas.money import CurrencyCode, LedgerMoney, PositiveLedgerMoney

ReviewReason = Literal["low_confidence", "missed_money", "merge", "new_merchant", "unusual_amount"]


class ReviewTransaction(ResponseModel):
    id: uuid.UUID
    amount: LedgerMoney
    currency: str
    type: Literal["debit", "credit"]
    merchant: str | None
    occurred_at: datetime
    account_last4: str | None


class ReviewItemPublic(ResponseModel):
    id: uuid.UUID
    reason: ReviewReason
    detail: str = Field(description="why it is here, in a sentence")
    fields: list[str] = Field(description="low_confidence: the fields read with doubt")
    status: Literal["open", "resolved"]
    created_at: datetime
    email_id: uuid.UUID | None
    email_subject: str | None
    email_sender: str | None
    email_received_at: datetime | None
    transaction_id: uuid.UUID | None
    merge_id: uuid.UUID | None
    transaction: ReviewTransaction | None


class ReviewSummary(ResponseModel):
    open: int
    by_reason: dict[str, int]


def _with_zone(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    _as_utc(value)  # the same bounds as every date the API takes
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


class CorrectedFields(BaseModel):
    model_config = {"extra": "forbid"}

    amount: PositiveLedgerMoney | None = None
    currency: CurrencyCode | None = None
    direction: Literal["debit", "credit"] | None = None
    merchant: Annotated[str | None, Field(min_length=1, max_length=200)] = None
    account_last4: Annotated[str | None, Field(pattern=r"^\d{4}$")] = None
    # The offset given is kept (a template learns the sender's zone from it); none means UTC.
    occurred_at: Annotated[datetime | None, AfterValidator(_with_zone)] = None


Span = Annotated[list[Annotated[int, Field(ge=0, le=100_000)]], Field(min_length=2, max_length=2)]


class ReviewAction(BaseModel):
    """confirm | edit (fields, optional spans into reading.text) | not_transaction |
    is_transaction (amount, currency and direction required) | split (merges only)."""

    model_config = {"extra": "forbid"}

    action: Literal["confirm", "edit", "not_transaction", "is_transaction", "split"]
    fields: CorrectedFields | None = None
    spans: dict[EditableField, Span] | None = None

    @model_validator(mode="after")
    def _complete(self) -> "ReviewAction":
        given = self.fields.model_fields_set if self.fields is not None else set()
        if self.action == "edit" and not given:
            raise ValueError("edit needs at least one field")
        if self.action == "is_transaction" and not {"amount", "currency", "direction"} <= given:
            raise ValueError("is_transaction needs amount, currency and direction")
        if self.action in ("confirm", "not_transaction", "split") and (given or self.spans):
            raise ValueError(f"{self.action} takes no fields")
        for name, (start, end) in (self.spans or {}).items():
            if start >= end:
                raise ValueError(f"the span of {name} is empty")
            if name not in given:
                raise ValueError(f"a span for {name} needs its value in fields")
        return self


class ReviewOutcome(ResponseModel):
    item_id: uuid.UUID | None = None
    status: Literal["resolved"] = "resolved"
    transaction_id: uuid.UUID | None = None
    sender_id: uuid.UUID | None = None
    template_learned: bool = False
    reextract_job_id: uuid.UUID | None = None


class BulkConfirm(BaseModel):
    ids: Annotated[list[uuid.UUID], Field(min_length=1, max_length=500)]


class BulkConfirmed(ResponseModel):
    confirmed: int


class SenderSummary(ResponseModel):
    id: uuid.UUID
    address: str
    name: str
    emails: int
    transactions: int
    has_template: bool
    template_taught_at: datetime | None


class TemplateInfo(ResponseModel):
    fields: list[str]
    examples: int
    layouts: int


class TemplateAccuracy(ResponseModel):
    checked: int = Field(description="emails the template read since it was taught")
    corrected: int = Field(description="of those, corrected by hand afterwards")
    accuracy: float | None


class SenderTransaction(ReviewTransaction):
    email_id: uuid.UUID | None


class SenderDetail(SenderSummary):
    template: TemplateInfo | None
    accuracy_since_template: TemplateAccuracy
    recent_emails: list[EmailSummary]
    recent_transactions: list[SenderTransaction]
