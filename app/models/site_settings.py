from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, DateTime, SmallInteger, false, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

SITE_SETTINGS_ID = 1


class SiteSettings(Base):
    """Settings an admin makes for the whole install: one row (id 1). No row means every
    setting is at its default."""

    __tablename__ = "site_settings"
    __table_args__ = (CheckConstraint(f"id = {SITE_SETTINGS_ID}", name="single_row"),)

    id: Mapped[int] = mapped_column(SmallInteger, primary_key=True, default=SITE_SETTINGS_ID)
    # Every user must sign in with a second factor (those without one are sent to enrol).
    require_totp: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Categoriser A/B split: version name → weight (null = everyone on the default version).
    categoriser_split: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
