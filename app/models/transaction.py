import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.account import Account
from app.models.base import Base, Timestamps, UUIDPrimaryKey
from app.models.category import Category
from app.models.transactor import Transactor

DEBIT = "debit"
CREDIT = "credit"
CATEGORY_SOURCES = ("rule", "model", "user", "none")
SOURCES = ("email", "manual", "csv", "statement", "plaid")


class Transaction(UUIDPrimaryKey, Timestamps, Base):
    """One movement of money. `amount` is always positive; `type` says which way it went."""

    __tablename__ = "transactions"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("type IN ('debit', 'credit')", name="type"),
        CheckConstraint("category_source IN ('rule', 'model', 'user', 'none')", name="cat_source"),
        CheckConstraint(
            "source IN ('email', 'manual', 'csv', 'statement', 'plaid')", name="source"
        ),
        # NULLs never collide, so both hold only where the value is set: one transaction per
        # email, and one per validated payment reference however many emails give it (see
        # app.services.dedupe for the merge rule and what the key is made of).
        UniqueConstraint("user_id", "message_id", name="uq_transactions_user_id_message_id"),
        UniqueConstraint("user_id", "reference_key", name="uq_transactions_user_id_reference_key"),
        # The other merge rule looks for the same amount within minutes, among the rows whose
        # time was read from their email's text (the only ones it may merge with).
        Index(
            "ix_transactions_time_window",
            "user_id",
            "amount",
            "occurred_at",
            postgresql_where=text("occurred_at_from_text"),
        ),
        # Keyset pagination, newest first: PostgreSQL reads this index backwards for DESC. It
        # carries what the reports sum and group by (crud.reports), so a period's totals are
        # read from the index alone (an index-only scan, no heap page per transaction).
        Index(
            "ix_transactions_user_id_occurred_at_id",
            "user_id",
            "occurred_at",
            "id",
            postgresql_include=["type", "currency", "category_id", "amount"],
        ),
        # Substring search (ILIKE '%8812%') on descriptions: trigrams, see crud.transactions.
        Index(
            "ix_transactions_description_trgm",
            "description",
            postgresql_using="gin",
            postgresql_ops={"description": "gin_trgm_ops"},
        ),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    account_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), index=True
    )
    amount: Mapped[Decimal] = mapped_column(Numeric(15, 3))
    currency: Mapped[str] = mapped_column(String(3))
    type: Mapped[str] = mapped_column(String(6))
    occurred_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    description: Mapped[str] = mapped_column(Text, default="")
    transactor_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("transactors.id", ondelete="SET NULL"), index=True
    )
    category_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL"), index=True
    )
    category_source: Mapped[str] = mapped_column(String(5), default="none")
    source: Mapped[str] = mapped_column(String(9), default="manual")
    email_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("emails.id", ondelete="SET NULL"), index=True
    )
    message_id: Mapped[str | None] = mapped_column(Text)
    balance_after: Mapped[Decimal | None] = mapped_column(Numeric(15, 3))
    reference: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str] = mapped_column(Text, default="")
    # The person's own labels ("trip-goa", "reimbursable"): lower-cased, unique, in their order.
    tags: Mapped[list[str]] = mapped_column(ARRAY(String(40)), server_default=text("'{}'"))
    # "<REFERENCE>|<amount>|<CUR>|<type>" where the email gave a validated payment reference.
    reference_key: Mapped[str | None] = mapped_column(String(200))
    account_last4: Mapped[str | None] = mapped_column(String(4))
    # True when occurred_at is a time the email's text stated (not its Date header).
    occurred_at_from_text: Mapped[bool] = mapped_column(Boolean, server_default=false())
    # The fields the person set by hand (name → value as they gave it): re-extraction never
    # overwrites them. Names: amount, currency, type, occurred_at, merchant, account_last4.
    user_fields: Mapped[dict[str, Any]] = mapped_column(JSONB, server_default=text("'{}'"))

    # Set when a bank statement confirmed the row; `statement_original` keeps the date, amount
    # and description it had before the statement's won ({} fields that did not differ).
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    statement_original: Mapped[dict[str, Any] | None] = mapped_column(JSONB)

    account: Mapped[Account | None] = relationship(lazy="raise")
    transactor: Mapped[Transactor | None] = relationship(lazy="raise")
    category: Mapped[Category | None] = relationship(lazy="raise")
    # Written through app.crud.transactions.replace_splits only.
    splits: Mapped[list["TransactionSplit"]] = relationship(
        order_by="TransactionSplit.position", lazy="raise", viewonly=True
    )


class TransactionSplit(UUIDPrimaryKey, Base):
    """One part of a transaction split across categories. A transaction with splits counts in
    reports by its parts (app.crud.reports); the parts' amounts add up to its amount (checked
    by app.services.splits, which replaces all of a transaction's parts at once)."""

    __tablename__ = "transaction_splits"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    transaction_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("transactions.id", ondelete="CASCADE"), index=True
    )
    category_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL"), index=True
    )
    amount: Mapped[Decimal] = mapped_column(Numeric(15, 3))
    note: Mapped[str] = mapped_column(String(200), default="", server_default="")
    position: Mapped[int] = mapped_column(SmallInteger)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
