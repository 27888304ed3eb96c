"""/api/v1/categories: the user's category tree (a default one is made on first use)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from app.api.deps import CurrentIdentity, CurrentUser, SessionDep
from app.schemas.category import (
    CategoryCreate,
    CategoryMerge,
    CategoryPublic,
    CategoryUpdate,
    ReassignResult,
)
from app.services import categories as category_service

router = APIRouter(prefix="/categories", tags=["categories"])


@router.get("", response_model=list[CategoryPublic])
async def list_categories(user: CurrentIdentity, session: SessionDep) -> list[CategoryPublic]:
    """Top-level categories first, then subcategories (each with its `parent_id`)."""
    categories = await category_service.list_categories(session, user.id)
    return [CategoryPublic.model_validate(category) for category in categories]


@router.post("", response_model=CategoryPublic, status_code=status.HTTP_201_CREATED)
async def create_category(
    data: CategoryCreate, user: CurrentUser, session: SessionDep
) -> CategoryPublic:
    category = await category_service.create_category(session, user.id, data)
    return CategoryPublic.model_validate(category)


@router.get("/{category_id}", response_model=CategoryPublic)
async def get_category(
    category_id: uuid.UUID, user: CurrentIdentity, session: SessionDep
) -> CategoryPublic:
    category = await category_service.require_category(session, user.id, category_id)
    return CategoryPublic.model_validate(category)


@router.patch("/{category_id}", response_model=CategoryPublic)
async def update_category(
    category_id: uuid.UUID, data: CategoryUpdate, user: CurrentUser, session: SessionDep
) -> CategoryPublic:
    category = await category_service.update_category(session, user.id, category_id, data)
    return CategoryPublic.model_validate(category)


@router.post("/{category_id}/merge", response_model=ReassignResult)
async def merge_category(
    category_id: uuid.UUID, data: CategoryMerge, user: CurrentUser, session: SessionDep
) -> ReassignResult:
    """Move everything of this category (transactions, rules, budget, subcategories) into
    `into_id`, then delete it."""
    moved = await category_service.merge_category(session, user.id, category_id, data.into_id)
    return ReassignResult(transactions_moved=moved)


@router.delete("/{category_id}", response_model=ReassignResult)
async def delete_category(
    category_id: uuid.UUID,
    user: CurrentUser,
    session: SessionDep,
    reassign_to: Annotated[
        uuid.UUID | None, Query(description="move its transactions and rules here")
    ] = None,
) -> ReassignResult:
    """Without `reassign_to` its transactions become uncategorised and its rules and budget go;
    its subcategories move up a level."""
    moved = await category_service.delete_category(session, user.id, category_id, reassign_to)
    return ReassignResult(transactions_moved=moved)
