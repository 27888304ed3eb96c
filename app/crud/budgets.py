import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Budget, BudgetAlert, Category, User


async def list_for_user(session: AsyncSession, user_id: uuid.UUID) -> Sequence[Budget]:
    rows = await session.scalars(
        select(Budget).where(Budget.user_id == user_id).order_by(Budget.created_at, Budget.id)
    )
    return rows.all()


async def get_for_user(
    session: AsyncSession, user_id: uuid.UUID, budget_id: uuid.UUID
) -> Budget | None:
    return await session.scalar(
        select(Budget).where(Budget.id == budget_id, Budget.user_id == user_id)
    )


async def find_for_category(
    session: AsyncSession, user_id: uuid.UUID, category_id: uuid.UUID | None
) -> Budget | None:
    column = Budget.category_id
    match = column.is_(None) if category_id is None else column == category_id
    return await session.scalar(select(Budget).where(Budget.user_id == user_id, match))


async def create(session: AsyncSession, **fields: Any) -> Budget:
    budget = Budget(**fields)
    session.add(budget)
    await session.flush()
    await session.refresh(budget, ["created_at"])
    return budget


async def delete(session: AsyncSession, budget: Budget) -> None:
    await session.delete(budget)
    await session.flush()


async def insert_alerts(session: AsyncSession, rows: list[dict[str, Any]]) -> Sequence[Any]:
    """Insert alerts; one already raised for the same budget, period and threshold is skipped.
    Returns (id, budget_id, threshold) of those raised now."""
    if not rows:
        return []
    result = await session.execute(
        insert(BudgetAlert)
        .values(rows)
        .on_conflict_do_nothing(
            index_elements=[BudgetAlert.budget_id, BudgetAlert.period_start, BudgetAlert.threshold]
        )
        .returning(BudgetAlert.id, BudgetAlert.budget_id, BudgetAlert.threshold)
    )
    return result.all()


async def alert_context(session: AsyncSession, alert_id: uuid.UUID) -> Any:
    """The alert with what its notification says: budget, category name, user's address."""
    row = await session.execute(
        select(
            BudgetAlert,
            Budget,
            Category.name.label("category_name"),
            User.email,
            User.email_budget_alerts,
        )
        .join(Budget, Budget.id == BudgetAlert.budget_id)
        .join(User, User.id == Budget.user_id)
        .outerjoin(Category, Category.id == Budget.category_id)
        .where(BudgetAlert.id == alert_id)
    )
    return row.first()


async def mark_alert_sent(session: AsyncSession, alert_id: uuid.UUID) -> None:
    await session.execute(
        update(BudgetAlert).where(BudgetAlert.id == alert_id).values(sent_at=func.now())
    )
