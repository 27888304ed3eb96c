"""/api/v1/transactions/{id}/attachments: receipts and other files of a transaction (its own
uploads and the attachments of the email it was read from)."""

import uuid
from urllib.parse import quote

from fastapi import APIRouter, Response, UploadFile, status

from app.api.deps import CurrentIdentity, CurrentUser, SessionDep
from app.core.config import get_settings
from app.schemas.attachment import AttachmentPublic
from app.services import attachments

router = APIRouter(prefix="/transactions/{transaction_id}/attachments", tags=["attachments"])


@router.get("", response_model=list[AttachmentPublic])
async def list_attachments(
    transaction_id: uuid.UUID, user: CurrentIdentity, session: SessionDep
) -> list[AttachmentPublic]:
    return await attachments.list_attachments(session, user.id, transaction_id)


@router.post("", response_model=AttachmentPublic, status_code=status.HTTP_201_CREATED)
async def upload_attachment(
    transaction_id: uuid.UUID, file: UploadFile, user: CurrentUser, session: SessionDep
) -> AttachmentPublic:
    """Attach a PDF or image (PNG, JPEG, GIF, WebP; told by its bytes) of at most the
    configured size (10 MB by default): 413 when larger, 415 for another type."""
    data = await file.read(get_settings().attachment_max_bytes + 1)
    return await attachments.upload(session, user.id, transaction_id, data, file.filename)


@router.get(
    "/{attachment_id}",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}, "description": "the file"}},
)
async def download_attachment(
    transaction_id: uuid.UUID, attachment_id: uuid.UUID, user: CurrentIdentity, session: SessionDep
) -> Response:
    found = await attachments.download(session, user.id, transaction_id, attachment_id)
    return Response(
        found.data,
        media_type=found.content_type,
        headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(found.filename)}",
            "X-Content-Type-Options": "nosniff",
        },
    )


@router.delete("/{attachment_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_attachment(
    transaction_id: uuid.UUID, attachment_id: uuid.UUID, user: CurrentUser, session: SessionDep
) -> None:
    """Remove an uploaded file (an email's own attachments cannot be removed: 400)."""
    await attachments.delete(session, user.id, transaction_id, attachment_id)
