import uuid

from sqlalchemy import ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UUIDPrimaryKey

MAX_ALIASES = 50


class Transactor(UUIDPrimaryKey, Timestamps, Base):
    """A merchant or person money goes to or comes from: one row for many raw spellings.

    `key` is app.categorization.merchants' normalised key; `merged_keys` are the keys of
    transactors merged into this one, so a new "SWIGGY*ORDER" still lands here after a merge."""

    __tablename__ = "transactors"
    __table_args__ = (UniqueConstraint("user_id", "key", name="uq_transactors_user_id_key"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(100))
    aliases: Mapped[list[str]] = mapped_column(ARRAY(Text), default=list)  # raw spellings seen
    merged_keys: Mapped[list[str]] = mapped_column(ARRAY(String(100)), default=list)
    # The embedding categoriser's vector of the name (float32 little-endian, 384 values) and the
    # model that made it: a known merchant costs a lookup, not an inference.
    embedding: Mapped[bytes | None] = mapped_column(
        LargeBinary, deferred=True, deferred_raiseload=True
    )
    embedding_model: Mapped[str | None] = mapped_column(String(40))
