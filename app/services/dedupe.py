"""When two emails report one payment: the merge rule of the ledger, as pure functions.

Two reports are one payment only on positive evidence (docs/ARCHITECTURE "Ledger truth"):

- **reference**: both give the same payment reference, and `payment_reference` accepts it as
  one (long enough, has digits, not a bank or branch code, account, card or phone number), for
  the same amount, currency and direction, within REFERENCE_WINDOW of each other and never
  across two different card/account last 4 digits;
- **time_window**: same amount, currency, direction and card/account (same last 4 digits, same
  account), both times read from the texts themselves (never the email's Date header), at most
  TIME_WINDOW apart, not two different payment references, and reported by two different
  senders (one bank sends one alert per payment: two identical alerts from one sender minutes
  apart are two coffees, not one).

Everything else stays apart: the price of a missed duplicate is a row a person can delete; the
price of a false merge is a payment lost.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from app.extraction.references import payment_reference
from app.schemas.money import to_cents

TIME_WINDOW = timedelta(minutes=10)
# A bank alert and the merchant's receipt of one card payment can be dated a day or two apart
# (authorisation vs settlement); a monthly mandate that repeats its reference cannot be this close.
REFERENCE_WINDOW = timedelta(days=4)


def reference_key(
    reference: str | None, amount: Decimal, currency: str, type: str, label: str = ""
) -> str | None:
    """What `transactions.reference_key` holds (unique per user): "<REFERENCE>|<amount>|<CUR>|
    <type>", or None when the reference is not one (see `payment_reference`)."""
    value = payment_reference(reference, label)
    if value is None:
        return None
    return f"{value[:120]}|{to_cents(amount)}|{currency.upper()}|{type}"


@dataclass(frozen=True, slots=True)
class Report:
    """What the merge rule compares of one report of a payment (a draft or a stored row)."""

    amount: Decimal
    currency: str
    type: str
    occurred_at: datetime
    time_from_text: bool
    last4: str | None
    account_id: object | None
    sender: str = ""
    reference_key: str | None = None


def reference_conflict(a: Report, b: Report) -> str | None:
    """Why two reports sharing a reference key must still stay apart, or None."""
    if a.last4 and b.last4 and a.last4 != b.last4:
        return "different last 4 digits"
    if abs(a.occurred_at - b.occurred_at) > REFERENCE_WINDOW:
        return "too far apart"
    return None


def same_by_time(a: Report, b: Report) -> bool:
    """The time-window rule (see the module docstring)."""
    return (
        a.time_from_text
        and b.time_from_text
        and bool(a.last4)
        and a.last4 == b.last4
        and a.account_id is not None
        and a.account_id == b.account_id
        and a.amount == b.amount
        and a.currency.upper() == b.currency.upper()
        and a.type == b.type
        and abs(a.occurred_at - b.occurred_at) <= TIME_WINDOW
        and a.sender.casefold() != b.sender.casefold()
        # two different payment references are two payments, however close
        and not (a.reference_key and b.reference_key and a.reference_key != b.reference_key)
    )


def time_evidence(new: Report, kept: Report) -> str:
    first, second = kept.occurred_at.astimezone(UTC), new.occurred_at.astimezone(UTC)
    minutes = int(abs(second - first).total_seconds() // 60)
    return (
        f"{kept.currency.upper()} {kept.amount:.2f} {kept.type} on ••{kept.last4}, at "
        f"{first:%Y-%m-%d %H:%M} and {second:%Y-%m-%d %H:%M} UTC "
        f"({minutes} min apart), both times read from the emails"
    )


def reference_evidence(key: str) -> str:
    value, amount, currency, type = key.split("|")
    return f"both give payment reference {value} for {currency} {amount} {type}"
