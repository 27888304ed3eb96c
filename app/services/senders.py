"""Known senders (the From addresses of a user's mail), their templates and how well those
templates read since they were taught.

A sender's id is derived from (user, address) rather than stored: every address a user has mail
from is a sender at once, with nothing to backfill or keep in step with the emails."""

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import NotFound
from app.crud import review as review_crud
from app.extraction import templates
from app.models import User
from app.schemas.email import EmailSummary
from app.schemas.review import (
    SenderDetail,
    SenderSummary,
    SenderTransaction,
    TemplateAccuracy,
    TemplateInfo,
)

_NAMESPACE = uuid.UUID("5b0a4c52-9a43-4c1e-8f7e-2f8e6f0f1a13")
RECENT = 20


def sender_id(user_id: uuid.UUID, address: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"{user_id}\n{address}")


def _summary(user_id: uuid.UUID, row: Any) -> SenderSummary:
    return SenderSummary(
        id=sender_id(user_id, row.address),
        address=row.address,
        name=row.name or "",
        emails=row.emails,
        transactions=row.transactions,
        has_template=row.taught_at is not None,
        template_taught_at=row.taught_at,
    )


async def list_senders(
    session: AsyncSession, user: User, *, offset: int, limit: int
) -> tuple[list[SenderSummary], int]:
    rows = await review_crud.senders(session, user.id)
    return [_summary(user.id, row) for row in rows[offset : offset + limit]], len(rows)


async def _find(session: AsyncSession, user: User, wanted: uuid.UUID) -> Any:
    for row in await review_crud.senders(session, user.id):
        if sender_id(user.id, row.address) == wanted:
            return row
    raise NotFound("Sender not found.")


async def get_sender(session: AsyncSession, user: User, wanted: uuid.UUID) -> SenderDetail:
    row = await _find(session, user, wanted)
    template = None
    accuracy = TemplateAccuracy(checked=0, corrected=0, accuracy=None)
    if row.template is not None:
        template = TemplateInfo(
            fields=templates.fields_in(row.template),
            examples=row.examples,
            layouts=len(row.template.get("layouts", [])),
        )
        checked, corrected = await review_crud.template_accuracy(
            session, user.id, row.address, row.taught_at
        )
        accuracy = TemplateAccuracy(
            checked=checked,
            corrected=corrected,
            accuracy=round(1 - corrected / checked, 4) if checked else None,
        )
    emails = await review_crud.recent_emails(session, user.id, row.address, RECENT)
    transactions = await review_crud.recent_transactions(session, user.id, row.address, RECENT)
    return SenderDetail(
        **_summary(user.id, row).model_dump(),
        template=template,
        accuracy_since_template=accuracy,
        recent_emails=[EmailSummary.model_validate(e, from_attributes=True) for e in emails],
        recent_transactions=[
            SenderTransaction.model_validate(t, from_attributes=True) for t in transactions
        ],
    )


async def delete_template(session: AsyncSession, user: User, wanted: uuid.UUID) -> None:
    row = await _find(session, user, wanted)
    if not await review_crud.delete_template(session, user.id, row.address):
        raise NotFound("This sender has no template.")
