"""What Plaid reported of a linked bank item's transactions, one row per Plaid transaction, and
which ledger transaction it is: one it made (`own`), or an email's it was merged into (by the
rule of app.services.dedupe: `merge_reason` and `merge_evidence` say why)."""

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UUIDPrimaryKey


class PlaidTransaction(UUIDPrimaryKey, Timestamps, Base):
    """One Plaid transaction of a linked item (`connected_account_id`, provider "plaid").
    `removed_at` is set when Plaid removed it: its own ledger row is deleted then, an email's
    transaction it was merged into stays."""

    __tablename__ = "plaid_transactions"
    __table_args__ = (
        UniqueConstraint(
            "connected_account_id",
            "plaid_transaction_id",
            name="uq_plaid_transactions_item_transaction",
        ),
        CheckConstraint("type IN ('debit', 'credit')", name="type"),
        CheckConstraint("merge_reason IN ('reference', 'time_window')", name="merge_reason"),
        Index("ix_plaid_transactions_user_id_transaction_id", "user_id", "transaction_id"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    connected_account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("connected_accounts.id", ondelete="CASCADE")
    )
    plaid_transaction_id: Mapped[str] = mapped_column(String(100))
    plaid_account_id: Mapped[str] = mapped_column(String(100))
    transaction_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("transactions.id", ondelete="SET NULL")
    )
    own: Mapped[bool] = mapped_column(Boolean, server_default=false())
    merge_reason: Mapped[str | None] = mapped_column(String(12))
    merge_evidence: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[Decimal] = mapped_column(Numeric(15, 3))
    currency: Mapped[str] = mapped_column(String(3))
    type: Mapped[str] = mapped_column(String(6))
    posted_on: Mapped[date] = mapped_column(Date)
    occurred_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    name: Mapped[str] = mapped_column(Text, default="")
    merchant: Mapped[str | None] = mapped_column(String(200))
    reference: Mapped[str | None] = mapped_column(String(100))
    pending: Mapped[bool] = mapped_column(Boolean, server_default=false())
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
