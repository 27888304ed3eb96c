"""/api/v1/ws: live events (job progress, new transactions) for the signed-in user.

Browsers cannot set headers on a WebSocket, and a token in the URL would end up in proxy logs
and history, so the access token is the socket's first message: {"type": "auth", "token": ...}.
The server answers {"type": "ready"} once subscribed. Events arrive through Redis pub/sub, so
whichever API instance holds the socket gets what any worker did."""

import asyncio
import contextlib
import json
import uuid

from fastapi import APIRouter, WebSocket, WebSocketDisconnect

from app.core import events
from app.core.errors import AppError, Unauthorized
from app.services import auth as auth_service

router = APIRouter(tags=["events"])

# Sent after accepting, so the browser can tell "sign in again" from "server down" (a refused
# handshake only shows as 1006 there).
UNAUTHORIZED_CLOSE = 4401
AUTH_WAIT_SECONDS = 10


@router.websocket("/ws")
async def event_stream(websocket: WebSocket) -> None:
    state = websocket.state
    await websocket.accept()
    try:
        user_id = await _signed_in(websocket)
    except AppError as exc:
        await websocket.close(code=UNAUTHORIZED_CLOSE, reason=exc.message[:120])
        return
    except (WebSocketDisconnect, TimeoutError):
        with contextlib.suppress(RuntimeError):  # already closed by the client
            await websocket.close(code=UNAUTHORIZED_CLOSE, reason="No sign-in message came.")
        return
    pubsub = state.cache.pubsub()
    await pubsub.subscribe(events.user_channel(user_id))
    await websocket.send_text(json.dumps({"type": "ready"}))
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


async def _signed_in(websocket: WebSocket) -> uuid.UUID:
    """The id of the user whose access token the first message carries."""
    first = await asyncio.wait_for(websocket.receive_text(), AUTH_WAIT_SECONDS)
    try:
        message = json.loads(first)
    except ValueError:
        message = None
    is_auth = isinstance(message, dict) and message.get("type") == "auth"
    token = message.get("token") if is_auth else None
    if not isinstance(token, str):
        raise Unauthorized('Send {"type": "auth", "token": <access token>} first.')
    state = websocket.state
    async with state.sessionmaker() as session:
        user = await auth_service.user_from_access_token(session, state.settings, token)
    return user.id


async def _forward(websocket: WebSocket, pubsub: object) -> None:
    async for message in pubsub.listen():  # type: ignore[attr-defined]
        if message["type"] == "message":
            await websocket.send_text(message["data"])
