import uuid

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UUIDPrimaryKey


class RecurringState(UUIDPrimaryKey, Timestamps, Base):
    """The user's word on a detected recurring series (one transactor, one currency):
    "confirmed" (it is a real subscription or bill) or "dismissed" (not recurring: hidden from
    the list and left out of the forecast's expected payments, for good, however many more
    payments arrive). No row: detected, not reviewed."""

    __tablename__ = "recurring_states"
    __table_args__ = (
        UniqueConstraint("user_id", "transactor_id", "currency", name="uq_recurring_states_series"),
        CheckConstraint("state IN ('confirmed', 'dismissed')", name="state"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    transactor_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("transactors.id", ondelete="CASCADE")
    )
    currency: Mapped[str] = mapped_column(String(3))
    state: Mapped[str] = mapped_column(String(16))
