"""Syncing one linked bank (a Plaid item): its accounts become the user's accounts (by their last
4 digits, as a person knows them), then `/transactions/sync` is paged from the stored cursor and
each page's added / modified / removed transactions are applied in one unit of work.

- added: a draft for the ledger, through the same `record_drafts` as mail: it merges with an
  email's transaction of the same payment by the dedupe rule (same validated payment reference;
  or same amount, currency, direction and account within minutes, both times stated), else it
  becomes a transaction of source "plaid", categorised as mail is (the user's rules, else the
  user's learned model, else the seed model). The plaid_transactions row says which and why.
- modified: the Plaid row is updated; a ledger row Plaid made follows it (fields the person set
  by hand stay); an email's transaction it was merged into is left as the email said.
- removed: the Plaid side only: its row is marked removed and a ledger row Plaid made is
  deleted (kept when emails still report that payment); an email's transaction stays.

Each page's writes commit together and are idempotent (a page applied twice changes nothing),
so a crash or Plaid's TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION (restart the loop from its
first cursor, as Plaid asks) loses nothing. The item's cursor is saved when the last page
(has_more false) is applied.
"""

import json
import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from app.categorization.learned import example_text
from app.core.config import Settings
from app.core.security import decrypt_secret
from app.core.uow import UnitOfWork
from app.crud import connected_accounts as accounts_crud
from app.crud import plaid as plaid_crud
from app.crud import users as users_crud
from app.ingest.categorise import predict_category_ids
from app.ingest.sync import NullProgress, SyncProgress
from app.models import ConnectedAccount, PlaidTransaction
from app.models.connected_account import DISABLED
from app.providers.plaid import PlaidClient, PlaidError, PlaidLoginRequired, SyncPage
from app.schemas.money import to_cents
from app.services import accounts
from app.services.transactions import NewTransaction, lock_for_time_merges, record_drafts

log = logging.getLogger(__name__)

RELINK_MESSAGE = (
    "Your bank asks you to sign in again (Plaid ITEM_LOGIN_REQUIRED). Use “Sign in again” on "
    "this bank to restore the sync."
)
MAX_RESTARTS = 3


class PlaidItemGone(Exception):
    """The item was removed (or is not a Plaid item) before or during the sync."""


@dataclass
class PlaidSyncResult:
    outcome: Literal["completed", "stopped"] = "completed"
    pages: int = 0
    added: int = 0
    merged: int = 0  # added ones merged into an email's transaction
    modified: int = 0
    removed: int = 0
    skipped: int = 0


@dataclass(frozen=True, slots=True)
class _Item:
    id: uuid.UUID
    user_id: uuid.UUID
    item_id: str
    institution: str
    access_token: str
    cursor: str | None
    timezone: str


def access_token_of(settings: Settings, account: ConnectedAccount) -> str:
    """The item's access token, decrypted (never logged, never returned by the API)."""
    if not account.credentials:
        raise PlaidItemGone("this bank is no longer linked")
    try:
        secrets = json.loads(decrypt_secret(settings, account.credentials))
    except ValueError as exc:
        raise PlaidError(
            "The stored Plaid access token cannot be decrypted (was ENCRYPTION_KEY changed?). "
            "Link the bank again."
        ) from exc
    return str(secrets["access_token"])


async def sync_item(
    uow: UnitOfWork,
    settings: Settings,
    account_id: uuid.UUID,
    progress: SyncProgress | None = None,
    resume_cursor: str | None = None,
) -> PlaidSyncResult:
    progress = progress or NullProgress()
    item = await _load(uow, settings, account_id)
    result = PlaidSyncResult()
    try:
        async with PlaidClient(settings) as client:
            plaid_accounts = await client.get_accounts(item.access_token)
            async with uow.begin() as session:
                mapping = await _map_accounts(session, item, plaid_accounts)
            start = resume_cursor or item.cursor
            restarts = 0
            cursor = start
            while True:
                try:
                    page = await client.transactions_sync(item.access_token, cursor)
                except PlaidError as exc:
                    if exc.code != "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION":
                        raise
                    restarts += 1
                    if restarts > MAX_RESTARTS:
                        raise
                    cursor = start
                    continue
                async with uow.begin() as session:
                    if await accounts_crud.get_status(session, item.id) in (None, DISABLED):
                        result.outcome = "stopped"
                        return result
                    await _apply(session, item, mapping, page, result)
                    if not page.has_more:
                        await accounts_crud.save_cursor(
                            session, item.id, {"cursor": page.next_cursor}
                        )
                        await accounts_crud.mark_synced(session, item.id, datetime.now(UTC))
                result.pages += 1
                changes = len(page.added) + len(page.modified) + len(page.removed)
                await progress.set_total(
                    result.added
                    + result.modified
                    + result.removed
                    + result.skipped
                    + (settings.plaid_sync_page_size if page.has_more else 0)
                )
                await progress.advance(processed=changes, parsed=len(page.added))
                await progress.save_cursor({"cursor": page.next_cursor})
                cursor = page.next_cursor
                if not page.has_more:
                    return result
    except PlaidLoginRequired:
        async with uow.begin() as session:
            await accounts_crud.mark_failed(session, item.id, RELINK_MESSAGE)
        raise
    except PlaidError as exc:
        async with uow.begin() as session:
            await accounts_crud.record_error(session, item.id, str(exc)[:500])
        raise


async def _load(uow: UnitOfWork, settings: Settings, account_id: uuid.UUID) -> _Item:
    async with uow.begin() as session:
        account = await accounts_crud.get(session, account_id)
        if account is None or account.provider != plaid_crud.PROVIDER:
            raise PlaidItemGone("this bank link does not exist")
        if account.status == DISABLED:
            raise PlaidItemGone("this bank was disconnected")
        user = await users_crud.get(session, account.user_id)
        return _Item(
            id=account.id,
            user_id=account.user_id,
            item_id=account.address,
            institution=account.display_name,
            access_token=access_token_of(settings, account),
            cursor=(account.sync_cursor or {}).get("cursor") or None,
            timezone=getattr(user, "timezone", None) or "UTC",
        )


async def _map_accounts(
    session: AsyncSession, item: _Item, plaid_accounts: list[dict[str, Any]]
) -> dict[str, tuple[uuid.UUID | None, str | None]]:
    """Plaid account id → (the user's account, its last 4 digits). An account is the user's
    account with the same last 4 digits whoever reported it first (mail or bank), as the rest
    of the ledger does; one Plaid gives no digits for stays without an account."""
    keys = {}
    for entry in plaid_accounts:
        mask = "".join(ch for ch in str(entry.get("mask") or "") if ch.isdigit())[-4:]
        if not mask:
            continue
        balances = entry.get("balances") or {}
        keys[str(entry["account_id"])] = accounts.AccountKey(
            institution="",
            last4=mask,
            kind="card" if entry.get("type") == "credit" else "bank",
            currency=balances.get("iso_currency_code"),
            issuer=item.institution,
        )
    ids = await accounts.get_or_create_accounts(session, item.user_id, keys.values())
    mapping: dict[str, tuple[uuid.UUID | None, str | None]] = {}
    for entry in plaid_accounts:
        plaid_id = str(entry["account_id"])
        key = keys.get(plaid_id)
        mapping[plaid_id] = (ids.get(key.identity), key.last4) if key else (None, None)
    account = await accounts_crud.get(session, item.id)
    if account is not None:
        account.settings = {
            **account.settings,
            "accounts": [
                {"name": str(e.get("name") or ""), "mask": str(e.get("mask") or "")}
                for e in plaid_accounts
            ],
        }
    return mapping


@dataclass(frozen=True, slots=True)
class _Reported:
    """One Plaid transaction, as FinCoach reads it."""

    plaid_id: str
    plaid_account_id: str
    amount: Decimal
    currency: str
    type: str
    posted_on: date
    occurred_at: datetime
    time_stated: bool
    name: str
    merchant: str | None
    reference: str | None
    pending: bool
    pending_id: str | None  # a posted transaction: the pending one it replaces


def _read(entry: dict[str, Any], timezone: str) -> _Reported | None:
    """One Plaid transaction as FinCoach reads it; None when it is not one (no amount, no
    currency, no date): counted as skipped."""
    try:
        return _read_fields(entry, timezone)
    except (KeyError, TypeError, ValueError, InvalidOperation):
        return None


def _read_fields(entry: dict[str, Any], timezone: str) -> _Reported | None:
    signed = to_cents(Decimal(str(entry["amount"])).quantize(Decimal("0.001")))
    currency = entry.get("iso_currency_code") or entry.get("unofficial_currency_code")
    if signed == 0 or not currency or len(str(currency)) != 3:
        return None
    posted = entry.get("date")
    posted_on = posted if isinstance(posted, date) else date.fromisoformat(str(posted))
    day = entry.get("authorized_date") or posted_on
    if not isinstance(day, date):
        day = date.fromisoformat(str(day))
    stamp = entry.get("authorized_datetime") or entry.get("datetime")
    if isinstance(stamp, str):
        stamp = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    if isinstance(stamp, datetime) and stamp.tzinfo is not None:
        occurred_at, stated = stamp.astimezone(UTC), True
    else:
        # A day only: noon of that day where the person lives (their day, never the next).
        occurred_at = datetime.combine(day, time(12), tzinfo=ZoneInfo(timezone)).astimezone(UTC)
        stated = False
    meta = entry.get("payment_meta") or {}
    name = str(entry.get("name") or entry.get("merchant_name") or "")
    return _Reported(
        plaid_id=str(entry["transaction_id"]),
        plaid_account_id=str(entry["account_id"]),
        # Plaid: positive is money out of the account.
        amount=abs(signed),
        currency=str(currency).upper(),
        type="debit" if signed > 0 else "credit",
        posted_on=posted_on,
        occurred_at=occurred_at,
        time_stated=stated,
        name=name,
        merchant=(entry.get("merchant_name") or name or None),
        reference=(str(meta["reference_number"])[:100] if meta.get("reference_number") else None),
        pending=bool(entry.get("pending")),
        pending_id=str(entry["pending_transaction_id"])
        if entry.get("pending_transaction_id")
        else None,
    )


async def _apply(
    session: AsyncSession,
    item: _Item,
    mapping: dict[str, tuple[uuid.UUID | None, str | None]],
    page: SyncPage,
    result: PlaidSyncResult,
) -> None:
    reported: dict[str, _Reported] = {}
    for entry in [*page.added, *page.modified]:
        read = _read(entry, item.timezone)
        if read is None:
            result.skipped += 1
            continue
        reported[read.plaid_id] = read  # a later change of the same one wins
    removed_ids = [str(r["transaction_id"]) for r in page.removed]
    pending_ids = [r.pending_id for r in reported.values() if r.pending_id]
    stored = await plaid_crud.by_plaid_ids(
        session, item.id, [*reported, *removed_ids, *pending_ids]
    )
    new = [r for r in reported.values() if r.plaid_id not in stored]
    # A pending transaction that posted: Plaid removes the pending one and adds the posted one;
    # the posted one takes over the pending one's ledger row (and whatever was done to it).
    posted = [
        (stored[r.pending_id], r)
        for r in new
        if r.pending_id and r.pending_id in stored and stored[r.pending_id].transaction_id
    ]
    taken = {r.plaid_id for _, r in posted}
    changed = [r for r in reported.values() if r.plaid_id in stored]
    await _add(session, item, mapping, [r for r in new if r.plaid_id not in taken], result)
    await _take_over(session, item, posted, result)
    await _modify(session, item, [(stored[r.plaid_id], r) for r in changed], result)
    await _remove(session, item, [stored[i] for i in removed_ids if i in stored], result)


async def _add(
    session: AsyncSession,
    item: _Item,
    mapping: dict[str, tuple[uuid.UUID | None, str | None]],
    new: list[_Reported],
    result: PlaidSyncResult,
) -> None:
    if not new:
        return
    await lock_for_time_merges(
        session,
        item.user_id,
        [
            r.amount
            for r in new
            if r.time_stated and mapping.get(r.plaid_account_id, (None, None))[1]
        ],
    )
    # The same categoriser as mail (the user's model, else the seed one); the user's rules
    # still come first (record_drafts).
    category_ids = await predict_category_ids(
        session, item.user_id, [example_text(r.merchant, r.name, "", r.type) for r in new]
    )
    drafts = []
    for r, category_id in zip(new, category_ids, strict=True):
        account_id, last4 = mapping.get(r.plaid_account_id, (None, None))
        drafts.append(
            NewTransaction(
                amount=r.amount,
                currency=r.currency,
                type=r.type,
                occurred_at=r.occurred_at,
                source="plaid",
                description=r.name[:500],
                merchant=r.merchant,
                sender=f"plaid:{item.item_id}",
                account_id=account_id,
                account_last4=last4,
                reference=r.reference,
                message_id=f"plaid:{item.item_id}:{r.plaid_id}",
                category_id=category_id,
                category_source="model" if category_id else "none",
                occurred_at_from_text=r.time_stated,
            )
        )
    recorded = await record_drafts(session, item.user_id, drafts)
    rows = []
    for r, outcome in zip(new, recorded, strict=True):
        merged = outcome.reason is not None
        result.added += 1
        result.merged += merged
        rows.append(
            {
                "id": uuid.uuid4(),
                "user_id": item.user_id,
                "connected_account_id": item.id,
                "plaid_transaction_id": r.plaid_id,
                "plaid_account_id": r.plaid_account_id,
                "transaction_id": outcome.transaction_id,
                "own": not merged,
                "merge_reason": outcome.reason,
                "merge_evidence": _evidence(outcome.evidence),
                **_fields(r),
            }
        )
    await plaid_crud.insert(session, rows)


async def _take_over(
    session: AsyncSession,
    item: _Item,
    posted: list[tuple[PlaidTransaction, _Reported]],
    result: PlaidSyncResult,
) -> None:
    """Posted transactions that replace pending ones: each is recorded as the same ledger row
    (own, or merged into the same email's), which then follows the posted amount and date."""
    if not posted:
        return
    rows = []
    for pending, r in posted:
        result.added += 1
        result.merged += not pending.own
        rows.append(
            {
                "id": uuid.uuid4(),
                "user_id": item.user_id,
                "connected_account_id": item.id,
                "plaid_transaction_id": r.plaid_id,
                "plaid_account_id": r.plaid_account_id,
                "transaction_id": pending.transaction_id,
                "own": pending.own,
                "merge_reason": pending.merge_reason,
                "merge_evidence": pending.merge_evidence,
                **_fields(r),
            }
        )
    await plaid_crud.insert(session, rows)
    stored = await plaid_crud.by_plaid_ids(session, item.id, [r.plaid_id for _, r in posted])
    await _modify(session, item, [(stored[r.plaid_id], r) for _, r in posted], None)


def _fields(r: _Reported) -> dict[str, Any]:
    return {
        "amount": r.amount,
        "currency": r.currency,
        "type": r.type,
        "posted_on": r.posted_on,
        "occurred_at": r.occurred_at,
        "name": r.name,
        "merchant": r.merchant[:200] if r.merchant else None,
        "reference": r.reference,
        "pending": r.pending,
    }


def _evidence(text: str) -> str:
    return text.replace("both times read from the emails", "times stated by the email and the bank")


# What a Plaid change may rewrite on a ledger row Plaid made (never what the person set).
_FOLLOWED = {
    "amount": "amount",
    "currency": "currency",
    "type": "type",
    "occurred_at": "occurred_at",
}


async def _modify(
    session: AsyncSession,
    item: _Item,
    changed: list[tuple[PlaidTransaction, _Reported]],
    result: PlaidSyncResult | None,
) -> None:
    ledger = await plaid_crud.ledger_rows(
        session,
        item.user_id,
        [row.transaction_id for row, _ in changed if row.own and row.transaction_id],
    )
    for row, r in changed:
        if result is not None:
            result.modified += 1
        for name, value in _fields(r).items():
            setattr(row, name, value)
        row.removed_at = None
        transaction = ledger.get(row.transaction_id) if row.transaction_id else None
        if transaction is None or not row.own:
            continue  # merged into an email's: the email's word stands; deleted by hand: stays
        own = transaction.user_fields or {}
        for field, attribute in _FOLLOWED.items():
            if field not in own:
                setattr(transaction, attribute, getattr(r, attribute))
        transaction.occurred_at_from_text = (
            r.time_stated if "occurred_at" not in own else (transaction.occurred_at_from_text)
        )
        transaction.description = r.name[:500]
    await session.flush()


async def _remove(
    session: AsyncSession, item: _Item, rows: list[PlaidTransaction], result: PlaidSyncResult
) -> None:
    now = datetime.now(UTC)
    ledger = await plaid_crud.ledger_rows(
        session,
        item.user_id,
        [row.transaction_id for row in rows if row.own and row.transaction_id],
    )
    for row in rows:
        if row.removed_at is not None:
            continue
        result.removed += 1
        await plaid_crud.mark_removed(session, row.id, now)
        transaction = ledger.get(row.transaction_id) if row.transaction_id else None
        if transaction is None:
            continue
        if await plaid_crud.emails_merged_into(session, transaction.id):
            continue  # emails still report this payment: it stays theirs
        if await plaid_crud.other_live_reports(session, transaction.id, row.id):
            continue  # the posted transaction that replaced this pending one holds it
        await session.delete(transaction)
    await session.flush()
