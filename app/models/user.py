from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    SmallInteger,
    String,
    false,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.timezones import DEFAULT_TIMEZONE
from app.models.base import Base, Timestamps, UUIDPrimaryKey
from app.models.role import Role


class User(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "users"

    email: Mapped[str] = mapped_column(String(320), unique=True)  # stored lower-cased
    password_hash: Mapped[str] = mapped_column(String(255))
    full_name: Mapped[str | None] = mapped_column(String(200))
    is_verified: Mapped[bool] = mapped_column(Boolean, default=False)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("roles.id", ondelete="RESTRICT"), index=True)
    base_currency: Mapped[str] = mapped_column(String(3), default="INR")
    # IANA name (app.core.timezones): the user's days, months and budgets are days there.
    timezone: Mapped[str] = mapped_column(
        String(64), default=DEFAULT_TIMEZONE, server_default=DEFAULT_TIMEZONE
    )
    # Preferences the SPA formats with: a BCP 47 locale for numbers and dates (None: the
    # browser's), the first day of the week (ISO: 1 Monday … 7 Sunday).
    locale: Mapped[str | None] = mapped_column(String(35))
    week_start: Mapped[int] = mapped_column(SmallInteger, default=1, server_default="1")
    # Which notifications arrive by email (sign-in codes and security notices always do).
    email_budget_alerts: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    last_email_fetch_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # In every access token; raised to end every session at once (sign out everywhere, a new
    # password): a token with an older version is refused.
    token_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    # Two-factor sign-in (app.services.totp). Secrets are Fernet-encrypted (ENCRYPTION_KEY):
    # the one in use, and one shown for enrolment and not confirmed yet.
    totp_secret: Mapped[str | None] = mapped_column(String(255))
    totp_pending_secret: Mapped[str | None] = mapped_column(String(255))
    totp_enabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The last time step (unix time // 30) a code was accepted for: that code, and any older
    # one, is refused from then on (no replay within the window).
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger)
    # Set by an admin: this user must sign in with a second factor (see also site_settings).
    totp_required: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    # selectin: the role name is needed on almost every request (admin checks, /users/me).
    role: Mapped[Role] = relationship(lazy="selectin")

    @property
    def totp_enabled(self) -> bool:
        return self.totp_enabled_at is not None
