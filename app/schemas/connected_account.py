import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from app.schemas.job import JobPublic

# Only these settings are shown to the client; the upload's path on the server is not.
PUBLIC_SETTINGS = frozenset(
    {"host", "port", "security", "folder", "username", "filename", "size", "accounts"}
)


class ConnectedAccountPublic(BaseModel):
    """A connected mailbox as the API shows it: never its credentials."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    provider: str
    address: str
    display_name: str
    status: str
    last_error: str | None
    last_synced_at: datetime | None
    created_at: datetime
    settings: dict[str, Any]

    @field_validator("settings", mode="before")
    @classmethod
    def public_settings(cls, value: object) -> object:
        if isinstance(value, dict):
            return {key: item for key, item in value.items() if key in PUBLIC_SETTINGS}
        return value


class ImapAccountCreate(BaseModel):
    host: Annotated[str, Field(min_length=1, max_length=255, pattern=r"^[A-Za-z0-9.\-:\[\]]+$")]
    port: Annotated[int, Field(ge=1, le=65535)] = 993
    security: Literal["tls", "starttls"] = "tls"
    username: Annotated[str, Field(min_length=1, max_length=320)]
    password: Annotated[SecretStr, Field(min_length=1, max_length=1024)]
    folder: Annotated[str, Field(min_length=1, max_length=200)] = "INBOX"
    display_name: Annotated[str, Field(max_length=200)] = ""


class SyncRequest(BaseModel):
    mode: Literal["initial", "incremental"] = "incremental"
    months: Annotated[int | None, Field(ge=1, le=120, description="initial window")] = None


class SyncStarted(BaseModel):
    """A mailbox sync asked for: the job it queued, or the one already pending or running."""

    account_id: uuid.UUID
    mode: str
    queued: bool = Field(description="false: this mailbox's sync was already pending or running")
    job: JobPublic


class GoogleConsent(BaseModel):
    authorization_url: str
