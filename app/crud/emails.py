import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ScalarSelect, cast, column, func, literal, select
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import defer, undefer

from app.crud import bulk
from app.models import Email
from app.models.email import SEARCH_VECTOR
from app.schemas.email import EmailFilters

SNIPPET_CHARS = 200
MAX_SEARCH_TERMS = 8


async def insert_ignoring_duplicates(
    session: AsyncSession, rows: list[dict[str, Any]]
) -> Sequence[tuple[uuid.UUID, str, str]]:
    """One INSERT ... ON CONFLICT (user_id, message_id) DO NOTHING RETURNING: the whole batch in
    one round trip. Each row has every column of INSERT_COLUMNS. Returns (id, message_id,
    status) of the rows inserted."""
    if not rows:
        return []
    result = await session.execute(_INSERT, bulk.column_arrays(Email, INSERT_COLUMNS, rows))
    return [(row.id, row.message_id, row.status) for row in result]


INSERT_COLUMNS = (
    "id",
    "user_id",
    "account_id",
    "message_id",
    "provider_message_id",
    "sender",
    "sender_name",
    "subject",
    "received_at",
    "received_utc_offset",
    "body_text",
    "body_part",
    "size",
    "status",
    "failure_reason",
    "raw_compressed",
    "has_files",
)
_INSERT = (
    bulk.unnest_insert(Email, INSERT_COLUMNS)
    .on_conflict_do_nothing(index_elements=["user_id", "message_id"])
    .returning(Email.id, Email.message_id, Email.status)
)


async def list_page(
    session: AsyncSession,
    user_id: uuid.UUID,
    filters: EmailFilters,
    *,
    offset: int,
    limit: int,
) -> tuple[Sequence[tuple[Email, str]], int]:
    """Newest first, with a snippet of the body instead of the body itself."""
    query = _filtered(select(Email.id).where(Email.user_id == user_id), filters)
    total = await session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = await session.execute(
        _filtered(
            select(Email, func.left(Email.body_text, SNIPPET_CHARS).label("snippet")),
            filters,
        )
        .where(Email.user_id == user_id)
        .options(defer(Email.body_text))
        .order_by(Email.received_at.desc(), Email.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return [(row[0], row.snippet) for row in rows], total


async def get_for_user(
    session: AsyncSession, user_id: uuid.UUID, email_id: uuid.UUID
) -> Email | None:
    return await session.scalar(select(Email).where(Email.id == email_id, Email.user_id == user_id))


async def get_raw_for_user(
    session: AsyncSession, user_id: uuid.UUID, email_id: uuid.UUID
) -> Email | None:
    return await session.scalar(
        select(Email)
        .where(Email.id == email_id, Email.user_id == user_id)
        .options(defer(Email.body_text), undefer(Email.raw_compressed))
    )


def _filtered(query: Any, filters: EmailFilters) -> Any:
    if filters.account_id is not None:
        query = query.where(Email.account_id == filters.account_id)
    if filters.received_from is not None:
        query = query.where(Email.received_at >= filters.received_from)
    if filters.received_to is not None:
        query = query.where(Email.received_at < filters.received_to)
    if filters.status is not None:
        query = query.where(Email.status == filters.status)
    if filters.sender:
        query = query.where(Email.sender.contains(filters.sender.lower(), autoescape=True))
    if filters.q is not None:
        query = query.where(SEARCH_VECTOR.op("@@")(prefix_tsquery(filters.q)))
    return query


def prefix_tsquery(search: str) -> ScalarSelect[Any]:
    """The search as a tsquery in which every word must match the start of a word: "amaz ord"
    becomes 'amaz':* & 'ord':*. The words are cut by PostgreSQL's own parser, the one that
    built the index (the same split for any script, for addresses and codes), and quoted as
    lexemes, so user input is never tsquery syntax. No words at all matches nothing."""
    terms = (
        select(column("lexeme"))
        .select_from(func.unnest(func.to_tsvector("simple", search)).table_valued("lexeme"))
        .limit(MAX_SEARCH_TERMS)
        .subquery()
    )
    escaped = func.replace(func.replace(terms.c.lexeme, "\\", "\\\\"), "'", "''")
    prefix = literal("'") + escaped + literal("':*")
    joined = func.coalesce(func.string_agg(prefix, literal(" & ")), literal(""))
    return select(cast(joined, TSQUERY)).scalar_subquery()
