import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from app.schemas.auth import Password, TimeZoneName

CurrencyCode = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{3}$")]


class UserPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    email: str
    full_name: str | None
    is_verified: bool
    is_active: bool
    role: str
    base_currency: str
    timezone: str = Field(
        description="IANA time zone: your days, months and budgets are days there"
    )
    created_at: datetime

    @field_validator("role", mode="before")
    @classmethod
    def role_name(cls, value: object) -> object:
        return getattr(value, "name", value)


class UserUpdateMe(BaseModel):
    full_name: Annotated[str | None, Field(max_length=200)] = None
    base_currency: CurrencyCode | None = None
    timezone: TimeZoneName | None = None


class PasswordChange(BaseModel):
    current_password: str = Field(min_length=1, max_length=128)
    new_password: Password


class UserAdminUpdate(UserUpdateMe):
    role: str | None = None
    is_active: bool | None = None
    is_verified: bool | None = None
