"""Settings an admin makes for the whole install."""

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import BadRequest
from app.crud import site_settings
from app.models import User
from app.schemas.totp import SiteSettingsPublic, SiteSettingsUpdate


async def read(session: AsyncSession) -> SiteSettingsPublic:
    stored = await site_settings.get(session)
    return SiteSettingsPublic(require_totp=stored.require_totp)


async def update(
    session: AsyncSession, admin: User, data: SiteSettingsUpdate
) -> SiteSettingsPublic:
    """Change the given settings. Requiring two-factor sign-in of everyone needs it on for the
    admin first (so an admin never locks themselves into a set-up they did not mean to do)."""
    if data.require_totp and not admin.totp_enabled:
        raise BadRequest(
            "Turn on two-factor sign-in for your own account (in Settings) before you require "
            "it of everyone.",
            code="totp_not_enabled",
        )
    values = data.model_dump(exclude_none=True)
    if not values:
        return await read(session)
    stored = await site_settings.update(session, **values)
    return SiteSettingsPublic(require_totp=stored.require_totp)
