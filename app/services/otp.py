"""One-time codes: 6 digits, stored only as a keyed hash in Redis DB 0, with a TTL, a cap on
wrong guesses and a resend cooldown."""

import hashlib
import hmac
import secrets

from redis.asyncio import Redis

from app.core.config import Settings
from app.core.errors import BadRequest, TooManyRequests


def _key(email: str) -> str:
    return f"otp:{email}"


def _digest(settings: Settings, email: str, code: str) -> str:
    return hmac.new(
        settings.secret_key.encode(), f"{email}:{code}".encode(), hashlib.sha256
    ).hexdigest()


async def issue_code(redis: "Redis", settings: Settings, email: str) -> str:
    """A fresh code for `email`, replacing any earlier one (and its wrong-guess count)."""
    code = f"{secrets.randbelow(1_000_000):06d}"
    async with redis.pipeline(transaction=True) as pipe:
        pipe.delete(_key(email))
        pipe.hset(_key(email), mapping={"digest": _digest(settings, email, code), "attempts": 0})
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


async def verify_code(redis: "Redis", settings: Settings, email: str, code: str) -> None:
    """Consume the code if it matches; count a wrong guess otherwise."""
    stored: dict[str, str] = await redis.hgetall(_key(email))  # type: ignore[misc]
    if not stored:
        raise BadRequest(
            "This code is invalid or has expired. Ask for a new one.", code="invalid_code"
        )
    if hmac.compare_digest(stored["digest"], _digest(settings, email, code)):
        await redis.delete(_key(email))
        return
    attempts: int = await redis.hincrby(_key(email), "attempts", 1)  # type: ignore[misc]
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
