import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class AttachmentPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    filename: str
    content_type: str
    size: int = Field(description="bytes")
    origin: Literal["email", "upload"] = Field(
        description="email: it came with the email the transaction was read from"
    )
    text_error: str | None = Field(
        description="why the text of this PDF could not be read (encrypted, malformed, too big)"
    )
    created_at: datetime
