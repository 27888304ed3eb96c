"""/api/v1/emails: the signed-in user's stored emails: list, search, read, download."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response

from app.api.deps import CurrentUser, PaginationDep, SessionDep
from app.schemas.common import Page
from app.schemas.email import EmailDetail, EmailFilters, EmailSummary
from app.schemas.review import ReviewAction, ReviewOutcome
from app.services import corrections as correction_service
from app.services import emails as email_service

router = APIRouter(prefix="/emails", tags=["emails"])


@router.get("", response_model=Page[EmailSummary])
async def list_emails(
    user: CurrentUser,
    session: SessionDep,
    page: PaginationDep,
    filters: Annotated[EmailFilters, Query()],
) -> Page[EmailSummary]:
    """Newest first. `q` searches subject, sender and body (each word matches word starts)."""
    items, total = await email_service.list_emails(
        session, user, filters, offset=page.offset, limit=page.limit
    )
    return Page[EmailSummary](items=items, total=total, offset=page.offset, limit=page.limit)


@router.get("/{email_id}", response_model=EmailDetail)
async def get_email(email_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> EmailDetail:
    return await email_service.get_email_detail(session, user, email_id)


@router.post("/{email_id}/correction", response_model=ReviewOutcome)
async def correct_email(
    email_id: uuid.UUID, body: ReviewAction, user: CurrentUser, session: SessionDep
) -> ReviewOutcome:
    """Correct what was read from any email (the review inbox's actions edit, is_transaction,
    not_transaction): kept against re-extraction, and teaches the sender's template."""
    return await correction_service.correct(session, user, email_id, body)


@router.get(
    "/{email_id}/raw",
    response_class=Response,
    responses={200: {"content": {"message/rfc822": {}}, "description": "the original message"}},
)
async def download_raw(email_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> Response:
    raw = await email_service.get_raw(session, user, email_id)
    return Response(
        raw,
        media_type="message/rfc822",
        headers={"Content-Disposition": f'attachment; filename="{email_id}.eml"'},
    )
