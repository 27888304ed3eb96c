"""What extraction found in one email: a transaction's fields, or why it is not one."""

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Literal

from app.mail.message import TextPart

Direction = Literal["debit", "credit"]


@dataclass(slots=True)
class ExtractionResult:
    """The outcome of running an extractor on one email.

    `direction` is from the user's side: a card purchase, withdrawal or payment sent is a debit;
    salary, money received and refunds are credits. `occurred_at` is the date/time written in the
    text (read in the email's time zone unless the text names one), else the email's Date.
    `confidence` (0..1) tells the pipeline whether to trust these rules or ask a slower
    extractor; `rejection_reason` says why mail is not a transaction ("otp", "promotion", ...).
    """

    is_transaction: bool
    amount: Decimal | None = None
    currency: str | None = None  # ISO 4217
    direction: Direction | None = None
    merchant: str | None = None  # the counterparty, cleaned
    account_last4: str | None = None
    occurred_at: datetime | None = None  # timezone-aware
    balance: Decimal | None = None  # available balance after the transaction
    reference: str | None = None  # UPI reference, transaction id, order number
    confidence: float = 0.0
    method: str = "rules"
    rejection_reason: str | None = None
    # True when `occurred_at` was read from the text (a time the sender stated), False when it
    # is the email's Date header: only the former can tell two payments minutes apart.
    occurred_at_from_text: bool = False
    card_network: str | None = None  # "visa", "mastercard", "rupay", "amex"... when named
    fee: Decimal | None = None  # a charge the text lists beside the payment
    # Where each field was read: field name → (start, end) offsets into the text extraction
    # read, app.extraction.reader.read_text: the subject, a line break, then the body). Every
    # field with a value has one, except a date taken from the Date header and a merchant
    # that is only the sender's display name.
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    # The MIME part the body was read from ("html" when the text part was a stub or poorer).
    part: TextPart | None = None
    # Per field (and "is_transaction"), 0..1: the ranker's belief in its choice where a model
    # chose (a softmax of the candidates' log-odds), else how often the deciding rule is right.
    field_confidence: dict[str, float] = field(default_factory=dict)

    @classmethod
    def rejected(cls, reason: str, confidence: float) -> "ExtractionResult":
        return cls(is_transaction=False, rejection_reason=reason, confidence=confidence)

    def to_fields(self) -> dict[str, object]:
        """JSON-ready fields (money as strings, never floats) for storing with the email."""
        return {
            "is_transaction": self.is_transaction,
            "amount": None if self.amount is None else str(self.amount),
            "currency": self.currency,
            "direction": self.direction,
            "merchant": self.merchant,
            "account_last4": self.account_last4,
            "occurred_at": None if self.occurred_at is None else self.occurred_at.isoformat(),
            "balance": None if self.balance is None else str(self.balance),
            "reference": self.reference,
            "confidence": round(self.confidence, 3),
            "method": self.method,
            "rejection_reason": self.rejection_reason,
            "occurred_at_from_text": self.occurred_at_from_text,
            "card_network": self.card_network,
            "fee": None if self.fee is None else str(self.fee),
            "spans": {name: list(span) for name, span in self.spans.items()},
            "part": self.part,
            "field_confidence": dict(self.field_confidence),
        }
