import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, Numeric, String, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UUIDPrimaryKey

ACCOUNT_KINDS = ("bank", "card", "wallet", "cash", "other")


class Account(UUIDPrimaryKey, Timestamps, Base):
    """A bank account, card or wallet of the user, as a person knows it: the issuer and the last
    4 digits. Created automatically the first time an email names one, or by hand. A card a shop's
    receipt names before any bank alert has no issuer yet (`institution` ''); the issuer's
    first alert for those digits fills it in (services.accounts.get_or_create_accounts)."""

    __tablename__ = "accounts"
    __table_args__ = (
        CheckConstraint("kind IN ('bank', 'card', 'wallet', 'cash', 'other')", name="kind"),
        # One account per issuer and last 4 digits; hand-made accounts without digits
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
    # The issuer as a key: lower-cased ("hdfc bank"; a bank without a profile: its mail domain).
    institution: Mapped[str] = mapped_column(String(100), default="")
    issuer: Mapped[str] = mapped_column(String(100), default="", server_default="")  # "HDFC Bank"
    network: Mapped[str | None] = mapped_column(String(20))  # "visa", "mastercard", "rupay"...
    kind: Mapped[str] = mapped_column(String(10), default="other")
    last4: Mapped[str] = mapped_column(String(4), default="")
    name: Mapped[str] = mapped_column(String(100))
    currency: Mapped[str | None] = mapped_column(String(3))
    latest_balance: Mapped[Decimal | None] = mapped_column(Numeric(15, 3))
    balance_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Hidden from the lists (its transactions stay); mail still lands on it.
    archived_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Merged into that account: its transactions moved there, and this row stays as an alias
    # (same issuer and last 4) so that future mail about it lands on the survivor.
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL")
    )
