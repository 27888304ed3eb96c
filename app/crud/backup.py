"""Queries for a user's whole-ledger backup: stream each table's rows of one user, check that a
ledger is empty, and bulk-insert restored rows. Tables are SQLAlchemy Core tables, so one set of
queries serves every table the backup carries (services/backup.py lists them)."""

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import Column, Select, Table, delete, exists, insert, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from app.models import Budget, Category, Goal, User

# Tables with no user_id of their own, owned through their parent row.
_OWNER = {
    "budget_alerts": (Budget.__table__, "budget_id"),
    "goal_contributions": (Goal.__table__, "goal_id"),
}


def stored_columns(table: Table) -> list[Column[Any]]:
    """Columns the backup carries: all but computed ones (the emails' search vector)."""
    return [c for c in table.columns if c.computed is None]


def _owned(table: Table, user_id: uuid.UUID) -> Select[Any]:
    query = select(*stored_columns(table))
    if "user_id" in table.c:
        return query.where(table.c.user_id == user_id)
    parent, fk = _OWNER[table.name]
    return query.where(table.c[fk].in_(select(parent.c.id).where(parent.c.user_id == user_id)))


@asynccontextmanager
async def snapshot(session: AsyncSession) -> AsyncIterator[AsyncConnection]:
    """A read-only REPEATABLE READ transaction on its own connection: every table is read as of
    one moment, so mail ingested while a backup is written cannot leave a transaction whose
    email the backup lacks. (The request's own transaction has begun already, READ COMMITTED.)"""
    engine = session.bind
    assert isinstance(engine, AsyncEngine)
    async with engine.connect() as conn:
        conn = await conn.execution_options(isolation_level="REPEATABLE READ")
        async with conn.begin():
            await conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            yield conn


async def stream_rows(
    conn: AsyncConnection, table: Table, user_id: uuid.UUID
) -> AsyncIterator[dict[str, Any]]:
    """The user's rows of one table through a server-side cursor, so a large ledger is never
    held in memory at once."""
    query = _owned(table, user_id)
    if "id" in table.c:
        query = query.order_by(table.c.id)
    result = await conn.stream(query.execution_options(yield_per=500))
    async for row in result.mappings():
        yield dict(row)


async def has_rows(session: AsyncSession, table: Table, user_id: uuid.UUID) -> bool:
    query = _owned(table, user_id)
    if table.name == "categories":
        # Default categories are created on first look; they are not the user's data.
        query = query.where(table.c.is_default.is_(False))
    return bool(await session.scalar(select(exists(query))))


async def delete_default_categories(session: AsyncSession, user_id: uuid.UUID) -> None:
    await session.execute(delete(Category).where(Category.user_id == user_id))


async def insert_rows(session: AsyncSession, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        await session.execute(insert(table), rows)


async def set_settings(session: AsyncSession, user_id: uuid.UUID, values: dict[str, Any]) -> None:
    user = await session.get(User, user_id)
    if user is not None:
        for key, value in values.items():
            setattr(user, key, value)
        await session.flush()
