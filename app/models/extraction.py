"""What the extraction pipeline recorded about each email, each LLM call, and each user's
trained categoriser."""

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UUIDPrimaryKey

TRANSACTION = "transaction"  # a transaction was recorded (or merged into an existing one)
NOT_TRANSACTION = "not_transaction"
# Rejection reasons of an email that carried a bank statement (imported as a statement, or
# waiting for its PDF's password): never a transaction of the mail reader's, nor a template's.
STATEMENT = "statement_imported"
STATEMENT_LOCKED = "statement_locked"
FAILED = "failed"


class EmailExtraction(UUIDPrimaryKey, Base):
    """One per email: what was found, by which method, with what confidence, or why not."""

    __tablename__ = "email_extractions"

    email_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("emails.id", ondelete="CASCADE"), unique=True
    )
    # Not indexed: every query reaches an extraction by email_id or through emails (0016).
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    method: Mapped[str] = mapped_column(String(10))  # rules | llm
    status: Mapped[str] = mapped_column(String(20))
    confidence: Mapped[float] = mapped_column(default=0.0)
    fields: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    rejection_reason: Mapped[str | None] = mapped_column(String(100))
    error: Mapped[str | None] = mapped_column(Text)
    # Indexed: deleting transactions (or a user) sets this to NULL row by row otherwise.
    transaction_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("transactions.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    # When the sender's template last read this email (re-extraction), and when the person
    # corrected it afterwards: the template's accuracy since it was taught.
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    corrected_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class LlmTransaction(UUIDPrimaryKey, Base):
    """One call to the LLM endpoint: sizes, tokens, cost, latency and outcome."""

    __tablename__ = "llm_transactions"
    __table_args__ = (Index("ix_llm_transactions_user_id_created_at", "user_id", "created_at"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    email_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("emails.id", ondelete="SET NULL"))
    model: Mapped[str] = mapped_column(String(100))
    outcome: Mapped[str] = mapped_column(String(10))  # ok | invalid | timeout | error
    prompt_tokens: Mapped[int] = mapped_column(Integer, default=0)
    completion_tokens: Mapped[int] = mapped_column(Integer, default=0)
    cost_usd: Mapped[Decimal] = mapped_column(Numeric(12, 6), default=Decimal(0))
    latency_ms: Mapped[int] = mapped_column(Integer, default=0)
    request_chars: Mapped[int] = mapped_column(Integer, default=0)
    response_chars: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class CategoryModel(Base):
    """A user's trained categoriser (seed examples + their corrections), retrained after
    corrections. Absent until the first correction: the shared seed model serves until then."""

    __tablename__ = "category_models"

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    model: Mapped[bytes] = mapped_column(LargeBinary)
    examples: Mapped[int] = mapped_column(Integer)
    trained_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
