"""Fixed-window rate limits kept in Redis DB 0, shared by every API process."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from redis.asyncio import Redis

from app.core.errors import TooManyRequests


async def hit(redis: "Redis", key: str, *, limit: int, window_seconds: int) -> None:
    """Count one attempt under `key`; raise 429 once `limit` attempts fall in one window."""
    full_key = f"ratelimit:{key}"
    # INCR, then an expiry on a key that has none: works on Redis 6 (the embedded server has no
    # EXPIRE ... NX) and heals a key left without a TTL by a crash between the two calls.
    async with redis.pipeline(transaction=True) as pipe:
        pipe.incr(full_key)
        pipe.ttl(full_key)
        count, ttl = await pipe.execute()
    if ttl < 0:
        await redis.expire(full_key, window_seconds)
        ttl = window_seconds
    if count > limit:
        raise TooManyRequests(
            "Too many attempts. Please wait before trying again.", retry_after=int(ttl)
        )


@asynccontextmanager
async def at_most(
    redis: "Redis", key: str, *, limit: int, hold_seconds: int
) -> AsyncIterator[None]:
    """Run the block in one of `limit` slots under `key`, across API processes; 429 when all are
    taken. The slots expire after `hold_seconds`, so a process that died holding one frees it."""
    full_key = f"running:{key}"
    async with redis.pipeline(transaction=True) as pipe:
        pipe.incr(full_key)
        pipe.expire(full_key, hold_seconds)
        count, _ = await pipe.execute()
    try:
        if count > limit:
            raise TooManyRequests(
                "You have as many of these running as allowed. Wait for one to finish.",
                retry_after=hold_seconds,
            )
        yield
    finally:
        if await redis.decr(full_key) <= 0:
            await redis.delete(full_key)
