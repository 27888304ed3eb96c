"""/api/v1/insights: budget suggestions, this month against your usual, unusual payments and
subscription price changes (definitions: docs/analytics.md, "Insights")."""

from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import CurrentIdentity, ReadSessionDep
from app.schemas.common import CalendarDay
from app.schemas.insights import Insights
from app.services import insights as insights_service

router = APIRouter(prefix="/insights", tags=["insights"])


@router.get("", response_model=Insights)
async def insights(
    user: CurrentIdentity,
    session: ReadSessionDep,
    as_of: Annotated[
        CalendarDay | None, Query(description="as on this day (your time zone); default: today")
    ] = None,
) -> Insights:
    """Each insight carries the numbers it was computed from."""
    return await insights_service.insights(session, user, as_of=as_of)
