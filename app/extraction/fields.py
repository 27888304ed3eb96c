"""The smaller fields of an alert: which account or card (last digits), the balance after the
transaction, and the reference (UPI ref, UTR, transaction id, order number).

Functions take `lower`, the lower-cased text (same offsets as the original), and where a value's
case matters (references, names) also the original `text`.
"""

import re

from app.extraction.money import Money

# --- account / card ----------------------------------------------------------------------------

# Each alternative starts with a lookahead on its first characters so `re` skips the rest fast.
_ACCOUNT_NUMBER = re.compile(
    # "ending in 1234", "Account Ending: 51004", "terminada en 1234", "se terminant par 1234"
    r"(?=[etl])(?:\bending(?: in| with)?|\bends with|\bterminating in|\bterminada en"
    r"|\bterminant par|\bendet auf|\blast 4 digits)[ \t]*:?[ \t]*(?:[x*•·]+[ \t]?)?"
    r"(?P<ending>\d{3,5})\b"
    # "XX1234", "**5755", "••1234", "···1234", "1012XXXX1234", "x-1234", "(...1234)", ".... 1234"
    r"|(?=[x*•·.])(?<![a-z])(?:[x*•·]{2,}|\.{3,4}|\bx-)[ \t]?(?P<masked>\d{3,5})\b"
    # A single mask letter needs an account word in front: "A/c X1234", "AC X0370".
    r"|(?=[ackt])\b(?:a/c|ac|acct|account|card|carte|karte|konto|compte|tarjeta|cuenta)"
    r"(?: no\.?)?[ \t]*[x*](?P<single>\d{3,5})\b"
    # Written out in full when it is this short: "debited from account 4821"
    r"|(?=[a])\b(?:account|a/c|acct)(?: no\.?)?[ \t]+(?P<plain>\d{4})\b(?![-/.]\d)"
    # A wallet's funding account: "HDFC Bank - 7363"
    r"|(?=b)\bbank[ \t]*[-–][ \t]*(?P<bank>\d{4})\b"
)
# A masked IBAN: "DE89 **** **** **** **12 34" (looked for only when the text has "**" or "xx")
_MASKED_IBAN = re.compile(r"\b[a-z]{2}\d{2}(?:[ ]?[0-9x*]{4}){3,7}(?:[ ]?[0-9]{1,4})?\b")


# A masked Indian mobile number ("98XXXXX210") looks like a masked account but is not one.
_MASKED_MOBILE = re.compile(r"(?<!\d)\d{2}[x*]{5,6}\d{2,3}(?!\d)")


def find_account_last4(lower: str) -> str | None:
    """The last digits of the account or card the alert is about (the first one named)."""
    found = None
    for match in _ACCOUNT_NUMBER.finditer(lower):
        if match["masked"] and _MASKED_MOBILE.match(lower, max(0, match.start() - 2)):
            continue
        found = match
        break
    if "**" in lower or "xx" in lower:
        iban = _MASKED_IBAN.search(lower)
        compact = iban[0].replace(" ", "") if iban else ""
        if iban and compact[-4:].isdigit() and (found is None or iban.start() < found.start()):
            return compact[-4:]
    if found is None:
        return None
    digits = (
        found["ending"] or found["masked"] or found["single"] or found["bank"] or found["plain"]
    )
    return digits[-4:]


# --- balance -----------------------------------------------------------------------------------

_BALANCE_CUE = re.compile(r"\b(?:bal|balance|kontostand|solde|saldo)\b[^\n\d]{0,28}$")
# Limits and amounts owed are about the card, not this transaction (and not a balance either).
_LIMIT_CUE = re.compile(r"\b(?:limit|lmt|credit line|outstanding|amount due)\b[^\n\d]{0,30}$")


def is_balance(lower: str, money: Money) -> bool:
    before = lower[max(0, money.start - 45) : money.start]
    return bool(_BALANCE_CUE.search(before)) and not _LIMIT_CUE.search(before)


def is_limit(lower: str, money: Money) -> bool:
    return bool(_LIMIT_CUE.search(lower[max(0, money.start - 45) : money.start]))


def find_balance(lower: str, money: list[Money], chosen: Money) -> Money | None:
    for candidate in money:
        if candidate is not chosen and is_balance(lower, candidate):
            return candidate
    return None


# --- reference ---------------------------------------------------------------------------------

# An id has a digit ("reference number is 4670..." must skip the words in between).
_ID = r"[:#-]?[ \t]*[:#]?[ \t]*(?P<id>(?=[a-z.\-]*\d)[a-z0-9][a-z0-9.\-]{3,40})"
_REFERENCE_TIERS = [
    # Payment-network references identify the payment itself. (Each pattern starts with a
    # lookahead on its first letters so that `re` skips other positions fast.)
    re.compile(
        r"(?=[uri])\b(?:upi[ \t]*(?:txn|transaction)?[ \t]*(?:ref(?:erence)?\.?|id)[ \t]*"
        r"(?:no\.?|number|id)?|utr(?:[ \t]*no\.?)?|rrn|imps ref(?:erence)?[ \t]*no\.?"
        r"|upi transaction reference number is|upi(?=:))\b" + _ID
    ),
    re.compile(
        r"(?=[trp])\b(?:transaction[ \t]*(?:id|ref(?:erence)?|number|no\.?|code)"
        r"|txn[ \t]*(?:id|no|ref)\.?|txn#|trxn\.?[ \t]*#"
        r"|ref(?:erence)?\.?[ \t]*(?:no|number|#|id)\.?"
        r"|payment id|transfer id|transaktionscode|transaktionsnummer|référence|referencia)"
        r"(?![a-z])" + _ID + r"|\bconfirmation code[ \t]*:?[ \t]*(?P<code>[a-z0-9]{6,20})\b"
    ),
    re.compile(
        r"(?=[opbn])\b(?:order[ \t]*(?:#|id|no\.?|number)|pnr[ \t]*no\.?|bestellnummer"
        r"|num[ée]ro de commande|n[úu]mero de pedido)(?![a-z])" + _ID
    ),
    re.compile(r"^(?P<id>[a-z0-9]{10})\s+confirmed\b", re.MULTILINE),  # M-PESA
]
# Bank "Info" lines: "UPI/P2M/412345678901/SWIGGY", "NEFT-CITIN24123456789-ACME LTD"
# ... or the same without the label: "for NEFT Cr-CITI0000002-ACME TECHNOLOGIES PVT LTD-..."
INFO_LINE = re.compile(
    r"\b(?:transaction )?info\b[ \t]*:?[ \t]*(?P<info>[A-Z]{3,4}[/-][^\n]{4,120})"
    r"|\b(?P<rail>(?:NEFT|IMPS|RTGS|UPI)[ \t]?(?:CR|DR)-[^\n]{4,120})",
    re.IGNORECASE,
)
_INFO_PART = re.compile(r"[/-]")
_SENTENCE_END = re.compile(r"\.(?:\s|$)")
_CHANNELS = frozenset(
    {
        "UPI",
        "IMPS",
        "NEFT",
        "RTGS",
        "P2A",
        "P2M",
        "CR",
        "DR",
        "ACH",
        "POS",
        "ECOM",
        "ATM",
        "NACH",
        "MMT",
        "BIL",
        "ONL",
        "INB",
    }
)


# Substrings a text must contain for each tier to be worth scanning.
_TIER_WORDS = [
    ("upi", "utr", "rrn", "imps"),
    (
        "transaction",
        "txn",
        "trxn",
        "ref",
        "payment id",
        "transfer id",
        "transaktion",
        "référence",
        "referencia",
        "confirmation code",
    ),
    ("order", "pnr", "bestell", "commande", "pedido"),
    ("confirmed",),
]


def find_reference(text: str, lower: str) -> str | None:
    """The payment's reference: a network reference (UPI ref, UTR, RRN) first, then a bank's
    "Info:" line, then a transaction or payment id, then an order number."""
    for index, (tier, words) in enumerate(zip(_REFERENCE_TIERS, _TIER_WORDS, strict=True)):
        if any(word in lower for word in words):
            for match in tier.finditer(lower):
                group = "code" if match.lastgroup == "code" else "id"
                reference = text[match.start(group) : match.end(group)].rstrip(".-")
                if reference == reference.upper():  # ids are upper-case: skip ordinary words
                    return reference
        if index == 0 and has_info_line(lower):
            info = parse_info_line(text)
            if info and info[0]:
                return info[0]
    return None


def has_info_line(lower: str) -> bool:
    """A cheap test before parse_info_line."""
    return "info" in lower or "cr-" in lower or "dr-" in lower


def parse_info_line(text: str) -> tuple[str | None, str | None] | None:
    """(reference, counterparty) from a bank's "Info:" line, or None when there is none."""
    match = INFO_LINE.search(text)
    if match is None:
        return None
    info = _SENTENCE_END.split(match["info"] or match["rail"], 1)[0].strip().rstrip(".")
    reference = name = None
    for part in _INFO_PART.split(info):
        part = part.strip()
        if not part or all(word in _CHANNELS for word in part.upper().split()):
            continue
        digit_count = sum(char.isdigit() for char in part)
        if reference is None and digit_count >= 6 and " " not in part:
            reference = part
        elif name is None and digit_count < 4:
            name = part
    return reference, name
