import uuid
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UUIDPrimaryKey


class TotpRecoveryCode(UUIDPrimaryKey, Base):
    """One of a user's one-time recovery codes, stored as its SHA-256 (a code carries 80 random
    bits, so a plain digest cannot be reversed by guessing). Spent codes keep their row."""

    __tablename__ = "totp_recovery_codes"
    __table_args__ = (UniqueConstraint("user_id", "code_hash"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    code_hash: Mapped[str] = mapped_column(String(64))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
