"""/api/v1/budgets: monthly limits per category or overall, with spent / remaining / percent."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from app.api.deps import CurrentIdentity, CurrentUser, SessionDep
from app.schemas.budget import BudgetCreate, BudgetStatus, BudgetUpdate
from app.schemas.common import CalendarDay
from app.services import budgets as budget_service

router = APIRouter(prefix="/budgets", tags=["budgets"])

MonthQuery = Annotated[
    CalendarDay | None,
    Query(description="any day of the month to report; default: this month in your time zone"),
]


@router.get("", response_model=list[BudgetStatus])
async def list_budgets(
    user: CurrentIdentity, session: SessionDep, month: MonthQuery = None
) -> list[BudgetStatus]:
    return await budget_service.list_budgets(session, user.id, user.timezone, month)


@router.post("", response_model=BudgetStatus, status_code=status.HTTP_201_CREATED)
async def create_budget(data: BudgetCreate, user: CurrentUser, session: SessionDep) -> BudgetStatus:
    return await budget_service.create_budget(session, user, data)


@router.get("/{budget_id}", response_model=BudgetStatus)
async def get_budget(
    budget_id: uuid.UUID, user: CurrentIdentity, session: SessionDep, month: MonthQuery = None
) -> BudgetStatus:
    return await budget_service.get_budget(session, user.id, budget_id, user.timezone, month)


@router.patch("/{budget_id}", response_model=BudgetStatus)
async def update_budget(
    budget_id: uuid.UUID, data: BudgetUpdate, user: CurrentUser, session: SessionDep
) -> BudgetStatus:
    return await budget_service.update_budget(session, user.id, budget_id, user.timezone, data)


@router.delete("/{budget_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_budget(budget_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> None:
    await budget_service.delete_budget(session, user.id, budget_id)
