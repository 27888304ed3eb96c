import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, ForeignKey, Index, String, Text, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UUIDPrimaryKey

ACTIVE = "active"
ERROR = "error"  # the last sync failed for good (for instance a revoked Gmail grant)
DISABLED = "disabled"  # removed by the user: never synced again, credentials wiped


class ConnectedAccount(UUIDPrimaryKey, Timestamps, Base):
    """A mailbox FinCoach reads: a Gmail grant, an IMAP login or an uploaded export."""

    __tablename__ = "connected_accounts"
    __table_args__ = (
        # One live connection per mailbox; uploads may repeat (two exports of one mailbox).
        Index(
            "uq_connected_accounts_live_address",
            "user_id",
            "provider",
            "address",
            unique=True,
            postgresql_where=text("status <> 'disabled' AND provider <> 'mbox'"),
        ),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    provider: Mapped[str] = mapped_column(String(20))  # a ProviderFactory name: gmail|imap|mbox
    address: Mapped[str] = mapped_column(String(320))  # mailbox address, or the upload's file name
    display_name: Mapped[str] = mapped_column(String(200), default="")
    # Fernet-encrypted JSON (refresh token, IMAP password). Never returned by the API or logged.
    credentials: Mapped[str | None] = mapped_column(Text)
    settings: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    sync_cursor: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    status: Mapped[str] = mapped_column(String(20), default=ACTIVE)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_synced_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
