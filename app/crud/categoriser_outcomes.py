"""Categoriser A/B outcomes: what a version showed, what the person did with it."""

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, and_, any_, bindparam, case, func, or_, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import UUID as PG_UUID
from sqlalchemy.ext.asyncio import AsyncSession

from app.crud import bulk
from app.models import CategoriserOutcome, Category, Transaction

INSERT_COLUMNS = (
    "id",
    "user_id",
    "transaction_id",
    "version",
    "shown_category_id",
    "shown_category",
    "latency_ms",
)
# One array per column (app.crud.bulk): the statement is compiled once, not per batch of ~700.
_INSERT = bulk.unnest_insert(CategoriserOutcome, INSERT_COLUMNS).on_conflict_do_nothing(
    index_elements=[CategoriserOutcome.transaction_id]
)


async def insert_many(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """Each row has every column of INSERT_COLUMNS."""
    if rows:
        await session.execute(_INSERT, bulk.column_arrays(CategoriserOutcome, INSERT_COLUMNS, rows))


_ids = bindparam("ids", type_=ARRAY(PG_UUID(as_uuid=True)))


async def rule_categorised(session: AsyncSession, ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    """Those of the transactions whose category came from one of the person's rules (the ids
    as one array: one statement text whatever their number)."""
    if not ids:
        return set()
    rows = await session.scalars(
        select(Transaction.id).where(
            Transaction.id == any_(_ids), Transaction.category_source == "rule"
        ),
        {"ids": list(ids)},
    )
    return set(rows.all())


async def category_names(
    session: AsyncSession, user_id: uuid.UUID, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    rows = await session.execute(
        select(Category.id, Category.name).where(
            Category.user_id == user_id, Category.id.in_(list(ids))
        )
    )
    return {category_id: name for category_id, name in rows.all()}


async def resolve(
    session: AsyncSession,
    user_id: uuid.UUID,
    transaction_ids: Sequence[uuid.UUID],
    chosen_category_id: uuid.UUID | None,
) -> int:
    """The person set these transactions' category: each one's open outcome becomes "kept"
    (they chose what was shown) or "changed". Only the first choice counts."""
    if not transaction_ids:
        return 0
    result = await session.execute(
        update(CategoriserOutcome)
        .where(
            CategoriserOutcome.user_id == user_id,
            CategoriserOutcome.transaction_id.in_(list(transaction_ids)),
            CategoriserOutcome.resolution.is_(None),
        )
        .values(
            resolution=case(
                (
                    CategoriserOutcome.shown_category_id.is_not_distinct_from(chosen_category_id),
                    "kept",
                ),
                else_="changed",
            ),
            final_category_id=chosen_category_id,
            resolved_at=func.now(),
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def summary(session: AsyncSession, kept_before: datetime) -> Sequence[Row[Any]]:
    """Per version: outcomes, uncategorised ones, and among the categorised ones those kept
    (by the person, or untouched since before `kept_before`) and changed; latency mean and p95."""
    shown = CategoriserOutcome.shown_category_id.is_not(None)
    kept = and_(
        shown,
        or_(
            CategoriserOutcome.resolution == "kept",
            and_(
                CategoriserOutcome.resolution.is_(None),
                CategoriserOutcome.created_at < kept_before,
            ),
        ),
    )
    changed = and_(shown, CategoriserOutcome.resolution == "changed")
    rows = await session.execute(
        select(
            CategoriserOutcome.version,
            func.count().label("outcomes"),
            func.count().filter(~shown).label("uncategorised"),
            func.count().filter(kept).label("kept"),
            func.count().filter(changed).label("changed"),
            func.avg(CategoriserOutcome.latency_ms).label("latency_mean_ms"),
            func.percentile_cont(0.95)
            .within_group(CategoriserOutcome.latency_ms)
            .label("latency_p95_ms"),
        ).group_by(CategoriserOutcome.version)
    )
    return rows.all()


async def user_counts(session: AsyncSession) -> dict[str, int]:
    rows = await session.execute(
        select(
            CategoriserOutcome.version, func.count(func.distinct(CategoriserOutcome.user_id))
        ).group_by(CategoriserOutcome.version)
    )
    return {version: count for version, count in rows.all()}
