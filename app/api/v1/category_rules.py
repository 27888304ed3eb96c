"""/api/v1/category-rules: "if it looks like this, it is that", applied in priority order."""

import uuid

from fastapi import APIRouter, status

from app.api.deps import CurrentIdentity, CurrentUser, SessionDep
from app.schemas.category import (
    ApplyRulesRequest,
    ApplyRulesResult,
    CategoryRuleCreate,
    CategoryRulePublic,
    CategoryRuleUpdate,
)
from app.services import category_rules as rule_service

router = APIRouter(prefix="/category-rules", tags=["category rules"])


@router.get("", response_model=list[CategoryRulePublic])
async def list_rules(user: CurrentIdentity, session: SessionDep) -> list[CategoryRulePublic]:
    """In the order they apply: lowest priority number first, then oldest first."""
    rules = await rule_service.list_rules(session, user.id)
    return [CategoryRulePublic.model_validate(rule) for rule in rules]


@router.post("", response_model=CategoryRulePublic, status_code=status.HTTP_201_CREATED)
async def create_rule(
    data: CategoryRuleCreate, user: CurrentUser, session: SessionDep
) -> CategoryRulePublic:
    rule = await rule_service.create_rule(session, user.id, data)
    return CategoryRulePublic.model_validate(rule)


@router.post("/apply", response_model=ApplyRulesResult)
async def apply_rules(
    data: ApplyRulesRequest, user: CurrentUser, session: SessionDep
) -> ApplyRulesResult:
    """Apply the active rules to transactions already recorded. Categories you chose yourself
    are never changed."""
    examined, updated = await rule_service.apply_rules_to_existing(
        session, user.id, only_uncategorised=data.only_uncategorised
    )
    return ApplyRulesResult(examined=examined, updated=updated)


@router.get("/{rule_id}", response_model=CategoryRulePublic)
async def get_rule(
    rule_id: uuid.UUID, user: CurrentIdentity, session: SessionDep
) -> CategoryRulePublic:
    rule = await rule_service.get_rule(session, user.id, rule_id)
    return CategoryRulePublic.model_validate(rule)


@router.patch("/{rule_id}", response_model=CategoryRulePublic)
async def update_rule(
    rule_id: uuid.UUID, data: CategoryRuleUpdate, user: CurrentUser, session: SessionDep
) -> CategoryRulePublic:
    rule = await rule_service.update_rule(session, user.id, rule_id, data)
    return CategoryRulePublic.model_validate(rule)


@router.delete("/{rule_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_rule(rule_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> None:
    await rule_service.delete_rule(session, user.id, rule_id)
