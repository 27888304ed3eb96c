import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.crud.site_settings import require_totp_clause
from app.models import User

SIGN_UP_LOCK = 0x46_43_53_55  # "FCSU": the advisory lock id that serialises sign-ups


async def get(session: AsyncSession, user_id: uuid.UUID) -> User | None:
    return await session.get(User, user_id)


async def get_for_update(session: AsyncSession, user_id: uuid.UUID) -> User | None:
    """The user's row, locked until the transaction ends (serialises second-factor checks, so
    one code cannot be accepted twice by two requests at once)."""
    return await session.scalar(
        select(User)
        .where(User.id == user_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )


async def lock(session: AsyncSession, user: User) -> None:
    """Lock the user's row until the transaction ends, reloading it as it is now."""
    await session.refresh(user, with_for_update=True)


async def get_sign_in_facts(session: AsyncSession, user_id: uuid.UUID) -> Any | None:
    """(id, base_currency, timezone, token_version, is_active, is_verified, totp_enabled,
    totp_required, totp_required_everywhere) of one user: what an authenticated request needs,
    without loading the entity and its role."""
    result = await session.execute(
        select(
            User.id,
            User.base_currency,
            User.timezone,
            User.token_version,
            User.is_active,
            User.is_verified,
            User.totp_enabled_at.is_not(None).label("totp_enabled"),
            User.totp_required,
            require_totp_clause().label("totp_required_everywhere"),
        ).where(User.id == user_id)
    )
    return result.first()


async def list_with_totp_secrets_for_update(session: AsyncSession) -> Sequence[User]:
    rows = await session.scalars(
        select(User)
        .where(User.totp_secret.is_not(None) | User.totp_pending_secret.is_not(None))
        .with_for_update()
    )
    return rows.all()


async def get_timezone(session: AsyncSession, user_id: uuid.UUID) -> str | None:
    return await session.scalar(select(User.timezone).where(User.id == user_id))


async def get_by_email(session: AsyncSession, email: str) -> User | None:
    return await session.scalar(select(User).where(User.email == email))


async def count(session: AsyncSession) -> int:
    return await session.scalar(select(func.count()).select_from(User)) or 0


async def lock_sign_ups(session: AsyncSession) -> None:
    """Serialise sign-ups until the transaction ends (a PostgreSQL advisory lock)."""
    await session.execute(select(func.pg_advisory_xact_lock(SIGN_UP_LOCK)))


async def delete(session: AsyncSession, user: User) -> None:
    await session.delete(user)
    await session.flush()


async def create(session: AsyncSession, **fields: Any) -> User:
    user = User(**fields)
    session.add(user)
    await session.flush()
    await session.refresh(user, ["role"])
    return user


async def list_page(
    session: AsyncSession,
    *,
    offset: int,
    limit: int,
    email_contains: str | None,
    is_active: bool | None,
) -> tuple[Sequence[User], int]:
    query = select(User)
    if email_contains:
        query = query.where(User.email.contains(email_contains.lower(), autoescape=True))
    if is_active is not None:
        query = query.where(User.is_active == is_active)
    total = await session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = await session.scalars(
        query.order_by(User.created_at, User.id).offset(offset).limit(limit)
    )
    return rows.all(), total
