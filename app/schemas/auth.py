from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, EmailStr, Field, StringConstraints

from app.core.timezones import check_timezone
from app.schemas.common import ResponseModel

OtpCode = Annotated[str, StringConstraints(pattern=r"^\d{6}$")]
Password = Annotated[str, Field(min_length=8, max_length=128)]
TimeZoneName = Annotated[
    str,
    Field(max_length=64, description="IANA time zone name, e.g. Asia/Kolkata", examples=["UTC"]),
    AfterValidator(check_timezone),
]


class RegisterRequest(BaseModel):
    email: EmailStr
    password: Password
    full_name: Annotated[str | None, Field(max_length=200)] = None
    timezone: TimeZoneName | None = Field(
        None, description="your time zone (the browser's); default UTC"
    )


class VerifyOtpRequest(BaseModel):
    email: EmailStr
    code: OtpCode = Field(description="The 6-digit code from the email")


class EmailRequest(BaseModel):
    email: EmailStr


class RefreshRequest(BaseModel):
    refresh_token: str | None = Field(
        None,
        min_length=1,
        max_length=4096,
        description="Scripts send it here; the web app leaves it out and sends its cookie.",
    )


class TokenPair(ResponseModel):
    access_token: str
    refresh_token: str | None = Field(
        description="Null for the web app (X-FinCoach-Client: web): it is in an httpOnly cookie."
    )
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="Seconds until the access token expires")
