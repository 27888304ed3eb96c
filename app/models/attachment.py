import uuid
from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UUIDPrimaryKey

PDF_CONTENT_TYPE = "application/pdf"


class AttachmentBlob(UUIDPrimaryKey, Base):
    """A file's bytes, stored once per user by its sha256 (per user, not globally: whether
    another user holds the same file must not be observable)."""

    __tablename__ = "attachment_blobs"
    __table_args__ = (UniqueConstraint("user_id", "sha256", name="uq_attachment_blobs_user_sha"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    # Deferred and raising: a listing never drags the bytes out by accident.
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True, deferred_raiseload=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class Attachment(UUIDPrimaryKey, Base):
    """A blob as it hangs off an email (it came in the message) or a transaction (the user
    uploaded it). A transaction's attachments are its own plus its email's."""

    __tablename__ = "attachments"
    __table_args__ = (
        CheckConstraint(
            "email_id IS NOT NULL OR transaction_id IS NOT NULL", name="email_or_transaction"
        ),
        UniqueConstraint("email_id", "blob_id", name="uq_attachments_email_id_blob_id"),
        Index("ix_attachments_user_id", "user_id"),
        Index("ix_attachments_transaction_id", "transaction_id"),
        Index("ix_attachments_blob_id", "blob_id"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    blob_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("attachment_blobs.id", ondelete="CASCADE")
    )
    email_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("emails.id", ondelete="CASCADE"))
    transaction_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("transactions.id", ondelete="CASCADE")
    )
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    # Text read from a PDF (capped), or why it could not be read (encrypted, malformed, a bomb).
    text: Mapped[str | None] = mapped_column(Text, deferred=True)
    text_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
