import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from app.schemas.auth import Password, TimeZoneName

CurrencyCode = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{3}$")]
# A BCP 47 language tag as browsers take it ("en-IN", "de-DE", "hi", "zh-Hans-CN").
LocaleTag = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$", max_length=35),
    Field(description="BCP 47 language tag for number and date formats", examples=["en-IN"]),
]
WeekStart = Annotated[
    int, Field(ge=1, le=7, description="first day of the week: 1 Monday … 7 Sunday")
]


class UserPublic(BaseModel):
    # Every field is in every answer (app.schemas.common.ResponseModel).
    model_config = ConfigDict(
        from_attributes=True, json_schema_serialization_defaults_required=True
    )

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
    locale: str | None = Field(
        description="BCP 47 tag for number and date formats; null: the browser's"
    )
    week_start: int = Field(description="first day of the week: 1 Monday … 7 Sunday (ISO)")
    email_budget_alerts: bool = Field(
        description="budget alerts (80 % / 100 %) arrive by email too; sign-in codes and "
        "security notices always do"
    )
    created_at: datetime
    totp_enabled: bool = Field(description="Signs in with a code from an authenticator app too")
    totp_required: bool = Field(description="An admin requires two-factor sign-in of this user")
    totp_required_but_missing: bool = Field(
        False,
        description="Two-factor sign-in is required (of this user, or of everyone) and not set "
        "up: until it is, only the profile and the two-factor set-up can be used",
    )

    @field_validator("role", mode="before")
    @classmethod
    def role_name(cls, value: object) -> object:
        return getattr(value, "name", value)


class UserUpdateMe(BaseModel):
    full_name: Annotated[str | None, Field(max_length=200)] = None
    base_currency: CurrencyCode | None = None
    timezone: TimeZoneName | None = None
    locale: LocaleTag | None = Field(None, description="send null to use the browser's")
    week_start: WeekStart | None = None
    email_budget_alerts: bool | None = None


class PasswordChange(BaseModel):
    current_password: str = Field(min_length=1, max_length=128)
    new_password: Password


class UserAdminUpdate(UserUpdateMe):
    role: str | None = None
    is_active: bool | None = None
    is_verified: bool | None = None
    totp_required: bool | None = Field(None, description="Require two-factor sign-in of this user")
