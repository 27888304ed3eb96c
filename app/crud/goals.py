import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Goal, GoalContribution


async def list_for_user(session: AsyncSession, user_id: uuid.UUID) -> Sequence[Goal]:
    rows = await session.scalars(
        select(Goal).where(Goal.user_id == user_id).order_by(Goal.created_at, Goal.id)
    )
    return rows.all()


async def get_for_user(
    session: AsyncSession, user_id: uuid.UUID, goal_id: uuid.UUID
) -> Goal | None:
    return await session.scalar(select(Goal).where(Goal.id == goal_id, Goal.user_id == user_id))


async def create(session: AsyncSession, **fields: Any) -> Goal:
    goal = Goal(**fields)
    session.add(goal)
    await session.flush()
    await session.refresh(goal, ["created_at"])
    return goal


async def delete(session: AsyncSession, obj: Goal | GoalContribution) -> None:
    await session.delete(obj)
    await session.flush()


async def contributions(
    session: AsyncSession, goal_ids: list[uuid.UUID]
) -> Sequence[GoalContribution]:
    """Of the given goals (ids already checked to be the user's), oldest first."""
    rows = await session.scalars(
        select(GoalContribution)
        .where(GoalContribution.goal_id.in_(goal_ids))
        .order_by(GoalContribution.contributed_on, GoalContribution.created_at)
    )
    return rows.all()


async def get_contribution(
    session: AsyncSession, goal_id: uuid.UUID, contribution_id: uuid.UUID
) -> GoalContribution | None:
    return await session.scalar(
        select(GoalContribution).where(
            GoalContribution.id == contribution_id, GoalContribution.goal_id == goal_id
        )
    )


async def add_contribution(session: AsyncSession, **fields: Any) -> GoalContribution:
    contribution = GoalContribution(**fields)
    session.add(contribution)
    await session.flush()
    await session.refresh(contribution, ["created_at"])
    return contribution
