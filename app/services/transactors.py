"""Transactors (merchants and people): one per normalised name, whatever the raw spelling."""

import uuid
from collections.abc import Iterable

from sqlalchemy.ext.asyncio import AsyncSession

from app.categorization.merchants import normalise_merchant
from app.core.errors import BadRequest, NotFound
from app.crud import transactors as transactors_crud
from app.models import Transactor
from app.models.transactor import MAX_ALIASES
from app.schemas.transactor import TransactorPublic


async def resolve_transactors(
    session: AsyncSession, user_id: uuid.UUID, raw_names: Iterable[str]
) -> dict[str, Transactor]:
    """Raw merchant string → its transactor, creating missing transactors and remembering new raw
    spellings. At most four statements for a whole batch (find, insert, find again, aliases)."""
    by_key: dict[str, tuple[str, set[str]]] = {}
    key_of_raw: dict[str, str] = {}
    for raw in raw_names:
        if not raw or raw in key_of_raw:
            continue
        display, key = normalise_merchant(raw)
        key_of_raw[raw] = key
        by_key.setdefault(key, (display, set()))[1].add(raw.strip()[:200])
    if not by_key:
        return {}
    found = await _index_by_key(session, user_id, list(by_key))
    # Sorted: concurrent batches then take unique-index locks in one order (no deadlock).
    missing = sorted(key for key in by_key if key not in found)
    if missing:
        await transactors_crud.insert_missing(
            session,
            [
                {
                    "id": uuid.uuid4(),
                    "user_id": user_id,
                    "key": key,
                    "name": by_key[key][0],
                    "aliases": [],
                    "merged_keys": [],
                }
                for key in missing
            ],
        )
        found = await _index_by_key(session, user_id, list(by_key))
    await _remember_aliases(session, found, by_key)
    return {raw: found[key] for raw, key in key_of_raw.items() if key in found}


async def _index_by_key(
    session: AsyncSession, user_id: uuid.UUID, keys: list[str]
) -> dict[str, Transactor]:
    index: dict[str, Transactor] = {}
    for transactor in await transactors_crud.find_by_keys(session, user_id, keys):
        for key in (transactor.key, *transactor.merged_keys):
            index[key] = transactor
    return index


async def _remember_aliases(
    session: AsyncSession, found: dict[str, Transactor], by_key: dict[str, tuple[str, set[str]]]
) -> None:
    grown: dict[uuid.UUID, list[str]] = {}
    for key, (_, raws) in by_key.items():
        transactor = found.get(key)
        if transactor is None:
            continue
        current = grown.get(transactor.id, list(transactor.aliases))
        new = sorted(raws - set(current))
        if new and len(current) < MAX_ALIASES:
            grown[transactor.id] = (current + new)[:MAX_ALIASES]
    await transactors_crud.set_aliases(session, grown)


async def list_transactors(
    session: AsyncSession, user_id: uuid.UUID, *, q: str | None, offset: int, limit: int
) -> tuple[list[TransactorPublic], int]:
    rows, total = await transactors_crud.list_page(
        session, user_id, q=q, offset=offset, limit=limit
    )
    return [_public(transactor, count) for transactor, count in rows], total


async def get_transactor(
    session: AsyncSession, user_id: uuid.UUID, transactor_id: uuid.UUID
) -> TransactorPublic:
    transactor = await _get(session, user_id, transactor_id)
    count = await transactors_crud.count_transactions(session, user_id, transactor_id)
    return _public(transactor, count)


async def rename(
    session: AsyncSession, user_id: uuid.UUID, transactor_id: uuid.UUID, name: str
) -> TransactorPublic:
    """Only the name shown changes: new spellings keep arriving here through the key."""
    transactor = await _get(session, user_id, transactor_id)
    transactor.name = name.strip()
    transactor.embedding_model = None  # its cached vector was of the old name: made again on use
    return await get_transactor(session, user_id, transactor_id)


async def merge(
    session: AsyncSession, user_id: uuid.UUID, target_id: uuid.UUID, source_ids: list[uuid.UUID]
) -> TransactorPublic:
    """The sources' transactions, spellings and keys move to the target; the sources go."""
    target = await _get(session, user_id, target_id)
    source_ids = list(dict.fromkeys(source_ids))
    if target_id in source_ids:
        raise BadRequest("A transactor cannot be merged into itself.", code="merge_into_self")
    sources = await transactors_crud.get_many_for_user(session, user_id, source_ids)
    if len(sources) != len(source_ids):
        raise NotFound("Transactor not found.")
    await transactors_crud.move_transactions(session, user_id, source_ids, target_id)
    aliases = list(dict.fromkeys([*target.aliases, *(a for s in sources for a in s.aliases)]))
    merged = {*target.merged_keys, *(k for s in sources for k in (s.key, *s.merged_keys))}
    target.aliases = aliases[:MAX_ALIASES]
    target.merged_keys = sorted(merged - {target.key})
    await transactors_crud.delete_many(session, user_id, source_ids)
    return await get_transactor(session, user_id, target_id)


async def _get(session: AsyncSession, user_id: uuid.UUID, transactor_id: uuid.UUID) -> Transactor:
    transactor = await transactors_crud.get_for_user(session, user_id, transactor_id)
    if transactor is None:
        raise NotFound("Transactor not found.")
    return transactor


def _public(transactor: Transactor, count: int) -> TransactorPublic:
    return TransactorPublic(
        id=transactor.id,
        name=transactor.name,
        key=transactor.key,
        aliases=transactor.aliases,
        transaction_count=count,
        created_at=transactor.created_at,
    )


async def name_of(
    session: AsyncSession, user_id: uuid.UUID, transactor_id: uuid.UUID | None
) -> str | None:
    if transactor_id is None:
        return None
    found = await transactors_crud.get_for_user(session, user_id, transactor_id)
    return found.name if found else None
