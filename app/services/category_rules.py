"""Category rules: the user's own "if it looks like this, it is that" list, in priority order."""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from app.categorization.rules import Direction, Facts, Rule, RuleSet
from app.core.errors import BadRequest, NotFound
from app.crud import category_rules as rules_crud
from app.crud import transactions as transactions_crud
from app.models import CategoryRule
from app.schemas.category import CategoryRuleCreate, CategoryRuleFields, CategoryRuleUpdate
from app.services import budgets, categories

APPLY_BATCH = 1000


def to_rule(model: CategoryRule) -> Rule:
    return Rule(
        id=model.id,
        category_id=model.category_id,
        priority=model.priority,
        match_type="regex" if model.match_type == "regex" else "contains",
        transactor=model.transactor_pattern,
        description=model.description_pattern,
        sender=model.sender_pattern,
        account_id=model.account_id,
        amount_min=model.amount_min,
        amount_max=model.amount_max,
        direction=_direction(model.direction),
    )


def _direction(value: str | None) -> Direction | None:
    if value == "credit":
        return "credit"
    return "debit" if value == "debit" else None


def facts_of(row: Any) -> Facts:
    """Facts from a crud.transactions categorisation row."""
    return Facts(
        transactor=row.transactor,
        description=row.description,
        sender=row.sender,
        account_id=row.account_id,
        amount=row.amount,
        direction=_direction(row.type) or "debit",
    )


async def load_rule_set(session: AsyncSession, user_id: uuid.UUID) -> RuleSet:
    """The user's active rules, compiled once for a batch of transactions."""
    return RuleSet(
        to_rule(m) for m in await rules_crud.list_for_user(session, user_id, active_only=True)
    )


async def list_rules(session: AsyncSession, user_id: uuid.UUID) -> Sequence[CategoryRule]:
    return await rules_crud.list_for_user(session, user_id)


async def get_rule(session: AsyncSession, user_id: uuid.UUID, rule_id: uuid.UUID) -> CategoryRule:
    rule = await rules_crud.get_for_user(session, user_id, rule_id)
    if rule is None:
        raise NotFound("Rule not found.")
    return rule


async def create_rule(
    session: AsyncSession, user_id: uuid.UUID, data: CategoryRuleCreate
) -> CategoryRule:
    await categories.check_references(session, user_id, data.category_id, data.account_id)
    return await rules_crud.create(session, user_id=user_id, **data.model_dump())


async def update_rule(
    session: AsyncSession, user_id: uuid.UUID, rule_id: uuid.UUID, data: CategoryRuleUpdate
) -> CategoryRule:
    """Fields sent replace the stored ones (null clears a condition); the result is checked as
    a whole, as a new rule would be."""
    rule = await get_rule(session, user_id, rule_id)
    changes = data.model_dump(include=data.model_fields_set)
    if changes.get("category_id", rule.category_id) is None:
        raise BadRequest("A rule needs a category.", code="invalid_rule")
    merged = {field: getattr(rule, field) for field in CategoryRuleFields.model_fields}
    merged.update({k: v for k, v in changes.items() if k != "category_id"})
    try:
        CategoryRuleCreate(**merged, category_id=changes.get("category_id", rule.category_id))
    except ValidationError as exc:
        raise BadRequest(_first_error(exc), code="invalid_rule") from exc
    await categories.check_references(
        session, user_id, changes.get("category_id"), merged["account_id"]
    )
    for field, value in changes.items():
        setattr(rule, field, value)
    await session.flush()
    return rule


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    return str(error["msg"]).removeprefix("Value error, ")


async def delete_rule(session: AsyncSession, user_id: uuid.UUID, rule_id: uuid.UUID) -> None:
    await rules_crud.delete(session, await get_rule(session, user_id, rule_id))


async def apply_rules_to_existing(
    session: AsyncSession, user_id: uuid.UUID, *, only_uncategorised: bool
) -> tuple[int, int]:
    """Run the rules over the transactions already recorded, in batches; a category a person
    chose is never touched. Returns (examined, updated)."""
    rule_set = await load_rule_set(session, user_id)
    examined = updated = 0
    after: uuid.UUID | None = None
    while rule_set:
        rows = await transactions_crud.facts_page_for_rules(
            session,
            user_id,
            after_id=after,
            limit=APPLY_BATCH,
            only_uncategorised=only_uncategorised,
        )
        if not rows:
            break
        examined += len(rows)
        after = rows[-1].id
        updated += await _recategorise(session, user_id, rule_set, rows)
    if updated:
        await budgets.check_budgets(session, user_id)
    return examined, updated


async def _recategorise(
    session: AsyncSession, user_id: uuid.UUID, rule_set: RuleSet, rows: Sequence[Any]
) -> int:
    moves: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for row in rows:
        rule = rule_set.match(facts_of(row))
        if rule is not None and rule.category_id != row.category_id:
            moves[rule.category_id].append(row.id)
    for category_id, ids in moves.items():
        await transactions_crud.set_category(session, user_id, ids, category_id, "rule")
    return sum(len(ids) for ids in moves.values())
