import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Numeric,
    String,
    Text,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UUIDPrimaryKey


class Goal(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "goals"
    __table_args__ = (CheckConstraint("target_amount > 0", name="target_positive"),)

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    target_amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3))
    target_date: Mapped[date | None] = mapped_column(Date)


class GoalContribution(UUIDPrimaryKey, Base):
    """Money put towards a goal (a negative amount takes some back out)."""

    __tablename__ = "goal_contributions"
    __table_args__ = (
        Index("ix_goal_contributions_goal_id_contributed_on", "goal_id", "contributed_on"),
        CheckConstraint("amount <> 0", name="amount_nonzero"),
    )

    goal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"))
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    contributed_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
