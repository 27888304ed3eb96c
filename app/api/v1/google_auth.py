"""/api/v1/auth/google: connecting Gmail through Google's consent screen (OAuth 2.0 + PKCE)."""

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query
from fastapi.responses import RedirectResponse

from app.api.deps import CacheDep, CurrentUser, SessionDep, SettingsDep
from app.core.config import Settings
from app.core.errors import AppError
from app.schemas.connected_account import GoogleConsent
from app.services import gmail_connect

router = APIRouter(prefix="/auth/google", tags=["connected-accounts"])


@router.get("/authorize", response_model=GoogleConsent)
async def authorize(user: CurrentUser, cache: CacheDep, settings: SettingsDep) -> GoogleConsent:
    """Google's consent URL for this user; the SPA sends the browser there."""
    return GoogleConsent(authorization_url=await gmail_connect.start(cache, settings, user))


@router.get("/callback", status_code=303, response_class=RedirectResponse)
async def callback(
    session: SessionDep,
    cache: CacheDep,
    settings: SettingsDep,
    state: Annotated[str, Query(max_length=200)],
    code: Annotated[str | None, Query(max_length=2000)] = None,
    error: Annotated[str | None, Query(max_length=200)] = None,
) -> RedirectResponse:
    """Where Google sends the browser back. It always ends on the SPA's /accounts page: with
    ?connected=gmail, or with ?error=<code>&message=<why> for the page to show."""
    if error or not code:
        return _to_accounts(settings, error="oauth_denied", message=f"Google said: {error}")
    try:
        account = await gmail_connect.finish(session, cache, settings, code, state)
    except AppError as exc:
        return _to_accounts(settings, error=exc.code, message=exc.message)
    return _to_accounts(settings, connected="gmail", account=str(account.id))


def _to_accounts(settings: Settings, **query: str) -> RedirectResponse:
    url = f"{settings.spa_base_url.rstrip('/')}/accounts?{urlencode(query)}"
    return RedirectResponse(url, status_code=303)
