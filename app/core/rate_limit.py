"""Fixed-window rate limits kept in Redis DB 0, shared by every API process."""

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
