"""The statements of re-reading one sender's mail (app.ingest.reextract)."""

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, func, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Email, EmailExtraction, Transaction
from app.models.email import STORED


async def count_sender_emails(session: AsyncSession, user_id: uuid.UUID, address: str) -> int:
    return (
        await session.scalar(
            select(func.count())
            .select_from(Email)
            .join(EmailExtraction, EmailExtraction.email_id == Email.id)
            .where(Email.user_id == user_id, Email.sender == address, Email.status == STORED)
        )
    ) or 0


async def sender_page(
    session: AsyncSession,
    user_id: uuid.UUID,
    address: str,
    after: tuple[datetime, uuid.UUID] | None,
    limit: int,
) -> Sequence[Any]:
    """The sender's extracted emails in (received_at, id) order after `after`, with their
    extraction and their own transaction (not one they were merged into)."""
    query = (
        select(
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
            EmailExtraction.id.label("extraction_id"),
            EmailExtraction.method,
            EmailExtraction.fields,
            EmailExtraction.transaction_id.label("extraction_transaction_id"),
            Transaction.id.label("own_transaction_id"),
            Transaction.user_fields,
        )
        .join(EmailExtraction, EmailExtraction.email_id == Email.id)
        .outerjoin(
            Transaction,
            and_(
                Transaction.id == EmailExtraction.transaction_id,
                Transaction.email_id == Email.id,
                Transaction.user_id == user_id,
            ),
        )
        .where(Email.user_id == user_id, Email.sender == address, Email.status == STORED)
        .order_by(Email.received_at, Email.id)
        .limit(limit)
    )
    if after is not None:
        query = query.where(tuple_(Email.received_at, Email.id) > tuple_(*after))
    return (await session.execute(query)).all()


async def update_transactions(
    session: AsyncSession, user_id: uuid.UUID, rows: list[dict[str, Any]]
) -> int:
    """Bulk UPDATE by primary key (rows with the same columns go in one executemany)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    for group in groups.values():
        await session.execute(
            update(Transaction).where(Transaction.user_id == user_id),
            group,
            execution_options={"synchronize_session": False},
        )
    return len(rows)


async def delete_transactions(
    session: AsyncSession, user_id: uuid.UUID, ids: list[uuid.UUID]
) -> int:
    if not ids:
        return 0
    result = await session.execute(
        delete(Transaction)
        .where(Transaction.user_id == user_id, Transaction.id.in_(ids))
        .returning(Transaction.id)
    )
    return len(result.all())


async def update_extractions(
    session: AsyncSession, user_id: uuid.UUID, rows: list[dict[str, Any]]
) -> None:
    if rows:
        await session.execute(
            update(EmailExtraction).where(EmailExtraction.user_id == user_id),
            [{**row, "method": "template"} for row in rows],
            execution_options={"synchronize_session": False},
        )
