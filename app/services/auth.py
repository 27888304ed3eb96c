"""Sign-up, one-time codes, password login and the refresh-token rotation with reuse detection."""

import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal, Protocol

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.core.errors import Forbidden, Unauthorized
from app.core.security import (
    DUMMY_PASSWORD_HASH,
    create_token,
    decode_token,
    hash_password,
    refuse_weak_password,
    verify_password,
)
from app.core.tasks import SEND_ACCOUNT_NOTICE, SEND_OTP_EMAIL, AccountNotice, OtpEmail
from app.core.timezones import DEFAULT_TIMEZONE
from app.core.ttl_cache import TTLCache
from app.crud import refresh_tokens, roles, users
from app.models import User
from app.models.role import ADMIN_ROLE, USER_ROLE
from app.schemas.auth import RegisterRequest, SecondFactorChallenge, TokenPair
from app.services import otp, totp

SignInResult = TokenPair | SecondFactorChallenge

CodePurpose = Literal["verify", "login"]


@dataclass(frozen=True, slots=True)
class Identity:
    """Who is signed in, as most routes need it: no entity, no role, nothing to lazy-load."""

    id: uuid.UUID
    base_currency: str
    timezone: str  # IANA name: the user's days (app.core.timezones)
    token_version: int  # access tokens with another version are refused


@dataclass(frozen=True, slots=True)
class AccessClaims:
    """What a verified access token says: whose it is, and the token version it was issued at
    (0 for tokens issued before versions existed)."""

    user_id: uuid.UUID
    version: int
    expires_at: float  # the token's exp, seconds since the epoch


# Verified access tokens by the token itself, kept by each API process for AUTH_CACHE_SECONDS
# (and never past their expiry): the same string verifies the same way every time, so a repeat
# skips the HMAC, base64 and JSON of a decode (app.api.deps). Revocation is unaffected: the
# token version is compared with the identity's on every request.
ClaimsCache = TTLCache[str, AccessClaims]

# Identities by user id, kept by each API process for AUTH_CACHE_SECONDS (app.api.deps).
IdentityCache = TTLCache[uuid.UUID, Identity]


class _SignInFacts(Protocol):
    @property
    def is_active(self) -> bool: ...

    @property
    def is_verified(self) -> bool: ...


class _EnrolmentFacts(Protocol):
    @property
    def totp_enabled(self) -> bool: ...

    @property
    def totp_required(self) -> bool: ...

    @property
    def totp_required_everywhere(self) -> bool: ...


async def register(
    session: AsyncSession, redis: "Redis", settings: Settings, data: RegisterRequest
) -> None:
    """Start a sign-up, answering the same whatever the address's state (no account probing);
    what differs goes to the address's inbox:
    - new address: an unverified account and a code bound to it;
    - a sign-up already waiting for its code: nothing changes (its password is never replaced,
      so whoever registered first and holds the inbox keeps the account); the inbox is told;
    - a verified account: nothing changes; the owner is told someone tried.
    A waiting sign-up older than PENDING_REGISTRATION_HOURS is dropped and replaced, so an
    address someone else started to register is not blocked for ever."""
    email = data.email.lower()
    await refuse_weak_password(data.password, [email, data.full_name or ""])
    await otp.refuse_if_locked(redis, settings, email)
    await otp.start_resend_cooldown(redis, settings, email)
    user = await users.get_by_email(session, email)
    if user is not None and not user.is_verified and _pending_expired(settings, user):
        await users.delete(session, user)
        user = None
    if user is not None:
        notice = "already_registered" if user.is_verified else "registration_pending"
        SEND_ACCOUNT_NOTICE.defer(session, AccountNotice(email=email, notice=notice))
        return
    user = await users.create(
        session,
        email=email,
        password_hash=await hash_password(data.password),
        full_name=data.full_name,
        role_id=await role_for_new_user(session),
        base_currency=settings.default_currency,
        timezone=data.timezone or DEFAULT_TIMEZONE,
    )
    SEND_OTP_EMAIL.defer(
        session, OtpEmail(email=email, purpose="verify", registration=str(user.id))
    )


def _pending_expired(settings: Settings, user: User) -> bool:
    age = datetime.now(UTC) - user.created_at
    return age > timedelta(hours=settings.pending_registration_hours)


async def role_for_new_user(session: AsyncSession) -> int:
    # The first account of a self-hosted install administers it. Decided under a lock, so two
    # simultaneous first sign-ups cannot both count zero users.
    await users.lock_sign_ups(session)
    name = ADMIN_ROLE if await users.count(session) == 0 else USER_ROLE
    role = await roles.get_by_name(session, name)
    if role is None:
        raise RuntimeError(f"role {name!r} missing: run the migrations")
    return role.id


async def request_code(
    session: AsyncSession, redis: "Redis", settings: Settings, email: str, purpose: CodePurpose
) -> None:
    """Email a code if the account exists; answer the same either way (no account probing)."""
    email = email.lower()
    await otp.refuse_if_locked(redis, settings, email)
    await otp.start_resend_cooldown(redis, settings, email)
    user = await users.get_by_email(session, email)
    if user and user.is_active and (purpose == "login" or not user.is_verified):
        SEND_OTP_EMAIL.defer(
            session, OtpEmail(email=email, purpose=purpose, registration=str(user.id))
        )


async def verify_code(
    session: AsyncSession, redis: "Redis", settings: Settings, email: str, code: str
) -> SignInResult:
    """A correct code for the address's current registration verifies the address and signs
    the person in (with two-factor sign-in on: a challenge for the second factor). The guess
    that uses up the day's allowance emails the owner."""
    email = email.lower()
    user = await users.get_by_email(session, email)
    registration = str(user.id) if user else "no-account"
    try:
        await otp.verify_code(redis, settings, email, registration, code)
    except otp.CodesLocked as exc:
        if exc.just_now and user is not None:
            SEND_ACCOUNT_NOTICE.defer(session, AccountNotice(email=email, notice="codes_locked"))
            exc.keep_changes = True  # so the notice is sent although the request fails
        raise
    if user is None or not user.is_active:
        raise Unauthorized("This account cannot sign in.", code="account_disabled")
    user.is_verified = True
    return await _signed_in(session, redis, settings, user)


async def login(
    session: AsyncSession, redis: "Redis", settings: Settings, email: str, password: str
) -> SignInResult:
    """Tokens for a right password; with two-factor sign-in on, a challenge for the code."""
    user = await users.get_by_email(session, email.lower())
    valid, new_hash = await verify_password(
        password, user.password_hash if user else DUMMY_PASSWORD_HASH
    )
    if user is None or not valid:
        raise Unauthorized("Wrong email or password.", code="invalid_credentials")
    if new_hash:
        user.password_hash = new_hash
    _ensure_can_sign_in(user)
    return await _signed_in(session, redis, settings, user)


async def _signed_in(
    session: AsyncSession, redis: "Redis", settings: Settings, user: User
) -> SignInResult:
    """The first factor is right: tokens, or the challenge for the second factor."""
    if user.totp_enabled:
        return await totp.issue_challenge(redis, settings, user)
    return await start_session(session, settings, user)


async def login_second_factor(
    session: AsyncSession, redis: "Redis", settings: Settings, challenge: str, code: str
) -> TokenPair:
    """Finish a sign-in with its challenge and an authenticator (or recovery) code."""
    user = await totp.redeem_challenge(session, redis, settings, challenge, code)
    _ensure_can_sign_in(user)
    return await start_session(session, settings, user)


def _ensure_can_sign_in(user: _SignInFacts) -> None:
    if not user.is_active:
        raise Forbidden("This account has been deactivated.", code="account_disabled")
    if not user.is_verified:
        raise Forbidden(
            "Confirm your email first: enter the code we sent you.", code="email_not_verified"
        )


async def refresh(session: AsyncSession, settings: Settings, token: str) -> TokenPair:
    """Rotate: the presented token is spent and a new one issued in the same family. A spent
    token presented again means it leaked, so the whole family (the session) is revoked."""
    claims = decode_token(settings, token, "refresh")
    stored = await refresh_tokens.get_for_update(session, _uuid_claim(claims, "jti"))
    if stored is None:
        raise Unauthorized("Invalid refresh token.", code="invalid_token")
    if stored.revoked_at is not None:
        await refresh_tokens.revoke_family(session, stored.family_id)
        raise Unauthorized(
            "This refresh token was already used; the session has been signed out.",
            code="refresh_token_reused",
            keep_changes=True,  # the revocation must survive the refusal
        )
    user = await users.get(session, stored.user_id)
    if user is None:
        raise Unauthorized("Invalid refresh token.", code="invalid_token")
    _ensure_can_sign_in(user)
    successor = uuid.uuid4()
    pair = await _issue_tokens(session, settings, user, stored.family_id, successor)
    stored.revoked_at = datetime.now(UTC)
    stored.replaced_by = successor
    return pair


async def logout(session: AsyncSession, settings: Settings, token: str) -> None:
    claims = decode_token(settings, token, "refresh")
    await refresh_tokens.revoke_family(session, _uuid_claim(claims, "fam"))


async def sign_out_everywhere(session: AsyncSession, user: User) -> None:
    """End every session of the user: refresh tokens are revoked, and access tokens already
    handed out stop working as soon as each API process re-reads the user (AUTH_CACHE_SECONDS)."""
    user.token_version += 1
    await refresh_tokens.revoke_all_for_user(session, user.id)


async def user_from_access_token(session: AsyncSession, settings: Settings, token: str) -> User:
    """The user of an access token (the live socket's sign-in), enrolled if they must be."""
    claims = access_token_claims(settings, token)
    user = await user_by_id(session, claims.user_id)
    ensure_current(claims.version, user.token_version)
    await ensure_enrolled(session, user)
    return user


async def user_by_id(session: AsyncSession, user_id: uuid.UUID) -> User:
    """The signed-in user's row, once their token is verified: it must exist and may sign in."""
    user = await users.get(session, user_id)
    if user is None:
        raise Unauthorized("Invalid token", code="invalid_token")
    _ensure_can_sign_in(user)
    return user


async def ensure_enrolled(session: AsyncSession, user: User) -> None:
    """Refuse a user an admin requires two-factor sign-in of, until it is set up."""
    if await totp.enrolment_outstanding(session, user):
        raise _enrol_first()


def access_token_claims(settings: Settings, token: str) -> AccessClaims:
    """The claims of a valid access token (signature, expiry and type checked)."""
    claims = decode_token(settings, token, "access")
    version = claims.get("ver", 0)
    if not isinstance(version, int):
        raise Unauthorized("Invalid token", code="invalid_token")
    return AccessClaims(
        user_id=_uuid_claim(claims, "sub"), version=version, expires_at=float(claims["exp"])
    )


def cached_access_token_claims(settings: Settings, cache: ClaimsCache, token: str) -> AccessClaims:
    """access_token_claims, through `cache`; a kept token past its expiry is decoded again
    (and refused as expired)."""
    claims = cache.get(token)
    if claims is None or claims.expires_at <= time.time():
        claims = access_token_claims(settings, token)
        cache.put(token, claims)
    return claims


def ensure_current(version_signed_in: int | None, token_version: int) -> None:
    """A sign-in's token must carry the user's current token version. None: a personal API
    token, which signing out everywhere leaves alone (each is revoked on its own)."""
    if version_signed_in is not None and version_signed_in != token_version:
        raise Unauthorized(
            "This session was signed out. Please sign in again.", code="session_revoked"
        )


def _ensure_enrolled(facts: _EnrolmentFacts) -> None:
    if totp.must_enrol(
        enabled=facts.totp_enabled,
        required=facts.totp_required,
        required_everywhere=facts.totp_required_everywhere,
    ):
        raise _enrol_first()


def _enrol_first() -> Forbidden:
    return Forbidden(
        "Set up two-factor sign-in first: your administrator requires it. Go to Settings.",
        code="totp_enrolment_required",
    )


async def identity_of(session: AsyncSession, user_id: uuid.UUID) -> Identity:
    """Like user_from_access_token, from one narrow query: the user must exist, be active and
    verified, and have two-factor sign-in on if an admin requires it."""
    facts = await users.get_sign_in_facts(session, user_id)
    if facts is None:
        raise Unauthorized("Invalid token", code="invalid_token")
    _ensure_can_sign_in(facts)
    _ensure_enrolled(facts)
    return Identity(
        id=facts.id,
        base_currency=facts.base_currency,
        timezone=facts.timezone,
        token_version=facts.token_version,
    )


def _uuid_claim(claims: dict[str, object], name: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(claims[name]))
    except (KeyError, ValueError) as exc:
        raise Unauthorized("Invalid token", code="invalid_token") from exc


async def start_session(session: AsyncSession, settings: Settings, user: User) -> TokenPair:
    """A new session (token family) for a user who just proved who they are."""
    return await _issue_tokens(session, settings, user, family_id=uuid.uuid4())


async def _issue_tokens(
    session: AsyncSession,
    settings: Settings,
    user: User,
    family_id: uuid.UUID,
    jti: uuid.UUID | None = None,
) -> TokenPair:
    access_ttl = timedelta(minutes=settings.access_token_minutes)
    refresh_ttl = timedelta(days=settings.refresh_token_days)
    jti = jti or uuid.uuid4()
    await refresh_tokens.create(
        session,
        jti=jti,
        user_id=user.id,
        family_id=family_id,
        expires_at=datetime.now(UTC) + refresh_ttl,
    )
    return TokenPair(
        access_token=create_token(
            settings,
            subject=str(user.id),
            token_type="access",
            expires_in=access_ttl,
            version=user.token_version,
        ),
        refresh_token=create_token(
            settings,
            subject=str(user.id),
            token_type="refresh",
            expires_in=refresh_ttl,
            jti=jti,
            family=family_id,
        ),
        expires_in=int(access_ttl.total_seconds()),
    )
