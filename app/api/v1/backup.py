"""/api/v1/backup: download the signed-in user's whole ledger as one file; restore one into an
empty ledger."""

from fastapi import APIRouter, UploadFile
from fastapi.responses import StreamingResponse

from app.api.deps import CurrentUser, SessionDep
from app.schemas.backup import BackupRestored
from app.services import backup as backup_service

router = APIRouter(prefix="/backup", tags=["backup"])


@router.get(
    "",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/zip": {}}, "description": "the backup file"}},
)
async def download_backup(user: CurrentUser, session: SessionDep) -> StreamingResponse:
    """Accounts, transactions with their emails and extraction provenance, merges, categories,
    rules, budgets, goals, sender templates, review items, statements and settings: a zip of a
    manifest and one JSON Lines file per table. Mailbox credentials are not included."""
    out = await backup_service.export_ledger(session, user)
    return StreamingResponse(
        backup_service.file_chunks(out),
        media_type="application/zip",
        headers={"Content-Disposition": 'attachment; filename="fincoach-backup.zip"'},
    )


@router.post("", response_model=BackupRestored)
async def restore_backup(
    file: UploadFile, user: CurrentUser, session: SessionDep
) -> BackupRestored:
    """Restores a backup into your ledger, which must be empty (409 otherwise). Connected
    mailboxes come back without credentials: reconnect them to sync again."""
    if file.size is not None and file.size > backup_service.MAX_BACKUP_BYTES:
        raise backup_service.BackupTooLarge(
            f"The backup is larger than {backup_service.MAX_BACKUP_BYTES // (1024 * 1024)} MB."
        )
    counts = await backup_service.restore_ledger(session, user.id, file.file)
    return BackupRestored(tables=counts)
