"""Asking for mailbox syncs. Each sync is an `email_fetch` job whose dedupe key (also its ARQ job
id) is `email_sync:{account_id}`, so one mailbox is never synced twice at once: asking again
while a sync is pending or running returns that job."""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import Forbidden
from app.crud import connected_accounts as accounts_crud
from app.crud import users as users_crud
from app.models import ConnectedAccount, Job, User
from app.schemas.connected_account import SyncStarted
from app.schemas.email_sync import MailboxSyncState, SyncStats, SyncStatus
from app.schemas.job import JobPublic, job_public
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


async def sync_status(session: AsyncSession, user: User) -> SyncStatus:
    accounts = await accounts_crud.list_live_for_user(session, user.id)
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
        user_id=user.id,
        last_email_fetch_at=user.last_email_fetch_at,
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
