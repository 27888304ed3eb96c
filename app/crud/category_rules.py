import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import CategoryRule


async def list_for_user(
    session: AsyncSession, user_id: uuid.UUID, *, active_only: bool = False
) -> Sequence[CategoryRule]:
    """In the order they apply: priority, then oldest first."""
    query = select(CategoryRule).where(CategoryRule.user_id == user_id)
    if active_only:
        query = query.where(CategoryRule.active.is_(True))
    rows = await session.scalars(
        query.order_by(CategoryRule.priority, CategoryRule.created_at, CategoryRule.id)
    )
    return rows.all()


async def get_for_user(
    session: AsyncSession, user_id: uuid.UUID, rule_id: uuid.UUID
) -> CategoryRule | None:
    return await session.scalar(
        select(CategoryRule).where(CategoryRule.id == rule_id, CategoryRule.user_id == user_id)
    )


async def create(session: AsyncSession, **fields: Any) -> CategoryRule:
    rule = CategoryRule(**fields)
    session.add(rule)
    await session.flush()
    await session.refresh(rule, ["created_at"])
    return rule


async def delete(session: AsyncSession, rule: CategoryRule) -> None:
    await session.delete(rule)
    await session.flush()
