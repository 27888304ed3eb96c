"""Two-factor sign-in: time-based one-time passwords (RFC 6238 as every authenticator app reads
them: 6 digits, 30 s steps, HMAC-SHA1), recovery codes, the sign-in challenge, and who must use it.

- The secret is Fernet-encrypted at rest (ENCRYPTION_KEY; rotated with the mailbox secrets).
- A code is accepted one step early or late (clock drift), and only for a later step than the
  last one accepted, so an overheard code cannot be replayed, not even within its window.
- Recovery codes carry 80 random bits each and are stored as SHA-256 digests, spent once.
- Wrong codes count against the account's daily allowance of wrong codes, shared with the
  emailed codes (app.services.otp): the guess that uses it up locks codes for the day and
  tells the owner.
- After a right password (or emailed code), an account with two-factor sign-in gets a
  challenge instead of tokens: a random token whose digest is kept in Redis DB 0 for
  TOTP_CHALLENGE_SECONDS, good for one sign-in and OTP_MAX_ATTEMPTS wrong codes.
- Policy: an admin may require two-factor sign-in of one user (users.totp_required) or of
  everyone (site_settings.require_totp). Such a user without it is still signed in, to set it
  up, but may use nothing else until it is on (app.services.auth: totp_enrolment_required).
"""

import hashlib
import hmac
import re
import secrets
import time
import uuid
from datetime import UTC, datetime
from typing import Literal

import pyotp
import segno
from cryptography.fernet import InvalidToken
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.core.errors import BadRequest, Conflict, TooManyRequests, Unauthorized
from app.core.security import decrypt_secret, encrypt_secret, secrets_cipher, verify_password
from app.core.tasks import SEND_ACCOUNT_NOTICE, AccountNotice, NoticeKind
from app.crud import site_settings, totp, users
from app.models import User
from app.schemas.auth import SecondFactorChallenge
from app.schemas.totp import TotpEnrolment, TotpProof, TotpStatus
from app.services import otp

STEP_SECONDS = 30
DRIFT_STEPS = 1  # a code of the step before or after the current one is accepted too
RECOVERY_CODE_COUNT = 10
RECOVERY_CODE_GROUPS = 4  # of 4 characters: "abcd-efgh-jkmn-pqrs", 80 bits
# Crockford's base 32: no i, l, o or u, so a code read off paper is typed right.
RECOVERY_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"
_CONFUSABLE = str.maketrans({"i": "1", "l": "1", "o": "0"})
_TOTP_CODE = re.compile(r"\d{6}")

Outcome = Literal["ok", "reused", "wrong"]


# ---- policy --------------------------------------------------------------------------------


def must_enrol(*, enabled: bool, required: bool, required_everywhere: bool) -> bool:
    """True for a user an admin requires to use two-factor sign-in who has not set it up."""
    return not enabled and (required or required_everywhere)


async def required_of(session: AsyncSession, user: User) -> bool:
    """Whether two-factor sign-in is required of `user` (by their own flag or everyone's)."""
    return user.totp_required or await site_settings.require_totp(session)


async def enrolment_outstanding(session: AsyncSession, user: User) -> bool:
    """True while `user` must set up two-factor sign-in before using FinCoach."""
    if user.totp_enabled or user.totp_required:
        return not user.totp_enabled
    return await site_settings.require_totp(session)


# ---- codes ---------------------------------------------------------------------------------


def _matching_step(secret: str, code: str, now: float) -> int | None:
    """The time step within the allowed drift whose code is `code`, if any."""
    generator = pyotp.TOTP(secret)
    current = int(now // STEP_SECONDS)
    found = None
    for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1):
        # Every candidate is compared (in constant time), whichever matches.
        if hmac.compare_digest(generator.generate_otp(step), code):
            found = step
    return found


def _use_totp(settings: Settings, user: User, code: str) -> Outcome:
    """Check an authenticator code against the user's secret; a right one spends its step."""
    if user.totp_secret is None:
        return "wrong"
    step = _matching_step(decrypt_secret(settings, user.totp_secret), code, time.time())
    if step is None:
        return "wrong"
    if user.totp_last_step is not None and step <= user.totp_last_step:
        return "reused"
    user.totp_last_step = step
    return "ok"


def _new_recovery_code() -> str:
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(4 * RECOVERY_CODE_GROUPS))
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))


def _recovery_digest(code: str) -> str:
    """The stored digest of a recovery code, whatever its case, spaces and dashes."""
    normal = re.sub(r"[\s-]", "", code.lower()).translate(_CONFUSABLE)
    return hashlib.sha256(normal.encode()).hexdigest()


async def _replace_recovery_codes(session: AsyncSession, user: User) -> list[str]:
    codes = [_new_recovery_code() for _ in range(RECOVERY_CODE_COUNT)]
    await totp.replace_recovery_codes(session, user.id, [_recovery_digest(c) for c in codes])
    return codes


async def verify_second_factor(
    session: AsyncSession, redis: "Redis", settings: Settings, user: User, code: str
) -> None:
    """Accept an authenticator code or an unspent recovery code of `user` (whose row the caller
    has locked). A wrong or replayed one counts against the account's daily allowance of wrong
    codes and raises BadRequest (invalid_code or totp_code_reused); the one that uses up the
    allowance raises CodesLocked and tells the owner."""
    await otp.refuse_if_locked(redis, settings, user.email)
    compact = re.sub(r"[\s-]", "", code)  # "123 456" as an app may show it
    outcome: Outcome
    if _TOTP_CODE.fullmatch(compact):
        outcome = _use_totp(settings, user, compact)
    elif await totp.spend_recovery_code(session, user.id, _recovery_digest(code)):
        _tell(session, user, "recovery_code_used")
        outcome = "ok"
    else:
        outcome = "wrong"
    if outcome == "ok":
        await otp.forget_failures(redis, user.email)
        return
    try:
        await otp.count_failure(redis, settings, user.email)
    except otp.CodesLocked as exc:
        _tell(session, user, "second_factor_locked")
        exc.keep_changes = True  # so the notice is sent although the request fails
        raise
    if outcome == "reused":
        raise BadRequest(
            "That code was used already. Wait for the next one in your app.",
            code="totp_code_reused",
        )
    raise BadRequest("That code is not right.", code="invalid_code")


def _tell(session: AsyncSession, user: User, notice: NoticeKind) -> None:
    SEND_ACCOUNT_NOTICE.defer(session, AccountNotice(email=user.email, notice=notice))


# ---- enrolment -----------------------------------------------------------------------------


async def status(session: AsyncSession, user: User) -> TotpStatus:
    return TotpStatus(
        enabled=user.totp_enabled,
        enabled_at=user.totp_enabled_at,
        enrolment_pending=user.totp_pending_secret is not None,
        required=await required_of(session, user),
        recovery_codes_left=await totp.count_unspent(session, user.id) if user.totp_enabled else 0,
    )


def start_enrolment(settings: Settings, user: User) -> TotpEnrolment:
    """A new secret for the user's authenticator app, kept (encrypted) as pending until a code
    confirms it; starting again replaces it."""
    if user.totp_enabled:
        raise Conflict(
            "Two-factor sign-in is already on. Turn it off first to set it up again.",
            code="totp_already_enabled",
        )
    secret = pyotp.random_base32()  # 160 bits
    user.totp_pending_secret = encrypt_secret(settings, secret)
    uri = pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name=settings.app_name)
    qr = segno.make(uri, error="m").svg_data_uri(scale=5, border=2)
    return TotpEnrolment(secret=secret, otpauth_uri=uri, qr_code=qr)


async def confirm_enrolment(
    session: AsyncSession, settings: Settings, user: User, code: str
) -> list[str]:
    """Turn two-factor sign-in on with a code from the pending secret; the new recovery codes
    (shown once)."""
    await users.lock(session, user)
    if user.totp_enabled:
        raise Conflict("Two-factor sign-in is already on.", code="totp_already_enabled")
    if user.totp_pending_secret is None:
        raise BadRequest(
            "Start setting up two-factor sign-in first: there is no code to confirm.",
            code="totp_not_started",
        )
    step = _matching_step(decrypt_secret(settings, user.totp_pending_secret), code, time.time())
    if step is None:
        raise BadRequest(
            "That code is not right. Check that your phone's clock is set automatically, and "
            "enter the code the app shows now.",
            code="invalid_code",
        )
    user.totp_secret, user.totp_pending_secret = user.totp_pending_secret, None
    user.totp_enabled_at = datetime.now(UTC)
    user.totp_last_step = step
    codes = await _replace_recovery_codes(session, user)
    _tell(session, user, "totp_enabled")
    return codes


async def disable(
    session: AsyncSession, redis: "Redis", settings: Settings, user: User, proof: TotpProof
) -> None:
    """Turn two-factor sign-in off, given the password or a code. If an admin requires it, the
    user is back to having to set it up before anything else."""
    await users.lock(session, user)
    _ensure_enabled(user)
    await _check_proof(session, redis, settings, user, proof)
    await _turn_off(session, user)


async def regenerate_recovery_codes(
    session: AsyncSession, redis: "Redis", settings: Settings, user: User, proof: TotpProof
) -> list[str]:
    """New recovery codes in place of all the earlier ones, given the password or a code."""
    await users.lock(session, user)
    _ensure_enabled(user)
    await _check_proof(session, redis, settings, user, proof)
    return await _replace_recovery_codes(session, user)


async def reset_by_admin(session: AsyncSession, user: User) -> None:
    """An admin turns a user's two-factor sign-in off (a lost phone and lost recovery codes)."""
    await users.lock(session, user)
    if user.totp_enabled or user.totp_pending_secret is not None:
        await _turn_off(session, user)


def _ensure_enabled(user: User) -> None:
    if not user.totp_enabled:
        raise BadRequest("Two-factor sign-in is not on.", code="totp_not_enabled")


async def _check_proof(
    session: AsyncSession, redis: "Redis", settings: Settings, user: User, proof: TotpProof
) -> None:
    if proof.code is not None:
        await verify_second_factor(session, redis, settings, user, proof.code)
        return
    valid, _ = await verify_password(proof.password or "", user.password_hash)
    if not valid:
        raise BadRequest("The password is not right.", code="wrong_password")


async def _turn_off(session: AsyncSession, user: User) -> None:
    was_on = user.totp_enabled
    user.totp_secret = user.totp_pending_secret = None
    user.totp_enabled_at = None
    user.totp_last_step = None
    await totp.delete_recovery_codes(session, user.id)
    if was_on:
        _tell(session, user, "totp_disabled")


# ---- the sign-in challenge -----------------------------------------------------------------


def _challenge_key(challenge: str) -> str:
    # Kept by digest: what Redis holds cannot be presented as a challenge.
    return f"totp-challenge:{hashlib.sha256(challenge.encode()).hexdigest()}"


async def issue_challenge(redis: "Redis", settings: Settings, user: User) -> SecondFactorChallenge:
    challenge = secrets.token_urlsafe(32)
    key = _challenge_key(challenge)
    async with redis.pipeline(transaction=True) as pipe:
        pipe.hset(key, mapping={"user": str(user.id), "attempts": 0})
        pipe.expire(key, settings.totp_challenge_seconds)
        await pipe.execute()
    return SecondFactorChallenge(challenge=challenge, expires_in=settings.totp_challenge_seconds)


def _challenge_refused() -> Unauthorized:
    return Unauthorized(
        "This sign-in has expired or was already used. Sign in again.", code="invalid_challenge"
    )


async def redeem_challenge(
    session: AsyncSession, redis: "Redis", settings: Settings, challenge: str, code: str
) -> User:
    """The user whose challenge this is, when `code` is right: the challenge is spent. A wrong
    code costs one of the challenge's attempts (and counts against the account's day)."""
    key = _challenge_key(challenge)
    user_id = await redis.hget(key, "user")  # type: ignore[misc]
    if not user_id:
        raise _challenge_refused()
    user = await users.get_for_update(session, uuid.UUID(user_id))
    if user is None or not user.totp_enabled:
        await redis.delete(key)
        raise _challenge_refused()
    try:
        await verify_second_factor(session, redis, settings, user, code)
    except otp.CodesLocked:
        await redis.delete(key)
        raise
    except BadRequest as exc:
        async with redis.pipeline(transaction=True) as pipe:
            pipe.hincrby(key, "attempts", 1)
            pipe.ttl(key)
            attempts, ttl = await pipe.execute()
        left = settings.otp_max_attempts - attempts
        if left <= 0 or ttl < 0:  # used up, or it expired meanwhile
            await redis.delete(key)
            raise TooManyRequests(
                "Too many wrong codes. Sign in again.", retry_after=1, code="too_many_attempts"
            ) from exc
        raise BadRequest(
            f"{exc.message} {left} attempt{'s' if left != 1 else ''} left.", code=exc.code
        ) from exc
    if not await redis.delete(key):
        raise _challenge_refused()  # another request spent it first
    return user


# ---- key rotation --------------------------------------------------------------------------


async def reencrypt_secrets(session: AsyncSession, old_keys: str, new_key: str) -> int:
    """Re-encrypt every stored TOTP secret under `new_key` (any of `old_keys` decrypts it)."""
    cipher = secrets_cipher(f"{new_key},{old_keys}")
    stored = await users.list_with_totp_secrets_for_update(session)
    for user in stored:
        try:
            if user.totp_secret:
                user.totp_secret = cipher.rotate(user.totp_secret.encode()).decode()
            if user.totp_pending_secret:
                pending = user.totp_pending_secret.encode()
                user.totp_pending_secret = cipher.rotate(pending).decode()
        except InvalidToken as exc:
            raise ValueError(
                f"user {user.id}: no current ENCRYPTION_KEY decrypts its two-factor secret; "
                "nothing was changed"
            ) from exc
    await session.flush()
    return len(stored)
