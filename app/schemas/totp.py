"""Two-factor sign-in (TOTP): enrolment, proofs, recovery codes, and the admin's policy."""

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field, model_validator

from app.schemas.auth import OtpCode, SecondFactorCode
from app.schemas.common import ResponseModel


class TotpEnrolment(ResponseModel):
    """A new secret to add to an authenticator app. Nothing changes until it is confirmed with
    a code the app shows (POST /api/v1/users/me/totp/confirm)."""

    secret: str = Field(description="The secret in base 32, for typing into the app by hand")
    otpauth_uri: str = Field(description="otpauth://totp/... (what the QR code holds)")
    qr_code: str = Field(description="The QR code as an SVG data: URL, for an <img>")


class TotpConfirm(BaseModel):
    code: OtpCode = Field(description="The 6-digit code your authenticator app shows now")


class TotpRecoveryCodes(ResponseModel):
    """One-time codes that sign in in place of an authenticator code. Shown only now: they are
    stored as digests."""

    recovery_codes: list[str]


class TotpProof(BaseModel):
    """Proof that the person at the keyboard is the account's owner: the current password, or a
    current authenticator code (or an unused recovery code)."""

    password: Annotated[str | None, Field(min_length=1, max_length=128)] = None
    code: SecondFactorCode | None = None

    @model_validator(mode="after")
    def one_proof(self) -> "TotpProof":
        if self.password is None and self.code is None:
            raise ValueError("give your password or a code from your authenticator app")
        return self


class TotpStatus(ResponseModel):
    enabled: bool
    enabled_at: datetime | None
    enrolment_pending: bool = Field(description="A secret was shown but not confirmed yet")
    required: bool = Field(description="An admin requires two-factor sign-in of this account")
    recovery_codes_left: int


class SiteSettingsPublic(ResponseModel):
    require_totp: bool = Field(description="Every user must sign in with a second factor")


class SiteSettingsUpdate(BaseModel):
    require_totp: bool | None = None
