"""/api/v1/senders: each address the user has mail from, with its template (issue #13)."""

import uuid

from fastapi import APIRouter, status

from app.api.deps import CurrentUser, PaginationDep, SessionDep
from app.schemas.common import Page
from app.schemas.review import SenderDetail, SenderSummary
from app.services import senders as sender_service

router = APIRouter(prefix="/senders", tags=["senders"])


@router.get("", response_model=Page[SenderSummary])
async def list_senders(
    user: CurrentUser, session: SessionDep, page: PaginationDep
) -> Page[SenderSummary]:
    """Busiest first."""
    items, total = await sender_service.list_senders(
        session, user, offset=page.offset, limit=page.limit
    )
    return Page[SenderSummary](items=items, total=total, offset=page.offset, limit=page.limit)


@router.get("/{sender_id}", response_model=SenderDetail)
async def get_sender(sender_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> SenderDetail:
    return await sender_service.get_sender(session, user, sender_id)


@router.delete("/{sender_id}/template", status_code=status.HTTP_204_NO_CONTENT)
async def delete_template(sender_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> None:
    """Forget what the user taught about this sender (transactions already read stay)."""
    await sender_service.delete_template(session, user, sender_id)
