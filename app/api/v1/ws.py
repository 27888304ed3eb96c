"""/api/v1/ws: live events (job progress, new transactions) for the signed-in user.

Browsers cannot set headers on a WebSocket, so the access token comes as ?token=. Events arrive
through Redis pub/sub, so whichever API instance holds the socket gets what any worker did."""

import asyncio
import contextlib

from fastapi import APIRouter, WebSocket, WebSocketDisconnect

from app.core import events
from app.core.errors import AppError
from app.services import auth as auth_service

router = APIRouter(tags=["events"])

# Sent after accepting, so the browser can tell "sign in again" from "server down" (a refused
# handshake only shows as 1006 there).
UNAUTHORIZED_CLOSE = 4401


@router.websocket("/ws")
async def event_stream(websocket: WebSocket, token: str = "") -> None:
    state = websocket.state
    await websocket.accept()
    try:
        async with state.sessionmaker() as session:
            user = await auth_service.user_from_access_token(session, state.settings, token)
    except AppError as exc:
        await websocket.close(code=UNAUTHORIZED_CLOSE, reason=exc.message[:120])
        return
    pubsub = state.cache.pubsub()
    await pubsub.subscribe(events.user_channel(user.id))
    forward = asyncio.create_task(_forward(websocket, pubsub))
    try:
        while True:  # the client may send pings; anything it sends keeps the socket open
            await websocket.receive_text()
    except WebSocketDisconnect:
        pass
    finally:
        forward.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await forward
        await pubsub.aclose()


async def _forward(websocket: WebSocket, pubsub: object) -> None:
    async for message in pubsub.listen():  # type: ignore[attr-defined]
        if message["type"] == "message":
            await websocket.send_text(message["data"])
