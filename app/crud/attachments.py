import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, exists, or_, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Attachment, AttachmentBlob, Email, TransactionMerge
from app.models.attachment import PDF_CONTENT_TYPE


async def store_blob(
    session: AsyncSession, user_id: uuid.UUID, sha256: str, data: bytes
) -> uuid.UUID:
    """The id of the user's blob with this sha256, inserted when it is new."""
    inserted = await session.scalar(
        insert(AttachmentBlob)
        .values(id=uuid.uuid4(), user_id=user_id, sha256=sha256, size=len(data), data=data)
        .on_conflict_do_nothing(constraint="uq_attachment_blobs_user_sha")
        .returning(AttachmentBlob.id)
    )
    if inserted is not None:
        return inserted
    found = await session.scalar(
        select(AttachmentBlob.id).where(
            AttachmentBlob.user_id == user_id, AttachmentBlob.sha256 == sha256
        )
    )
    assert found is not None  # the conflict says it is there
    return found


async def link_to_email(session: AsyncSession, row: dict[str, Any]) -> None:
    """An email's file, once (extracting an email again adds nothing)."""
    await session.execute(
        insert(Attachment)
        .values(id=uuid.uuid4(), **row)
        .on_conflict_do_nothing(constraint="uq_attachments_email_id_blob_id")
    )


async def add(session: AsyncSession, attachment: Attachment) -> Attachment:
    session.add(attachment)
    await session.flush()
    return attachment


async def raw_emails(
    session: AsyncSession, user_id: uuid.UUID, email_ids: Sequence[uuid.UUID]
) -> Sequence[Any]:
    """(id, raw_compressed) of the user's emails."""
    rows = await session.execute(
        select(Email.id, Email.raw_compressed).where(
            Email.user_id == user_id, Email.id.in_(email_ids)
        )
    )
    return rows.all()


async def for_transaction(
    session: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID, email_id: uuid.UUID | None
) -> Sequence[Attachment]:
    """A transaction's files: uploaded to it, and those of the email it came from."""
    return (
        await session.scalars(
            select(Attachment)
            .where(Attachment.user_id == user_id, _of(transaction_id, email_id))
            .order_by(Attachment.created_at, Attachment.id)
        )
    ).all()


async def get_for_transaction(
    session: AsyncSession,
    user_id: uuid.UUID,
    transaction_id: uuid.UUID,
    email_id: uuid.UUID | None,
    attachment_id: uuid.UUID,
) -> Attachment | None:
    return await session.scalar(
        select(Attachment).where(
            Attachment.id == attachment_id,
            Attachment.user_id == user_id,
            _of(transaction_id, email_id),
        )
    )


async def blob_data(session: AsyncSession, user_id: uuid.UUID, blob_id: uuid.UUID) -> bytes | None:
    return await session.scalar(
        select(AttachmentBlob.data).where(
            AttachmentBlob.id == blob_id, AttachmentBlob.user_id == user_id
        )
    )


async def remove(session: AsyncSession, attachment: Attachment) -> None:
    """Delete one link, and its blob when nothing else links to it."""
    await session.execute(delete(Attachment).where(Attachment.id == attachment.id))
    await delete_unlinked_blobs(session, attachment.user_id, [attachment.blob_id])


async def uploaded_blob_ids(
    session: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID
) -> list[uuid.UUID]:
    rows = await session.scalars(
        select(Attachment.blob_id).where(
            Attachment.user_id == user_id, Attachment.transaction_id == transaction_id
        )
    )
    return list(rows.all())


async def delete_unlinked_blobs(
    session: AsyncSession, user_id: uuid.UUID, blob_ids: Sequence[uuid.UUID]
) -> None:
    """Delete those of these blobs that no attachment links to any more."""
    if not blob_ids:
        return
    await session.execute(
        delete(AttachmentBlob).where(
            AttachmentBlob.user_id == user_id,
            AttachmentBlob.id.in_(blob_ids),
            ~exists().where(Attachment.blob_id == AttachmentBlob.id),
        )
    )


async def pdf_texts(
    session: AsyncSession, user_id: uuid.UUID, email_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, str]:
    """The text read from each email's PDFs, joined (emails with none are left out)."""
    rows = await session.execute(
        select(Attachment.email_id, Attachment.text)
        .where(
            Attachment.user_id == user_id,
            Attachment.email_id.in_(email_ids),
            Attachment.content_type == PDF_CONTENT_TYPE,
            Attachment.text.is_not(None),
            Attachment.text != "",
        )
        .order_by(Attachment.created_at, Attachment.id)
    )
    texts: dict[uuid.UUID, str] = {}
    for email_id, text in rows.all():
        if email_id is not None and text:  # both filtered in SQL; this tells mypy
            texts[email_id] = f"{texts[email_id]}\n\n{text}" if email_id in texts else text
    return texts


def _of(transaction_id: uuid.UUID, email_id: uuid.UUID | None) -> Any:
    """Uploaded to the transaction, or attached to its email or to any email merged into it
    (a merge that was split off again takes its email's files with it)."""
    merged = select(TransactionMerge.email_id).where(
        TransactionMerge.transaction_id == transaction_id, TransactionMerge.split_at.is_(None)
    )
    if email_id is None:
        return or_(Attachment.transaction_id == transaction_id, Attachment.email_id.in_(merged))
    return or_(
        Attachment.transaction_id == transaction_id,
        Attachment.email_id == email_id,
        Attachment.email_id.in_(merged),
    )
