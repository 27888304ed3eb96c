"""The statements of re-reading one sender's mail (app.ingest.reextract)."""

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, text, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from app.crud.extractions import READ_COLUMNS
from app.models import Email, EmailExtraction, Transaction
from app.models.email import STORED
from app.models.extraction import STATEMENT, STATEMENT_LOCKED


async def refresh_statistics(session: AsyncSession) -> None:
    """Bring the planner's statistics of the ledger's tables up to date. Right after a mailbox's
    first import, autovacuum has not yet sampled the thousands of rows it added, and the merge
    rule's candidate query (crud.transactions) is planned as if the tables were empty: a big
    sender's re-extraction then took 125 s for 10,000 emails instead of about 6."""
    await session.execute(text("ANALYZE transactions, emails, transaction_merges"))


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
            *READ_COLUMNS,
            EmailExtraction.id.label("extraction_id"),
            EmailExtraction.method,
            # The stored reading's scalars only: decoding whole JSON documents would cost more
            # than reading the email again (the rest is merged in SQL, update_extractions).
            EmailExtraction.fields["is_transaction"].as_boolean().label("f_is_transaction"),
            EmailExtraction.fields["amount"].astext.label("f_amount"),
            EmailExtraction.fields["currency"].astext.label("f_currency"),
            EmailExtraction.fields["direction"].astext.label("f_direction"),
            EmailExtraction.fields["merchant"].astext.label("f_merchant"),
            EmailExtraction.fields["account_last4"].astext.label("f_account_last4"),
            EmailExtraction.fields["occurred_at"].astext.label("f_occurred_at"),
            EmailExtraction.fields["occurred_at_from_text"].as_boolean().label("f_from_text"),
            EmailExtraction.fields[("field_confidence", "direction")]
            .as_float()
            .label("f_direction_confidence"),
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
        .where(
            Email.user_id == user_id,
            Email.sender == address,
            Email.status == STORED,
            # A statement's email is the statement's: a template never reads it as one payment.
            or_(
                EmailExtraction.rejection_reason.is_(None),
                EmailExtraction.rejection_reason.notin_((STATEMENT, STATEMENT_LOCKED)),
            ),
        )
        .order_by(Email.received_at, Email.id)
        .limit(limit)
    )
    if after is not None:
        query = query.where(tuple_(Email.received_at, Email.id) > tuple_(*after))
    # Plain rows through the connection: the ORM's row handling would cost more than the
    # query for a page of thousands.
    connection = await session.connection()
    return (await connection.execute(query)).all()


async def update_transactions(
    session: AsyncSession, user_id: uuid.UUID, rows: list[dict[str, Any]]
) -> int:
    """One UPDATE ... FROM unnest(arrays) for the batch; a column a row leaves out (None) keeps
    its value, except the merchant of a row that says `clear_merchant`."""
    if not rows:
        return 0

    def column(name: str) -> list[Any]:
        return [row.get(name) for row in rows]

    await session.execute(
        _UPDATE_TRANSACTIONS,
        {
            "user_id": user_id,
            "ids": column("id"),
            "amounts": column("amount"),
            "currencies": column("currency"),
            "types": column("type"),
            "occurred": column("occurred_at"),
            "from_text": column("occurred_at_from_text"),
            "last4s": column("account_last4"),
            "transactors": column("transactor_id"),
            "clear_transactors": [bool(row.get("clear_merchant")) for row in rows],
        },
    )
    return len(rows)


_UPDATE_TRANSACTIONS = text(
    """
    UPDATE transactions AS t
    SET amount = COALESCE(u.amount, t.amount), currency = COALESCE(u.currency, t.currency),
        type = COALESCE(u.type, t.type), occurred_at = COALESCE(u.occurred_at, t.occurred_at),
        occurred_at_from_text = COALESCE(u.from_text, t.occurred_at_from_text),
        account_last4 = COALESCE(u.last4, t.account_last4),
        transactor_id = CASE WHEN u.clear_transactor THEN NULL
            ELSE COALESCE(u.transactor_id, t.transactor_id) END,
        updated_at = now()
    FROM unnest(
        CAST(:ids AS uuid[]), CAST(:amounts AS numeric[]), CAST(:currencies AS varchar[]),
        CAST(:types AS varchar[]), CAST(:occurred AS timestamptz[]), CAST(:from_text AS bool[]),
        CAST(:last4s AS varchar[]), CAST(:transactors AS uuid[]), CAST(:clear_transactors AS bool[])
    ) AS u(id, amount, currency, type, occurred_at, from_text, last4, transactor_id,
        clear_transactor)
    WHERE t.id = u.id AND t.user_id = :user_id
    """
)


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
    """One UPDATE ... FROM unnest(arrays) for the batch: the statement text is the same every
    time (prepared once) and the rows travel as one array per column. A row's `fields` (JSON
    text) are merged into the stored ones (its spans, sources and confidences key by key), or
    replace them where `whole` (a reading that is no transaction)."""
    if not rows:
        return
    await session.execute(
        _UPDATE_EXTRACTIONS,
        {
            "user_id": user_id,
            "ids": [row["id"] for row in rows],
            "statuses": [row["status"] for row in rows],
            "confidences": [float(row["confidence"]) for row in rows],
            "fields": [row["fields"] for row in rows],  # JSON text already
            "whole": [row["whole"] for row in rows],
            "reasons": [row["rejection_reason"] for row in rows],
            "transaction_ids": [row["transaction_id"] for row in rows],
            "read_at": rows[0]["read_at"],
        },
    )


_UPDATE_EXTRACTIONS = text(
    """
    UPDATE email_extractions AS e
    SET method = 'template', status = u.status, confidence = u.confidence,
        fields = CASE WHEN u.whole THEN u.fields::jsonb ELSE
            (e.fields || (u.fields::jsonb - 'spans' - 'sources' - 'field_confidence'))
            || jsonb_build_object(
                'spans', COALESCE(e.fields -> 'spans', '{}')
                    || COALESCE(u.fields::jsonb -> 'spans', '{}'),
                'sources', COALESCE(e.fields -> 'sources', '{}')
                    || COALESCE(u.fields::jsonb -> 'sources', '{}'),
                'field_confidence', COALESCE(e.fields -> 'field_confidence', '{}')
                    || COALESCE(u.fields::jsonb -> 'field_confidence', '{}'))
        END,
        rejection_reason = u.reason,
        transaction_id = u.transaction_id, read_at = :read_at
    FROM unnest(
        CAST(:ids AS uuid[]), CAST(:statuses AS varchar[]), CAST(:confidences AS float8[]),
        CAST(:fields AS text[]), CAST(:reasons AS varchar[]), CAST(:transaction_ids AS uuid[]),
        CAST(:whole AS bool[])
    ) AS u(id, status, confidence, fields, reason, transaction_id, whole)
    WHERE e.id = u.id AND e.user_id = :user_id
    """
)
