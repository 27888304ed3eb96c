"""/api/v1/review: what needs a person (issue #13): the inbox, its count, and handling items."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import CurrentUser, PaginationDep, SessionDep
from app.schemas.common import Page
from app.schemas.review import (
    BulkConfirm,
    BulkConfirmed,
    ReviewAction,
    ReviewItemPublic,
    ReviewOutcome,
    ReviewReason,
    ReviewSummary,
)
from app.services import review as review_service

router = APIRouter(prefix="/review", tags=["review"])


@router.get("", response_model=Page[ReviewItemPublic])
async def list_review_items(
    user: CurrentUser,
    session: SessionDep,
    page: PaginationDep,
    reason: Annotated[ReviewReason | None, Query()] = None,
) -> Page[ReviewItemPublic]:
    """Open items, newest first."""
    items, total = await review_service.list_items(
        session, user, reason, offset=page.offset, limit=page.limit
    )
    return Page[ReviewItemPublic](items=items, total=total, offset=page.offset, limit=page.limit)


@router.get("/summary", response_model=ReviewSummary)
async def review_summary(user: CurrentUser, session: SessionDep) -> ReviewSummary:
    """The navigation badge: open items, in all and by reason."""
    return await review_service.summary(session, user)


@router.post("/bulk-confirm", response_model=BulkConfirmed)
async def bulk_confirm(body: BulkConfirm, user: CurrentUser, session: SessionDep) -> BulkConfirmed:
    """Confirm many open items at once (ids not yours, or already handled, are skipped)."""
    return await review_service.bulk_confirm(session, user, body.ids)


@router.post("/{item_id}", response_model=ReviewOutcome)
async def handle_review_item(
    item_id: uuid.UUID, body: ReviewAction, user: CurrentUser, session: SessionDep
) -> ReviewOutcome:
    """Confirm, edit, say it is (not) a transaction, or split a merge. A correction teaches the
    sender's template and starts re-reading the sender's mail (`reextract_job_id`)."""
    return await review_service.act(session, user, item_id, body)
