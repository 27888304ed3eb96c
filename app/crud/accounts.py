import uuid
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    String,
    any_,
    bindparam,
    case,
    exists,
    func,
    or_,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.crud import bulk
from app.models import Account, CategoryRule, Statement, Transaction


async def list_for_user(
    session: AsyncSession, user_id: uuid.UUID, *, include_archived: bool = False
) -> Sequence[Account]:
    """The user's accounts by name; never those merged into another (aliases)."""
    query = select(Account).where(Account.user_id == user_id, Account.merged_into_id.is_(None))
    if not include_archived:
        query = query.where(Account.archived_at.is_(None))
    rows = await session.scalars(query.order_by(Account.name, Account.id))
    return rows.all()


async def balances(session: AsyncSession, user_id: uuid.UUID) -> dict[uuid.UUID, Any]:
    """Per account: `anchor` (the balance the oldest alert with one reported, or None), `flow`
    (credits minus debits after that alert's transaction, or of all of them without one) and
    `n` (its transactions). ONE statement over the user's transactions."""
    anchors = (
        select(
            Transaction.account_id,
            Transaction.occurred_at,
            Transaction.id,
            Transaction.balance_after,
        )
        .where(
            Transaction.user_id == user_id,
            Transaction.account_id.is_not(None),
            Transaction.balance_after.is_not(None),
        )
        .order_by(Transaction.account_id, Transaction.occurred_at, Transaction.id)
        .distinct(Transaction.account_id)
        .subquery()
    )
    signed = case((Transaction.type == "credit", Transaction.amount), else_=-Transaction.amount)
    after_anchor = or_(
        anchors.c.id.is_(None),
        tuple_(Transaction.occurred_at, Transaction.id)
        > tuple_(anchors.c.occurred_at, anchors.c.id),
    )
    rows = await session.execute(
        select(
            Transaction.account_id,
            func.max(anchors.c.balance_after).label("anchor"),
            func.coalesce(func.sum(signed).filter(after_anchor), 0).label("flow"),
            func.count().label("n"),
        )
        .select_from(Transaction)
        .outerjoin(anchors, anchors.c.account_id == Transaction.account_id)
        .where(Transaction.user_id == user_id, Transaction.account_id.is_not(None))
        .group_by(Transaction.account_id)
    )
    return {row.account_id: row for row in rows}


async def merge(
    session: AsyncSession, user_id: uuid.UUID, source: Account, target: Account, at: datetime
) -> int:
    """Move everything of `source` to `target` (transactions, statements, rules, and accounts
    merged into it before); `source` stays as an alias of `target`, archived. Returns the
    number of transactions moved."""
    moved = await session.execute(
        update(Transaction)
        .where(Transaction.user_id == user_id, Transaction.account_id == source.id)
        .values(account_id=target.id)
    )
    await session.execute(
        update(Statement)
        .where(Statement.user_id == user_id, Statement.account_id == source.id)
        .values(account_id=target.id)
    )
    await session.execute(
        update(CategoryRule)
        .where(CategoryRule.user_id == user_id, CategoryRule.account_id == source.id)
        .values(account_id=target.id)
    )
    await session.execute(
        update(Account)
        .where(Account.user_id == user_id, Account.merged_into_id == source.id)
        .values(merged_into_id=target.id)
    )
    source.merged_into_id = target.id
    source.archived_at = source.archived_at or at
    if source.balance_at is not None and (
        target.balance_at is None or target.balance_at < source.balance_at
    ):
        target.latest_balance, target.balance_at = source.latest_balance, source.balance_at
    await session.flush()
    return int(getattr(moved, "rowcount", 0))


async def get_for_user(
    session: AsyncSession, user_id: uuid.UUID, account_id: uuid.UUID
) -> Account | None:
    return await session.scalar(
        select(Account).where(Account.id == account_id, Account.user_id == user_id)
    )


async def create(session: AsyncSession, **fields: Any) -> Account:
    account = Account(**fields)
    session.add(account)
    await session.flush()
    return account


_last4s = bindparam("last4s", type_=ARRAY(String(4)))


async def with_last4(session: AsyncSession, user_id: uuid.UUID, last4s: list[str]) -> Sequence[Any]:
    """The user's accounts ending in any of these digits, oldest first (plain rows)."""
    rows = await session.execute(
        select(
            Account.id,
            Account.institution,
            Account.issuer,
            Account.last4,
            Account.network,
            Account.kind,
            Account.name,
            Account.merged_into_id,
        )
        .where(Account.user_id == user_id, Account.last4 == any_(_last4s))
        .order_by(Account.created_at, Account.id),
        {"last4s": last4s},
    )
    return rows.all()


async def insert_missing(session: AsyncSession, rows: list[dict[str, Any]]) -> list[uuid.UUID]:
    """Insert accounts, skipping those whose (user, institution, last4) exists already. Each
    row has every column of INSERT_COLUMNS. Returns the ids inserted."""
    if not rows:
        return []
    result = await session.execute(_INSERT, bulk.column_arrays(Account, INSERT_COLUMNS, rows))
    return list(result.scalars())


INSERT_COLUMNS = (
    "id",
    "user_id",
    "institution",
    "issuer",
    "network",
    "last4",
    "kind",
    "name",
    "currency",
)
_INSERT = (
    bulk.unnest_insert(Account, INSERT_COLUMNS)
    .on_conflict_do_nothing(
        # A literal predicate: see crud.jobs.create_unless_active for why.
        index_elements=["user_id", "institution", "last4"],
        index_where=text("last4 <> ''"),
    )
    .returning(Account.id)
)


async def fill_in(
    session: AsyncSession,
    user_id: uuid.UUID,
    account_id: uuid.UUID,
    institution_was: str,
    values: dict[str, Any],
) -> bool:
    """Give an account its issuer (and network, name...): only while it still has the
    institution it had when read, and unless another account of the user already holds the
    new (institution, last4). False when it did not change."""
    other = aliased(Account)
    result = await session.execute(
        update(Account)
        .where(
            Account.id == account_id,
            Account.user_id == user_id,
            Account.institution == institution_was,
            ~exists().where(
                other.user_id == user_id,
                other.institution == values["institution"],
                other.last4 == Account.last4,
                other.id != Account.id,
            ),
        )
        .values(**values)
        .returning(Account.id)
    )
    return result.first() is not None


async def ids_by_identity(
    session: AsyncSession, user_id: uuid.UUID, identities: list[tuple[str, str]]
) -> dict[tuple[str, str], uuid.UUID]:
    if not identities:
        return {}
    rows = await session.execute(
        select(Account.institution, Account.last4, Account.id).where(
            Account.user_id == user_id,
            tuple_(Account.institution, Account.last4).in_(identities),
        )
    )
    return {(row.institution, row.last4): row.id for row in rows}


# The newest balance of several accounts in one statement; only a newer report replaces the
# stored one. The CTE locks the rows in id order first, so concurrent batches of one user queue
# on them in one order. The lock is FOR NO KEY UPDATE, the one a plain UPDATE of these
# (non-key) columns takes: every batch has already inserted transactions that reference these
# accounts, and each such foreign key check holds a FOR KEY SHARE lock on the account's row
# until commit. FOR UPDATE conflicts with FOR KEY SHARE, so two batches of one user each
# waited for the other's key-share lock on the same account: a deadlock (about one a second
# during a backfill with two workers), whatever the order. FOR NO KEY UPDATE does not conflict
# with FOR KEY SHARE: the second batch just waits for the first to commit.
_RECORD_BALANCES = text(
    """
    WITH locked AS (
        SELECT id FROM accounts
        WHERE user_id = :user_id AND id = ANY(CAST(:ids AS uuid[]))
        ORDER BY id FOR NO KEY UPDATE
    )
    UPDATE accounts AS a SET latest_balance = n.balance, balance_at = n.at
    FROM unnest(CAST(:ids AS uuid[]), CAST(:balances AS numeric[]),
                CAST(:ats AS timestamptz[])) AS n(id, balance, at)
    WHERE a.id = n.id AND a.id IN (SELECT id FROM locked)
      AND (a.balance_at IS NULL OR a.balance_at < n.at)
    """
)


async def record_balances(
    session: AsyncSession,
    user_id: uuid.UUID,
    newest: Sequence[tuple[uuid.UUID, Decimal, datetime]],
) -> None:
    """Keep the newest reported balance of each account (one report each): an older alert
    processed late changes nothing."""
    if newest:
        await session.execute(
            _RECORD_BALANCES,
            {
                "user_id": user_id,
                "ids": [row[0] for row in newest],
                "balances": [row[1] for row in newest],
                "ats": [row[2] for row in newest],
            },
        )


async def delete(session: AsyncSession, account: Account) -> None:
    await session.delete(account)
    await session.flush()
