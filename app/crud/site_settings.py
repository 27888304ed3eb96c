"""The install's one row of admin settings (site_settings, id 1); no row means the defaults."""

from typing import Any

from sqlalchemy import ScalarSelect, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import SiteSettings
from app.models.site_settings import SITE_SETTINGS_ID


def require_totp_clause() -> ScalarSelect[Any]:
    """A scalar subquery: whether every user must use two-factor sign-in (false without a row),
    for queries that read it along with something else."""
    return (
        select(func.coalesce(func.bool_or(SiteSettings.require_totp), False))
        .where(SiteSettings.id == SITE_SETTINGS_ID)
        .scalar_subquery()
    )


async def require_totp(session: AsyncSession) -> bool:
    return bool(await session.scalar(select(require_totp_clause())))


async def get(session: AsyncSession) -> SiteSettings:
    """The settings row as it is stored, or one with the defaults (not added to the session)."""
    stored = await session.get(SiteSettings, SITE_SETTINGS_ID)
    return stored or SiteSettings(id=SITE_SETTINGS_ID, require_totp=False)


async def update(session: AsyncSession, **values: Any) -> SiteSettings:
    """Write the given settings, creating the row on first use."""
    statement = (
        insert(SiteSettings)
        .values(id=SITE_SETTINGS_ID, **values)
        .on_conflict_do_update(
            index_elements=[SiteSettings.id], set_={**values, "updated_at": func.now()}
        )
        .returning(SiteSettings)
        .execution_options(populate_existing=True)
    )
    row = await session.scalar(statement)
    assert row is not None
    return row
