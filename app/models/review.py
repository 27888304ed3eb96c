"""What needs a person (review items), what a person said (tombstones), and what they taught
(sender templates). Everything is per user: nothing one user does changes another's ledger."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UUIDPrimaryKey

REVIEW_REASONS = ("low_confidence", "missed_money", "merge", "new_merchant", "unusual_amount")
OPEN = "open"
RESOLVED = "resolved"


class ReviewItem(UUIDPrimaryKey, Base):
    """One thing a person should look at, and why. Raised by ingest's post stage (and by a
    dedupe merge); one per (email, reason), so re-running ingest never raises it twice."""

    __tablename__ = "review_items"
    __table_args__ = (
        CheckConstraint(
            "reason IN ('low_confidence', 'missed_money', 'merge', 'new_merchant', "
            "'unusual_amount')",
            name="reason",
        ),
        CheckConstraint("status IN ('open', 'resolved')", name="status"),
        UniqueConstraint("email_id", "reason", name="uq_review_items_email_id_reason"),
        # The inbox: a user's open items, newest first.
        Index("ix_review_items_user_id_status_created_at", "user_id", "status", "created_at"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(Text, default="")
    fields: Mapped[list[str]] = mapped_column(JSONB, default=list)
    email_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("emails.id", ondelete="CASCADE"))
    transaction_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("transactions.id", ondelete="SET NULL"), index=True
    )
    merge_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("transaction_merges.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(10), default=OPEN)
    action: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class TransactionTombstone(UUIDPrimaryKey, Base):
    """The user deleted the transaction of this email (or said it is none): re-extraction never
    brings it back. Keyed by Message-ID, as transactions are, so a re-imported copy of the mail
    stays deleted too."""

    __tablename__ = "transaction_tombstones"
    __table_args__ = (
        UniqueConstraint("user_id", "message_id", name="uq_transaction_tombstones_user_id"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    message_id: Mapped[str] = mapped_column(Text)
    email_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("emails.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(String(20))  # deleted | not_transaction
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class SenderTemplate(UUIDPrimaryKey, Base):
    """Where each field sits in one sender's messages, taught by the user's corrections
    (app.extraction.templates holds the format and the reading). One per (user, address)."""

    __tablename__ = "sender_templates"
    __table_args__ = (UniqueConstraint("user_id", "address", name="uq_sender_templates_user_id"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    address: Mapped[str] = mapped_column(String(320))
    template: Mapped[dict[str, Any]] = mapped_column(JSONB)
    examples: Mapped[int] = mapped_column(Integer, default=0)
    taught_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
