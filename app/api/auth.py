"""/api/auth: sign-up, codes, login, token refresh and logout."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from app.api import session_cookie
from app.api.deps import CacheDep, CurrentUser, IdentityCacheDep, SessionDep, SettingsDep
from app.core import rate_limit
from app.schemas.auth import (
    EmailRequest,
    RefreshRequest,
    RegisterRequest,
    SecondFactorChallenge,
    TokenPair,
    TotpLoginRequest,
    VerifyOtpRequest,
)
from app.schemas.common import Message
from app.services import auth as auth_service

router = APIRouter(prefix="/api/auth", tags=["auth"])

CODE_SENT = "If an account exists for this address, a code is on its way."
REGISTER_ACCEPTED = "Check your inbox: we sent a message to this address with what to do next."


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def _limit(
    request: Request, cache: CacheDep, settings: SettingsDep, action: str, email: str, limit: int
) -> None:
    """Count the attempt against both the client address and the email it targets."""
    window = settings.rate_limit_window_seconds
    await rate_limit.hit(
        cache, f"{action}:ip:{_client(request)}", limit=limit * 3, window_seconds=window
    )
    await rate_limit.hit(
        cache, f"{action}:email:{email.lower()}", limit=limit, window_seconds=window
    )


@router.post("/register", response_model=Message, status_code=status.HTTP_202_ACCEPTED)
async def register(
    data: RegisterRequest,
    request: Request,
    session: SessionDep,
    cache: CacheDep,
    settings: SettingsDep,
) -> Message:
    """Start a sign-up: the answer is the same whether or not the address has an account; the
    code (or a note saying why there is none) goes to the address."""
    await _limit(request, cache, settings, "otp", data.email, settings.otp_rate_limit)
    await auth_service.register(session, cache, settings, data)
    return Message(message=REGISTER_ACCEPTED)


@router.post("/verify-otp", response_model=TokenPair | SecondFactorChallenge)
async def verify_otp(
    data: VerifyOtpRequest,
    request: Request,
    response: Response,
    session: SessionDep,
    cache: CacheDep,
    settings: SettingsDep,
) -> TokenPair | SecondFactorChallenge:
    """A right code signs in; with two-factor sign-in on it answers a challenge instead: finish
    with /login/totp."""
    await _limit(request, cache, settings, "verify", data.email, settings.otp_rate_limit)
    answer = await auth_service.verify_code(session, cache, settings, data.email, data.code)
    return session_cookie.deliver(request, response, settings, answer)


@router.post("/resend-otp", response_model=Message, status_code=status.HTTP_202_ACCEPTED)
async def resend_otp(
    data: EmailRequest,
    request: Request,
    session: SessionDep,
    cache: CacheDep,
    settings: SettingsDep,
) -> Message:
    await _limit(request, cache, settings, "otp", data.email, settings.otp_rate_limit)
    await auth_service.request_code(session, cache, settings, data.email, "verify")
    return Message(message=CODE_SENT)


@router.post("/login-code", response_model=Message, status_code=status.HTTP_202_ACCEPTED)
async def login_code(
    data: EmailRequest,
    request: Request,
    session: SessionDep,
    cache: CacheDep,
    settings: SettingsDep,
) -> Message:
    """Email a sign-in code instead of using a password; finish with /verify-otp."""
    await _limit(request, cache, settings, "otp", data.email, settings.otp_rate_limit)
    await auth_service.request_code(session, cache, settings, data.email, "login")
    return Message(message=CODE_SENT)


@router.post("/login", response_model=TokenPair | SecondFactorChallenge)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    request: Request,
    response: Response,
    session: SessionDep,
    cache: CacheDep,
    settings: SettingsDep,
) -> TokenPair | SecondFactorChallenge:
    """OAuth2 password form: `username` is the email address. The web app (header
    X-FinCoach-Client: web) gets its refresh token as an httpOnly cookie, not in the body. With
    two-factor sign-in on, a right password answers a challenge instead: finish with
    /login/totp."""
    await _limit(request, cache, settings, "login", form.username, settings.login_rate_limit)
    answer = await auth_service.login(session, cache, settings, form.username, form.password)
    return session_cookie.deliver(request, response, settings, answer)


@router.post("/login/totp", response_model=TokenPair)
async def login_totp(
    data: TotpLoginRequest,
    request: Request,
    response: Response,
    session: SessionDep,
    cache: CacheDep,
    settings: SettingsDep,
) -> TokenPair:
    """The second step of a two-factor sign-in: the challenge from /login (or /verify-otp) and
    a code from the authenticator app, or a recovery code. Wrong codes count against the
    challenge (OTP_MAX_ATTEMPTS) and the account's wrong codes for the day."""
    await rate_limit.hit(
        cache,
        f"totp:ip:{_client(request)}",
        limit=settings.login_rate_limit * 3,
        window_seconds=settings.rate_limit_window_seconds,
    )
    pair = await auth_service.login_second_factor(
        session, cache, settings, data.challenge, data.code
    )
    return session_cookie.deliver(request, response, settings, pair)


@router.post("/refresh", response_model=TokenPair)
async def refresh(
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    data: RefreshRequest | None = None,
) -> TokenPair:
    """A new token pair for the refresh token in the body, or the web app's cookie."""
    token = session_cookie.presented_refresh_token(
        request, settings, data.refresh_token if data else None
    )
    pair = await auth_service.refresh(session, settings, token)
    return session_cookie.deliver(request, response, settings, pair)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    data: RefreshRequest | None = None,
) -> None:
    """Sign this session out (its refresh token's family)."""
    token = session_cookie.presented_refresh_token(
        request, settings, data.refresh_token if data else None
    )
    session_cookie.forget(response, settings)
    await auth_service.logout(session, settings, token)


@router.post("/logout-all", status_code=status.HTTP_204_NO_CONTENT)
async def logout_everywhere(
    user: CurrentUser,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    identities: IdentityCacheDep,
) -> None:
    """Sign out every session of the signed-in user, this one included: refresh tokens are
    revoked and access tokens stop working within AUTH_CACHE_SECONDS."""
    await auth_service.sign_out_everywhere(session, user)
    identities.forget(user.id)
    session_cookie.forget(response, settings)
