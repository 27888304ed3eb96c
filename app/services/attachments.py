"""A transaction's files: listed with it (its own uploads and its email's attachments),
downloaded, uploaded, deleted. Every query is scoped to the user."""

import asyncio
import hashlib
import uuid
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from app.attachments.files import PDF, clean_filename, sniff
from app.attachments.pdf_text import pdf_text
from app.core.config import get_settings
from app.core.errors import AppError, BadRequest, NotFound
from app.crud import attachments as attachments_crud
from app.models import Attachment
from app.schemas.attachment import AttachmentPublic
from app.services.transactions import get_transaction


class AttachmentTooLarge(AppError):
    status_code = 413
    code = "attachment_too_large"


class UnsupportedAttachment(AppError):
    status_code = 415
    code = "unsupported_attachment"


@dataclass(frozen=True)
class Download:
    filename: str
    content_type: str
    data: bytes


async def list_attachments(
    session: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID
) -> list[AttachmentPublic]:
    transaction = await get_transaction(session, user_id, transaction_id)
    rows = await attachments_crud.for_transaction(
        session, user_id, transaction.id, transaction.email_id
    )
    return [_public(row) for row in rows]


async def upload(
    session: AsyncSession,
    user_id: uuid.UUID,
    transaction_id: uuid.UUID,
    data: bytes,
    filename: str | None,
) -> AttachmentPublic:
    """Attach a PDF or image (told by its bytes) of at most the configured size."""
    transaction = await get_transaction(session, user_id, transaction_id)
    limit = get_settings().attachment_max_bytes
    if len(data) > limit:
        raise AttachmentTooLarge(f"The file is larger than the {limit / 2**20:.1f} MB allowed.")
    if not data:
        raise BadRequest("The file is empty.", code="empty_file")
    content_type = sniff(data)
    if content_type is None:
        raise UnsupportedAttachment("Only PDF, PNG, JPEG, GIF and WebP files can be attached.")
    text, error = await asyncio.to_thread(pdf_text, data) if content_type == PDF else (None, None)
    blob_id = await attachments_crud.store_blob(
        session, user_id, hashlib.sha256(data).hexdigest(), data
    )
    attachment = await attachments_crud.add(
        session,
        Attachment(
            user_id=user_id,
            blob_id=blob_id,
            transaction_id=transaction.id,
            filename=clean_filename(filename, content_type),
            content_type=content_type,
            size=len(data),
            text=text,
            text_error=error,
        ),
    )
    return _public(attachment)


async def download(
    session: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID, attachment_id: uuid.UUID
) -> Download:
    attachment = await _attachment(session, user_id, transaction_id, attachment_id)
    data = await attachments_crud.blob_data(session, user_id, attachment.blob_id)
    if data is None:
        raise NotFound("Attachment not found.")
    return Download(attachment.filename, attachment.content_type, data)


async def delete(
    session: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID, attachment_id: uuid.UUID
) -> None:
    """Remove an uploaded file. An email's own attachments stay: they are part of the mail."""
    attachment = await _attachment(session, user_id, transaction_id, attachment_id)
    if attachment.transaction_id is None:
        raise BadRequest(
            "This file came with the email; only uploaded files can be removed.",
            code="email_attachment",
        )
    await attachments_crud.remove(session, attachment)


async def _attachment(
    session: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID, attachment_id: uuid.UUID
) -> Attachment:
    transaction = await get_transaction(session, user_id, transaction_id)
    attachment = await attachments_crud.get_for_transaction(
        session, user_id, transaction.id, transaction.email_id, attachment_id
    )
    if attachment is None:
        raise NotFound("Attachment not found.")
    return attachment


def _public(row: Attachment) -> AttachmentPublic:
    return AttachmentPublic(
        id=row.id,
        filename=row.filename,
        content_type=row.content_type,
        size=row.size,
        origin="upload" if row.transaction_id is not None else "email",
        text_error=row.text_error,
        created_at=row.created_at,
    )
