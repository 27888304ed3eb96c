import uuid
from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    func,
    literal_column,
    text,
)
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UUIDPrimaryKey

STORED = "stored"
FAILED = "failed"  # kept (raw bytes and why) so the user can see and download what we skipped

# Full-text search over subject, sender and body. The 'simple' configuration: no stemming and
# no stop words, because alerts mix languages, merchant names and codes that stemming mangles.
# The sender is indexed a second time with '@' and '.' as spaces, so "hdfcbank" finds
# alerts@hdfcbank.net. The body is read up to SEARCH_BODY_CHARS: what a person looks for in an
# alert sits at its start, and to_tsvector over whole bodies was ~40 % of PostgreSQL's cost of
# storing an email (migration 0016). The vector is not stored: the GIN index is on the
# expression itself (migration 0026), and searches write the same expression (SEARCH_VECTOR),
# which PostgreSQL matches to the index. Stored, its ~0.75 KB pushed a typical alert's row past
# the 2 KB TOAST threshold (the raw message then went out of line): the same 5,000 demo emails
# took 10-24 % less time to insert, and 26 % less space, with the index on the expression.
SEARCH_BODY_CHARS = 4000
# Written as PostgreSQL prints the indexed expression back (pg_get_indexdef), so that Alembic's
# comparison of the model with the database sees the same text. Readably: the 'simple' vectors
# of subject (weight A), of sender_name, sender and the sender with '@' and '.' as spaces (B),
# and of left(body_text, SEARCH_BODY_CHARS) (C), concatenated.
SEARCH_VECTOR_SQL = (
    "(setweight(to_tsvector('simple'::regconfig, subject), 'A'::\"char\") || "
    "setweight(to_tsvector('simple'::regconfig, (((sender_name || ' '::text) || sender::text) "
    "|| ' '::text) || translate(sender::text, '@.'::text, '  '::text)), 'B'::\"char\")) || "
    "setweight(to_tsvector('simple'::regconfig, \"left\"(body_text, "
    f"{SEARCH_BODY_CHARS})), 'C'::\"char\")"
)


# What a search matches against: the indexed expression, written out (see above).
SEARCH_VECTOR = literal_column(f"({SEARCH_VECTOR_SQL})", TSVECTOR)


class Email(UUIDPrimaryKey, Base):
    """One message of a connected mailbox, stored once per user (by Message-ID)."""

    __tablename__ = "emails"
    __table_args__ = (
        UniqueConstraint("user_id", "message_id", name="uq_emails_user_id_message_id"),
        # Newest first per user: PostgreSQL reads this index backwards for DESC order.
        Index("ix_emails_user_id_received_at_id", "user_id", "received_at", "id"),
        Index("ix_emails_account_id", "account_id"),
        Index("ix_emails_user_id_sender", "user_id", "sender"),
        Index("ix_emails_search_vector", text(f"({SEARCH_VECTOR_SQL})"), postgresql_using="gin"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("connected_accounts.id", ondelete="CASCADE")
    )
    message_id: Mapped[str] = mapped_column(Text)
    provider_message_id: Mapped[str | None] = mapped_column(String(200))  # Gmail id, IMAP UID
    sender: Mapped[str] = mapped_column(String(320), default="")
    sender_name: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Minutes east of UTC the Date header was written in: the sender's zone, which the instant
    # alone loses, and which reads a time or date in the text that names no zone.
    received_utc_offset: Mapped[int | None] = mapped_column(SmallInteger)
    body_text: Mapped[str] = mapped_column(Text, default="")
    # The MIME part body_text was read from: "text", "html" (None: no body, or stored before).
    body_part: Mapped[str | None] = mapped_column(String(4))
    size: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default=STORED)
    failure_reason: Mapped[str | None] = mapped_column(Text)
    # The original RFC 822 bytes, zlib-compressed. Deferred and raising: listing emails must
    # never drag megabytes of attachments out of the database by accident.
    raw_compressed: Mapped[bytes] = mapped_column(
        LargeBinary, deferred=True, deferred_raiseload=True
    )
    # Whether the raw message has a part marked attachment or inline (app.attachments.files.
    # may_hold_files), told when it is stored: extraction reads back and unpacks only the raw
    # messages that may hold a file. None: stored before this was recorded (read them).
    has_files: Mapped[bool | None] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
