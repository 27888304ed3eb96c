"""Categories: a default tree for every user, their own additions, merge, delete.

The tree is two levels deep. Defaults are created the first time a user's categories are needed
(`ensure_default_categories`, idempotent and race-free: deterministic ids + ON CONFLICT DO
NOTHING). They come back only if a user has no category at all.
"""

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import BadRequest, Conflict, NotFound
from app.crud import categories as categories_crud
from app.models import Category
from app.schemas.category import CategoryCreate, CategoryUpdate
from app.services import accounts, reference

# (name, kind, children). Investments and Transfers are "transfer": money moved between your own
# pockets, neither income nor expense in reports.
DEFAULT_CATEGORIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Income", "income", ("Salary", "Interest", "Refunds")),
    ("Groceries", "expense", ()),
    ("Dining", "expense", ()),
    ("Transport", "expense", ("Fuel", "Taxi & Rideshare")),
    ("Shopping", "expense", ()),
    ("Bills & Utilities", "expense", ("Electricity", "Phone & Internet")),
    ("Rent", "expense", ()),
    ("Health", "expense", ()),
    ("Entertainment", "expense", ()),
    ("Travel", "expense", ()),
    ("Subscriptions", "expense", ()),
    ("Education", "expense", ()),
    ("Fees", "expense", ()),
    ("Investments", "transfer", ()),
    ("Transfers", "transfer", ()),
    ("Other", "expense", ()),
)


def default_category_rows(user_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = []
    for name, kind, children in DEFAULT_CATEGORIES:
        parent_id = uuid.uuid5(user_id, name)
        rows.append(_default_row(user_id, parent_id, None, name, kind))
        rows += [
            _default_row(user_id, uuid.uuid5(user_id, f"{name}/{child}"), parent_id, child, kind)
            for child in children
        ]
    return rows


def _default_row(
    user_id: uuid.UUID, id_: uuid.UUID, parent_id: uuid.UUID | None, name: str, kind: str
) -> dict[str, Any]:
    return {
        "id": id_,
        "user_id": user_id,
        "parent_id": parent_id,
        "name": name,
        "kind": kind,
        "is_default": True,
    }


async def ensure_default_categories(session: AsyncSession, user_id: uuid.UUID) -> None:
    if not await categories_crud.has_any(session, user_id):
        reference.categories_changed(user_id)
        await categories_crud.insert_ignoring_duplicates(session, default_category_rows(user_id))


async def list_categories(session: AsyncSession, user_id: uuid.UUID) -> Sequence[Category]:
    await ensure_default_categories(session, user_id)
    return await categories_crud.list_for_user(session, user_id)


async def require_category(
    session: AsyncSession, user_id: uuid.UUID, category_id: uuid.UUID
) -> Category:
    category = await categories_crud.get_for_user(session, user_id, category_id)
    if category is None:
        raise NotFound("Category not found.")
    return category


async def create_category(
    session: AsyncSession, user_id: uuid.UUID, data: CategoryCreate
) -> Category:
    await ensure_default_categories(session, user_id)
    parent = await _valid_parent(session, user_id, data.parent_id, child=None)
    name = data.name.strip()
    await _ensure_name_free(session, user_id, data.parent_id, name)
    reference.categories_changed(user_id)
    return await categories_crud.create(
        session,
        user_id=user_id,
        parent_id=data.parent_id,
        name=name,
        kind=data.kind or (parent.kind if parent else "expense"),
        is_default=False,
    )


async def update_category(
    session: AsyncSession, user_id: uuid.UUID, category_id: uuid.UUID, data: CategoryUpdate
) -> Category:
    category = await require_category(session, user_id, category_id)
    parent_id = data.parent_id if "parent_id" in data.model_fields_set else category.parent_id
    name = data.name.strip() if data.name else category.name
    if parent_id != category.parent_id:
        await _valid_parent(session, user_id, parent_id, child=category)
    if (parent_id, name.lower()) != (category.parent_id, category.name.lower()):
        await _ensure_name_free(session, user_id, parent_id, name)
    reference.categories_changed(user_id)
    category.parent_id, category.name = parent_id, name
    if data.kind:
        category.kind = data.kind
    return category


async def merge_category(
    session: AsyncSession, user_id: uuid.UUID, source_id: uuid.UUID, into_id: uuid.UUID
) -> int:
    """Everything of the source (transactions, rules, budget, feedback, subcategories) moves to
    the target; the source goes. Returns the number of transactions moved."""
    if source_id == into_id:
        raise BadRequest("A category cannot be merged into itself.", code="merge_into_self")
    source = await require_category(session, user_id, source_id)
    target = await require_category(session, user_id, into_id)
    if target.parent_id == source.id:
        raise BadRequest(
            "Merge a category into one of its own subcategories? Move that subcategory out first.",
            code="merge_into_child",
        )
    # Two levels only: the source's children hang under the target's top-level category.
    new_parent = target.id if target.parent_id is None else target.parent_id
    reference.categories_changed(user_id)
    moved = await _move_children(session, user_id, source, new_parent)
    return moved + await _fold_into(session, user_id, source, target)


async def delete_category(
    session: AsyncSession,
    user_id: uuid.UUID,
    category_id: uuid.UUID,
    reassign_to: uuid.UUID | None,
) -> int:
    """Delete; its transactions move to `reassign_to` (or lose their category), its rules move
    there too (or go), its subcategories move up a level. Returns transactions moved."""
    if reassign_to is not None:
        return await merge_category(session, user_id, category_id, reassign_to)
    category = await require_category(session, user_id, category_id)
    reference.categories_changed(user_id)
    await _move_children(session, user_id, category, category.parent_id)
    moved = await categories_crud.move_transactions(session, user_id, category.id, None)
    await categories_crud.delete_one(session, user_id, category.id)
    return moved


async def _fold_into(
    session: AsyncSession, user_id: uuid.UUID, source: Category, target: Category
) -> int:
    moved = await categories_crud.move_transactions(session, user_id, source.id, target.id)
    await categories_crud.move_rules(session, user_id, source.id, target.id)
    await categories_crud.move_budget_unless_taken(session, user_id, source.id, target.id)
    await categories_crud.move_feedback(session, user_id, source.id, target.id)
    await categories_crud.delete_one(session, user_id, source.id)
    return moved


async def _move_children(
    session: AsyncSession, user_id: uuid.UUID, parent: Category, new_parent_id: uuid.UUID | None
) -> int:
    """Re-hang the children; a child whose name is taken at its new place is folded into the
    namesake instead. Returns transactions moved by such folds."""
    moved, rehang = 0, []
    for child in await categories_crud.children(session, user_id, parent.id):
        namesake = await categories_crud.find_sibling(session, user_id, new_parent_id, child.name)
        if namesake is not None and namesake.id != child.id:
            moved += await _fold_into(session, user_id, child, namesake)
        else:
            rehang.append(child.id)
    await categories_crud.set_parent(session, user_id, rehang, new_parent_id)
    return moved


async def _valid_parent(
    session: AsyncSession,
    user_id: uuid.UUID,
    parent_id: uuid.UUID | None,
    child: Category | None,
) -> Category | None:
    if parent_id is None:
        return None
    parent = await categories_crud.get_for_user(session, user_id, parent_id)
    if parent is None:
        raise NotFound("Parent category not found.")
    if child is not None and parent.id == child.id:
        raise BadRequest("A category cannot be its own parent.", code="invalid_parent")
    if parent.parent_id is not None:
        raise BadRequest(
            "Categories are two levels deep: pick a top-level parent.", code="invalid_parent"
        )
    if child is not None and await categories_crud.children(session, user_id, child.id):
        raise BadRequest(
            "A category with subcategories cannot become a subcategory.", code="invalid_parent"
        )
    return parent


async def _ensure_name_free(
    session: AsyncSession, user_id: uuid.UUID, parent_id: uuid.UUID | None, name: str
) -> None:
    if await categories_crud.find_sibling(session, user_id, parent_id, name):
        raise Conflict(f"There is already a category named {name!r} here.", code="category_exists")


async def check_references(
    session: AsyncSession,
    user_id: uuid.UUID,
    category_id: uuid.UUID | None,
    account_id: uuid.UUID | None,
) -> None:
    """A category or account named in a request must be the user's own (else 404)."""
    if category_id is not None:
        await require_category(session, user_id, category_id)
    if account_id is not None:
        await accounts.get_account(session, user_id, account_id)
