"""/api/v1/transactors: merchants and people, one per normalised name; rename and merge."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import CurrentIdentity, CurrentUser, PaginationDep, SessionDep
from app.schemas.common import Page
from app.schemas.transactor import TransactorMerge, TransactorPublic, TransactorRename
from app.services import transactors as transactor_service

router = APIRouter(prefix="/transactors", tags=["transactors"])


@router.get("", response_model=Page[TransactorPublic])
async def list_transactors(
    user: CurrentIdentity,
    session: SessionDep,
    page: PaginationDep,
    q: Annotated[str | None, Query(min_length=1, max_length=100)] = None,
) -> Page[TransactorPublic]:
    """Busiest first (by number of transactions)."""
    items, total = await transactor_service.list_transactors(
        session, user.id, q=q, offset=page.offset, limit=page.limit
    )
    return Page[TransactorPublic](items=items, total=total, offset=page.offset, limit=page.limit)


@router.get("/{transactor_id}", response_model=TransactorPublic)
async def get_transactor(
    transactor_id: uuid.UUID, user: CurrentIdentity, session: SessionDep
) -> TransactorPublic:
    return await transactor_service.get_transactor(session, user.id, transactor_id)


@router.patch("/{transactor_id}", response_model=TransactorPublic)
async def rename_transactor(
    transactor_id: uuid.UUID, data: TransactorRename, user: CurrentUser, session: SessionDep
) -> TransactorPublic:
    return await transactor_service.rename(session, user.id, transactor_id, data.name)


@router.post("/{transactor_id}/merge", response_model=TransactorPublic)
async def merge_transactors(
    transactor_id: uuid.UUID, data: TransactorMerge, user: CurrentUser, session: SessionDep
) -> TransactorPublic:
    """Fold `source_ids` into this transactor: their transactions, spellings and keys move
    here (future "SWIGGY*..." alerts land here too), and they are deleted."""
    return await transactor_service.merge(session, user.id, transactor_id, data.source_ids)
