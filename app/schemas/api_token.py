import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

ApiTokenScope = Literal["read", "write", "admin"]
MAX_LIFETIME_DAYS = 365


class ApiTokenCreate(BaseModel):
    name: Annotated[
        str,
        StringConstraints(strip_whitespace=True, min_length=1, max_length=100),
        Field(description="What the token is for, e.g. 'nightly export script'"),
    ]
    scope: ApiTokenScope = Field(
        description="read: GET routes only; write: everything you can do, but changing your "
        "password; admin: administrator routes too (administrators only)"
    )
    expires_in_days: int = Field(
        30,
        ge=1,
        le=MAX_LIFETIME_DAYS,
        description="Lifetime in days (at most a year). A token made with another API token "
        "expires no later than that token.",
    )


class ApiTokenPublic(BaseModel):
    """A token as listed: never its secret."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    scope: ApiTokenScope
    prefix: str = Field(description="The secret's first characters, to recognise it")
    created_at: datetime
    expires_at: datetime
    last_used_at: datetime | None = Field(
        description="When it was last used (recorded at most once a minute)"
    )


class ApiTokenCreated(ApiTokenPublic):
    token: str = Field(
        description="The secret, for `Authorization: Bearer ...`: shown only in this response"
    )
