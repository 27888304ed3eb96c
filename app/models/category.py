import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UUIDPrimaryKey

CATEGORY_KINDS = ("income", "expense", "transfer")


class Category(UUIDPrimaryKey, Timestamps, Base):
    """A user's category; the tree is two levels deep (a parent has no parent)."""

    __tablename__ = "categories"
    __table_args__ = (
        # NULLS NOT DISTINCT: two top-level categories of one name collide too.
        UniqueConstraint(
            "user_id",
            "parent_id",
            "name",
            name="uq_categories_user_id_parent_id_name",
            postgresql_nulls_not_distinct=True,
        ),
        CheckConstraint("kind IN ('income', 'expense', 'transfer')", name="kind"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("categories.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(10), default="expense")
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class CategoryRule(UUIDPrimaryKey, Timestamps, Base):
    """If every condition set holds, the transaction gets `category_id`. Lower priority first."""

    __tablename__ = "category_rules"
    __table_args__ = (
        Index("ix_category_rules_user_id_priority", "user_id", "priority"),
        CheckConstraint("match_type IN ('contains', 'regex')", name="match_type"),
        CheckConstraint("direction IN ('debit', 'credit')", name="direction"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    priority: Mapped[int] = mapped_column(Integer, default=100)
    match_type: Mapped[str] = mapped_column(String(10), default="contains")
    transactor_pattern: Mapped[str | None] = mapped_column(Text)
    description_pattern: Mapped[str | None] = mapped_column(Text)
    sender_pattern: Mapped[str | None] = mapped_column(Text)
    account_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    amount_min: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    amount_max: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    direction: Mapped[str | None] = mapped_column(String(6))
    category_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("categories.id", ondelete="CASCADE"), index=True
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CategoryFeedback(UUIDPrimaryKey, Base):
    """A person corrected a category: what the transaction looked like, and from what to what.
    Training data for the learned categoriser, so it outlives the transaction and categories."""

    __tablename__ = "category_feedback"
    __table_args__ = (Index("ix_category_feedback_user_id_created_at", "user_id", "created_at"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    transaction_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("transactions.id", ondelete="SET NULL"), index=True
    )
    transactor: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    sender: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3))
    direction: Mapped[str] = mapped_column(String(6))
    old_category_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL"), index=True
    )
    new_category_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
