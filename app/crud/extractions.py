import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Uuid, bindparam, func, select, update
from sqlalchemy.dialects.postgresql import ARRAY, insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.crud import bulk
from app.models import Category, CategoryFeedback, Email
from app.models.email import STORED
from app.models.extraction import CategoryModel, EmailExtraction, LlmTransaction

# What extraction reads of a stored email (plain columns: no ORM entities to build on the
# ingest hot path); re-extraction reads the same.
READ_COLUMNS = (
    Email.id,
    Email.message_id,
    Email.sender,
    Email.sender_name,
    Email.subject,
    Email.received_at,
    Email.received_utc_offset,
    Email.body_text,
    Email.body_part,
    Email.size,
    Email.has_files,
)


async def emails_to_extract(
    session: AsyncSession, user_id: uuid.UUID, email_ids: Sequence[uuid.UUID] | None, limit: int
) -> Sequence[Any]:
    """Stored emails of the user with no extraction yet: the given ones, or any. Plain rows of
    what extraction reads (no ORM entities to build: this is the ingest hot path)."""
    query = select(*READ_COLUMNS)
    if email_ids is not None:
        # The ids as one array joined by primary key: the statement text is the same for every
        # batch (an IN list of a thousand was compiled and planned afresh each time), and the
        # join probes pk_emails per id, where `id = ANY(array)` let the planner scan all of the
        # user's emails in (user_id, received_at, id) and test each against the array.
        wanted = (
            func.unnest(bindparam("email_ids", list(set(email_ids)), ARRAY(Uuid)))
            .table_valued("id")
            .render_derived(name="wanted")
        )
        query = query.select_from(wanted).join(Email, Email.id == wanted.c.id)
    query = (
        query.outerjoin(EmailExtraction, EmailExtraction.email_id == Email.id)
        .where(Email.user_id == user_id, Email.status == STORED, EmailExtraction.id.is_(None))
        .order_by(Email.received_at, Email.id)
        .limit(limit)
    )
    return (await session.execute(query)).all()


async def insert_extractions(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """Idempotent: an email extracted twice (a re-run batch) keeps its first result. Each row
    has every column of EXTRACTION_COLUMNS."""
    if rows:
        await session.execute(
            _INSERT_EXTRACTIONS,
            bulk.column_arrays(EmailExtraction, EXTRACTION_COLUMNS, rows),
        )


EXTRACTION_COLUMNS = (
    "id",
    "email_id",
    "user_id",
    "method",
    "status",
    "confidence",
    "fields",
    "rejection_reason",
    "error",
    "transaction_id",
)
_INSERT_EXTRACTIONS = bulk.unnest_insert(
    EmailExtraction, EXTRACTION_COLUMNS
).on_conflict_do_nothing(index_elements=["email_id"])


async def insert_llm_calls(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    if rows:
        await session.execute(insert(LlmTransaction).values(rows))


async def get_for_email(
    session: AsyncSession, user_id: uuid.UUID, email_id: uuid.UUID
) -> EmailExtraction | None:
    return await session.scalar(
        select(EmailExtraction).where(
            EmailExtraction.email_id == email_id, EmailExtraction.user_id == user_id
        )
    )


async def list_llm_calls(
    session: AsyncSession, user_id: uuid.UUID, *, offset: int, limit: int
) -> Sequence[LlmTransaction]:
    rows = await session.scalars(
        select(LlmTransaction)
        .where(LlmTransaction.user_id == user_id)
        .order_by(LlmTransaction.created_at.desc(), LlmTransaction.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return rows.all()


async def get_category_model(session: AsyncSession, user_id: uuid.UUID) -> CategoryModel | None:
    return await session.get(CategoryModel, user_id)


async def save_category_model(
    session: AsyncSession, user_id: uuid.UUID, model: bytes, examples: int
) -> None:
    statement = insert(CategoryModel).values(user_id=user_id, model=model, examples=examples)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[CategoryModel.user_id],
            set_={
                "model": model,
                "examples": examples,
                "trained_at": statement.excluded.trained_at,
            },
        )
    )


async def correction_examples(
    session: AsyncSession, user_id: uuid.UUID, limit: int = 5000
) -> Sequence[tuple[str, str, str, str, str]]:
    """The user's latest category corrections: (transactor, description, sender, direction,
    new category name). Corrections to "no category" teach nothing and are left out."""
    rows = await session.execute(
        select(
            CategoryFeedback.transactor,
            CategoryFeedback.description,
            CategoryFeedback.sender,
            CategoryFeedback.direction,
            Category.name,
        )
        .join(Category, Category.id == CategoryFeedback.new_category_id)
        .where(CategoryFeedback.user_id == user_id)
        .order_by(CategoryFeedback.created_at.desc())
        .limit(limit)
    )
    return [tuple(row) for row in rows.all()]  # type: ignore[misc]


async def category_ids_by_name(session: AsyncSession, user_id: uuid.UUID) -> dict[str, uuid.UUID]:
    """Lower-cased name → id; a top-level category wins over a sub-category of the same name."""
    rows = await session.execute(
        select(Category.name, Category.id)
        .where(Category.user_id == user_id)
        .order_by(Category.parent_id.is_not(None))
    )
    ids: dict[str, uuid.UUID] = {}
    for name, category_id in rows.all():
        ids.setdefault(name.lower(), category_id)
    return ids


async def link_transaction(
    session: AsyncSession, extraction_id: uuid.UUID, transaction_id: uuid.UUID
) -> None:
    await session.execute(
        update(EmailExtraction)
        .where(EmailExtraction.id == extraction_id)
        .values(transaction_id=transaction_id)
    )
