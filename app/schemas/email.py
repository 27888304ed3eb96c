import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.common import ResponseModel
from app.schemas.money import LedgerMoney
from app.schemas.plaid import BankReport

EmailStatus = Literal["stored", "failed"]


class EmailFilters(BaseModel):
    """Query parameters of the email list; every filter is optional."""

    account_id: uuid.UUID | None = None
    received_from: datetime | None = Field(None, description="inclusive")
    received_to: datetime | None = Field(None, description="exclusive")
    status: EmailStatus | None = None
    sender: Annotated[str | None, Field(max_length=320, description="part of the address")] = None
    q: Annotated[
        str | None,
        Field(
            min_length=1,
            max_length=200,
            description="words that start words of the subject, sender or body",
        ),
    ] = None


class EmailSummary(ResponseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    account_id: uuid.UUID
    message_id: str
    sender: str
    sender_name: str
    subject: str
    received_at: datetime
    size: int
    status: EmailStatus
    failure_reason: str | None
    snippet: str = ""


MergeReason = Literal["reference", "time_window"]


class EmailMerge(ResponseModel):
    """Email `email_id` reported the payment recorded as transaction `transaction_id` (another
    email's), so it was merged into it: why (`reason`, `evidence`), and whether the person
    split them apart again (`split_at`, `split_transaction_id`: the transaction made then)."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    reason: MergeReason = Field(
        description="reference: both gave one payment reference; time_window: same amount, "
        "card and direction minutes apart by the times both texts state"
    )
    evidence: str
    merged_at: datetime
    split_at: datetime | None
    split_transaction_id: uuid.UUID | None
    # The transaction kept, and the email it came from.
    transaction_id: uuid.UUID
    amount: LedgerMoney
    currency: str
    type: Literal["debit", "credit"]
    occurred_at: datetime
    merchant: str | None
    transaction_email_id: uuid.UUID | None
    transaction_email_subject: str | None
    # The email merged into it.
    email_id: uuid.UUID
    email_subject: str
    email_sender: str
    email_received_at: datetime


class EmailExtraction(ResponseModel):
    """What extraction made of an email. `fields` are the values read (app/extraction/result.py
    `to_fields`: money as strings). `transaction_id` is the transaction this email is part of:
    its own, or the one it was merged into (`merged_into`)."""

    status: Literal["transaction", "not_transaction", "failed"]
    method: str
    confidence: float
    fields: dict[str, Any]
    rejection_reason: str | None
    error: str | None
    transaction_id: uuid.UUID | None
    extracted_at: datetime
    merged_into: EmailMerge | None = Field(
        None, description="this email's payment is another email's transaction"
    )
    also_reported_by: list[EmailMerge] = Field(
        default_factory=list,
        description="other emails merged into the transaction this email is the source of",
    )
    bank_reports: list[BankReport] = Field(
        default_factory=list,
        description="what linked banks (Plaid) reported of this email's transaction: the same "
        "payment, merged into it",
    )
    split: list[EmailMerge] = Field(
        default_factory=list, description="merges of this email that were split again"
    )


FieldName = Literal[
    "amount",
    "currency",
    "direction",
    "merchant",
    "account_last4",
    "occurred_at",
    "balance",
    "reference",
    "fee",
]
EditableField = Literal[
    "amount", "currency", "direction", "merchant", "account_last4", "occurred_at"
]
FieldSource = Literal["rules", "llm", "template", "user"]


class ReadField(ResponseModel):
    """One field as read: its value (as text), where it stands in `reading.text` (start == end:
    no span, e.g. typed by hand or a sender's constant), how sure the reader was, and who read
    it."""

    field: FieldName
    value: str | None
    start: int
    end: int
    confidence: float | None
    source: FieldSource


class Reading(ResponseModel):
    text: str = Field(description="exactly the text extraction read; spans index into it")
    part: Literal["text", "html"] | None
    fields: list[ReadField]


class EmailDetail(EmailSummary):
    body_text: str
    created_at: datetime
    extraction: EmailExtraction | None = None  # filled in once extraction results exist
    reading: Reading | None = Field(
        None, description="what extraction read and where each field stands in it"
    )
