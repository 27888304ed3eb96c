"""The user's bank accounts, cards and wallets, one per card or account as a person knows it
(issuer + last 4 digits, whoever reported it). The ingest pipeline finds or creates them on sight
(`key_for_report`, then `get_or_create_accounts` per batch); people list, add, rename, archive,
merge and remove them."""

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import BadRequest, Conflict, NotFound
from app.crud import accounts as accounts_crud
from app.models import Account
from app.schemas.account import AccountBalance, AccountCreate, AccountPublic, AccountUpdate

AccountIdentity = tuple[str, str]  # (issuer key lower-cased, '' when not known; last 4 digits)

# Wallets pay with the user's cards and bank accounts without issuing them: the digits they name
# belong to an issuer, like those on a shop's receipt.
_WALLET_KEYS = frozenset(
    {"paypal", "venmo", "cashapp", "zelle", "paytm", "phonepe", "mobikwik", "cred", "googlepay"}
)
NETWORK_NAMES = {
    "visa": "Visa",
    "mastercard": "Mastercard",
    "amex": "Amex",
    "rupay": "RuPay",
    "discover": "Discover",
    "diners": "Diners Club",
    "jcb": "JCB",
    "maestro": "Maestro",
    "unionpay": "UnionPay",
}
_BANK_WORDS = ("bank", "banco", "banque", "card", "credit", "kredit", "finance", "sparkasse")
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "ac", "gov", "bank", "or", "ne"})


@dataclass(frozen=True, slots=True)
class AccountKey:
    """How an email names an account: who issued it and its last digits ("hdfc bank", "1234").
    An empty `institution` means the sender did not issue it (a shop's receipt, a wallet naming
    the card it charged): the account is then the user's one with those digits, whoever issued
    it. `issuer` is the display name (default: `institution` as given); `kind`, `currency` and
    `network` only fill in an account (a new one, or one that lacked them)."""

    institution: str
    last4: str
    kind: str = "other"
    currency: str | None = None
    network: str | None = None
    issuer: str = ""

    @property
    def identity(self) -> AccountIdentity:
        return account_identity(self.institution, self.last4)

    @property
    def display_issuer(self) -> str:
        return (self.issuer or self.institution).strip()[:100]


def account_identity(institution: str, last4: str) -> AccountIdentity:
    digits = re.sub(r"\D", "", last4)[-4:]
    return institution.strip().lower()[:100], digits


def key_for_report(
    *,
    sender: str,
    sender_name: str,
    subject: str,
    last4: str | None,
    network: str | None,
    currency: str | None,
    merchant: str | None,
) -> AccountKey:
    """The account an email names. A bank's alert names its own card or account (issuer: the
    bank's name from its sender profile, else its mail domain); a shop's receipt or a wallet
    names a card it charged (no issuer: the user's account with those digits)."""
    issuer = issuer_of_sender(sender, sender_name, merchant)
    network = (network or "").strip().lower() or None
    card = network is not None or "card" in subject.lower()
    return AccountKey(
        institution=issuer,
        last4=last4 or "",
        kind="card" if card else ("bank" if issuer else "other"),
        currency=currency,
        network=network,
        issuer=issuer_display(sender, sender_name) if issuer else "",
    )


def issuer_of_sender(sender: str, sender_name: str = "", merchant: str | None = None) -> str:
    """The issuer key of the accounts a sender's mail names: the name its mail domain registers
    ("hdfcbank" for alerts@hdfcbank.net and alerts@hdfcbank.bank.in alike), or '' when the
    sender is a wallet or a shop (it names cards others issued)."""
    domain = mail_domain(sender)
    if not domain or _is_wallet(domain, sender_name):
        return ""
    if _looks_like_shop(domain, sender_name, merchant):
        return ""
    return domain.split(".")[0][:100]


def issuer_display(sender: str, sender_name: str = "") -> str:
    """What to call an issuer: the name it signs its mail with, else its mail domain."""
    return (sender_name.strip() or mail_domain(sender))[:100]


def mail_domain(sender: str) -> str:
    """The domain a sender's organisation registered (alerts.smallbank.co.ke: smallbank.co.ke)."""
    labels = sender.rpartition("@")[2].strip().lower().split(".")
    labels = [label for label in labels if label]
    keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def _is_wallet(domain: str, sender_name: str) -> bool:
    own = {_alnum(sender_name), domain.split(".")[0]}
    return any(wallet in own for wallet in _WALLET_KEYS)


def _looks_like_shop(domain: str, sender_name: str, merchant: str | None) -> bool:
    """A sender that does not call itself a bank or card issuer is a shop when its receipt's
    counterparty is itself (its name or domain)."""
    name = sender_name.lower()
    if any(word in domain or word in name for word in _BANK_WORDS):
        return False
    counterparty = _alnum(merchant or "")
    if len(counterparty) < 3:
        return False
    own = {_alnum(name), domain.split(".")[0]}
    return any(len(o) >= 3 and (o in counterparty or counterparty in o) for o in own)


def _alnum(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def default_name(issuer: str, network: str | None, last4: str, kind: str = "card") -> str:
    """ "HDFC Bank Visa ••1842", "Visa ••1842" (no issuer yet), "HDFC Bank ••4321"."""
    label = " ".join(
        part for part in (issuer, NETWORK_NAMES.get(network or "", (network or "").title())) if part
    )
    return f"{label or ('Card' if kind == 'card' else 'Account')} ••{last4}"[:100]


@dataclass(slots=True)
class _Known:
    """An account of the user as this batch sees it (stored, or about to be)."""

    id: uuid.UUID
    institution: str
    issuer: str
    last4: str
    network: str | None
    kind: str
    name: str
    order: int  # stored ones by age first, then those this batch adds

    @property
    def named_by_default(self) -> bool:
        """Whether the name is still one FinCoach gave it (never one the person chose)."""
        return self.name in (
            default_name(self.issuer, self.network, self.last4, self.kind),
            f"{self.institution or 'Account'} ••{self.last4}"[:100],  # before issuers had names
        )


async def get_or_create_accounts(
    session: AsyncSession, user_id: uuid.UUID, keys: Iterable[AccountKey]
) -> dict[AccountIdentity, uuid.UUID]:
    """Account ids for every key (by `key.identity`), creating the missing accounts. Keys
    without digits are skipped.

    - An issuer's key finds that issuer's account with those digits; else it fills in the
      issuer of the user's account with those digits that had none (made from a receipt before
      any alert); else it makes one.
    - A key without an issuer finds the user's account with those digits (the one of the same
      network, else the one without an issuer, else the oldest); else it makes one without an
      issuer ("Visa ••1842").

    One SELECT when every account exists; one INSERT more for new accounts and one UPDATE per
    account that gains its issuer (once per card, ever). Safe against a concurrent batch making
    the same account: the unique index decides and the id is read back."""
    wanted: dict[AccountIdentity, AccountKey] = {}
    for key in keys:
        identity = key.identity
        if not identity[1]:
            continue
        if identity not in wanted or (key.network and not wanted[identity].network):
            wanted[identity] = key
    if not wanted:
        return {}
    stored = await accounts_crud.with_last4(session, user_id, sorted({i[1] for i in wanted}))
    # The user's accounts by their digits: a batch of 2,000 new cards looks each up once.
    known: dict[str, list[_Known]] = {}
    for order, r in enumerate(stored):
        known.setdefault(r.last4, []).append(
            _Known(r.id, r.institution, r.issuer, r.last4, r.network, r.kind, r.name, order)
        )
    # An account merged into another is an alias: what its mail names lands on the survivor.
    survivor = {r.id: r.merged_into_id for r in stored if r.merged_into_id is not None}
    resolved: dict[AccountIdentity, uuid.UUID] = {}
    inserts: list[dict[str, Any]] = []
    updates: list[tuple[uuid.UUID, str, dict[str, Any]]] = []

    def add(identity: AccountIdentity, key: AccountKey) -> None:
        row = _new_row(user_id, identity, key)
        order = len(stored) + len(inserts)  # after every stored account and earlier insert
        inserts.append(row)
        known.setdefault(row["last4"], []).append(
            _Known(
                row["id"],
                row["institution"],
                row["issuer"],
                row["last4"],
                row["network"],
                row["kind"],
                row["name"],
                order,
            )
        )
        resolved[identity] = row["id"]

    for identity, key in sorted(wanted.items()):
        if not identity[0]:
            continue
        institution, last4 = identity
        same = known.get(last4, [])
        exact = next((k for k in same if k.institution == institution), None)
        if exact is not None:
            resolved[identity] = exact.id
            if key.network and not exact.network:
                updates.append(_fill_in(exact, key))
            continue
        adoptable = next(
            (k for k in same if not k.institution or _old_domain_key(k.institution) == institution),
            None,
        )
        if adoptable is None:
            add(identity, key)
            continue
        updates.append(_fill_in(adoptable, key))
        resolved[identity] = adoptable.id
    for identity, key in sorted(wanted.items()):
        if identity[0]:
            continue
        same = sorted(
            known.get(identity[1], []),
            key=lambda k: (
                not (key.network and k.network == key.network),
                bool(k.institution),
                k.order,
            ),
        )
        if not same:
            add(identity, key)
            continue
        chosen = resolved[identity] = same[0].id
        if key.network and not same[0].network:  # the receipt knows the card's network
            pending = next((row for row in inserts if row["id"] == chosen), None)
            _, _, values = _fill_in(same[0], key)
            if pending is not None:
                pending.update(values)
            else:
                updates.append((chosen, same[0].institution, values))

    lost: list[AccountIdentity] = []
    for account_id, institution_was, values in sorted(updates, key=lambda u: u[0]):
        if not await accounts_crud.fill_in(session, user_id, account_id, institution_was, values):
            lost += [i for i, resolved_id in resolved.items() if resolved_id == account_id]
    inserts.sort(key=lambda row: (row["institution"], row["last4"]))  # one lock order for all
    created = set(await accounts_crud.insert_missing(session, inserts))
    beaten = _ids(inserts) - created
    lost += [i for i, account_id in resolved.items() if account_id in beaten]
    if lost:  # a concurrent batch made or changed them first: read back what it made
        found = await accounts_crud.ids_by_identity(session, user_id, sorted(set(lost)))
        for identity in lost:
            if identity in found:
                resolved[identity] = found[identity]
            else:
                resolved.pop(identity, None)
    if survivor:
        for identity, account_id in resolved.items():
            seen = {account_id}
            while account_id in survivor and survivor[account_id] not in seen:
                account_id = survivor[account_id]
                seen.add(account_id)
            resolved[identity] = account_id
    return resolved


def _ids(rows: list[dict[str, Any]]) -> set[uuid.UUID]:
    return {row["id"] for row in rows}


def _new_row(user_id: uuid.UUID, identity: AccountIdentity, key: AccountKey) -> dict[str, Any]:
    institution, last4 = identity
    kind = key.kind if key.kind in ("bank", "card", "wallet", "cash") else "other"
    issuer = key.display_issuer if institution else ""
    return {
        "id": uuid.uuid4(),
        "user_id": user_id,
        "institution": institution,
        "issuer": issuer,
        "network": key.network,
        "last4": last4,
        "kind": kind,
        "name": default_name(issuer, key.network, last4, kind),
        "currency": key.currency.upper() if key.currency else None,
    }


def _fill_in(row: _Known, key: AccountKey) -> tuple[uuid.UUID, str, dict[str, Any]]:
    """(account id, its institution now, new values): what an account gains from a key: the
    issuer (an issuer's key, when the account had none or only an old mail-domain key), the
    network when it lacked one, the kind "card" when the key knows it is one, and a matching
    name unless the person renamed it. `row` is updated to match."""
    institution_was = row.institution
    values: dict[str, Any] = {
        "institution": key.identity[0] or row.institution,
        "issuer": key.display_issuer if key.identity[0] else row.issuer,
        "network": row.network or key.network,
        "kind": "card" if key.kind == "card" else row.kind,
    }
    rename = row.named_by_default
    row.institution, row.issuer, row.network, row.kind = (
        values["institution"],
        values["issuer"],
        values["network"],
        values["kind"],
    )
    if rename:
        values["name"] = row.name = default_name(row.issuer, row.network, row.last4, row.kind)
    return row.id, institution_was, values


def _old_domain_key(institution: str) -> str | None:
    """Accounts made before issuers were keyed by name carry the alert's mail domain
    ("hdfcbank.net"): the issuer key that domain stands for, so the next alert adopts it."""
    if "." not in institution:
        return None
    return issuer_of_sender(f"x@{institution}") or None


async def record_balances(
    session: AsyncSession,
    user_id: uuid.UUID,
    balances: Iterable[tuple[uuid.UUID, Decimal, datetime]],
) -> None:
    """(account id, balance, when) as alerts report them; only a newer report replaces the
    stored one. One statement for the batch, newest report per account only."""
    newest: dict[uuid.UUID, tuple[Decimal, datetime]] = {}
    for account_id, balance, at in balances:
        if account_id not in newest or newest[account_id][1] < at:
            newest[account_id] = (balance, at)
    await accounts_crud.record_balances(
        session, user_id, [(account, balance, at) for account, (balance, at) in newest.items()]
    )


async def list_accounts(
    session: AsyncSession, user_id: uuid.UUID, *, include_archived: bool = False
) -> Sequence[Account]:
    return await accounts_crud.list_for_user(session, user_id, include_archived=include_archived)


async def account_balances(session: AsyncSession, user_id: uuid.UUID) -> list[AccountBalance]:
    """Every account (archived ones too, not aliases) with the balance its transactions give,
    the last balance an alert reported, and the difference (alert minus computed).

    Computed: the balance the account's oldest alert with one reported (its transaction's
    `balance_after`), plus credits and minus debits of every later transaction; without such
    an alert, credits minus debits of all of them (the opening balance being unknown)."""
    accounts = await accounts_crud.list_for_user(session, user_id, include_archived=True)
    sums = await accounts_crud.balances(session, user_id)
    out = []
    for account in accounts:
        row = sums.get(account.id)
        computed = None
        if row is not None:
            computed = (row.anchor or Decimal(0)) + row.flow
        difference = (
            account.latest_balance - computed
            if account.latest_balance is not None and computed is not None
            else None
        )
        out.append(
            AccountBalance(
                **AccountPublic.model_validate(account).model_dump(),
                computed_balance=computed,
                balance_from_alert=row is not None and row.anchor is not None,
                difference=difference,
                transaction_count=row.n if row is not None else 0,
            )
        )
    return out


async def merge_accounts(
    session: AsyncSession, user_id: uuid.UUID, account_id: uuid.UUID, into_id: uuid.UUID
) -> Account:
    """Merge an account into another: its transactions, statements and rules move to the
    survivor, and it stays as an alias of the survivor (archived, hidden), so that mail naming
    its card or account number still lands on the survivor. Returns the survivor."""
    if account_id == into_id:
        raise BadRequest("An account cannot be merged into itself.", code="same_account")
    source = await get_account(session, user_id, account_id)
    target = await get_account(session, user_id, into_id)
    if source.merged_into_id is not None or target.merged_into_id is not None:
        raise Conflict("That account was merged already.", code="already_merged")
    await accounts_crud.merge(session, user_id, source, target, datetime.now(UTC))
    return target


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
        issuer=data.institution.strip()[:100],
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
    if data.archived is not None:
        if not data.archived and account.merged_into_id is not None:
            raise Conflict("A merged account cannot be restored.", code="already_merged")
        account.archived_at = (account.archived_at or datetime.now(UTC)) if data.archived else None
    await session.flush()
    return account


async def delete_account(session: AsyncSession, user_id: uuid.UUID, account_id: uuid.UUID) -> None:
    """Its transactions stay, without an account; rules about it go."""
    await accounts_crud.delete(session, await get_account(session, user_id, account_id))
