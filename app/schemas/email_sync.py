"""Shapes of the email-sync API (app/api/v1/email_sync.py).

The setup guide's fields (`SyncProgress`) head both answers; the richer per-mailbox fields stay
beside them."""

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.common import ResponseModel
from app.schemas.job import JobPublic, JobStats

SyncState = Literal["idle", "pending", "processing", "completed", "failed", "cancelled"]


class SyncStartRequest(BaseModel):
    months: int = Field(6, ge=1, le=120, description="initial sync window in months")


class SyncProgress(ResponseModel):
    """The setup guide's view of a sync: the latest sync job of each of the user's mailboxes,
    added up (one mailbox: exactly that job)."""

    task_id: uuid.UUID | None = Field(
        description="the newest of those sync jobs (GET /api/v1/jobs/{id}); null before any"
    )
    user_id: uuid.UUID
    months: int | None = Field(
        description="the window asked for by that job (null for a scheduled incremental sync)"
    )
    status: SyncState = Field(
        description="processing or pending while any job is; completed when all completed; "
        "else failed or cancelled; idle when no sync has ever run"
    )
    total_emails: int
    processed_emails: int
    parsed_transactions: int = Field(description="emails that yielded a transaction")
    failed_emails: int
    progress_percentage: float = Field(description="processed of total, 0-100")
    error_log: list[dict[str, Any]] = Field(description="the last 100 errors of those jobs")
    last_email_fetch_at: datetime | None


class SyncsStarted(SyncProgress):
    jobs: list[JobPublic] = Field(description="one per mailbox: the new job or the running one")
    started: int
    already_running: int


class MailboxSyncState(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    provider: str
    address: str
    status: str
    last_synced_at: datetime | None
    last_error: str | None


class SyncStatus(SyncProgress):
    syncing: bool = Field(description="a sync of one of the mailboxes is pending or running")
    active_jobs: list[JobPublic]
    accounts: list[MailboxSyncState]


class SyncStats(BaseModel):
    email_fetch_jobs: dict[str, int] = Field(description="email_fetch jobs per status")
    jobs: JobStats
    accounts: dict[str, dict[str, int]] = Field(description="mailboxes per provider, then status")
