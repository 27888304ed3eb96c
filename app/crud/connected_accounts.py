import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import ConnectedAccount
from app.models.connected_account import ACTIVE, DISABLED, ERROR


async def get(session: AsyncSession, account_id: uuid.UUID) -> ConnectedAccount | None:
    return await session.get(ConnectedAccount, account_id)


async def get_live_for_user(
    session: AsyncSession, user_id: uuid.UUID, account_id: uuid.UUID
) -> ConnectedAccount | None:
    """The user's account unless it was removed: another user's id finds nothing."""
    return await session.scalar(
        select(ConnectedAccount).where(
            ConnectedAccount.id == account_id,
            ConnectedAccount.user_id == user_id,
            ConnectedAccount.status != DISABLED,
        )
    )


async def list_live_for_user(
    session: AsyncSession, user_id: uuid.UUID
) -> Sequence[ConnectedAccount]:
    rows = await session.scalars(
        select(ConnectedAccount)
        .where(ConnectedAccount.user_id == user_id, ConnectedAccount.status != DISABLED)
        .order_by(ConnectedAccount.created_at, ConnectedAccount.id)
    )
    return rows.all()


async def find_live_by_address(
    session: AsyncSession, user_id: uuid.UUID, provider: str, address: str
) -> ConnectedAccount | None:
    return await session.scalar(
        select(ConnectedAccount).where(
            ConnectedAccount.user_id == user_id,
            ConnectedAccount.provider == provider,
            ConnectedAccount.address == address,
            ConnectedAccount.status != DISABLED,
        )
    )


async def create(session: AsyncSession, **fields: Any) -> ConnectedAccount:
    account = ConnectedAccount(**fields)
    session.add(account)
    await session.flush()
    return account


async def get_status(session: AsyncSession, account_id: uuid.UUID) -> str | None:
    return await session.scalar(
        select(ConnectedAccount.status).where(ConnectedAccount.id == account_id)
    )


async def save_cursor(session: AsyncSession, account_id: uuid.UUID, cursor: dict[str, Any]) -> None:
    await session.execute(
        update(ConnectedAccount).where(ConnectedAccount.id == account_id).values(sync_cursor=cursor)
    )


async def mark_synced(session: AsyncSession, account_id: uuid.UUID, synced_at: datetime) -> None:
    """A sync finished: the account is healthy again. A removed account stays removed."""
    await session.execute(
        update(ConnectedAccount)
        .where(ConnectedAccount.id == account_id, ConnectedAccount.status != DISABLED)
        .values(status=ACTIVE, last_error=None, last_synced_at=synced_at)
    )


async def mark_failed(session: AsyncSession, account_id: uuid.UUID, message: str) -> None:
    await session.execute(
        update(ConnectedAccount)
        .where(ConnectedAccount.id == account_id, ConnectedAccount.status != DISABLED)
        .values(status=ERROR, last_error=message)
    )


async def record_error(session: AsyncSession, account_id: uuid.UUID, message: str) -> None:
    """Note a passing failure without changing the status (the sync will be retried)."""
    await session.execute(
        update(ConnectedAccount).where(ConnectedAccount.id == account_id).values(last_error=message)
    )


async def list_for_scheduled_sync(session: AsyncSession) -> Sequence[ConnectedAccount]:
    """Every healthy live mailbox. Uploaded archives are left out: nothing new arrives in them."""
    rows = await session.scalars(
        select(ConnectedAccount).where(
            ConnectedAccount.status == ACTIVE, ConnectedAccount.provider != "mbox"
        )
    )
    return rows.all()


async def counts_by_provider_and_status(session: AsyncSession) -> list[tuple[str, str, int]]:
    rows = await session.execute(
        select(ConnectedAccount.provider, ConnectedAccount.status, func.count()).group_by(
            ConnectedAccount.provider, ConnectedAccount.status
        )
    )
    return [(p, s, n) for p, s, n in rows.all()]


async def list_with_credentials_for_update(session: AsyncSession) -> Sequence[ConnectedAccount]:
    """Every account that holds encrypted credentials, locked until the transaction ends."""
    rows = await session.scalars(
        select(ConnectedAccount)
        .where(ConnectedAccount.credentials.is_not(None))
        .order_by(ConnectedAccount.id)
        .with_for_update()
    )
    return rows.all()
