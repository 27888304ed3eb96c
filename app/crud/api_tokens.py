import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import ApiToken


async def create(session: AsyncSession, **fields: Any) -> ApiToken:
    token = ApiToken(**fields)
    session.add(token)
    await session.flush()
    await session.refresh(token, ["created_at"])
    return token


async def get_by_digest(session: AsyncSession, token_hash: str) -> Any | None:
    """(id, user_id, scope, expires_at, revoked_at, last_used_at) of the token with this digest:
    what an authenticated request needs, from the unique index."""
    result = await session.execute(
        select(
            ApiToken.id,
            ApiToken.user_id,
            ApiToken.scope,
            ApiToken.expires_at,
            ApiToken.revoked_at,
            ApiToken.last_used_at,
        ).where(ApiToken.token_hash == token_hash)
    )
    return result.first()


async def list_for_user(session: AsyncSession, user_id: uuid.UUID) -> Sequence[ApiToken]:
    """The user's tokens not revoked (expired ones included), newest first."""
    rows = await session.scalars(
        select(ApiToken)
        .where(ApiToken.user_id == user_id, ApiToken.revoked_at.is_(None))
        .order_by(ApiToken.created_at.desc(), ApiToken.id)
    )
    return rows.all()


async def count_usable(session: AsyncSession, user_id: uuid.UUID, now: datetime) -> int:
    return (
        await session.scalar(
            select(func.count())
            .select_from(ApiToken)
            .where(
                ApiToken.user_id == user_id,
                ApiToken.revoked_at.is_(None),
                ApiToken.expires_at > now,
            )
        )
        or 0
    )


async def get_for_user(
    session: AsyncSession, user_id: uuid.UUID, token_id: uuid.UUID
) -> ApiToken | None:
    """One of the user's tokens, not revoked."""
    return await session.scalar(
        select(ApiToken).where(
            ApiToken.id == token_id,
            ApiToken.user_id == user_id,
            ApiToken.revoked_at.is_(None),
        )
    )


async def touch(
    session: AsyncSession, token_id: uuid.UUID, *, now: datetime, unless_since: datetime
) -> None:
    """Record a use, unless one was recorded since `unless_since` (by any API process)."""
    await session.execute(
        update(ApiToken)
        .where(
            ApiToken.id == token_id,
            or_(ApiToken.last_used_at.is_(None), ApiToken.last_used_at < unless_since),
        )
        .values(last_used_at=now)
    )
