"""Shapes of the email-sync API (app/api/v1/email_sync.py)."""

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.job import JobPublic, JobStats


class SyncsStarted(BaseModel):
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


class SyncStatus(BaseModel):
    user_id: uuid.UUID
    last_email_fetch_at: datetime | None
    syncing: bool = Field(description="a sync of one of the mailboxes is pending or running")
    active_jobs: list[JobPublic]
    accounts: list[MailboxSyncState]


class SyncStats(BaseModel):
    email_fetch_jobs: dict[str, int] = Field(description="email_fetch jobs per status")
    jobs: JobStats
    accounts: dict[str, dict[str, int]] = Field(description="mailboxes per provider, then status")
