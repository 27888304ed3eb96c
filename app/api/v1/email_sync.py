"""/api/v1/email-sync: the sync API of the earlier design, kept as documented. A user may only
name themself; the installation-wide stats are for administrators."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from app.api.deps import AdminUser, CurrentUser, SessionDep
from app.schemas.email_sync import SyncsStarted, SyncStats, SyncStatus
from app.schemas.job import JobPublic, job_public
from app.services import sync_requests
from app.services.sync_requests import ensure_self as _self_only

router = APIRouter(prefix="/email-sync", tags=["email-sync"])


@router.post("/start/{user_id}", response_model=SyncsStarted, status_code=status.HTTP_202_ACCEPTED)
async def start(
    user_id: uuid.UUID,
    user: CurrentUser,
    session: SessionDep,
    months: Annotated[int, Query(ge=1, le=120, description="initial sync window")] = 6,
) -> SyncsStarted:
    """Sync every connected mailbox: the first time the last `months` months, then only what is
    new. A mailbox whose sync is already pending or running keeps that job."""
    _self_only(user, user_id)
    results = await sync_requests.start_user_syncs(session, user, months)
    return SyncsStarted(
        jobs=[job_public(job) for job, _ in results],
        started=sum(created for _, created in results),
        already_running=sum(not created for _, created in results),
    )


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
