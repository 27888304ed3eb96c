"""/api/v1/site-settings: what an admin sets for the whole install."""

from fastapi import APIRouter

from app.api.deps import AdminUser, IdentityCacheDep, SessionDep
from app.schemas.totp import SiteSettingsPublic, SiteSettingsUpdate
from app.services import site_settings as site_settings_service

router = APIRouter(prefix="/site-settings", tags=["site_settings"])


@router.get("", response_model=SiteSettingsPublic)
async def read_site_settings(_: AdminUser, session: SessionDep) -> SiteSettingsPublic:
    return await site_settings_service.read(session)


@router.patch("", response_model=SiteSettingsPublic)
async def update_site_settings(
    data: SiteSettingsUpdate, admin: AdminUser, session: SessionDep, identities: IdentityCacheDep
) -> SiteSettingsPublic:
    """`require_totp`: every user must sign in with a second factor; those without one are
    signed in to set it up and can use nothing else until they have (it must be on for the
    admin first). Other API processes apply a change within AUTH_CACHE_SECONDS."""
    identities.clear()  # whether each user may go on depends on it
    return await site_settings_service.update(session, admin, data)
