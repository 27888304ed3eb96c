"""Syncing one mailbox: page through its provider, fetch batches of up to 100 raw messages,
store each batch, and save the cursor with it, in one transaction.

Because a batch's emails and the cursor past them commit together, a crash at any point loses
nothing and skips nothing: the next run resumes after the last committed batch, and a batch
that is fetched twice is skipped by the (user_id, message_id) unique key.

The job that runs a sync passes a `SyncProgress` (the lead's BaseJob has these methods) and
gets live counters, checkpoints and an error log through it. Network and database I/O happen
outside the transaction; only the insert and the cursor update are inside it.
"""

import asyncio
import calendar
import contextlib
import logging
import uuid
from collections.abc import AsyncGenerator, Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, Protocol, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.core.uow import UnitOfWork
from app.crud import connected_accounts as accounts_crud
from app.ingest import store
from app.models.connected_account import DISABLED
from app.providers import (
    FETCH_BATCH_SIZE,
    EmailProvider,
    FetchResult,
    MessageRef,
    ProviderAccount,
    ProviderError,
    ProviderFactory,
    ProviderUnavailable,
    RefPage,
    SyncMode,
    SyncWindow,
)
from app.services.connected_accounts import to_provider_account

log = logging.getLogger(__name__)

# A sync that lost its cursor (Gmail history expired) restarts this long before the last sync,
# for mail delivered late or stamped by a slow clock. Duplicates are skipped on insert.
INCREMENTAL_OVERLAP = timedelta(days=1)


class SyncProgress(Protocol):
    """Where a sync reports to. Counts passed to advance() are increments."""

    async def set_total(self, total: int) -> None: ...

    async def advance(self, processed: int = 0, parsed: int = 0, failed: int = 0) -> None: ...

    async def save_cursor(self, cursor: dict[str, Any]) -> None: ...

    async def record_error(self, kind: str, message: str, item_id: str | None = None) -> None: ...


class NullProgress:
    async def set_total(self, total: int) -> None:
        pass

    async def advance(self, processed: int = 0, parsed: int = 0, failed: int = 0) -> None:
        pass

    async def save_cursor(self, cursor: dict[str, Any]) -> None:
        pass

    async def record_error(self, kind: str, message: str, item_id: str | None = None) -> None:
        pass


_Item = TypeVar("_Item")
# Called inside a batch's unit of work, so what it defers is enqueued when the batch commits.
OnBatchStored = Callable[[AsyncSession, list[uuid.UUID]], Awaitable[None]]
# Asked at the end of a turn: does anyone wait for this sync's slot?
OthersWaiting = Callable[[], Awaitable[bool]]
# yielded: stored its turn's worth and stopped at a checkpoint; run it again to go on.
SyncOutcome = Literal["completed", "skipped", "stopped", "yielded"]


@dataclass
class SyncResult:
    account_id: uuid.UUID
    mode: SyncMode
    outcome: SyncOutcome = "completed"  # skipped: account gone; stopped: removed mid-sync
    new: int = 0
    duplicate: int = 0
    failed: int = 0  # stored as failed for the first time (unparseable)
    unavailable: int = 0  # listed but gone before it could be fetched
    cursor: dict[str, Any] | None = None


@dataclass(frozen=True)
class _Account:
    provider_account: ProviderAccount
    user_id: uuid.UUID
    cursor: dict[str, Any] | None
    last_synced_at: datetime | None


async def sync_account(
    uow: UnitOfWork,
    settings: Settings,
    account_id: uuid.UUID,
    mode: SyncMode = "incremental",
    months: int | None = None,
    progress: SyncProgress | None = None,
    *,
    on_batch_stored: OnBatchStored | None = None,
    resume_cursor: dict[str, Any] | None = None,
    turn_messages: int = 0,
    others_waiting: OthersWaiting | None = None,
) -> SyncResult:
    """Sync one mailbox. initial: the last `months` months (default INITIAL_SYNC_MONTHS), or
    the rest of an interrupted initial sync; incremental: what arrived since the cursor.

    turn_messages > 0: stop (outcome "yielded") at the first checkpoint after storing that
    many messages, when more may follow; the caller runs it again later from the cursor. When
    `others_waiting` is given, only if it says someone waits: otherwise the next turn runs on.

    Raises ProviderUnavailable (temporary: retry later; the cursor keeps what was done) or
    ProviderError / ProviderAuthError (the account is marked `error` with the reason)."""
    started_at = datetime.now(UTC)
    result = SyncResult(account_id, mode)
    try:
        account = await _load_account(uow, settings, account_id)
    except ProviderError as exc:
        await _fail(uow, account_id, exc, progress)
        raise
    if account is None:
        result.outcome = "skipped"
        return result
    if resume_cursor:
        # A job resuming after a crash restarts from its own last checkpoint, which matches its
        # counters; the account's cursor may be one batch further (stored, then the crash).
        # Re-reading that batch stores nothing twice and counts it exactly once.
        account = replace(account, cursor=resume_cursor)
    months = months or settings.initial_sync_months
    window = sync_window(mode, months, account.last_synced_at, started_at)
    run = _SyncRun(
        uow,
        account,
        progress or NullProgress(),
        on_batch_stored,
        result,
        store_batch=settings.email_store_batch_messages,
        turn_messages=turn_messages,
        others_waiting=others_waiting,
    )
    try:
        async with ProviderFactory.create(account.provider_account, settings) as provider:
            await run.pages(provider, window)
    except ProviderError as exc:
        await _fail(uow, account_id, exc, progress)
        raise
    if result.outcome == "completed":
        async with uow.begin() as session:
            await accounts_crud.mark_synced(session, account_id, started_at)
    log.info(
        "mailbox sync %s (%s) of account %s: %d new, %d duplicate, %d failed, %d unavailable",
        result.outcome,
        mode,
        account_id,
        result.new,
        result.duplicate,
        result.failed,
        result.unavailable,
    )
    return result


def sync_window(
    mode: SyncMode, months: int, last_synced_at: datetime | None, now: datetime
) -> SyncWindow:
    start = months_before(now, months)
    since = start
    if last_synced_at is not None:
        since = max(start, last_synced_at - INCREMENTAL_OVERLAP)
    return SyncWindow(mode=mode, start=start, since=since)


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (the 31st becomes the month's
    last day)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


@dataclass(frozen=True)
class _Batch:
    """One fetched and parsed batch, with the page it came from."""

    refs: list[MessageRef]
    fetched: FetchResult
    prepared: store.PreparedBatch
    cursor: dict[str, Any] | None  # the page's cursor, on its last batch only
    starts_page: bool  # the total is updated once per page, before its first batch
    total_estimate: int | None
    page_size: int


class _SyncRun:
    """The state of one sync while it pages through the provider."""

    def __init__(
        self,
        uow: UnitOfWork,
        account: _Account,
        progress: SyncProgress,
        on_batch_stored: OnBatchStored | None,
        result: SyncResult,
        store_batch: int = FETCH_BATCH_SIZE,
        turn_messages: int = 0,
        others_waiting: OthersWaiting | None = None,
    ) -> None:
        self.uow = uow
        self.account = account
        self.account_id = account.provider_account.id
        self.progress = progress
        self.on_batch_stored = on_batch_stored
        self.result = result
        self.total = 0
        self.processed = 0
        self.turn_messages = turn_messages
        self.others_waiting = others_waiting
        # A turn is cut at store-batch boundaries: a small turn makes small batches.
        self.store_batch = max(1, min(store_batch, turn_messages or store_batch))
        self.turn_over = False

    async def pages(self, provider: EmailProvider, window: SyncWindow) -> None:
        """Store batch after batch, in order, while the next one is already being fetched and
        parsed (network and CPU overlap the database write)."""
        batches = read_ahead(self._read(provider, window))
        try:
            async for batch in batches:
                if batch.starts_page:
                    await self._update_total(batch.total_estimate, batch.page_size)
                if not await self._store(batch):
                    self.result.outcome = "stopped"
                    return
            if self.turn_over:
                self.result.outcome = "yielded"  # its turn is over; the cursor is saved
        finally:
            await batches.aclose()

    async def _read(
        self, provider: EmailProvider, window: SyncWindow
    ) -> AsyncGenerator[_Batch, None]:
        """Pages grouped into store batches of about `store_batch` messages (a provider's
        fetch requests stay at FETCH_BATCH_SIZE): one INSERT and one extraction task per
        thousand emails instead of per hundred. A group's cursor is its last page's."""
        group: list[RefPage] = []
        read = 0
        pages = aiter(provider.list_messages(window, self.account.cursor))
        async for page in pages:
            group.append(page)
            if sum(len(p.refs) for p in group) >= self.store_batch:
                async for batch in self._read_group(provider, group):
                    read += len(batch.refs)
                    yield batch
                group = []
                if self.turn_messages and read >= self.turn_messages:
                    # Is anything left past this turn? A mailbox of an exact number of turns
                    # ends here: without this look, it went to the back of the queue for one
                    # more turn that found nothing. Pages without messages only carry the
                    # final cursor: they are stored with this turn.
                    following = await anext(pages, None)
                    while following is not None and not following.refs:
                        group.append(following)
                        following = await anext(pages, None)
                    if following is None:
                        break
                    if self.others_waiting is None or await self.others_waiting():
                        # Nothing past the turn is stored: the next turn starts at the saved
                        # cursor (the page looked at is listed again then).
                        self.turn_over = True
                        return
                    # Nobody waits for the slot: going to the back of the queue would only
                    # wait there for this sync's own extraction tasks. The next turn runs on.
                    read = 0
                    group.append(following)
        if group:
            async for batch in self._read_group(provider, group):
                yield batch

    async def _read_group(
        self, provider: EmailProvider, pages: list[RefPage]
    ) -> AsyncGenerator[_Batch, None]:
        refs = [ref for page in pages for ref in page.refs]
        slices = _batches(refs, self.store_batch)
        for index, chunk in enumerate(slices):
            fetched = FetchResult()
            for request in _batches(chunk):
                if request:
                    part = await provider.fetch_messages(request)
                    fetched.messages.extend(part.messages)
                    fetched.failures.extend(part.failures)
            prepared = await store.prepare_batch(
                self.account.user_id, self.account_id, fetched.messages
            )
            is_last = index == len(slices) - 1
            yield _Batch(
                chunk,
                fetched,
                prepared,
                cursor=pages[-1].cursor if is_last else None,
                starts_page=index == 0,
                total_estimate=pages[-1].total_estimate,
                page_size=len(refs),
            )

    async def _store(self, batch: _Batch) -> bool:
        """Store one batch (and the cursor past it) in one transaction; False when the account
        was removed meanwhile."""
        async with self.uow.begin() as session:
            if await accounts_crud.get_status(session, self.account_id) in (None, DISABLED):
                return False
            stored = await store.store_batch(session, batch.prepared)
            if batch.cursor is not None:
                await accounts_crud.save_cursor(session, self.account_id, batch.cursor)
            if stored.new_ids and self.on_batch_stored is not None:
                await self.on_batch_stored(session, stored.new_ids)
        await self._report(batch.refs, batch.fetched, stored, batch.cursor)
        return True

    async def _report(
        self,
        refs: list[MessageRef],
        fetched: FetchResult,
        stored: store.StoredBatch,
        cursor: dict[str, Any] | None,
    ) -> None:
        self.result.new += stored.new
        self.result.duplicate += stored.duplicate
        self.result.failed += stored.failed
        self.result.unavailable += len(fetched.failures)
        failed = len(fetched.failures) + len(stored.parse_failures)
        self.processed += len(refs)
        await self.progress.advance(processed=len(refs), parsed=len(refs) - failed, failed=failed)
        for failure in fetched.failures:
            await self.progress.record_error("fetch", failure.reason, failure.ref_id)
        for unparsed in stored.parse_failures:
            await self.progress.record_error("parse", unparsed.reason, unparsed.message_id)
        if cursor is not None:
            self.result.cursor = cursor
            await self.progress.save_cursor(cursor)

    async def _update_total(self, estimate: int | None, page_size: int) -> None:
        """Providers estimate (Gmail) or count (IMAP, archives) up front, or not at all
        (Gmail history): never report less than what is already known to come."""
        total = max(estimate or 0, self.processed + page_size)
        if total > self.total:
            self.total = total
            await self.progress.set_total(total)


async def read_ahead(items: AsyncGenerator[_Item, None]) -> AsyncGenerator[_Item, None]:
    """Yield the items of `items` while its next one is already being produced (one ahead,
    never more: memory stays bounded by two batches)."""
    upcoming = asyncio.ensure_future(anext(items))
    try:
        while True:
            try:
                item = await upcoming
            except StopAsyncIteration:
                return
            upcoming = asyncio.ensure_future(anext(items))
            yield item
    finally:
        upcoming.cancel()
        with contextlib.suppress(asyncio.CancelledError, StopAsyncIteration):
            await upcoming
        await items.aclose()


def _batches(refs: list[MessageRef], size: int = FETCH_BATCH_SIZE) -> list[list[MessageRef]]:
    """Slices of `size`; an empty page still makes one (empty) batch, so its cursor is saved."""
    return [refs[i : i + size] for i in range(0, len(refs), size)] or [[]]


async def _load_account(
    uow: UnitOfWork, settings: Settings, account_id: uuid.UUID
) -> _Account | None:
    async with uow.begin() as session:
        account = await accounts_crud.get(session, account_id)
        if account is None or account.status == DISABLED:
            return None
        return _Account(
            provider_account=to_provider_account(settings, account),
            user_id=account.user_id,
            cursor=account.sync_cursor,
            last_synced_at=account.last_synced_at,
        )


async def _fail(
    uow: UnitOfWork,
    account_id: uuid.UUID,
    error: ProviderError,
    progress: SyncProgress | None,
) -> None:
    """A temporary failure is noted on the account; any other marks it `error` until the user
    fixes it (reconnects, re-uploads) or a later sync succeeds."""
    message = str(error)
    async with uow.begin() as session:
        if isinstance(error, ProviderUnavailable):
            await accounts_crud.record_error(session, account_id, message)
        else:
            await accounts_crud.mark_failed(session, account_id, message)
    if progress is not None:
        await progress.record_error(type(error).__name__, message)
