import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.categorization.rules import pattern_error
from app.schemas.common import ResponseModel
from app.schemas.money import PositiveMoney

CategoryKind = Literal["income", "expense", "transfer"]
Direction = Literal["debit", "credit"]
CategoryName = Annotated[str, Field(min_length=1, max_length=100)]


class CategoryPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    parent_id: uuid.UUID | None
    kind: CategoryKind
    is_default: bool
    created_at: datetime


class CategoryCreate(BaseModel):
    name: CategoryName
    parent_id: uuid.UUID | None = None
    kind: CategoryKind | None = Field(None, description="default: the parent's kind, else expense")


class CategoryUpdate(BaseModel):
    name: CategoryName | None = None
    kind: CategoryKind | None = None
    parent_id: uuid.UUID | None = Field(None, description="null in the body: make it top-level")


class CategoryMerge(BaseModel):
    into_id: uuid.UUID


class ReassignResult(BaseModel):
    transactions_moved: int


Pattern = Annotated[str, Field(min_length=1, max_length=200)]


class CategoryRuleFields(BaseModel):
    priority: Annotated[int, Field(ge=0, le=1_000_000)] = 100
    match_type: Literal["contains", "regex"] = "contains"
    transactor_pattern: Pattern | None = None
    description_pattern: Pattern | None = None
    sender_pattern: Pattern | None = None
    account_id: uuid.UUID | None = None
    amount_min: PositiveMoney | None = None
    amount_max: PositiveMoney | None = None
    direction: Direction | None = None
    active: bool = True


def check_rule(rule: "CategoryRuleFields") -> None:
    """A rule needs at least one condition, sane bounds and patterns that compile safely."""
    conditions = (
        rule.transactor_pattern,
        rule.description_pattern,
        rule.sender_pattern,
        rule.account_id,
        rule.amount_min,
        rule.amount_max,
        rule.direction,
    )
    if all(value is None for value in conditions):
        raise ValueError("a rule needs at least one condition")
    low, high = rule.amount_min, rule.amount_max
    if low is not None and high is not None and low > high:
        raise ValueError("amount_min must not exceed amount_max")
    for field in ("transactor_pattern", "description_pattern", "sender_pattern"):
        pattern = getattr(rule, field)
        error = pattern and pattern_error(pattern, rule.match_type)
        if error:
            raise ValueError(f"{field} {error}")


class CategoryRuleCreate(CategoryRuleFields):
    category_id: uuid.UUID

    @model_validator(mode="after")
    def valid_rule(self) -> "CategoryRuleCreate":
        check_rule(self)
        return self


class CategoryRuleUpdate(BaseModel):
    """Only the fields sent change; the result must still be a valid rule."""

    priority: Annotated[int, Field(ge=0, le=1_000_000)] | None = None
    match_type: Literal["contains", "regex"] | None = None
    transactor_pattern: Pattern | None = None
    description_pattern: Pattern | None = None
    sender_pattern: Pattern | None = None
    account_id: uuid.UUID | None = None
    amount_min: PositiveMoney | None = None
    amount_max: PositiveMoney | None = None
    direction: Direction | None = None
    active: bool | None = None
    category_id: uuid.UUID | None = None


class CategoryRulePublic(CategoryRuleFields, ResponseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    category_id: uuid.UUID
    created_at: datetime


class ApplyRulesRequest(BaseModel):
    only_uncategorised: bool = Field(
        False, description="leave transactions that already have a category alone"
    )


class ApplyRulesResult(BaseModel):
    examined: int
    updated: int
