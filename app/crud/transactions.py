import uuid
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    DateTime,
    Integer,
    Interval,
    Numeric,
    String,
    Text,
    and_,
    any_,
    bindparam,
    case,
    cast,
    column,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    tuple_,
    union_all,
    update,
)
from sqlalchemy import (
    delete as delete_statement,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased, joinedload, selectinload

from app.core.db import Reader
from app.core.ids import uuid7
from app.core.timezones import DEFAULT_TIMEZONE, day_end, day_range, day_start
from app.crud import bulk, users
from app.crud.compiled import CompiledCache
from app.crud.reports import local_day
from app.models import (
    Account,
    Category,
    Email,
    Statement,
    StatementEntry,
    Transaction,
    TransactionMerge,
    TransactionSplit,
    Transactor,
)
from app.schemas.transaction import TransactionFilters, TransactionPublic

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
    "reference_key": None,
    "account_last4": None,
    "occurred_at_from_text": False,
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
    ROW_DEFAULTS; a row may bring its own id). A row is skipped when its (user_id, message_id)
    or (user_id, reference_key) exists already or appears earlier in the same batch. Returns the
    ids of the rows inserted."""
    if not rows:
        return []
    values = [{**ROW_DEFAULTS, "id": uuid7(), **row} for row in rows]
    result = await session.execute(_INSERT, bulk.column_arrays(Transaction, INSERT_COLUMNS, values))
    return list(result.scalars())


def _candidates(match: str, probe: Any, message_id: Any = Transaction.message_id) -> Any:
    """What the merge rule compares of a stored transaction (app.services.dedupe), with the
    senders of its emails and the emails it must never merge with again (split from it, or the
    source of the transaction it was split from). The subqueries run for candidates only."""
    merged_senders = (
        select(func.array_agg(Email.sender))
        .select_from(TransactionMerge)
        .join(Email, Email.id == TransactionMerge.email_id)
        .where(
            TransactionMerge.transaction_id == Transaction.id, TransactionMerge.split_at.is_(None)
        )
        .scalar_subquery()
    )
    split_emails = (
        select(func.array_agg(TransactionMerge.email_id))
        .where(
            TransactionMerge.transaction_id == Transaction.id,
            TransactionMerge.split_at.is_not(None),
        )
        .scalar_subquery()
    )
    _kept = aliased(Transaction)
    split_from = (
        select(func.array_agg(_kept.email_id))
        .select_from(TransactionMerge)
        .join(_kept, _kept.id == TransactionMerge.transaction_id)
        .where(TransactionMerge.split_transaction_id == Transaction.id)
        .scalar_subquery()
    )
    return (
        select(
            literal(match).label("match"),
            probe.label("probe"),
            Transaction.id,
            Transaction.amount,
            Transaction.currency,
            Transaction.type,
            Transaction.occurred_at,
            Transaction.occurred_at_from_text,
            Transaction.account_last4,
            Transaction.account_id,
            Transaction.reference_key,
            message_id.label("message_id"),
            func.coalesce(Email.sender, "").label("sender"),
            merged_senders.label("merged_senders"),
            split_emails.label("split_emails"),
            split_from.label("split_from"),
        )
        .select_from(Transaction)
        .outerjoin(Email, Email.id == Transaction.email_id)
        .where(Transaction.user_id == bindparam("user_id"))
    )


def _candidates_statement() -> Any:
    probes = (
        func.unnest(
            bindparam("probe_index", type_=ARRAY(Integer)),
            bindparam("probe_amount", type_=ARRAY(Numeric(15, 3))),
            bindparam("probe_at", type_=ARRAY(DateTime(timezone=True))),
        )
        .table_valued("index", "amount", "at")
        .render_derived(name="probe")
    )
    window = bindparam("window", type_=Interval())
    by_message = _candidates("message", literal(-1, Integer)).where(
        Transaction.message_id == any_(bindparam("message_ids", type_=ARRAY(Text)))
    )
    merge, merged_email = aliased(TransactionMerge), aliased(Email)
    by_merged_email = (
        _candidates("merged", literal(-1, Integer), merged_email.message_id)
        .join(merge, and_(merge.transaction_id == Transaction.id, merge.split_at.is_(None)))
        .join(merged_email, merged_email.id == merge.email_id)
        .where(
            merged_email.user_id == bindparam("user_id"),
            merged_email.message_id == any_(bindparam("message_ids", type_=ARRAY(Text))),
        )
    )
    by_reference = _candidates("reference", literal(-1, Integer)).where(
        Transaction.reference_key == any_(bindparam("reference_keys", type_=ARRAY(String(200))))
    )
    by_time = (
        _candidates("time", probes.c.index)
        .join(
            probes,
            and_(
                Transaction.amount == probes.c.amount,
                Transaction.occurred_at.between(probes.c.at - window, probes.c.at + window),
            ),
        )
        .where(Transaction.occurred_at_from_text)
    )
    return union_all(by_message, by_merged_email, by_reference, by_time)


_CANDIDATES = _candidates_statement()


async def merge_candidates(
    session: AsyncSession,
    user_id: uuid.UUID,
    *,
    message_ids: Sequence[str],
    reference_keys: Sequence[str],
    probes: Sequence[tuple[int, Decimal, datetime]],
    window: timedelta,
) -> Sequence[Any]:
    """ONE statement: the user's stored transactions a batch of drafts may be (match "message":
    the same email; "merged": the one the email was merged into, `message_id` then being the
    email's), may merge with by reference (match "reference": one of these keys) or by
    time (match "time", `probe` = the draft's index: this amount within `window` of the
    draft's time, time read from the text). Indexed: (user_id, message_id), (user_id,
    reference_key) and the partial ix_transactions_time_window."""
    result = await session.execute(
        _CANDIDATES,
        {
            "user_id": user_id,
            "message_ids": list(message_ids),
            "reference_keys": list(reference_keys),
            "probe_index": [p[0] for p in probes],
            "probe_amount": [p[1] for p in probes],
            "probe_at": [p[2] for p in probes],
            "window": window,
        },
    )
    return result.all()


_LOCK = select(func.pg_advisory_xact_lock(column("key"))).select_from(
    func.unnest(bindparam("keys", type_=ARRAY(BigInteger))).table_valued("key").render_derived()
)


async def lock_keys(session: AsyncSession, keys: Sequence[int]) -> None:
    """Transaction-scoped advisory locks on these keys, taken in the order given (sorted by the
    caller, so that concurrent callers never wait on each other in a cycle)."""
    if keys:
        await session.execute(_LOCK, {"keys": list(keys)})


# The filters a page may have, as they appear in a statement's shape (crud.compiled): the
# statement's text depends on which are present, never on their values.
_EQUAL_FILTERS = ("transactor_id", "account_id", "type", "currency", "source")


def filter_values(user_id: uuid.UUID, filters: TransactionFilters, tz: str) -> dict[str, Any]:
    """The bind parameters of the filters present (date_from and date_to are days in zone `tz`,
    the user's, turned into instants here). Their names are the statement's shape."""
    values: dict[str, Any] = {"user_id": user_id}
    if filters.date_from:
        values["date_from"] = day_start(filters.date_from, tz)
    if filters.date_to:
        values["date_to"] = day_end(filters.date_to, tz)
    if filters.category_id:
        values["category_id"] = filters.category_id
    if filters.uncategorised is not None:
        # Which of the two changes the text, not a value: a name without a parameter.
        values["uncategorised" if filters.uncategorised else "categorised"] = None
    for field in _EQUAL_FILTERS:
        value = getattr(filters, field)
        if value is not None:
            values[field] = value
    if filters.tag:
        values["tag"] = [filters.tag]
    if filters.amount_min is not None:
        values["amount_min"] = filters.amount_min
    if filters.amount_max is not None:
        values["amount_max"] = filters.amount_max
    if filters.q:
        # What icontains(autoescape=True) does to a literal: the text's own % _ / match
        # themselves.
        escaped = filters.q.replace("/", "//").replace("%", "/%").replace("_", "/_")
        values["q"] = escaped
    return values


def filtered(present: frozenset[str]) -> Any:
    """The user's transactions matching the filters named in `present` (filter_values' keys),
    each compared with the bind parameter of its name: a SELECT to add ordering to."""
    query = select(Transaction).where(Transaction.user_id == bindparam("user_id"))
    if "date_from" in present:
        query = query.where(Transaction.occurred_at >= bindparam("date_from"))
    if "date_to" in present:
        query = query.where(Transaction.occurred_at < bindparam("date_to"))
    if "category_id" in present:
        family = select(Category.id).where(
            Category.user_id == bindparam("user_id"),
            or_(
                Category.id == bindparam("category_id"),
                Category.parent_id == bindparam("category_id"),
            ),
        )
        # A split transaction is in the category when one of its parts is.
        split_in_family = exists().where(
            TransactionSplit.transaction_id == Transaction.id,
            TransactionSplit.category_id.in_(family),
        )
        query = query.where(or_(Transaction.category_id.in_(family), split_in_family))
    if "uncategorised" in present:
        query = query.where(Transaction.category_id.is_(None))
    if "categorised" in present:
        query = query.where(Transaction.category_id.is_not(None))
    for field in _EQUAL_FILTERS:
        if field in present:
            query = query.where(getattr(Transaction, field) == bindparam(field))
    if "tag" in present:
        query = query.where(Transaction.tags.contains(bindparam("tag", type_=ARRAY(String(40)))))
    if "amount_min" in present:
        query = query.where(Transaction.amount >= bindparam("amount_min"))
    if "amount_max" in present:
        query = query.where(Transaction.amount <= bindparam("amount_max"))
    if "q" in present:
        query = query.where(_text_search())
    return query


def _text_search() -> Any:
    """Substring match, any case, of bind parameter "q" (escaped: filter_values) on the
    description (trigram index) or the merchant's name (a user has few merchants: their ids
    are found first)."""
    text = bindparam("q", type_=Text)
    merchants = select(Transactor.id).where(
        Transactor.user_id == bindparam("user_id"), Transactor.name.icontains(text, escape="/")
    )
    return or_(
        Transaction.description.icontains(text, escape="/"),
        Transaction.transactor_id.in_(merchants),
    )


_LOADED = (
    joinedload(Transaction.transactor),
    joinedload(Transaction.category),
    joinedload(Transaction.account),
    selectinload(Transaction.splits),
)

# What a listed transaction shows (TransactionPublic's fields): plain rows, no entities to build.
# The joined tables are aliased so that the filters' own subqueries on categories and
# transactors (family of a category, merchant search) never correlate with them.
_transactor, _category, _account = aliased(Transactor), aliased(Category), aliased(Account)
_HAS_SPLITS = exists().where(TransactionSplit.transaction_id == Transaction.id)
_NAMES = {
    "transactor_name": _transactor.name,
    "category_name": _category.name,
    "account_name": _account.name,
    "is_split": _HAS_SPLITS,
}
# In TransactionPublic's order, so that a row serialised as it is keeps the documented order.
# Ids as PostgreSQL writes them (the same text as str(uuid)): asyncpg's own UUID type is not one
# orjson writes, so each id cost a call back into Python while the page was serialised.
_AS_TEXT = frozenset({"id", "transactor_id", "category_id", "account_id", "email_id"})
_LISTED = tuple(
    _NAMES[name].label(name)
    if name in _NAMES
    else cast(getattr(Transaction, name), Text).label(name)
    if name in _AS_TEXT
    else getattr(Transaction, name)
    for name in TransactionPublic.model_fields
)


# The API's page, written by PostgreSQL: each row is its item's JSON text, exactly as orjson
# writes TransactionPublic from the row above (schemas.transaction.transaction_page_json): the
# same key order, no spaces, strings escaped alike (to_json escapes ", \ and control characters
# as orjson does and leaves other characters as they are), amounts with two decimals or the
# third where one is written, UTC times with six digits of microseconds when there are any and
# "Z". Decoding ~1,000 values a page into Python objects and writing them out again was most of
# the page's CPU under load. tests/api/test_transactions.py and bench/api_responses.py check
# the bytes against the model's. With the row's sort keys, for the next page's cursor.
def _sql(text: str) -> Any:
    return literal_column("'" + text.replace("'", "''") + "'", Text)


def _json_string(value: Any) -> Any:
    return func.coalesce(cast(func.to_json(value), Text), _sql("null"))


def _json_id(value: Any) -> Any:
    return func.coalesce(_sql('"') + cast(value, Text) + _sql('"'), _sql("null"))


def _json_money(value: Any) -> Any:
    stored = cast(value, Text)  # numeric(15,3): always three decimals
    last, all_but_last = literal_column("1", Integer), literal_column("-1", Integer)
    cents = case(
        (func.right(stored, last) == _sql("0"), func.left(stored, all_but_last)), else_=stored
    )
    return func.coalesce(_sql('"') + cents + _sql('"'), _sql("null"))


def _json_time(value: Any) -> Any:
    utc = func.to_char(func.timezone(_sql("UTC"), value), _sql('YYYY-MM-DD"T"HH24:MI:SS.US'))
    # '.000000' can only be the fraction: the date and time have no dot.
    return func.coalesce(
        _sql('"') + func.replace(utc, _sql(".000000"), _sql("")) + _sql('Z"'), _sql("null")
    )


# dict[str, str] as stored (jsonb keeps its keys in one order, the one Python reads them in),
# without the spaces PostgreSQL writes; SQL NULL or a JSON null (what the ORM stores for None)
# is null.
_STATEMENT_ORIGINAL_JSON = literal_column(
    "CASE WHEN jsonb_typeof(transactions.statement_original) IS DISTINCT FROM 'object' "
    "THEN coalesce(transactions.statement_original::text, 'null') "
    "WHEN transactions.statement_original = '{}'::jsonb THEN '{}' "
    "ELSE (SELECT '{' || string_agg(to_json(key)::text || ':' || value::text, ',') || '}' "
    "FROM jsonb_each(transactions.statement_original)) END",
    Text,
)


def _item_field(name: str) -> Any:
    if name in _AS_TEXT:
        return _json_id(getattr(Transaction, name))
    if name in ("amount", "balance_after"):
        return _json_money(getattr(Transaction, name))
    if name in ("occurred_at", "confirmed_at", "created_at", "updated_at"):
        return _json_time(getattr(Transaction, name))
    if name == "is_split":
        return case((_HAS_SPLITS, _sql("true")), else_=_sql("false"))
    if name == "tags":
        return cast(func.array_to_json(Transaction.tags), Text)
    if name == "statement_original":
        return _STATEMENT_ORIGINAL_JSON
    return _json_string(_NAMES[name] if name in _NAMES else getattr(Transaction, name))


_ITEM_JSON = func.concat(
    _sql("{"),
    *(
        part
        for index, name in enumerate(TransactionPublic.model_fields)
        for part in (_sql(("," if index else "") + f'"{name}":'), _item_field(name))
    ),
    _sql("}"),
)
_LISTED_AS_JSON = (
    _ITEM_JSON.label("item"),
    cast(Transaction.id, Text).label("id"),
    Transaction.occurred_at,
    cast(Transaction.amount, Text).label("amount"),  # the text of the Decimal, for the cursor
)


def _page_statement(shape: tuple[frozenset[str], str, bool, bool, bool]) -> Any:
    present, sort_column, descending, paged, as_json = shape
    column = getattr(Transaction, sort_column)
    query = (
        filtered(present)
        .with_only_columns(*(_LISTED_AS_JSON if as_json else _LISTED))
        .select_from(Transaction)
        .outerjoin(_transactor, _transactor.id == Transaction.transactor_id)
        .outerjoin(_category, _category.id == Transaction.category_id)
        .outerjoin(_account, _account.id == Transaction.account_id)
    )
    if paged:
        key = tuple_(column, Transaction.id)
        bound = tuple_(bindparam("after_value", type_=column.type), bindparam("after_id"))
        query = query.where(key < bound if descending else key > bound)
    order = (column.desc(), Transaction.id.desc()) if descending else (column, Transaction.id)
    return query.order_by(*order).limit(bindparam("limit", type_=Integer))


_PAGES = CompiledCache(_page_statement)


async def list_page(
    reader: Reader,
    user_id: uuid.UUID,
    filters: TransactionFilters,
    *,
    tz: str,
    sort_column: str,
    descending: bool,
    after: tuple[Any, uuid.UUID] | None,
    limit: int,
    as_json: bool = False,
) -> Sequence[Any]:
    """Rows with TransactionPublic's fields (merchant, category and account names joined in),
    in its order; the ids as text. With `as_json`, rows of the item's JSON text, its id,
    occurred_at and amount (as text, that of the Decimal) instead (_LISTED_AS_JSON).

    Keyset pagination: rows strictly after `after` = (sort value, id) of the last row seen,
    in (sort column, id) order. Stable under inserts, and no OFFSET scan on deep pages. One
    statement compiled per shape (crud.compiled): the ledger's busiest query."""
    values = filter_values(user_id, filters, tz)
    shape = (frozenset(values), sort_column, descending, after is not None, as_json)
    if after is not None:
        values["after_value"], values["after_id"] = after
    values["limit"] = limit
    return await _PAGES.get(shape).rows(reader, values)


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


async def replace_splits(
    session: AsyncSession,
    user_id: uuid.UUID,
    transaction_id: uuid.UUID,
    parts: Sequence[dict[str, Any]],
) -> None:
    """The transaction's parts become these (category_id, amount, note), in this order."""
    await session.execute(
        delete_statement(TransactionSplit).where(
            TransactionSplit.user_id == user_id, TransactionSplit.transaction_id == transaction_id
        )
    )
    if parts:
        session.add_all(
            TransactionSplit(
                id=uuid.uuid4(),
                user_id=user_id,
                transaction_id=transaction_id,
                position=position,
                **part,
            )
            for position, part in enumerate(parts)
        )
    await session.flush()


async def statement_lines(
    session: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID
) -> Sequence[Any]:
    """The bank statement lines matched to this transaction, with their statement's file."""
    rows = await session.execute(
        select(
            StatementEntry.statement_id,
            Statement.filename,
            StatementEntry.posted_on,
            StatementEntry.amount,
            StatementEntry.type,
            StatementEntry.description,
            StatementEntry.reference,
            StatementEntry.status,
        )
        .join(Statement, Statement.id == StatementEntry.statement_id)
        .where(StatementEntry.user_id == user_id, StatementEntry.transaction_id == transaction_id)
        .order_by(StatementEntry.posted_on, StatementEntry.position)
    )
    return rows.all()
