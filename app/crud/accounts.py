import uuid
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select, text, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.crud import bulk
from app.models import Account


async def list_for_user(session: AsyncSession, user_id: uuid.UUID) -> Sequence[Account]:
    rows = await session.scalars(
        select(Account).where(Account.user_id == user_id).order_by(Account.name, Account.id)
    )
    return rows.all()


async def get_for_user(
    session: AsyncSession, user_id: uuid.UUID, account_id: uuid.UUID
) -> Account | None:
    return await session.scalar(
        select(Account).where(Account.id == account_id, Account.user_id == user_id)
    )


async def create(session: AsyncSession, **fields: Any) -> Account:
    account = Account(**fields)
    session.add(account)
    await session.flush()
    return account


async def insert_missing(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """Insert accounts, skipping those whose (user, institution, last4) exists already. Each
    row has every column of INSERT_COLUMNS."""
    if rows:
        await session.execute(_INSERT, bulk.column_arrays(Account, INSERT_COLUMNS, rows))


INSERT_COLUMNS = ("id", "user_id", "institution", "last4", "kind", "name", "currency")
_INSERT = bulk.unnest_insert(Account, INSERT_COLUMNS).on_conflict_do_nothing(
    # A literal predicate: see crud.jobs.create_unless_active for why.
    index_elements=["user_id", "institution", "last4"],
    index_where=text("last4 <> ''"),
)


async def ids_by_identity(
    session: AsyncSession, user_id: uuid.UUID, identities: list[tuple[str, str]]
) -> dict[tuple[str, str], uuid.UUID]:
    if not identities:
        return {}
    rows = await session.execute(
        select(Account.institution, Account.last4, Account.id).where(
            Account.user_id == user_id,
            tuple_(Account.institution, Account.last4).in_(identities),
        )
    )
    return {(row.institution, row.last4): row.id for row in rows}


async def record_balance(
    session: AsyncSession, user_id: uuid.UUID, account_id: uuid.UUID, balance: Decimal, at: datetime
) -> None:
    """Keep the newest reported balance: an older alert processed late changes nothing."""
    await session.execute(
        update(Account)
        .where(
            Account.id == account_id,
            Account.user_id == user_id,
            or_(Account.balance_at.is_(None), Account.balance_at < at),
        )
        .values(latest_balance=balance, balance_at=at)
    )


async def delete(session: AsyncSession, account: Account) -> None:
    await session.delete(account)
    await session.flush()
