"""Live events for the browser. Published to Redis pub/sub (DB 0) so that a WebSocket on any API
instance receives what a worker anywhere did."""

import json
import uuid
from typing import Any

from redis.asyncio import Redis


def user_channel(user_id: uuid.UUID | str) -> str:
    return f"events:user:{user_id}"


async def publish(
    redis: "Redis", user_id: uuid.UUID | str, event: str, data: dict[str, Any]
) -> None:
    await redis.publish(
        user_channel(user_id), json.dumps({"event": event, "data": data}, default=str)
    )
