import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Numeric,
    SmallInteger,
    String,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UUIDPrimaryKey

ALERT_THRESHOLDS = (80, 100)


class Budget(UUIDPrimaryKey, Timestamps, Base):
    """A monthly limit for one category (with its subcategories) or, without one, overall."""

    __tablename__ = "budgets"
    __table_args__ = (
        # One budget per category, and one overall budget (NULL category) per user.
        UniqueConstraint(
            "user_id",
            "category_id",
            name="uq_budgets_user_id_category_id",
            postgresql_nulls_not_distinct=True,
        ),
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("period = 'monthly'", name="period"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    category_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("categories.id", ondelete="CASCADE"), index=True
    )
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3))
    period: Mapped[str] = mapped_column(String(10), default="monthly")
    rollover: Mapped[bool] = mapped_column(Boolean, default=False)
    starts_on: Mapped[date] = mapped_column(Date)


class BudgetAlert(UUIDPrimaryKey, Base):
    """A threshold a budget crossed in one period. The unique key is what makes an alert fire
    once per period, however many transactions and workers race past the threshold."""

    __tablename__ = "budget_alerts"
    __table_args__ = (
        UniqueConstraint(
            "budget_id",
            "period_start",
            "threshold",
            name="uq_budget_alerts_budget_period_threshold",
        ),
        CheckConstraint("threshold IN (80, 100)", name="threshold"),
    )

    budget_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("budgets.id", ondelete="CASCADE"))
    period_start: Mapped[date] = mapped_column(Date)
    threshold: Mapped[int] = mapped_column(SmallInteger)
    spent: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    available: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    # When the notification went out. Stays empty for a threshold overtaken by a higher one in
    # the same check (80 % and 100 % crossed at once: one mail, about the 100 %).
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
