"""Reading stored emails back for the signed-in user (storing them is app.ingest.store)."""

import asyncio
import uuid
import zlib

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import NotFound
from app.crud import emails as emails_crud
from app.models import Email, User
from app.schemas.email import EmailDetail, EmailFilters, EmailSummary
from app.services import merges


async def list_emails(
    session: AsyncSession, user: User, filters: EmailFilters, *, offset: int, limit: int
) -> tuple[list[EmailSummary], int]:
    rows, total = await emails_crud.list_page(session, user.id, filters, offset=offset, limit=limit)
    items = [
        EmailSummary(**{key: getattr(email, key) for key in _SUMMARY_FIELDS}, snippet=snippet)
        for email, snippet in rows
    ]
    return items, total


async def get_email(session: AsyncSession, user: User, email_id: uuid.UUID) -> Email:
    email = await emails_crud.get_for_user(session, user.id, email_id)
    if email is None:
        raise NotFound("Email not found.")
    return email


async def get_email_detail(session: AsyncSession, user: User, email_id: uuid.UUID) -> EmailDetail:
    """One email with what extraction made of it (None until it has been extracted), and the
    merges it is part of: "merged into" another email's transaction, or "also reported by"
    emails merged into its own."""
    email = await get_email(session, user, email_id)
    detail = EmailDetail.model_validate(email, from_attributes=True)
    detail.extraction = await merges.extraction_of(session, user.id, email_id)
    return detail


async def get_raw(session: AsyncSession, user: User, email_id: uuid.UUID) -> bytes:
    """The message exactly as the mail server sent it."""
    email = await emails_crud.get_raw_for_user(session, user.id, email_id)
    if email is None:
        raise NotFound("Email not found.")
    return await asyncio.to_thread(zlib.decompress, email.raw_compressed)


_SUMMARY_FIELDS = (
    "id",
    "account_id",
    "message_id",
    "sender",
    "sender_name",
    "subject",
    "received_at",
    "size",
    "status",
    "failure_reason",
)
