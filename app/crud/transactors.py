import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Transaction, Transactor


async def find_by_keys(
    session: AsyncSession, user_id: uuid.UUID, keys: list[str]
) -> Sequence[Transactor]:
    """Transactors holding any of the keys, as their own or as a key merged into them."""
    if not keys:
        return []
    rows = await session.scalars(
        select(Transactor).where(
            Transactor.user_id == user_id,
            or_(Transactor.key.in_(keys), Transactor.merged_keys.overlap(keys)),
        )
    )
    return rows.all()


async def insert_missing(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    if rows:
        await session.execute(
            insert(Transactor)
            .values(rows)
            .on_conflict_do_nothing(index_elements=[Transactor.user_id, Transactor.key])
        )


async def set_aliases(session: AsyncSession, aliases_by_id: dict[uuid.UUID, list[str]]) -> None:
    """One executemany for every transactor whose list of raw spellings grew, in id order:
    two batches of one user that both add spellings to the same transactors then lock their
    rows in one order (in the order merchants came, they could deadlock)."""
    if aliases_by_id:
        await session.execute(
            update(Transactor),
            [{"id": tid, "aliases": aliases_by_id[tid]} for tid in sorted(aliases_by_id)],
        )


async def list_page(
    session: AsyncSession, user_id: uuid.UUID, *, q: str | None, offset: int, limit: int
) -> tuple[list[tuple[Transactor, int]], int]:
    """Transactors with their number of transactions, busiest first."""
    base = select(Transactor.id).where(Transactor.user_id == user_id)
    if q:
        base = base.where(Transactor.name.icontains(q, autoescape=True))
    total = await session.scalar(select(func.count()).select_from(base.subquery())) or 0
    counts = (
        select(Transaction.transactor_id, func.count().label("n"))
        .where(Transaction.user_id == user_id, Transaction.transactor_id.is_not(None))
        .group_by(Transaction.transactor_id)
        .subquery()
    )
    count = func.coalesce(counts.c.n, 0)
    rows = await session.execute(
        select(Transactor, count)
        .outerjoin(counts, counts.c.transactor_id == Transactor.id)
        .where(Transactor.id.in_(base))
        .order_by(count.desc(), Transactor.name, Transactor.id)
        .offset(offset)
        .limit(limit)
    )
    return [(row[0], row[1]) for row in rows], total


async def get_for_user(
    session: AsyncSession, user_id: uuid.UUID, transactor_id: uuid.UUID
) -> Transactor | None:
    return await session.scalar(
        select(Transactor).where(Transactor.id == transactor_id, Transactor.user_id == user_id)
    )


async def get_many_for_user(
    session: AsyncSession, user_id: uuid.UUID, ids: list[uuid.UUID]
) -> Sequence[Transactor]:
    rows = await session.scalars(
        select(Transactor).where(Transactor.id.in_(ids), Transactor.user_id == user_id)
    )
    return rows.all()


async def count_transactions(
    session: AsyncSession, user_id: uuid.UUID, transactor_id: uuid.UUID
) -> int:
    return (
        await session.scalar(
            select(func.count()).where(
                Transaction.user_id == user_id, Transaction.transactor_id == transactor_id
            )
        )
        or 0
    )


async def move_transactions(
    session: AsyncSession, user_id: uuid.UUID, source_ids: list[uuid.UUID], target_id: uuid.UUID
) -> int:
    result = await session.execute(
        update(Transaction)
        .where(Transaction.user_id == user_id, Transaction.transactor_id.in_(source_ids))
        .values(transactor_id=target_id)
    )
    return int(getattr(result, "rowcount", 0))


async def delete_many(session: AsyncSession, user_id: uuid.UUID, ids: list[uuid.UUID]) -> None:
    await session.execute(
        delete(Transactor).where(Transactor.user_id == user_id, Transactor.id.in_(ids))
    )


async def transactor_embeddings(
    session: AsyncSession, ids: Sequence[uuid.UUID], model: str
) -> dict[uuid.UUID, bytes]:
    """The stored vectors of these transactors made by `model` (others are missing)."""
    if not ids:
        return {}
    rows = await session.execute(
        select(Transactor.id, Transactor.embedding).where(
            Transactor.id.in_(list(ids)),
            Transactor.embedding_model == model,
            Transactor.embedding.is_not(None),
        )
    )
    return {transactor_id: vector for transactor_id, vector in rows.all() if vector}


async def set_transactor_embeddings(
    session: AsyncSession, vectors: dict[uuid.UUID, bytes], model: str
) -> None:
    if vectors:
        await session.execute(
            update(Transactor),
            [
                {"id": tid, "embedding": vector, "embedding_model": model}
                for tid, vector in vectors.items()
            ],
        )
