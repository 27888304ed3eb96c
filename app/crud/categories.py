import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, exists, func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Budget, Category, CategoryFeedback, CategoryRule, Transaction


async def has_any(session: AsyncSession, user_id: uuid.UUID) -> bool:
    return bool(await session.scalar(select(exists().where(Category.user_id == user_id))))


async def insert_ignoring_duplicates(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    if rows:
        await session.execute(insert(Category).values(rows).on_conflict_do_nothing())


async def list_for_user(session: AsyncSession, user_id: uuid.UUID) -> Sequence[Category]:
    rows = await session.scalars(
        select(Category)
        .where(Category.user_id == user_id)
        .order_by(Category.parent_id.is_not(None), Category.name, Category.id)
    )
    return rows.all()


async def get_for_user(
    session: AsyncSession, user_id: uuid.UUID, category_id: uuid.UUID
) -> Category | None:
    return await session.scalar(
        select(Category).where(Category.id == category_id, Category.user_id == user_id)
    )


async def count_owned(session: AsyncSession, user_id: uuid.UUID, ids: set[uuid.UUID]) -> int:
    if not ids:
        return 0
    return (
        await session.scalar(
            select(func.count()).where(Category.user_id == user_id, Category.id.in_(ids))
        )
        or 0
    )


async def find_sibling(
    session: AsyncSession, user_id: uuid.UUID, parent_id: uuid.UUID | None, name: str
) -> Category | None:
    """The category of this name (any case) under the same parent."""
    parent = Category.parent_id.is_(None) if parent_id is None else Category.parent_id == parent_id
    return await session.scalar(
        select(Category).where(
            Category.user_id == user_id, parent, func.lower(Category.name) == name.lower()
        )
    )


async def children(
    session: AsyncSession, user_id: uuid.UUID, parent_id: uuid.UUID
) -> Sequence[Category]:
    rows = await session.scalars(
        select(Category).where(Category.user_id == user_id, Category.parent_id == parent_id)
    )
    return rows.all()


async def create(session: AsyncSession, **fields: Any) -> Category:
    category = Category(**fields)
    session.add(category)
    await session.flush()
    return category


async def move_transactions(
    session: AsyncSession, user_id: uuid.UUID, source_id: uuid.UUID, target_id: uuid.UUID | None
) -> int:
    values: dict[str, Any] = {"category_id": target_id}
    if target_id is None:
        values["category_source"] = "none"
    result = await session.execute(
        update(Transaction)
        .where(Transaction.user_id == user_id, Transaction.category_id == source_id)
        .values(**values)
    )
    return int(getattr(result, "rowcount", 0))


async def move_rules(
    session: AsyncSession, user_id: uuid.UUID, source_id: uuid.UUID, target_id: uuid.UUID
) -> None:
    await session.execute(
        update(CategoryRule)
        .where(CategoryRule.user_id == user_id, CategoryRule.category_id == source_id)
        .values(category_id=target_id)
    )


async def move_budget_unless_taken(
    session: AsyncSession, user_id: uuid.UUID, source_id: uuid.UUID, target_id: uuid.UUID
) -> None:
    """The source's budget becomes the target's, unless the target has one (then it goes with
    the source category)."""
    taken = select(Budget.id).where(Budget.user_id == user_id, Budget.category_id == target_id)
    await session.execute(
        update(Budget)
        .where(Budget.user_id == user_id, Budget.category_id == source_id, ~taken.exists())
        .values(category_id=target_id)
    )


async def move_feedback(
    session: AsyncSession, user_id: uuid.UUID, source_id: uuid.UUID, target_id: uuid.UUID
) -> None:
    for column in ("old_category_id", "new_category_id"):
        await session.execute(
            update(CategoryFeedback)
            .where(
                CategoryFeedback.user_id == user_id,
                getattr(CategoryFeedback, column) == source_id,
            )
            .values({column: target_id})
        )


async def set_parent(
    session: AsyncSession, user_id: uuid.UUID, ids: list[uuid.UUID], parent_id: uuid.UUID | None
) -> None:
    if ids:
        await session.execute(
            update(Category)
            .where(Category.user_id == user_id, Category.id.in_(ids))
            .values(parent_id=parent_id)
        )


async def delete_one(session: AsyncSession, user_id: uuid.UUID, category_id: uuid.UUID) -> None:
    await session.execute(
        delete(Category).where(Category.user_id == user_id, Category.id == category_id)
    )
