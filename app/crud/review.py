"""Review items, tombstones, sender templates and the senders list: the statements."""

import uuid
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Text, Uuid, and_, any_, bindparam, delete, func, select, text, update
from sqlalchemy.dialects.postgresql import ARRAY, insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.crud import bulk
from app.models import (
    Email,
    EmailExtraction,
    ReviewItem,
    SenderTemplate,
    Transaction,
    TransactionMerge,
    TransactionTombstone,
    Transactor,
)
from app.models.email import STORED
from app.models.review import OPEN, RESOLVED

# ---- review items ------------------------------------------------------------------------------


ITEM_COLUMNS = (
    "id",
    "user_id",
    "reason",
    "detail",
    "fields",
    "email_id",
    "transaction_id",
    "merge_id",
    "status",
)
# One array per column (app.crud.bulk): compiled once, not per batch.
_INSERT_ITEMS = bulk.unnest_insert(ReviewItem, ITEM_COLUMNS).on_conflict_do_nothing(
    constraint="uq_review_items_email_id_reason"
)


async def insert_items(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """Raise items; an (email, reason) raised before is left as it is (re-runs add nothing).
    Each row has every column of ITEM_COLUMNS."""
    if rows:
        await session.execute(_INSERT_ITEMS, bulk.column_arrays(ReviewItem, ITEM_COLUMNS, rows))


# What an item or a sender's page shows of a transaction (its merchant by name).
_TRANSACTION_SHOWN = (
    Transaction.amount,
    Transaction.currency,
    Transaction.type,
    Transaction.occurred_at,
    Transaction.account_last4,
    Transactor.name.label("merchant"),
)


def _listed(user_id: uuid.UUID) -> Any:
    return (
        select(
            ReviewItem,
            Email.subject,
            Email.sender,
            Email.received_at,
            *_TRANSACTION_SHOWN,
        )
        .outerjoin(Email, Email.id == ReviewItem.email_id)
        .outerjoin(Transaction, Transaction.id == ReviewItem.transaction_id)
        .outerjoin(Transactor, Transactor.id == Transaction.transactor_id)
        .where(ReviewItem.user_id == user_id)
    )


async def list_open(
    session: AsyncSession, user_id: uuid.UUID, reason: str | None, *, offset: int, limit: int
) -> tuple[Sequence[Any], int]:
    where = [ReviewItem.status == OPEN]
    if reason:
        where.append(ReviewItem.reason == reason)
    rows = await session.execute(
        _listed(user_id)
        .where(*where)
        .order_by(ReviewItem.created_at.desc(), ReviewItem.id.desc())
        .offset(offset)
        .limit(limit)
    )
    total = await session.scalar(
        select(func.count()).select_from(ReviewItem).where(ReviewItem.user_id == user_id, *where)
    )
    return rows.all(), total or 0


async def get_described(session: AsyncSession, user_id: uuid.UUID, item_id: uuid.UUID) -> Any:
    return (await session.execute(_listed(user_id).where(ReviewItem.id == item_id))).first()


async def get_for_update(
    session: AsyncSession, user_id: uuid.UUID, item_id: uuid.UUID
) -> ReviewItem | None:
    return await session.scalar(
        select(ReviewItem)
        .where(ReviewItem.id == item_id, ReviewItem.user_id == user_id)
        .with_for_update()
    )


async def open_counts(session: AsyncSession, user_id: uuid.UUID) -> dict[str, int]:
    rows = await session.execute(
        select(ReviewItem.reason, func.count())
        .where(ReviewItem.user_id == user_id, ReviewItem.status == OPEN)
        .group_by(ReviewItem.reason)
    )
    return {reason: count for reason, count in rows.all()}


async def resolve(
    session: AsyncSession,
    user_id: uuid.UUID,
    ids: Sequence[uuid.UUID],
    action: str,
    at: datetime,
) -> int:
    """Resolve the user's open items among `ids`; returns how many."""
    result = await session.execute(
        update(ReviewItem)
        .where(ReviewItem.user_id == user_id, ReviewItem.id.in_(ids), ReviewItem.status == OPEN)
        .values(status=RESOLVED, action=action, resolved_at=at)
        .returning(ReviewItem.id)
    )
    return len(result.all())


async def resolve_for_email(
    session: AsyncSession, user_id: uuid.UUID, email_id: uuid.UUID, action: str, at: datetime
) -> None:
    """A correction of an email settles every open item about it."""
    await session.execute(
        update(ReviewItem)
        .where(
            ReviewItem.user_id == user_id,
            ReviewItem.email_id == email_id,
            ReviewItem.status == OPEN,
        )
        .values(status=RESOLVED, action=action, resolved_at=at)
    )


async def resolve_for_emails(
    session: AsyncSession,
    user_id: uuid.UUID,
    email_ids: Sequence[uuid.UUID],
    reasons: Sequence[str],
    action: str,
    at: datetime,
) -> None:
    """Resolve the open items of these reasons about these emails."""
    if not email_ids:
        return
    # One array parameter (not an IN list of thousands): the statement text stays the same
    # whatever the batch's size, so it is compiled and prepared once.
    ids = bindparam("email_ids", list(email_ids), type_=ARRAY(Uuid()))
    await session.execute(
        update(ReviewItem)
        .where(
            ReviewItem.user_id == user_id,
            ReviewItem.email_id == any_(ids),
            ReviewItem.reason.in_(reasons),
            ReviewItem.status == OPEN,
        )
        .values(status=RESOLVED, action=action, resolved_at=at)
    )


# Per merchant key, currency and direction: how many of the user's transactions there were and
# the middle one or two of their amounts (the median's inputs), one row per group. It used to
# return every earlier transaction of the batch's merchants: per batch of 1,000 emails that grew
# with the ledger (a user's thousands of payments to one shop, decoded again in Python for every
# batch). An ordered array_agg per group (the two identical aggregates are computed once) cost
# ~70 ms in PostgreSQL for 72k rows where row_number()/count() windows cost ~200 ms and the old
# query ~35 ms plus the rows' decoding here.
_MERCHANT_HISTORY = text(
    """
    SELECT r.key, t.currency, t.type, count(*) AS n,
           (array_agg(t.amount ORDER BY t.amount))[(count(*) + 1) / 2] AS low,
           (array_agg(t.amount ORDER BY t.amount))[(count(*) + 2) / 2] AS high
    FROM transactors AS r
    JOIN transactions AS t ON t.transactor_id = r.id
    WHERE r.user_id = :user_id AND r.key = ANY(CAST(:keys AS varchar[]))
      AND t.user_id = :user_id AND t.created_at < now()
    GROUP BY r.key, t.currency, t.type
    """
)


async def merchant_history(
    session: AsyncSession, user_id: uuid.UUID, transactor_keys: Sequence[str]
) -> dict[str, dict[tuple[str, str], tuple[int, Decimal]]]:
    """Per merchant key, per (currency, type): the number of the user's transactions recorded
    before this unit of work (its own rows carry its start time, now()) and their median
    amount (the middle one, or the mean of the middle two, as statistics.median)."""
    if not transactor_keys:
        return {}
    rows = await session.execute(
        _MERCHANT_HISTORY, {"user_id": user_id, "keys": list(transactor_keys)}
    )
    history: dict[str, dict[tuple[str, str], tuple[int, Decimal]]] = {}
    for key, currency, kind, count, low, high in rows.all():
        median = low if count % 2 else (low + high) / 2
        history.setdefault(key, {})[currency, kind] = (int(count), median)
    return history


async def known_transactor_keys(
    session: AsyncSession, user_id: uuid.UUID, keys: Sequence[str]
) -> set[str]:
    if not keys:
        return set()
    rows = await session.scalars(
        select(Transactor.key).where(Transactor.user_id == user_id, Transactor.key.in_(keys))
    )
    return set(rows.all())


# ---- tombstones --------------------------------------------------------------------------------


async def insert_tombstone(
    session: AsyncSession,
    user_id: uuid.UUID,
    message_id: str,
    email_id: uuid.UUID | None,
    reason: str,
) -> None:
    await session.execute(
        insert(TransactionTombstone)
        .values(
            id=uuid.uuid4(),
            user_id=user_id,
            message_id=message_id,
            email_id=email_id,
            reason=reason,
        )
        .on_conflict_do_nothing(constraint="uq_transaction_tombstones_user_id")
    )


async def tombstoned(
    session: AsyncSession, user_id: uuid.UUID, message_ids: Sequence[str]
) -> set[str]:
    if not message_ids:
        return set()
    ids = bindparam("message_ids", list(message_ids), type_=ARRAY(Text()))
    rows = await session.scalars(
        select(TransactionTombstone.message_id).where(
            TransactionTombstone.user_id == user_id,
            TransactionTombstone.message_id == any_(ids),
        )
    )
    return set(rows.all())


# ---- templates ---------------------------------------------------------------------------------


async def get_template(
    session: AsyncSession, user_id: uuid.UUID, address: str
) -> SenderTemplate | None:
    return await session.scalar(
        select(SenderTemplate).where(
            SenderTemplate.user_id == user_id, SenderTemplate.address == address
        )
    )


async def save_template(
    session: AsyncSession,
    user_id: uuid.UUID,
    address: str,
    template: dict[str, Any],
    examples: int,
    at: datetime,
) -> None:
    statement = insert(SenderTemplate).values(
        id=uuid.uuid4(),
        user_id=user_id,
        address=address,
        template=template,
        examples=examples,
        taught_at=at,
    )
    await session.execute(
        statement.on_conflict_do_update(
            constraint="uq_sender_templates_user_id",
            set_={"template": template, "examples": examples, "taught_at": at},
        )
    )


async def delete_template(session: AsyncSession, user_id: uuid.UUID, address: str) -> int:
    result = await session.execute(
        delete(SenderTemplate)
        .where(SenderTemplate.user_id == user_id, SenderTemplate.address == address)
        .returning(SenderTemplate.id)
    )
    return len(result.all())


async def templates_for(
    session: AsyncSession, user_id: uuid.UUID, addresses: Sequence[str]
) -> dict[str, dict[str, Any]]:
    if not addresses:
        return {}
    rows = await session.execute(
        select(SenderTemplate.address, SenderTemplate.template).where(
            SenderTemplate.user_id == user_id, SenderTemplate.address.in_(addresses)
        )
    )
    return {address: template for address, template in rows.all()}


# ---- senders -----------------------------------------------------------------------------------


async def senders(session: AsyncSession, user_id: uuid.UUID) -> Sequence[Any]:
    """Each address the user has mail from: its latest name, emails, transactions, and its
    template's teaching time (None without one). Busiest first."""
    counts = (
        select(
            Email.sender.label("address"),
            func.count().label("emails"),
            func.count(Transaction.id).label("transactions"),
            func.max(Email.received_at).label("latest"),
            func.max(Email.sender_name).label("name"),
        )
        .outerjoin(
            Transaction,
            and_(Transaction.email_id == Email.id, Transaction.user_id == user_id),
        )
        .where(Email.user_id == user_id, Email.status == STORED, Email.sender != "")
        .group_by(Email.sender)
        .subquery()
    )
    rows = await session.execute(
        select(
            counts.c.address,
            counts.c.name,
            counts.c.emails,
            counts.c.transactions,
            SenderTemplate.taught_at,
            SenderTemplate.template,
            SenderTemplate.examples,
        )
        .outerjoin(
            SenderTemplate,
            and_(SenderTemplate.user_id == user_id, SenderTemplate.address == counts.c.address),
        )
        .order_by(counts.c.emails.desc(), counts.c.address)
    )
    return rows.all()


async def template_accuracy(
    session: AsyncSession, user_id: uuid.UUID, address: str, since: datetime
) -> tuple[int, int]:
    """(emails the template read since `since`, of which the person corrected later)."""
    row = (
        await session.execute(
            select(
                func.count(),
                func.count().filter(EmailExtraction.corrected_at > EmailExtraction.read_at),
            )
            .select_from(EmailExtraction)
            .join(Email, Email.id == EmailExtraction.email_id)
            .where(
                EmailExtraction.user_id == user_id,
                Email.sender == address,
                EmailExtraction.method == "template",
                EmailExtraction.read_at >= since,
            )
        )
    ).one()
    return int(row[0]), int(row[1])


async def recent_emails(
    session: AsyncSession, user_id: uuid.UUID, address: str, limit: int
) -> Sequence[Email]:
    rows = await session.scalars(
        select(Email)
        .where(Email.user_id == user_id, Email.sender == address)
        .order_by(Email.received_at.desc(), Email.id.desc())
        .limit(limit)
    )
    return rows.all()


async def recent_transactions(
    session: AsyncSession, user_id: uuid.UUID, address: str, limit: int
) -> Sequence[Any]:
    rows = await session.execute(
        select(
            Transaction.id,
            *_TRANSACTION_SHOWN,
            Transaction.email_id,
        )
        .join(Email, Email.id == Transaction.email_id)
        .outerjoin(Transactor, Transactor.id == Transaction.transactor_id)
        .where(Transaction.user_id == user_id, Email.user_id == user_id, Email.sender == address)
        .order_by(Transaction.occurred_at.desc(), Transaction.id.desc())
        .limit(limit)
    )
    return rows.all()


async def mark_corrected(
    session: AsyncSession, user_id: uuid.UUID, email_id: uuid.UUID, at: datetime
) -> None:
    await session.execute(
        update(EmailExtraction)
        .where(EmailExtraction.user_id == user_id, EmailExtraction.email_id == email_id)
        .values(corrected_at=at)
    )


async def delete_tombstone(session: AsyncSession, user_id: uuid.UUID, message_id: str) -> None:
    await session.execute(
        delete(TransactionTombstone).where(
            TransactionTombstone.user_id == user_id, TransactionTombstone.message_id == message_id
        )
    )


async def record_correction(
    session: AsyncSession,
    user_id: uuid.UUID,
    email_id: uuid.UUID,
    *,
    existing: uuid.UUID | None,
    status: str,
    fields: dict[str, Any],
    transaction_id: uuid.UUID | None,
) -> None:
    """The email's extraction as the person corrected it (method "user")."""
    values = {
        "method": "user",
        "status": status,
        "confidence": 1.0,
        "fields": fields,
        "rejection_reason": None if status == "transaction" else "user_said_not",
        "transaction_id": transaction_id,
    }
    if existing is not None:
        await session.execute(
            update(EmailExtraction).where(EmailExtraction.id == existing).values(**values)
        )
    else:
        await session.execute(
            insert(EmailExtraction).values(
                id=uuid.uuid4(), email_id=email_id, user_id=user_id, **values
            )
        )


async def merged_into(
    session: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID
) -> list[tuple[str, uuid.UUID]]:
    """(Message-ID, email id) of the emails merged into a transaction (and not split off)."""
    rows = await session.execute(
        select(Email.message_id, Email.id)
        .join(TransactionMerge, TransactionMerge.email_id == Email.id)
        .where(
            TransactionMerge.user_id == user_id,
            TransactionMerge.transaction_id == transaction_id,
            TransactionMerge.split_at.is_(None),
            Email.user_id == user_id,
        )
    )
    return [(message_id, email_id) for message_id, email_id in rows.all()]
