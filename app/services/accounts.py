"""The user's bank accounts, cards and wallets. The ingest pipeline creates them on sight
(`get_or_create_accounts`); people list, add, rename and remove them."""

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import Conflict, NotFound
from app.crud import accounts as accounts_crud
from app.models import Account
from app.schemas.account import AccountCreate, AccountUpdate

AccountIdentity = tuple[str, str]  # (institution lower-cased, last 4 digits)


@dataclass(frozen=True, slots=True)
class AccountKey:
    """How an alert names an account: who runs it and its last digits ("hdfcbank.net", "1234").
    `kind` and `currency` only fill in a new account; an existing one keeps what it has."""

    institution: str
    last4: str
    kind: str = "other"
    currency: str | None = None

    @property
    def identity(self) -> AccountIdentity:
        return account_identity(self.institution, self.last4)


def account_identity(institution: str, last4: str) -> AccountIdentity:
    digits = re.sub(r"\D", "", last4)[-4:]
    return institution.strip().lower()[:100], digits


async def get_or_create_accounts(
    session: AsyncSession, user_id: uuid.UUID, keys: Iterable[AccountKey]
) -> dict[AccountIdentity, uuid.UUID]:
    """Account ids for every key (by `key.identity`), creating the missing accounts. Two
    statements whatever the number of keys; safe against a concurrent batch creating the same
    account (the unique index decides). Keys without digits are skipped."""
    wanted: dict[AccountIdentity, AccountKey] = {}
    for key in keys:
        if key.identity[1]:
            wanted.setdefault(key.identity, key)
    if not wanted:
        return {}
    rows = [
        {
            "id": uuid.uuid4(),
            "user_id": user_id,
            "institution": institution,
            "last4": last4,
            "kind": key.kind if key.kind in ("bank", "card", "wallet", "cash") else "other",
            "name": _default_name(institution, last4),
            "currency": key.currency.upper() if key.currency else None,
        }
        for (institution, last4), key in wanted.items()
    ]
    rows.sort(key=lambda row: (row["institution"], row["last4"]))  # one lock order for all
    await accounts_crud.insert_missing(session, rows)
    return await accounts_crud.ids_by_identity(session, user_id, list(wanted))


def _default_name(institution: str, last4: str) -> str:
    return f"{institution or 'Account'} ••{last4}"[:100]


async def record_balances(
    session: AsyncSession,
    user_id: uuid.UUID,
    balances: Iterable[tuple[uuid.UUID, Decimal, datetime]],
) -> None:
    """(account id, balance, when) as alerts report them; only a newer report replaces the
    stored one. One statement per account, newest report per account only."""
    newest: dict[uuid.UUID, tuple[Decimal, datetime]] = {}
    for account_id, balance, at in balances:
        if account_id not in newest or newest[account_id][1] < at:
            newest[account_id] = (balance, at)
    # In id order, so concurrent batches lock the same rows in the same order (no deadlock).
    for account_id, (balance, at) in sorted(newest.items()):
        await accounts_crud.record_balance(session, user_id, account_id, balance, at)


async def list_accounts(session: AsyncSession, user_id: uuid.UUID) -> Sequence[Account]:
    return await accounts_crud.list_for_user(session, user_id)


async def get_account(session: AsyncSession, user_id: uuid.UUID, account_id: uuid.UUID) -> Account:
    account = await accounts_crud.get_for_user(session, user_id, account_id)
    if account is None:
        raise NotFound("Account not found.")
    return account


async def create_account(session: AsyncSession, user_id: uuid.UUID, data: AccountCreate) -> Account:
    institution, last4 = account_identity(data.institution, data.last4)
    if last4 and (await accounts_crud.ids_by_identity(session, user_id, [(institution, last4)])):
        raise Conflict("You already have this account.", code="account_exists")
    return await accounts_crud.create(
        session,
        user_id=user_id,
        name=data.name,
        institution=institution,
        last4=last4,
        kind=data.kind,
        currency=data.currency,
    )


async def update_account(
    session: AsyncSession, user_id: uuid.UUID, account_id: uuid.UUID, data: AccountUpdate
) -> Account:
    account = await get_account(session, user_id, account_id)
    for field in ("name", "kind", "currency"):
        value = getattr(data, field)
        if value is not None:
            setattr(account, field, value)
    return account


async def delete_account(session: AsyncSession, user_id: uuid.UUID, account_id: uuid.UUID) -> None:
    """Its transactions stay, without an account; rules about it go."""
    await accounts_crud.delete(session, await get_account(session, user_id, account_id))
