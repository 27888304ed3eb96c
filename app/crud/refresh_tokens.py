import uuid
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import RefreshToken


async def create(
    session: AsyncSession,
    *,
    jti: uuid.UUID,
    user_id: uuid.UUID,
    family_id: uuid.UUID,
    expires_at: datetime,
) -> RefreshToken:
    token = RefreshToken(id=jti, user_id=user_id, family_id=family_id, expires_at=expires_at)
    session.add(token)
    await session.flush()
    return token


async def get_for_update(session: AsyncSession, jti: uuid.UUID) -> RefreshToken | None:
    # Row lock: two concurrent refreshes of one token are serialised, the second sees it used.
    return await session.scalar(
        select(RefreshToken).where(RefreshToken.id == jti).with_for_update()
    )


async def revoke_family(session: AsyncSession, family_id: uuid.UUID) -> None:
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=datetime.now(UTC))
    )


async def revoke_all_for_user(session: AsyncSession, user_id: uuid.UUID) -> None:
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=datetime.now(UTC))
    )
