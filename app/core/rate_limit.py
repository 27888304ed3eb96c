"""Fixed-window rate limits kept in Redis DB 0, shared by every API process."""

from redis.asyncio import Redis

from app.core.errors import TooManyRequests


async def hit(redis: "Redis", key: str, *, limit: int, window_seconds: int) -> None:
    """Count one attempt under `key`; raise 429 once `limit` attempts fall in one window."""
    full_key = f"ratelimit:{key}"
    async with redis.pipeline(transaction=True) as pipe:
        pipe.incr(full_key)
        pipe.expire(full_key, window_seconds, nx=True)
        pipe.ttl(full_key)
        count, _, ttl = await pipe.execute()
    if count > limit:
        raise TooManyRequests(
            "Too many attempts. Please wait before trying again.", retry_after=int(ttl)
        )
