"""/api/v1/admin/categoriser-experiments: the categoriser A/B test, for admins."""

from fastapi import APIRouter

from app.api.deps import AdminUser, SessionDep
from app.schemas.categoriser import CategoriserExperimentsPublic, CategoriserSplitUpdate
from app.services import categoriser_experiments as service

router = APIRouter(prefix="/admin/categoriser-experiments", tags=["categoriser_experiments"])


@router.get("", response_model=CategoriserExperimentsPublic)
async def read_categoriser_experiments(
    _: AdminUser, session: SessionDep
) -> CategoriserExperimentsPublic:
    """Per registered version: accuracy from outcomes (a shown category the person kept, or
    left alone for `keep_after_days`, against one they changed) with its Wilson 95 % interval,
    latency per transaction, and coverage (share left uncategorised)."""
    return await service.report(session)


@router.put("/split", response_model=CategoriserExperimentsPublic)
async def update_categoriser_split(
    data: CategoriserSplitUpdate, _: AdminUser, session: SessionDep
) -> CategoriserExperimentsPublic:
    """Set the share of users per version (weights, normalised). A user's version follows a
    stable hash of their id, so a change moves only the users whose bucket crosses a boundary."""
    return await service.set_split(session, data)
