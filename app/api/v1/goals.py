"""/api/v1/goals: savings goals, their contributions, progress and projected completion."""

import uuid

from fastapi import APIRouter, status

from app.api.deps import CurrentIdentity, CurrentUser, SessionDep
from app.schemas.goal import (
    ContributionCreate,
    ContributionPublic,
    GoalCreate,
    GoalPublic,
    GoalUpdate,
)
from app.services import goals as goal_service

router = APIRouter(prefix="/goals", tags=["goals"])


@router.get("", response_model=list[GoalPublic])
async def list_goals(user: CurrentIdentity, session: SessionDep) -> list[GoalPublic]:
    return await goal_service.list_goals(session, user.id, user.timezone)


@router.post("", response_model=GoalPublic, status_code=status.HTTP_201_CREATED)
async def create_goal(data: GoalCreate, user: CurrentUser, session: SessionDep) -> GoalPublic:
    return await goal_service.create_goal(session, user, data)


@router.get("/{goal_id}", response_model=GoalPublic)
async def get_goal(goal_id: uuid.UUID, user: CurrentIdentity, session: SessionDep) -> GoalPublic:
    return await goal_service.get_goal(session, user.id, goal_id, user.timezone)


@router.patch("/{goal_id}", response_model=GoalPublic)
async def update_goal(
    goal_id: uuid.UUID, data: GoalUpdate, user: CurrentUser, session: SessionDep
) -> GoalPublic:
    return await goal_service.update_goal(session, user.id, goal_id, user.timezone, data)


@router.delete("/{goal_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_goal(goal_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> None:
    await goal_service.delete_goal(session, user.id, goal_id)


@router.get("/{goal_id}/contributions", response_model=list[ContributionPublic])
async def list_contributions(
    goal_id: uuid.UUID, user: CurrentIdentity, session: SessionDep
) -> list[ContributionPublic]:
    contributions = await goal_service.list_contributions(session, user.id, goal_id)
    return [ContributionPublic.model_validate(c) for c in contributions]


@router.post(
    "/{goal_id}/contributions",
    response_model=ContributionPublic,
    status_code=status.HTTP_201_CREATED,
)
async def add_contribution(
    goal_id: uuid.UUID, data: ContributionCreate, user: CurrentUser, session: SessionDep
) -> ContributionPublic:
    contribution = await goal_service.add_contribution(
        session, user.id, goal_id, user.timezone, data
    )
    return ContributionPublic.model_validate(contribution)


@router.delete("/{goal_id}/contributions/{contribution_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_contribution(
    goal_id: uuid.UUID, contribution_id: uuid.UUID, user: CurrentUser, session: SessionDep
) -> None:
    await goal_service.delete_contribution(session, user.id, goal_id, contribution_id)
