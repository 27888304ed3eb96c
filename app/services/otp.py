"""One-time codes: 6 digits, stored only as a keyed hash in Redis DB 0, with a TTL, a cap on
wrong guesses per code and a daily cap per address, and a resend cooldown.

A code is bound to the registration it was issued for (the user row's id): a code sent for one
registration never confirms another."""

import hashlib
import hmac
import secrets

from redis.asyncio import Redis

from app.core.config import Settings
from app.core.errors import BadRequest, TooManyRequests

FAILURE_WINDOW_SECONDS = 24 * 3600


def _key(email: str) -> str:
    return f"otp:{email}"


def _failures_key(email: str) -> str:
    return f"otp-failures:{email}"


def _digest(settings: Settings, email: str, registration: str, code: str) -> str:
    return hmac.new(
        settings.secret_key.encode(), f"{email}:{registration}:{code}".encode(), hashlib.sha256
    ).hexdigest()


async def issue_code(redis: "Redis", settings: Settings, email: str, registration: str) -> str:
    """A fresh code for `email`'s registration `registration`, replacing any earlier code (the
    wrong guesses of the day still count: see verify_code)."""
    code = f"{secrets.randbelow(1_000_000):06d}"
    digest = _digest(settings, email, registration, code)
    async with redis.pipeline(transaction=True) as pipe:
        pipe.delete(_key(email))
        pipe.hset(_key(email), mapping={"digest": digest, "attempts": 0})
        pipe.expire(_key(email), settings.otp_ttl_seconds)
        await pipe.execute()
    return code


async def start_resend_cooldown(redis: "Redis", settings: Settings, email: str) -> None:
    """Refuse a new code while the last one was sent less than the cooldown ago."""
    started = await redis.set(
        f"otp-cooldown:{email}", 1, ex=settings.otp_resend_cooldown_seconds, nx=True
    )
    if not started:
        ttl = await redis.ttl(f"otp-cooldown:{email}")
        raise TooManyRequests(
            f"A code was sent recently. You can ask for a new one in {max(ttl, 1)} seconds.",
            retry_after=ttl,
            code="otp_cooldown",
        )


class CodesLocked(TooManyRequests):
    """The address ran out of wrong guesses for the day. `just_now` is True for the guess that
    used up the allowance, so the owner is told once."""

    def __init__(self, retry_after: int, *, just_now: bool) -> None:
        super().__init__(
            "Too many wrong codes for this address today. Codes are locked for 24 hours; "
            "the account owner has been told by email.",
            retry_after=retry_after,
            code="otp_locked",
        )
        self.just_now = just_now


async def verify_code(
    redis: "Redis", settings: Settings, email: str, registration: str, code: str
) -> None:
    """Consume the code if it matches; count a wrong guess otherwise. Wrong guesses count per
    code (OTP_MAX_ATTEMPTS) and per address across codes (OTP_DAILY_FAILURE_LIMIT a day), so
    asking for new codes never buys more guesses than the daily limit."""
    await refuse_if_locked(redis, settings, email)
    stored: dict[str, str] = await redis.hgetall(_key(email))  # type: ignore[misc]
    if not stored:
        raise BadRequest(
            "This code is invalid or has expired. Ask for a new one.", code="invalid_code"
        )
    if hmac.compare_digest(stored["digest"], _digest(settings, email, registration, code)):
        await redis.delete(_key(email), _failures_key(email))
        return
    attempts = await redis.hincrby(_key(email), "attempts", 1)  # type: ignore[misc]
    await count_failure(redis, settings, email)
    left = settings.otp_max_attempts - attempts
    if left <= 0:
        await redis.delete(_key(email))
        raise TooManyRequests(
            "Too many wrong codes. Ask for a new code.", retry_after=1, code="too_many_attempts"
        )
    raise BadRequest(
        f"That code is not right. {left} attempt{'s' if left != 1 else ''} left.",
        code="invalid_code",
    )


async def count_failure(redis: "Redis", settings: Settings, email: str) -> None:
    """Count one wrong code against the address's allowance for the day: emailed codes and
    two-factor codes (app.services.totp) share it. The one that uses it up raises CodesLocked
    (just_now) and drops any emailed code waiting."""
    async with redis.pipeline(transaction=True) as pipe:
        pipe.set(_failures_key(email), 0, ex=FAILURE_WINDOW_SECONDS, nx=True)
        pipe.incr(_failures_key(email))
        _, failures = await pipe.execute()
    if failures >= settings.otp_daily_failure_limit:
        await redis.delete(_key(email))
        raise CodesLocked(await redis.ttl(_failures_key(email)), just_now=True)


async def forget_failures(redis: "Redis", email: str) -> None:
    """A right code: the day's wrong guesses no longer count."""
    await redis.delete(_failures_key(email))


async def refuse_if_locked(redis: "Redis", settings: Settings, email: str) -> None:
    """Refuse codes for an address that used up its wrong guesses for the day."""
    failures = int(await redis.get(_failures_key(email)) or 0)
    if failures >= settings.otp_daily_failure_limit:
        raise CodesLocked(await redis.ttl(_failures_key(email)), just_now=False)
