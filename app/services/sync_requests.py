"""Asking for mailbox syncs. Each sync is an `email_fetch` job whose dedupe key is
`email_sync:{account_id}`, so one mailbox is never synced twice at once: asking again while a
sync is pending or running returns that job. Its queue entries are
`email_sync:{account_id}:{job id}:turn{n}` (see `jobs.arq_job_id`)."""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import Forbidden
from app.crud import connected_accounts as accounts_crud
from app.crud import users as users_crud
from app.models import ConnectedAccount, Job, User
from app.models.job import CANCELLED, COMPLETED, FAILED, PENDING, PROCESSING
from app.schemas.connected_account import SyncStarted
from app.schemas.email_sync import (
    MailboxSyncState,
    SyncProgress,
    SyncsStarted,
    SyncState,
    SyncStats,
    SyncStatus,
)
from app.schemas.job import MAX_ERRORS_SHOWN, JobPublic, job_public
from app.services import jobs as job_service

EMAIL_FETCH = "email_fetch"


def ensure_self(user: User, user_id: uuid.UUID) -> None:
    """The sync API names a user in its paths; only that user may use them."""
    if user.id != user_id:
        raise Forbidden("You can only manage your own mailbox syncs.")


def sync_key(account_id: uuid.UUID) -> str:
    return f"email_sync:{account_id}"


async def start_sync(
    session: AsyncSession,
    user_id: uuid.UUID,
    account_id: uuid.UUID,
    mode: str,
    months: int | None = None,
) -> tuple[Job, bool]:
    return await job_service.start_job(
        session,
        user_id=user_id,
        job_type=EMAIL_FETCH,
        params={"account_id": str(account_id), "mode": mode, "months": months},
        dedupe_key=sync_key(account_id),
    )


async def request_sync(
    session: AsyncSession,
    user: User,
    account: ConnectedAccount,
    mode: str,
    months: int | None = None,
) -> SyncStarted:
    job, created = await start_sync(session, user.id, account.id, mode, months)
    return SyncStarted(
        account_id=account.id,
        mode=job.params.get("mode", mode),
        queued=created,
        job=job_public(job),
    )


async def start_incremental_syncs(session: AsyncSession) -> int:
    """The 30-minute schedule: one incremental sync per live mailbox (running ones are kept)."""
    started = 0
    for account in await accounts_crud.list_for_scheduled_sync(session):
        if account.provider == "plaid":  # a linked bank: its own sync (webhooks may miss)
            from app.services import plaid  # (plaid's sync imports this module)

            _, created = await plaid.start_sync(session, account.user_id, account.id)
        else:
            _, created = await start_sync(session, account.user_id, account.id, "incremental")
        started += created
    return started


async def start_user_syncs(
    session: AsyncSession, user: User, months: int
) -> Sequence[tuple[Job, bool]]:
    """Sync every mailbox of the user: the first sync of a mailbox reads the last `months`
    months, later ones only what is new."""
    results = []
    for account in await accounts_crud.list_live_for_user(session, user.id):
        if account.provider == "plaid":  # a bank, not a mailbox
            continue
        mode = "incremental" if account.last_synced_at else "initial"
        results.append(await start_sync(session, user.id, account.id, mode, months))
    return results


async def start_syncs(session: AsyncSession, user: User, months: int) -> SyncsStarted:
    results = await start_user_syncs(session, user, months)
    jobs = [job for job, _ in results]
    return SyncsStarted(
        **progress(user, jobs, months).model_dump(),
        jobs=[job_public(job) for job in jobs],
        started=sum(created for _, created in results),
        already_running=sum(not created for _, created in results),
    )


def progress(user: User, jobs: Sequence[Job], months: int | None = None) -> SyncProgress:
    """The setup guide's figures for a set of sync jobs (the latest one per mailbox): counts
    added up, the newest job's id and window, one status for all."""
    newest = max(jobs, key=lambda j: j.created_at, default=None)
    total = sum(j.total for j in jobs)
    processed = sum(j.processed for j in jobs)
    statuses = {j.status for j in jobs}
    state: SyncState
    if not jobs:
        state = "idle"
    elif PROCESSING in statuses:
        state = "processing"
    elif PENDING in statuses:
        state = "pending"
    elif statuses == {COMPLETED}:
        state = "completed"
    elif FAILED in statuses:
        state = "failed"
    else:
        state = "cancelled" if CANCELLED in statuses else "completed"
    if state == "completed":
        percentage = 100.0
    else:
        percentage = round(min(100.0, 100.0 * processed / total), 1) if total else 0.0
    errors = [error for j in sorted(jobs, key=lambda j: j.created_at) for error in j.error_log]
    if months is None and newest is not None:
        months = newest.params.get("months")
    return SyncProgress(
        task_id=newest.id if newest else None,
        user_id=user.id,
        months=months,
        status=state,
        total_emails=total,
        processed_emails=processed,
        parsed_transactions=sum(j.parsed for j in jobs),
        failed_emails=sum(j.failed for j in jobs),
        progress_percentage=percentage,
        error_log=errors[-MAX_ERRORS_SHOWN:],
        last_email_fetch_at=user.last_email_fetch_at,
    )


async def sync_status(session: AsyncSession, user: User) -> SyncStatus:
    accounts = await accounts_crud.list_live_for_user(session, user.id)
    recent, _ = await job_service.list_jobs(
        session, user.id, offset=0, limit=100, status=None, job_type=EMAIL_FETCH
    )
    # The newest sync of each live mailbox (newest first from list_jobs). One mailbox has at
    # most one active sync, so an active one is always its newest.
    live = {str(a.id) for a in accounts}
    latest: dict[str, Job] = {}
    for job in recent:
        account_id = str(job.params.get("account_id"))
        if account_id in live:
            latest.setdefault(account_id, job)
    active, _ = await job_service.list_jobs(
        session,
        user.id,
        offset=0,
        limit=50,
        status=None,
        job_type=EMAIL_FETCH,
        active_only=True,
    )
    return SyncStatus(
        **progress(user, list(latest.values())).model_dump(),
        syncing=bool(active),
        active_jobs=[job_public(j) for j in active],
        accounts=[MailboxSyncState.model_validate(a) for a in accounts],
    )


async def sync_history(session: AsyncSession, user: User, limit: int) -> list[JobPublic]:
    jobs, _ = await job_service.list_jobs(
        session, user.id, offset=0, limit=limit, status=None, job_type=EMAIL_FETCH
    )
    return [job_public(j) for j in jobs]


async def record_fetch_time(session: AsyncSession, user_id: uuid.UUID) -> None:
    user = await users_crud.get(session, user_id)
    if user is not None:
        user.last_email_fetch_at = datetime.now(UTC)


async def sync_stats(session: AsyncSession) -> SyncStats:
    """Installation-wide figures for administrators."""
    jobs = await job_service.stats(session)
    accounts: dict[str, dict[str, int]] = {}
    for provider, status, count in await accounts_crud.counts_by_provider_and_status(session):
        accounts.setdefault(provider, {})[status] = count
    return SyncStats(
        email_fetch_jobs=jobs.by_type.get(EMAIL_FETCH, {}), jobs=jobs, accounts=accounts
    )
