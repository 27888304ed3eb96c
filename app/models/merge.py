"""Why an email's payment is another email's transaction: every merge the ledger made, on both
sides (the transaction kept, the email merged into it), undoable by a split."""

import uuid
from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UUIDPrimaryKey

REFERENCE = "reference"
TIME_WINDOW = "time_window"


class TransactionMerge(UUIDPrimaryKey, Base):
    """Email `email_id` reported the payment already recorded as `transaction_id` (its
    extraction row points there too). `split_at` is set when the person split them apart again;
    `split_transaction_id` is then the transaction made from this email, and the ledger never
    merges the two again."""

    __tablename__ = "transaction_merges"
    __table_args__ = (
        CheckConstraint("reason IN ('reference', 'time_window')", name="reason"),
        UniqueConstraint(
            "transaction_id", "email_id", name="uq_transaction_merges_transaction_email"
        ),
        Index("ix_transaction_merges_email_id", "email_id"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    transaction_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("transactions.id", ondelete="CASCADE")
    )
    email_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("emails.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(12))
    evidence: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    split_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    split_transaction_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("transactions.id", ondelete="SET NULL"), index=True
    )
