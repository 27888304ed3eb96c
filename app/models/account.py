import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, Numeric, String, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UUIDPrimaryKey

ACCOUNT_KINDS = ("bank", "card", "wallet", "cash", "other")


class Account(UUIDPrimaryKey, Timestamps, Base):
    """A bank account, card or wallet of the user. Created automatically the first time an alert
    names one (institution + last 4 digits), or by hand."""

    __tablename__ = "accounts"
    __table_args__ = (
        CheckConstraint("kind IN ('bank', 'card', 'wallet', 'cash', 'other')", name="kind"),
        # One account per institution and last 4 digits; hand-made accounts without digits
        # ("Cash", "Wallet") may repeat.
        Index(
            "uq_accounts_user_id_institution_last4",
            "user_id",
            "institution",
            "last4",
            unique=True,
            postgresql_where=text("last4 <> ''"),
        ),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    institution: Mapped[str] = mapped_column(String(100), default="")  # lower-cased
    kind: Mapped[str] = mapped_column(String(10), default="other")
    last4: Mapped[str] = mapped_column(String(4), default="")
    name: Mapped[str] = mapped_column(String(100))
    currency: Mapped[str | None] = mapped_column(String(3))
    latest_balance: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    balance_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
