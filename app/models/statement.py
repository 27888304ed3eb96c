import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UUIDPrimaryKey

ENTRY_STATUSES = ("matched", "created", "flagged")


class Statement(UUIDPrimaryKey, Timestamps, Base):
    """An imported bank or card statement file, reconciled against the ledger when imported."""

    __tablename__ = "statements"
    __table_args__ = (
        CheckConstraint(
            "format IN ('ofx', 'qif', 'camt053', 'mt940', 'csv', 'pdf')", name="format"
        ),
        # One import per attached file of an email (extraction may pass over it twice).
        Index(
            "uq_statements_email_id_filename",
            "email_id",
            "filename",
            unique=True,
            postgresql_where=text("email_id IS NOT NULL"),
        ),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    account_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), index=True
    )
    format: Mapped[str] = mapped_column(String(8))
    filename: Mapped[str] = mapped_column(String(255), default="")
    account_number_last4: Mapped[str | None] = mapped_column(String(4))
    currency: Mapped[str] = mapped_column(String(3))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    opening_balance: Mapped[Decimal | None] = mapped_column(Numeric(15, 3))
    closing_balance: Mapped[Decimal | None] = mapped_column(Numeric(15, 3))
    line_count: Mapped[int] = mapped_column(Integer)
    # The email it came attached to (None: uploaded).
    email_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("emails.id", ondelete="SET NULL"), index=True
    )
    # What the reader doubted (a PDF whose lines do not add up to its balances...).
    warnings: Mapped[list[Any]] = mapped_column(JSONB, server_default=text("'[]'::jsonb"))


class StatementEntry(UUIDPrimaryKey, Base):
    """One outcome of a reconciliation: a statement line matched to a ledger row, a line the
    ledger lacked (a row was created for it), or a ledger row the statement lacks (flagged).
    Its own copy of date, amount and text, so it still reads right if the row is deleted."""

    __tablename__ = "statement_entries"
    __table_args__ = (
        CheckConstraint("status IN ('matched', 'created', 'flagged')", name="status"),
        CheckConstraint("type IN ('debit', 'credit')", name="type"),
    )

    statement_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("statements.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    transaction_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("transactions.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(7))
    position: Mapped[int] = mapped_column(Integer)  # file order (flagged rows after the lines)
    posted_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Numeric(15, 3))
    type: Mapped[str] = mapped_column(String(6))
    description: Mapped[str] = mapped_column(Text, default="")
    reference: Mapped[str | None] = mapped_column(String(100))


class StatementPassword(UUIDPrimaryKey, Timestamps, Base):
    """The password that opens a sender's PDF statements, Fernet-encrypted with ENCRYPTION_KEY
    (app.core.security.encrypt_secret), so statements that arrive by mail can be read."""

    __tablename__ = "statement_passwords"
    __table_args__ = (
        UniqueConstraint("user_id", "sender", name="uq_statement_passwords_user_sender"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    sender: Mapped[str] = mapped_column(String(320))
    secret: Mapped[str] = mapped_column(Text)

    def __repr__(self) -> str:  # never the secret
        return f"StatementPassword(user_id={self.user_id}, sender={self.sender!r})"
