"""Redis connections: DB 0 for cache/OTP/rate limits/pub-sub, DB 1 and 2 for the two ARQ queues."""

from dataclasses import dataclass
from urllib.parse import urlparse

from arq.connections import ArqRedis, RedisSettings
from redis.asyncio import Redis

from app.core.config import Settings

BASE_QUEUE = "base"
EMAIL_QUEUE = "email"


def queue_redis_settings(settings: Settings, queue: str) -> RedisSettings:
    """RedisSettings for an ARQ queue; each queue lives in its own Redis database."""
    db = settings.redis_queue_db if queue == BASE_QUEUE else settings.redis_email_queue_db
    url = urlparse(settings.redis_url)
    return RedisSettings(
        host=url.hostname or "localhost",
        port=url.port or 6379,
        username=url.username,
        password=url.password,
        ssl=url.scheme == "rediss",
        database=db,
    )


def server_url(url: str) -> str:
    """The Redis URL without a database: redis-py lets a URL's "/0" win over the `db` argument,
    which would put the cache and both queues in that one database while the workers (given
    their database by number) listen on theirs, and no job would ever run."""
    return urlparse(url)._replace(path="").geturl()


def create_cache_redis(settings: Settings) -> "Redis":
    return Redis.from_url(
        server_url(settings.redis_url), db=settings.redis_cache_db, decode_responses=True
    )


@dataclass
class QueuePools:
    base: ArqRedis
    email: ArqRedis

    def for_queue(self, queue: str) -> ArqRedis:
        return self.base if queue == BASE_QUEUE else self.email

    async def close(self) -> None:
        await self.base.aclose()
        await self.email.aclose()


def _queue_pool(settings: Settings, db: int) -> ArqRedis:
    # Built without arq.create_pool, which pings and retries: the API must start (and answer
    # /health with 503) while Redis is down, and connect once it is back.
    return ArqRedis.from_url(server_url(settings.redis_url), db=db)


async def create_queue_pools(settings: Settings) -> QueuePools:
    return QueuePools(
        base=_queue_pool(settings, settings.redis_queue_db),
        email=_queue_pool(settings, settings.redis_email_queue_db),
    )
