import uuid
from datetime import datetime

from sqlalchemy import DateTime, Float, ForeignKey, String, func
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UUIDPrimaryKey


class CategoriserOutcome(UUIDPrimaryKey, Base):
    """What one categoriser version showed for one new transaction, and what the person then
    did with it: kept it or changed it (null until they touch the category). The A/B record:
    accuracy, coverage and latency per version come from these rows."""

    __tablename__ = "categoriser_outcomes"
    # No (version, created_at) index: the A/B summary aggregates every row (migration 0025).

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    transaction_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("transactions.id", ondelete="SET NULL"), unique=True
    )
    version: Mapped[str] = mapped_column(String(40))
    # The category shown; null = the version left it uncategorised.
    shown_category_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL")
    )
    shown_category: Mapped[str | None] = mapped_column(String(100))  # its name, kept if deleted
    latency_ms: Mapped[float] = mapped_column(Float)  # this transaction's share of its batch
    # "kept" or "changed", set by the person's first category edit of the transaction.
    resolution: Mapped[str | None] = mapped_column(String(8))
    final_category_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL")
    )
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
