"""Savings goals: a target amount and date, contributions, progress and projected completion
(app.analytics.goals holds the arithmetic). "Today" is the user's, in their time zone."""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.analytics.fx import cents
from app.analytics.goals import goal_progress
from app.core.errors import BadRequest, NotFound
from app.core.timezones import local_today
from app.crud import goals as goals_crud
from app.models import Goal, GoalContribution, User
from app.schemas.goal import ContributionCreate, GoalCreate, GoalPublic, GoalUpdate


async def list_goals(session: AsyncSession, user_id: uuid.UUID, tz: str) -> list[GoalPublic]:
    goals = await goals_crud.list_for_user(session, user_id)
    by_goal: dict[uuid.UUID, list[GoalContribution]] = defaultdict(list)
    for contribution in await goals_crud.contributions(session, [g.id for g in goals]):
        by_goal[contribution.goal_id].append(contribution)
    today = local_today(tz)
    return [_public(goal, by_goal[goal.id], today) for goal in goals]


async def get_goal(
    session: AsyncSession, user_id: uuid.UUID, goal_id: uuid.UUID, tz: str
) -> GoalPublic:
    goal = await _get(session, user_id, goal_id)
    return _public(goal, await goals_crud.contributions(session, [goal.id]), local_today(tz))


async def create_goal(session: AsyncSession, user: User, data: GoalCreate) -> GoalPublic:
    goal = await goals_crud.create(
        session,
        user_id=user.id,
        name=data.name.strip(),
        target_amount=data.target_amount,
        currency=data.currency or user.base_currency,
        target_date=data.target_date,
    )
    return _public(goal, [], local_today(user.timezone))


async def update_goal(
    session: AsyncSession, user_id: uuid.UUID, goal_id: uuid.UUID, tz: str, data: GoalUpdate
) -> GoalPublic:
    goal = await _get(session, user_id, goal_id)
    if data.name:
        goal.name = data.name.strip()
    if data.target_amount is not None:
        goal.target_amount = data.target_amount
    if "target_date" in data.model_fields_set:
        goal.target_date = data.target_date
    await session.flush()
    return await get_goal(session, user_id, goal_id, tz)


async def delete_goal(session: AsyncSession, user_id: uuid.UUID, goal_id: uuid.UUID) -> None:
    await goals_crud.delete(session, await _get(session, user_id, goal_id))


async def list_contributions(
    session: AsyncSession, user_id: uuid.UUID, goal_id: uuid.UUID
) -> Sequence[GoalContribution]:
    goal = await _get(session, user_id, goal_id)
    return await goals_crud.contributions(session, [goal.id])


async def add_contribution(
    session: AsyncSession,
    user_id: uuid.UUID,
    goal_id: uuid.UUID,
    tz: str,
    data: ContributionCreate,
) -> GoalContribution:
    """A withdrawal (negative amount) may not take out more than was saved. Without a date,
    the contribution is the user's today."""
    goal = await _get(session, user_id, goal_id)
    existing = await goals_crud.contributions(session, [goal.id])
    saved = sum((c.amount for c in existing), Decimal(0))
    if saved + data.amount < 0:
        raise BadRequest(
            f"Only {saved:.2f} {goal.currency} is saved towards this goal.", code="overdrawn"
        )
    return await goals_crud.add_contribution(
        session,
        goal_id=goal.id,
        amount=data.amount,
        contributed_on=data.contributed_on or local_today(tz),
        note=data.note,
    )


async def delete_contribution(
    session: AsyncSession, user_id: uuid.UUID, goal_id: uuid.UUID, contribution_id: uuid.UUID
) -> None:
    goal = await _get(session, user_id, goal_id)
    contribution = await goals_crud.get_contribution(session, goal.id, contribution_id)
    if contribution is None:
        raise NotFound("Contribution not found.")
    await goals_crud.delete(session, contribution)


async def _get(session: AsyncSession, user_id: uuid.UUID, goal_id: uuid.UUID) -> Goal:
    goal = await goals_crud.get_for_user(session, user_id, goal_id)
    if goal is None:
        raise NotFound("Goal not found.")
    return goal


def _public(goal: Goal, contributions: Sequence[GoalContribution], today: date) -> GoalPublic:
    progress = goal_progress(
        goal.target_amount,
        [(c.contributed_on, c.amount) for c in contributions],
        today,
        goal.target_date,
    )
    return GoalPublic(
        id=goal.id,
        name=goal.name,
        target_amount=goal.target_amount,
        currency=goal.currency,
        target_date=goal.target_date,
        saved=cents(progress.saved),
        remaining=cents(progress.remaining),
        percent=progress.percent,
        projected_completion=progress.projected_completion,
        on_track=progress.on_track,
        required_monthly=(
            cents(progress.required_monthly) if progress.required_monthly is not None else None
        ),
        contribution_count=len(contributions),
        created_at=goal.created_at,
    )
