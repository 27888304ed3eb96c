import uuid
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import case, delete, func, insert, literal, select, update
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import (
    Attachment,
    Email,
    EmailExtraction,
    Statement,
    StatementEntry,
    StatementPassword,
    Transaction,
)


async def ledger_rows(
    session: AsyncSession,
    user_id: uuid.UUID,
    account_id: uuid.UUID | None,
    currency: str,
    start: datetime,
    end: datetime,
) -> Sequence[Any]:
    """The user's rows in `currency` within [start, end), of one account when it is known."""
    query = select(
        Transaction.id,
        Transaction.occurred_at,
        Transaction.amount,
        Transaction.type,
        Transaction.reference,
        Transaction.description,
    ).where(
        Transaction.user_id == user_id,
        Transaction.currency == currency,
        Transaction.occurred_at >= start,
        Transaction.occurred_at < end,
    )
    if account_id is not None:
        query = query.where(Transaction.account_id == account_id)
    return (await session.execute(query.order_by(Transaction.occurred_at))).all()


async def confirm(
    session: AsyncSession,
    user_id: uuid.UUID,
    transaction_id: uuid.UUID,
    values: dict[str, Any],
    original: dict[str, str],
) -> None:
    """Mark a row confirmed by a statement, with the statement's values; the first originals
    recorded are kept (a second statement does not replace them)."""
    await session.execute(
        update(Transaction)
        .where(Transaction.id == transaction_id, Transaction.user_id == user_id)
        .values(
            **values,
            confirmed_at=func.now(),
            statement_original=(
                func.coalesce(Transaction.statement_original, literal(original, JSONB))
                if original
                else Transaction.statement_original
            ),
            updated_at=func.now(),
        )
    )


async def mark_confirmed(
    session: AsyncSession, user_id: uuid.UUID, transaction_ids: list[uuid.UUID]
) -> None:
    if transaction_ids:
        await session.execute(
            update(Transaction)
            .where(Transaction.user_id == user_id, Transaction.id.in_(transaction_ids))
            .values(confirmed_at=func.now())
        )


async def add_statement(session: AsyncSession, **fields: Any) -> Statement:
    statement = Statement(**fields)
    session.add(statement)
    await session.flush()
    return statement


async def add_entries(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    if rows:
        await session.execute(insert(StatementEntry), rows)


async def get_for_user(
    session: AsyncSession, user_id: uuid.UUID, statement_id: uuid.UUID
) -> Statement | None:
    return await session.scalar(
        select(Statement).where(Statement.id == statement_id, Statement.user_id == user_id)
    )


async def entries(
    session: AsyncSession, user_id: uuid.UUID, statement_id: uuid.UUID
) -> Sequence[StatementEntry]:
    rows = await session.scalars(
        select(StatementEntry)
        .where(StatementEntry.statement_id == statement_id, StatementEntry.user_id == user_id)
        .order_by(StatementEntry.position)
    )
    return rows.all()


async def originals(
    session: AsyncSession, user_id: uuid.UUID, transaction_ids: list[uuid.UUID]
) -> dict[uuid.UUID, dict[str, Any] | None]:
    rows = await session.execute(
        select(Transaction.id, Transaction.statement_original).where(
            Transaction.user_id == user_id, Transaction.id.in_(transaction_ids)
        )
    )
    return {row.id: row.statement_original for row in rows}


async def list_page(
    session: AsyncSession, user_id: uuid.UUID, offset: int, limit: int
) -> tuple[Sequence[Any], int]:
    """The user's statements, newest import first, each with its entries counted by status."""
    counts = (
        select(
            StatementEntry.statement_id,
            *(
                func.count(case((StatementEntry.status == status, 1))).label(status)
                for status in ("matched", "created", "flagged")
            ),
        )
        .where(StatementEntry.user_id == user_id)
        .group_by(StatementEntry.statement_id)
        .subquery()
    )
    total = await session.scalar(
        select(func.count()).select_from(Statement).where(Statement.user_id == user_id)
    )
    rows = await session.execute(
        select(Statement, counts.c.matched, counts.c.created, counts.c.flagged)
        .outerjoin(counts, counts.c.statement_id == Statement.id)
        .where(Statement.user_id == user_id)
        .order_by(Statement.created_at.desc(), Statement.id)
        .offset(offset)
        .limit(limit)
    )
    return rows.all(), total or 0


async def net_of_rows(
    session: AsyncSession, user_id: uuid.UUID, transaction_ids: list[uuid.UUID]
) -> Decimal:
    """Credits minus debits of these rows as they stand now."""
    signed = case((Transaction.type == "credit", Transaction.amount), else_=-Transaction.amount)
    value = await session.scalar(
        select(func.coalesce(func.sum(signed), 0)).where(
            Transaction.user_id == user_id, Transaction.id.in_(transaction_ids)
        )
    )
    return Decimal(value or 0)


async def save_password(
    session: AsyncSession, user_id: uuid.UUID, sender: str, secret: str
) -> None:
    statement = pg_insert(StatementPassword).values(
        id=uuid.uuid4(), user_id=user_id, sender=sender, secret=secret
    )
    await session.execute(
        statement.on_conflict_do_update(
            constraint="uq_statement_passwords_user_sender",
            set_={"secret": statement.excluded.secret, "updated_at": func.now()},
        )
    )


async def password_secret(session: AsyncSession, user_id: uuid.UUID, sender: str) -> str | None:
    return await session.scalar(
        select(StatementPassword.secret).where(
            StatementPassword.user_id == user_id, StatementPassword.sender == sender
        )
    )


async def password_secrets(
    session: AsyncSession, user_id: uuid.UUID, senders: set[str]
) -> Sequence[Any]:
    if not senders:
        return []
    rows = await session.execute(
        select(StatementPassword.sender, StatementPassword.secret).where(
            StatementPassword.user_id == user_id, StatementPassword.sender.in_(senders)
        )
    )
    return rows.all()


async def password_senders(session: AsyncSession, user_id: uuid.UUID) -> Sequence[Any]:
    rows = await session.execute(
        select(StatementPassword.sender, StatementPassword.created_at)
        .where(StatementPassword.user_id == user_id)
        .order_by(StatementPassword.sender)
    )
    return rows.all()


async def delete_password(session: AsyncSession, user_id: uuid.UUID, sender: str) -> bool:
    result = await session.execute(
        delete(StatementPassword).where(
            StatementPassword.user_id == user_id, StatementPassword.sender == sender
        )
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def locked_emails(
    session: AsyncSession, user_id: uuid.UUID, reason: str, sender: str | None = None
) -> Sequence[Any]:
    """Emails recorded with `reason` (a statement locked with a password) that no statement has
    been imported from yet: id, sender, subject, received_at and the PDF's name."""
    has_statement = (
        select(Statement.id)
        .where(Statement.user_id == user_id, Statement.email_id == Email.id)
        .exists()
    )
    query = (
        select(
            Email.id,
            Email.sender,
            Email.subject,
            Email.received_at,
            func.coalesce(func.min(Attachment.filename), "").label("filename"),
        )
        .join(EmailExtraction, EmailExtraction.email_id == Email.id)
        .outerjoin(
            Attachment,
            (Attachment.email_id == Email.id) & (Attachment.content_type == "application/pdf"),
        )
        .where(
            Email.user_id == user_id,
            EmailExtraction.user_id == user_id,
            EmailExtraction.rejection_reason == reason,
            ~has_statement,
        )
        .group_by(Email.id)
        .order_by(Email.received_at.desc(), Email.id)
        .limit(500)
    )
    if sender is not None:
        query = query.where(func.lower(Email.sender) == sender)
    return (await session.execute(query)).all()


async def lock_email(session: AsyncSession, email_id: uuid.UUID) -> None:
    """Serialise the imports of one email's statements until the transaction ends (two
    extraction passes over the same email may run at once)."""
    await session.execute(
        select(func.pg_advisory_xact_lock(func.hashtextextended(str(email_id), 17)))
    )


async def imported_from(
    session: AsyncSession, user_id: uuid.UUID, email_id: uuid.UUID, filename: str
) -> bool:
    found = await session.scalar(
        select(Statement.id).where(
            Statement.user_id == user_id,
            Statement.email_id == email_id,
            Statement.filename == filename,
        )
    )
    return found is not None


async def passwords_for_update(session: AsyncSession) -> Sequence[StatementPassword]:
    """Every user's kept statement passwords, locked (key rotation)."""
    rows = await session.scalars(select(StatementPassword).with_for_update())
    return rows.all()
