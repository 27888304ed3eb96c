"""Each Redis client gets its own database whatever REDIS_URL says (redis-py lets a URL's
"/0" win over the database it is given, which put the cache and both queues in one database
while the workers listened on theirs)."""

from app.core.config import get_settings
from app.core.redis import create_cache_redis, create_queue_pools, server_url


def test_the_url_loses_its_database():
    assert (
        server_url("redis://:secret@cache.example:6380/0") == "redis://:secret@cache.example:6380"
    )
    assert server_url("rediss://cache.example") == "rediss://cache.example"


async def test_a_database_in_the_url_does_not_move_the_cache_or_the_queues():
    settings = get_settings().model_copy(update={"redis_url": "redis://localhost:6379/0"})
    cache = create_cache_redis(settings)
    pools = await create_queue_pools(settings)
    try:
        assert cache.connection_pool.connection_kwargs["db"] == settings.redis_cache_db
        assert pools.base.connection_pool.connection_kwargs["db"] == settings.redis_queue_db
        assert pools.email.connection_pool.connection_kwargs["db"] == (
            settings.redis_email_queue_db
        )
        assert settings.redis_email_queue_db != 0
    finally:
        await cache.aclose()
        await pools.close()
