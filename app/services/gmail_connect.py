"""Connecting Gmail: the OAuth 2.0 authorization-code flow with PKCE.

`start` keeps the state and the PKCE verifier in Redis (DB 0) for ten minutes, keyed by the
state, and returns Google's consent URL. `finish` takes the state back exactly once, trades
the code for tokens, learns the mailbox address, and saves the refresh token encrypted.
"""

import json
import secrets
import uuid

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.core.errors import BadRequest, ServiceUnavailable
from app.crud import users as users_crud
from app.models import ConnectedAccount, User
from app.providers import ProviderAuthError, ProviderUnavailable, gmail
from app.services import connected_accounts

STATE_TTL_SECONDS = 600


def _state_key(state: str) -> str:
    return f"oauth:google:{state}"


async def start(cache: "Redis", settings: Settings, user: User) -> str:
    if not (settings.google_client_id and settings.google_client_secret):
        raise ServiceUnavailable(
            "Gmail is not set up on this server (GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET).",
            code="gmail_not_configured",
        )
    state = secrets.token_urlsafe(32)
    verifier = secrets.token_urlsafe(64)  # 86 characters: RFC 7636 asks for 43 to 128
    pending = json.dumps({"user_id": str(user.id), "verifier": verifier})
    await cache.set(_state_key(state), pending, ex=STATE_TTL_SECONDS)
    return gmail.consent_url(settings, state, verifier)


async def finish(
    session: AsyncSession, cache: "Redis", settings: Settings, code: str, state: str
) -> ConnectedAccount:
    pending = await cache.getdel(_state_key(state))  # once only: a replayed callback fails
    if pending is None:
        raise BadRequest(
            "This Gmail sign-in has expired or was already used. Please start again.",
            code="oauth_state_invalid",
        )
    stored = json.loads(pending)
    user = await users_crud.get(session, uuid.UUID(stored["user_id"]))
    if user is None or not user.is_active:
        raise BadRequest("The account that started this sign-in is gone.", code="oauth_user_gone")
    try:
        grant = await gmail.exchange_code(settings, code, stored["verifier"])
        address = await gmail.mailbox_address(settings, grant.access_token)
    except ProviderAuthError as exc:
        raise BadRequest(str(exc), code="oauth_exchange_failed") from None
    except ProviderUnavailable as exc:
        raise ServiceUnavailable(str(exc), code="google_unavailable") from None
    return await connected_accounts.connect_gmail(
        session, settings, user, address, grant.refresh_token
    )
