"""Recovery codes for two-factor sign-in."""

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import TotpRecoveryCode


async def replace_recovery_codes(
    session: AsyncSession, user_id: uuid.UUID, code_hashes: Iterable[str]
) -> None:
    """The user's recovery codes become exactly these (spent and unspent ones before are gone)."""
    await session.execute(delete(TotpRecoveryCode).where(TotpRecoveryCode.user_id == user_id))
    rows = [{"id": uuid.uuid4(), "user_id": user_id, "code_hash": h} for h in code_hashes]
    if rows:
        await session.execute(insert(TotpRecoveryCode), rows)


async def delete_recovery_codes(session: AsyncSession, user_id: uuid.UUID) -> None:
    await session.execute(delete(TotpRecoveryCode).where(TotpRecoveryCode.user_id == user_id))


async def spend_recovery_code(session: AsyncSession, user_id: uuid.UUID, code_hash: str) -> bool:
    """Mark the unspent code with this digest as spent; False when there is none. One UPDATE,
    so two requests with the same code cannot both spend it."""
    spent = await session.scalar(
        update(TotpRecoveryCode)
        .where(
            TotpRecoveryCode.user_id == user_id,
            TotpRecoveryCode.code_hash == code_hash,
            TotpRecoveryCode.used_at.is_(None),
        )
        .values(used_at=datetime.now(UTC))
        .returning(TotpRecoveryCode.id)
    )
    return spent is not None


async def count_unspent(session: AsyncSession, user_id: uuid.UUID) -> int:
    return (
        await session.scalar(
            select(func.count())
            .select_from(TotpRecoveryCode)
            .where(TotpRecoveryCode.user_id == user_id, TotpRecoveryCode.used_at.is_(None))
        )
        or 0
    )
