"""Liveness of the two things FinCoach cannot work without."""

import asyncio

from redis.asyncio import Redis
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from app.schemas.common import Health

CHECK_TIMEOUT_SECONDS = 2.0


async def _database_ok(engine: AsyncEngine) -> bool:
    try:
        async with asyncio.timeout(CHECK_TIMEOUT_SECONDS), engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        return True
    except Exception:
        return False


async def _redis_ok(redis: "Redis") -> bool:
    try:
        async with asyncio.timeout(CHECK_TIMEOUT_SECONDS):
            return bool(await redis.ping())
    except Exception:
        return False


async def check(engine: AsyncEngine, redis: "Redis") -> Health:
    database, cache = await asyncio.gather(_database_ok(engine), _redis_ok(redis))
    return Health(
        status="ok" if database and cache else "unavailable",
        database="ok" if database else "unavailable",
        redis="ok" if cache else "unavailable",
    )
