from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UUIDPrimaryKey


class ExchangeRate(UUIDPrimaryKey, Timestamps, Base):
    """1 `base` = `rate` `quote` on `as_of`. Shared by all users (reference data)."""

    __tablename__ = "exchange_rates"
    __table_args__ = (
        UniqueConstraint("base", "quote", "as_of", name="uq_exchange_rates_base_quote_as_of"),
        CheckConstraint("rate > 0", name="rate_positive"),
        CheckConstraint("source IN ('admin', 'ecb')", name="source"),
    )

    base: Mapped[str] = mapped_column(String(3))
    quote: Mapped[str] = mapped_column(String(3))
    rate: Mapped[Decimal] = mapped_column(Numeric(20, 10))
    as_of: Mapped[date] = mapped_column(Date)
    # "admin": typed by an admin, never replaced by a refresh; "ecb": ECB's reference rate.
    source: Mapped[str] = mapped_column(String(5), default="admin", server_default="admin")
