import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field


class TransactorPublic(BaseModel):
    id: uuid.UUID
    name: str
    key: str
    aliases: list[str]
    transaction_count: int
    created_at: datetime


class TransactorRename(BaseModel):
    name: Annotated[str, Field(min_length=1, max_length=200)]


class TransactorMerge(BaseModel):
    """Move every transaction of `source_ids` to this transactor, then delete the sources."""

    source_ids: Annotated[list[uuid.UUID], Field(min_length=1, max_length=100)]
