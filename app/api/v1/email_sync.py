"""/api/v1/email-sync: the sync API of the earlier design, kept as documented. A user may only
name themself; the installation-wide stats are for administrators."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from app.api.deps import AdminUser, CurrentUser, SessionDep
from app.schemas.email_sync import SyncsStarted, SyncStartRequest, SyncStats, SyncStatus
from app.schemas.job import JobPublic
from app.services import sync_requests
from app.services.sync_requests import ensure_self as _self_only

router = APIRouter(prefix="/email-sync", tags=["email-sync"])


@router.post("/start", response_model=SyncsStarted, status_code=status.HTTP_202_ACCEPTED)
async def start_mine(
    user: CurrentUser, session: SessionDep, body: SyncStartRequest | None = None
) -> SyncsStarted:
    """The setup guide's form: sync every connected mailbox of the signed-in user (body
    `{"months": 6}`, optional). The first sync of a mailbox reads the last `months` months,
    later ones only what is new; a mailbox whose sync is pending or running keeps that job."""
    return await sync_requests.start_syncs(session, user, (body or SyncStartRequest()).months)


@router.post("/start/{user_id}", response_model=SyncsStarted, status_code=status.HTTP_202_ACCEPTED)
async def start(
    user_id: uuid.UUID,
    user: CurrentUser,
    session: SessionDep,
    months: Annotated[int, Query(ge=1, le=120, description="initial sync window")] = 6,
) -> SyncsStarted:
    """As POST /start, naming the user (who must be the signed-in one) in the path."""
    _self_only(user, user_id)
    return await sync_requests.start_syncs(session, user, months)


@router.get("/status/{user_id}", response_model=SyncStatus)
async def sync_status(user_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> SyncStatus:
    _self_only(user, user_id)
    return await sync_requests.sync_status(session, user)


@router.get("/history/{user_id}", response_model=list[JobPublic])
async def history(
    user_id: uuid.UUID,
    user: CurrentUser,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> list[JobPublic]:
    _self_only(user, user_id)
    return await sync_requests.sync_history(session, user, limit)


@router.get("/stats", response_model=SyncStats)
async def stats(_: AdminUser, session: SessionDep) -> SyncStats:
    return await sync_requests.sync_stats(session)
