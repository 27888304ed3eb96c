"""/api/v1/jobs: the signed-in user's background jobs, with live counters and errors."""

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Query, status

from app.api.deps import CurrentIdentity, CurrentUser, PaginationDep, SessionDep
from app.schemas.common import Page
from app.schemas.job import JobPublic, job_public
from app.services import jobs as job_service

router = APIRouter(prefix="/jobs", tags=["jobs"])

JobStatusFilter = Literal["pending", "processing", "completed", "failed", "cancelled"]


@router.get("", response_model=Page[JobPublic])
async def list_jobs(
    user: CurrentIdentity,
    session: SessionDep,
    page: PaginationDep,
    status_: Annotated[JobStatusFilter | None, Query(alias="status")] = None,
    type_: Annotated[str | None, Query(alias="type", max_length=50)] = None,
    active: Annotated[bool, Query(description="only pending and processing jobs")] = False,
) -> Page[JobPublic]:
    items, total = await job_service.list_jobs(
        session,
        user.id,
        offset=page.offset,
        limit=page.limit,
        status=status_,
        job_type=type_,
        active_only=active,
    )
    return Page(
        items=[job_public(j) for j in items], total=total, offset=page.offset, limit=page.limit
    )


@router.get("/{job_id}", response_model=JobPublic)
async def get_job(job_id: uuid.UUID, user: CurrentIdentity, session: SessionDep) -> JobPublic:
    return job_public(await job_service.get_job(session, user.id, job_id))


@router.post("/{job_id}/cancel", response_model=JobPublic)
async def cancel_job(job_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> JobPublic:
    return job_public(await job_service.cancel_job(session, user.id, job_id))


@router.post("/{job_id}/retry", response_model=JobPublic, status_code=status.HTTP_201_CREATED)
async def retry_job(job_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> JobPublic:
    return job_public(await job_service.retry_job(session, user.id, job_id))
