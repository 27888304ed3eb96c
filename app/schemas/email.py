import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.common import ResponseModel

EmailStatus = Literal["stored", "failed"]


class EmailFilters(BaseModel):
    """Query parameters of the email list; every filter is optional."""

    account_id: uuid.UUID | None = None
    received_from: datetime | None = Field(None, description="inclusive")
    received_to: datetime | None = Field(None, description="exclusive")
    status: EmailStatus | None = None
    sender: Annotated[str | None, Field(max_length=320, description="part of the address")] = None
    q: Annotated[
        str | None,
        Field(
            min_length=1,
            max_length=200,
            description="words that start words of the subject, sender or body",
        ),
    ] = None


class EmailSummary(ResponseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    account_id: uuid.UUID
    message_id: str
    sender: str
    sender_name: str
    subject: str
    received_at: datetime
    size: int
    status: EmailStatus
    failure_reason: str | None
    snippet: str = ""


class EmailDetail(EmailSummary):
    body_text: str
    created_at: datetime
    extraction: dict[str, Any] | None = None  # filled in once extraction results exist
