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

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

TIME_WINDOW = timedelta(minutes=10)
# A bank alert and the merchant's receipt of one card payment can be dated a day or two apart
# (authorisation vs settlement); a monthly mandate that repeats its reference cannot be this close.
REFERENCE_WINDOW = timedelta(days=4)

MIN_REFERENCE_CHARS = 8
MIN_REFERENCE_DIGITS = 4
# A bare number needs a network label in front ("UTR", "RRN", "Txn ID") to be trusted below the
# 12 digits of a UPI/IMPS RRN: shorter bare numbers are as often account numbers or dates.
MIN_BARE_NUMBER_DIGITS = 12

# Labels that say the number is not a payment's own id: a bank, branch, account, card, phone, or
# a mandate. Checked against the words just before it, and at the start of the string itself.
_OTHER_WORDS = (
    r"(?:ifsc(?:[ \t]*code)?|swift(?:[ \t]*code)?|bic|sort[ \t]*code|iban|a/c|acct|account"
    r"|card|mobile|phone|tel|cif|customer[ \t]*id|branch(?:[ \t]*code)?|micr"
    # a mandate's id repeats on every debit it makes (daily SIPs, monthly EMIs)
    r"|umrn|mandate(?:[ \t]*id)?|si[ \t]*(?:ref|id)|standing instruction|autopay|ecs|nach)"
    r"(?:[ \t]*(?:no|number|code|ending(?:[ \t]*in)?|id|#)\.?)?"
)
_OTHER_LABEL = re.compile(r"(?<![a-z])" + _OTHER_WORDS + r"[^a-z]*$")
_LEADING_OTHER = re.compile(r"^" + _OTHER_WORDS + r"(?:[ \t]*[:#.\-][ \t]*|[ \t]+)", re.I)
# A label at the start of the reference string itself ("UTR 412345678901", "TXN ID T25...").
_LEADING_LABEL = re.compile(
    r"^(?P<label>(?:upi|utr|rrn|imps|neft|rtgs|arn)(?:[ \t]*(?:txn|transaction))?"
    r"(?:[ \t]*(?:ref(?:erence)?|id|no|number)\.?)*"
    r"|(?:txn|trxn|transaction|payment|transfer)[ \t]*(?:ref(?:erence)?|id|no|number|#)\.?"
    r"|ref(?:erence)?(?:[ \t]*(?:no|number|id|#)\.?)?)"
    r"(?:[ \t]*[:#.\-][ \t]*|[ \t]+|(?=\d))",
    re.IGNORECASE,
)
# ... and at the end of the words before it: a label that names a payment's id.
_REFERENCE_LABEL_END = re.compile(
    r"(?<![a-z])(?:upi|utr|rrn|imps|arn|ref(?:erence)?|txn|trxn|transaction|payment|transfer)"
    r"(?:[ \t]*(?:ref(?:erence)?|id|no|number|#)\.?)*[^a-z]*$"
)
_IFSC = re.compile(r"^[A-Z]{4}0[A-Z0-9]{6}$")  # HDFC0001234: bank (4) + 0 + branch (6)
_BIC = re.compile(r"^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$")  # DEUTDEFF, DEUTDEFF500
_IBAN = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$")
_SORT_CODE = re.compile(r"^\d{2}[ \t-]?\d{2}[ \t-]?\d{2}$")  # 20-00-00
_MASKED = re.compile(r"[*•x]{2,}\d|^[x*•]+\d{2,6}$", re.IGNORECASE)  # XXXX1234, ****1234
_CARD_GROUPS = re.compile(r"^\d{4}(?:[ \t-]?\d{4}){2}[ \t-]?\d{1,7}$")
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


def payment_reference(reference: str | None, label: str = "") -> str | None:
    """The reference, normalised (upper-case letters and digits, its own label stripped), when
    it can identify one payment; None when it cannot: too short, no digits, or an IFSC, SWIFT/BIC,
    IBAN, sort code, masked or card-like number, phone-like number, or whatever `label` (the
    words just before it in the text, when known) says is an account, card, branch or phone.

    >>> payment_reference("UTR 412345678901")
    '412345678901'
    >>> payment_reference("CITI0000002") is None
    True
    """
    raw = (reference or "").strip()
    if not raw:
        return None
    label = label.casefold().strip()
    if _LEADING_OTHER.match(raw):
        return None
    leading = _LEADING_LABEL.match(raw)
    if leading is not None:
        label = leading["label"].casefold()
        raw = raw[leading.end() :].strip()
    if label and _OTHER_LABEL.search(label):
        return None
    if _SORT_CODE.match(raw) or _MASKED.search(raw) or raw.startswith("+"):
        return None
    value = _NOT_ALNUM.sub("", raw.upper())
    digits = sum(char.isdigit() for char in value)
    if len(value) < MIN_REFERENCE_CHARS or len(value) > 64 or digits < MIN_REFERENCE_DIGITS:
        return None
    if _IFSC.match(value) or _BIC.match(value) or _is_iban(value):
        return None
    labelled = leading is not None or _REFERENCE_LABEL_END.search(label) is not None
    if value.isdigit() and not _payment_number(value, raw, labelled=labelled):
        return None
    return value


def _payment_number(value: str, raw: str, *, labelled: bool) -> bool:
    """Whether an all-digit reference can be a payment's id rather than a phone, card or account
    number (or a date)."""
    if _phone_like(value):
        return False
    if 13 <= len(value) <= 19 and _luhn(value) and (raw.isdigit() or _CARD_GROUPS.match(raw)):
        return False  # a card number, whole
    return labelled or len(value) >= MIN_BARE_NUMBER_DIGITS


def _phone_like(digits: str) -> bool:
    """Ten-digit numbers (a mobile without its country code), a trunk-prefixed 11-digit one, or
    a country code + mobile (India 91 + 6-9..., UK 44 7...)."""
    n = len(digits)
    return (
        n == 10
        or (n == 11 and digits[0] in "01")
        or (n == 12 and (re.match(r"^91[6-9]|^447", digits) is not None))
    )


def _luhn(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _is_iban(value: str) -> bool:
    if not _IBAN.match(value):
        return False
    rearranged = value[4:] + value[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def reference_key(
    reference: str | None, amount: Decimal, currency: str, type: str, label: str = ""
) -> str | None:
    """What `transactions.reference_key` holds (unique per user): "<REFERENCE>|<amount>|<CUR>|
    <type>", or None when the reference is not one (see `payment_reference`)."""
    value = payment_reference(reference, label)
    if value is None:
        return None
    return f"{value[:120]}|{amount.quantize(Decimal('0.01'))}|{currency.upper()}|{type}"


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
