import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased, joinedload

from app.core.timezones import DEFAULT_TIMEZONE, day_end, day_range, day_start
from app.crud import bulk, users
from app.crud.reports import local_day
from app.models import Account, Category, Email, Transaction, Transactor
from app.schemas.transaction import TransactionFilters

# What a caller may leave out of a row to insert.
ROW_DEFAULTS: dict[str, Any] = {
    "account_id": None,
    "description": "",
    "transactor_id": None,
    "category_id": None,
    "category_source": "none",
    "source": "manual",
    "email_id": None,
    "message_id": None,
    "balance_after": None,
    "reference": None,
    "notes": "",
    "dedupe_key": None,
}
INSERT_COLUMNS = ("id", "user_id", "amount", "currency", "type", "occurred_at", *ROW_DEFAULTS)
_INSERT = (
    bulk.unnest_insert(Transaction, INSERT_COLUMNS)
    .on_conflict_do_nothing()
    .returning(Transaction.id)
)


async def insert_transactions_ignoring_duplicates(
    session: AsyncSession, rows: Sequence[dict[str, Any]]
) -> list[uuid.UUID]:
    """ONE INSERT ... ON CONFLICT DO NOTHING RETURNING id for the batch.

    Each row needs user_id, amount, currency, type and occurred_at; other columns default (see
    ROW_DEFAULTS). A row is skipped when its (user_id, message_id) or (user_id, dedupe_key)
    exists already or appears earlier in the same batch. Returns the ids of the rows inserted."""
    if not rows:
        return []
    values = [{**ROW_DEFAULTS, "id": uuid.uuid4(), **row} for row in rows]
    result = await session.execute(_INSERT, bulk.column_arrays(Transaction, INSERT_COLUMNS, values))
    return list(result.scalars())


def filtered(user_id: uuid.UUID, filters: TransactionFilters, tz: str) -> Any:
    """The user's transactions matching the filters (a SELECT to add ordering to). date_from
    and date_to are days in zone `tz`, the user's."""
    query = select(Transaction).where(Transaction.user_id == user_id)
    if filters.date_from:
        query = query.where(Transaction.occurred_at >= day_start(filters.date_from, tz))
    if filters.date_to:
        query = query.where(Transaction.occurred_at < day_end(filters.date_to, tz))
    if filters.category_id:
        family = select(Category.id).where(
            Category.user_id == user_id,
            or_(Category.id == filters.category_id, Category.parent_id == filters.category_id),
        )
        query = query.where(Transaction.category_id.in_(family))
    if filters.uncategorised is not None:
        column = Transaction.category_id
        query = query.where(column.is_(None) if filters.uncategorised else column.is_not(None))
    for field in ("transactor_id", "account_id", "type", "currency", "source"):
        value = getattr(filters, field)
        if value is not None:
            query = query.where(getattr(Transaction, field) == value)
    if filters.amount_min is not None:
        query = query.where(Transaction.amount >= filters.amount_min)
    if filters.amount_max is not None:
        query = query.where(Transaction.amount <= filters.amount_max)
    if filters.q:
        query = query.where(_text_search(user_id, filters.q))
    return query


def _text_search(user_id: uuid.UUID, text: str) -> Any:
    """Substring match, any case, on the description (trigram index) or the merchant's name
    (a user has few merchants: their ids are found first)."""
    merchants = select(Transactor.id).where(
        Transactor.user_id == user_id, Transactor.name.icontains(text, autoescape=True)
    )
    return or_(
        Transaction.description.icontains(text, autoescape=True),
        Transaction.transactor_id.in_(merchants),
    )


_LOADED = (
    joinedload(Transaction.transactor),
    joinedload(Transaction.category),
    joinedload(Transaction.account),
)

# What a listed transaction shows (TransactionPublic's fields): plain rows, no entities to build.
# The joined tables are aliased so that the filters' own subqueries on categories and
# transactors (family of a category, merchant search) never correlate with them.
_transactor, _category, _account = aliased(Transactor), aliased(Category), aliased(Account)
_LISTED = (
    *(
        getattr(Transaction, name)
        for name in (
            "id",
            "amount",
            "currency",
            "type",
            "occurred_at",
            "description",
            "transactor_id",
            "category_id",
            "category_source",
            "account_id",
            "source",
            "email_id",
            "reference",
            "balance_after",
            "notes",
            "created_at",
            "updated_at",
        )
    ),
    _transactor.name.label("transactor_name"),
    _category.name.label("category_name"),
    _account.name.label("account_name"),
)


async def list_page(
    session: AsyncSession,
    user_id: uuid.UUID,
    filters: TransactionFilters,
    *,
    tz: str,
    sort_column: str,
    descending: bool,
    after: tuple[Any, uuid.UUID] | None,
    limit: int,
) -> Sequence[Any]:
    """Rows with TransactionPublic's fields (merchant, category and account names joined in).

    Keyset pagination: rows strictly after `after` = (sort value, id) of the last row seen,
    in (sort column, id) order. Stable under inserts, and no OFFSET scan on deep pages."""
    column = getattr(Transaction, sort_column)
    query = (
        filtered(user_id, filters, tz)
        .with_only_columns(*_LISTED)
        .select_from(Transaction)
        .outerjoin(_transactor, _transactor.id == Transaction.transactor_id)
        .outerjoin(_category, _category.id == Transaction.category_id)
        .outerjoin(_account, _account.id == Transaction.account_id)
    )
    if after is not None:
        key, bound = tuple_(column, Transaction.id), tuple_(*after)
        query = query.where(key < bound if descending else key > bound)
    order = (column.desc(), Transaction.id.desc()) if descending else (column, Transaction.id)
    rows = await session.execute(query.order_by(*order).limit(limit))
    return rows.all()


async def get_for_user(
    session: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID
) -> Transaction | None:
    return await session.scalar(
        select(Transaction)
        .where(Transaction.id == transaction_id, Transaction.user_id == user_id)
        .options(*_LOADED)
        .execution_options(populate_existing=True)
    )


async def delete(session: AsyncSession, transaction: Transaction) -> None:
    await session.delete(transaction)
    await session.flush()


async def categorisation_facts(
    session: AsyncSession, user_id: uuid.UUID, ids: list[uuid.UUID]
) -> Sequence[Any]:
    """What a category decision looks at, per transaction: merchant name, description, sender
    (of the email it came from), account, amount, direction, and the category now."""
    rows = await session.execute(_facts_query(user_id).where(Transaction.id.in_(ids)))
    return rows.all()


def _facts_query(user_id: uuid.UUID) -> Any:
    return (
        select(
            Transaction.id,
            func.coalesce(Transactor.name, "").label("transactor"),
            Transaction.description,
            func.coalesce(Email.sender, "").label("sender"),
            Transaction.account_id,
            Transaction.amount,
            Transaction.currency,
            Transaction.type,
            Transaction.category_id,
        )
        .outerjoin(Transactor, Transactor.id == Transaction.transactor_id)
        .outerjoin(Email, Email.id == Transaction.email_id)
        .where(Transaction.user_id == user_id)
    )


async def facts_page_for_rules(
    session: AsyncSession,
    user_id: uuid.UUID,
    *,
    after_id: uuid.UUID | None,
    limit: int,
    only_uncategorised: bool,
) -> Sequence[Any]:
    """Transactions rules may change (never one a person categorised), in id order."""
    query = _facts_query(user_id).where(Transaction.category_source != "user")
    if only_uncategorised:
        query = query.where(Transaction.category_id.is_(None))
    if after_id is not None:
        query = query.where(Transaction.id > after_id)
    rows = await session.execute(query.order_by(Transaction.id).limit(limit))
    return rows.all()


async def set_category(
    session: AsyncSession,
    user_id: uuid.UUID,
    ids: list[uuid.UUID],
    category_id: uuid.UUID | None,
    source: str,
) -> int:
    result = await session.execute(
        update(Transaction)
        .where(Transaction.user_id == user_id, Transaction.id.in_(ids))
        .values(category_id=category_id, category_source=source)
    )
    return int(getattr(result, "rowcount", 0))


async def amounts_by_day(
    session: AsyncSession,
    user_id: uuid.UUID,
    first_day: date,
    last_day: date,
    *,
    tz: str | None = None,
) -> Sequence[Any]:
    """(day, amount, currency, type) of every transaction on days first_day..last_day, days in
    zone `tz` (default: the user's own zone, read here): what an imported CSV row is compared
    with to spot one already recorded."""
    if tz is None:
        tz = await users.get_timezone(session, user_id) or DEFAULT_TIMEZONE
    start, end = day_range(first_day, last_day, tz)
    rows = await session.execute(
        select(
            local_day(tz).label("day"), Transaction.amount, Transaction.currency, Transaction.type
        ).where(
            Transaction.user_id == user_id,
            Transaction.occurred_at >= start,
            Transaction.occurred_at < end,
        )
    )
    return rows.all()
