from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, EmailStr, Field, StringConstraints

from app.core.timezones import check_timezone
from app.schemas.common import ResponseModel

OtpCode = Annotated[str, StringConstraints(pattern=r"^\d{6}$")]
# A 6-digit code from an authenticator app, or a recovery code ("abcd-efgh-jkmn-pqrs").
SecondFactorCode = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=6, max_length=32, pattern=r"^[A-Za-z0-9 -]+$"
    ),
    Field(description="The 6-digit code from your authenticator app, or a recovery code"),
]
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


class SecondFactorChallenge(ResponseModel):
    """The password (or emailed code) was right and the account uses two-factor sign-in: finish
    with POST /api/auth/login/totp, this challenge and a code, within `expires_in` seconds."""

    second_factor: Literal["totp"] = "totp"
    challenge: str = Field(description="Single use; valid for one sign-in only")
    expires_in: int = Field(description="Seconds the challenge stays valid")


class TotpLoginRequest(BaseModel):
    challenge: str = Field(min_length=1, max_length=200)
    code: SecondFactorCode
