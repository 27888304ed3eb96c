"""Who the money went to or came from: found by the phrases alerts use ("at X on", "to VPA x@y
NAME", "Merchant: X", "NAME sent you", "bei X", "chez X", "en X con") and cleaned of card-network
noise ("SWIGGY*ORDER 8812" → "SWIGGY", "SQ *BLUE BOTTLE" → "BLUE BOTTLE", "CHEVRON 0207 SEATTLE
WA" → "CHEVRON", "Etsy, Inc." → "Etsy")."""

import re

from app.extraction.fields import has_info_line, parse_info_line
from app.extraction.result import Direction

# Where a name ends: a lower-case joining word, punctuation, a line end, a date or an amount.
# Joining words are matched case-sensitively: descriptors are upper-case ("CAFE DE FLORE").
_END = (
    r"(?=\s+(?-i:on|at|using|via|with|for|from|ref|txn|avl|info|in|dated|has|have|was|is|am|um"
    r"|le|el|en|con|and|through|avec|a las|à|ending|by|bezahlt|gesendet|erhalten|belastet|mit"
    r"|successful|posted|applied|credited|debited|charged|processed|a|par|por|vers|hat|wurde"
    r"|Ref|Avl|Info|UPI|If|Not)\b|\s*[,;:!()|]|\.(?:\s|$)|\s*$|\s*\n|\s+-\s"
    r"|\s+\d{1,2}[-/.]\d{1,2}|\s+[₹$€£])"
)
_NAME = r"(?P<m>[^\s\d][^\n]{1,60}?)" + _END


Patterns = list[tuple[re.Pattern[str], tuple[str, ...]]]  # (pattern, words a match contains)


def _pattern(text: str, first: str = "") -> re.Pattern[str]:
    """Case-insensitive; `first` lists the letters a match can start with, which lets `re`
    skip every other position quickly."""
    lookahead = f"(?=[{first.lower()}{first.upper()}])" if first else ""
    return re.compile(lookahead + text, re.IGNORECASE | re.MULTILINE)


_LABEL = _pattern(
    r"^[ \t]*(?:merchant(?: name| detail)?|payee(?: name)?|paid to|beneficiary(?: name)?"
    r"|comercio|händler|commerçant|bénéficiaire|empfänger|to)[ \t]*(?::|\t| (?=[A-Z0-9]))[ \t]*"
    r"(?P<m>[^\n]{2,80})"
)
_INFO = _pattern(r"\binfo[ \t]*:[ \t]*" + _NAME, first="i")
_VPA_NAME = _pattern(r"\bVPA[ \t]+[\w.\-]+@[\w.\-]+[ \t]+" + _NAME, first="v")
_SENT_YOU = re.compile(
    r"(?:^|\n|[.:] )(?P<m>[A-Z][\w'.\-]*(?: [A-Z][\w'.\-]*){0,4}) (?:sent|paid) you\b"
)
_YOU_PAID = _pattern(r"\byou paid (?P<m>[A-Z][^\n$€£₹]{1,50}?) [₹$€£]", first="y")
_TO = _pattern(
    r"\b(?:paid|sent|payment|transfer(?:red)?|pay|txn|transaction|debit|imps|neft|rtgs|upi)\b"
    r"(?:[^\n]{0,70}?)? to (?:VPA )?" + _NAME,
    first="pstdinru",
)
_TOWARDS = _pattern(r"\btowards (?!your\b|the\b)" + _NAME, first="t")
_PAR = _pattern(r"\bpr[ée]l[èe]vement\b[^\n]{0,40}? par " + _NAME, first="p")
_FOR = _pattern(
    r"\b(?:debited|paid|spent|charged|payment)\b[^\n;]{0,60}? for (?!upi\b|rs\b|inr\b|the\b"
    r"|your\b|an?\b|ATM\b|\d)" + _NAME,
    first="dpsc",
)
# "Acct XX123 debited for Rs 240.00 on 12-May-24; ZOMATO credited." (the payee's side)
_NAME_CREDITED = re.compile(r"[;.][ \t]*(?P<m>[A-Z][^\n;.]{1,40}?) credited\b")
_SIP_IN = _pattern(r"\bsip (?:instalment |installment )?in " + _NAME, first="s")
_RECEIVED_DE = _pattern(r"\b(?:recibid[oa]|reçue?)\b[^\n]{0,40}? de " + _NAME, first="r")
_VERS = _pattern(r"\b(?:virement|transfert|paiement)\b[^\n]{0,40}? vers " + _NAME, first="vtp")
_A_ES = _pattern(r"\b(?:enviado|transferido|pagado|bizum)\b[^\n]{0,40}? a " + _NAME, first="etpb")
_HAT_DIR = re.compile(
    r"(?:^|\n|[.:] )(?P<m>[A-Z][\w'.\-]*(?: [A-Z][\w'.\-]*){0,4}) hat (?:dir|Ihnen)\b"
)
_AT = _pattern(r"\bat (?!\d|the\b|an?\b|ATM\b)" + _NAME, first="a")
_BEI = _pattern(r"\bbei " + _NAME, first="b")
_CHEZ = _pattern(r"\b(?:chez|auprès de) " + _NAME, first="ca")
_EN = _pattern(r"\b(?:cargo|compra|pago)\b[^\n]{0,40}? en " + _NAME, first="cp")
_AN = _pattern(
    r"\ban (?P<m>[^\n]{2,60}?) (?:gesendet|überwiesen|wurde|ausgeführt|bezahlt|gezahlt)\b",
    first="a",
)
_WITH = _pattern(r"\btransaction with " + _NAME, first="t")
_FROM = _pattern(r"\bfrom (?!your\b|a/c\b|account\b|acct\b|card\b)" + _NAME, first="f")
_BY = _pattern(
    r"\bby (?!rs\b|inr\b|neft\b|upi\b|imps\b|rtgs\b|transfer\b|a/c\b|vpa\b|cheque\b|cash\b)"
    + _NAME,
    first="b",
)
_VON = _pattern(r"\bvon (?!ihrem\b|deinem\b|ihrer\b)" + _NAME, first="v")
_DE = _pattern(r"\b(?:virement|transferencia|transfert) de [^\n]{1,30}? de " + _NAME, first="vt")

# Each pattern with substrings (of the lower-cased text) that any match must contain.
_LABEL_WORDS = (
    "merchant",
    "payee",
    "paid to",
    "beneficiary",
    "comercio",
    "händler",
    "commerçant",
    "bénéficiaire",
    "empfänger",
    "to",
)
_DEBIT_PATTERNS: Patterns = [
    (_LABEL, _LABEL_WORDS),
    (_INFO, ("info",)),
    (_VPA_NAME, ("vpa",)),
    (_NAME_CREDITED, (" credited",)),
    (_YOU_PAID, ("you paid",)),
    (_TO, (" to ",)),
    (_AT, ("at ",)),
    (_BEI, ("bei ",)),
    (_VERS, (" vers ",)),
    (_A_ES, (" a ",)),
    (_CHEZ, ("chez ", "auprès de ")),
    (_EN, (" en ",)),
    (_AN, ("an ",)),
    (_WITH, ("transaction with",)),
    (_SIP_IN, ("sip ",)),
    (_TOWARDS, ("towards ",)),
    (_PAR, (" par ",)),
    (_FOR, ("for ",)),
]
_CREDIT_PATTERNS: Patterns = [
    (_VPA_NAME, ("vpa",)),
    (_SENT_YOU, ("sent you", "paid you")),
    (_HAT_DIR, (" hat ",)),
    (_FROM, ("from ",)),
    (_BY, ("by ",)),
    (_VON, ("von ",)),
    (_DE, (" de ",)),
    (_RECEIVED_DE, (" de ",)),
    (_LABEL, _LABEL_WORDS),
    (_INFO, ("info",)),
]


# After an English preposition a payee is capitalised (or a VPA): "to report this transaction",
# "for more details" and "at your convenience" are not payees.
_PREPOSITIONS = frozenset({_TO, _AT, _FOR, _TOWARDS, _FROM, _BY, _WITH})


def find_payee(text: str, lower: str) -> str | None:
    """Whom the user paid, when the mail says so outright ("You paid $5 to Toast Box"): a
    wallet or shop receipt that names a payee is about that payee, not about the sender."""
    return _first_name([(_YOU_PAID, ("you paid",)), (_TO, (" to ",))], text, lower)


def find_merchant(text: str, lower: str, direction: Direction) -> str | None:
    """The counterparty named in `text` (`lower`: the same, lower-cased), cleaned, or None
    (ATM withdrawals, direct deposits)."""
    info = parse_info_line(text) if has_info_line(lower) else None
    if info and info[1]:
        name = clean_merchant(info[1])
        if name:
            return name
    patterns = _CREDIT_PATTERNS if direction == "credit" else _DEBIT_PATTERNS
    return _first_name(patterns, text, lower)


def _plain_words(raw: str) -> bool:
    """An all-lower-case first word and no VPA: running text ("report this transaction"), not a
    name ("eBay", "Sarah Jones", "swiggy@axisbank")."""
    words = raw.split()
    return bool(words) and words[0].isalpha() and words[0].islower() and "@" not in raw


def _first_name(patterns: Patterns, text: str, lower: str) -> str | None:
    for pattern, words in patterns:
        if not any(word in lower for word in words):
            continue
        for match in pattern.finditer(text):
            raw = match["m"].strip()
            if pattern in _PREPOSITIONS and _plain_words(raw):
                continue
            name = clean_merchant(raw)
            if name:
                return name
    return None


# Payment facilitators that prefix the real merchant: "SQ *BLUE BOTTLE", "PAYPAL *EBAY".
_PROCESSOR_PREFIX = re.compile(
    r"^(?:SQ|TST|SP|PY|PP|PAYPAL|IN|DD|GOOGLE|APL|AMZ|PAYU|RZP|RAZ|BILLDESK|CCAVENUE)"
    r"[ \t]?\*[ \t]?",
    re.IGNORECASE,
)
_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(?:pvt\.?\s+ltd|private\s+limited|private\s+ltd|pte\.?\s+ltd|pty\.?\s+ltd|pvt|ltd"
    r"|limited|inc|llc|llp|gmbh|ag|s\.?a\.?s|s\.?a|sarl|s\.?l|plc|co|corp|corporation|b\.?v"
    r"|n\.?v)\.?$",
    re.IGNORECASE,
)
_WEB_SUFFIX = re.compile(r"\.(?:com|in|co\.uk|co\.in|net|org|de|fr|es|io)$", re.IGNORECASE)
# Upper-case place names that card networks append to descriptors. Matched case-sensitively so
# that "Hotel Paris" or "Shopee Singapore" written as a brand keeps its place.
_PLACE_SUFFIX = re.compile(
    r"\s+(?:MUMBAI|BANGALORE|BENGALURU|NEW DELHI|DELHI|GURGAON|GURUGRAM|NOIDA|PUNE|CHENNAI"
    r"|HYDERABAD|KOLKATA|AHMEDABAD|JAIPUR|INDIA|IND|USA|LONDON|NEW YORK|SAN FRANCISCO|SEATTLE"
    r"|LOS ANGELES|CHICAGO|PARIS|BERLIN|MUNICH|MUENCHEN|MADRID|BARCELONA|AMSTERDAM|DUBAI"
    r"|ABU DHABI|SINGAPORE|NAIROBI|TOKYO|TORONTO|SYDNEY|MELBOURNE|ZURICH|ZUERICH|GENEVA|GENEVE"
    r"|BERN|BASEL)$"
)
_STORE_WORD = re.compile(r"\s+(?:STORE|SHOP|BRANCH|OUTLET|ACCOUNT|A/C)$", re.IGNORECASE)
# "CA No. 900012345678" → "CA No": a label, not a name.
_LABEL_END = frozenset({"NO", "NO.", "NUMBER", "ID", "#", "REF", "REFERENCE"})
# Payment rails named where a payee would be: "towards NACH debit", "by NEFT".
_CHANNELS = frozenset({"NACH", "ACH", "ECS", "NEFT", "IMPS", "UPI", "RTGS", "SEPA", "EMI"})
_POSSESSIVES = (
    "your ",
    "you ",
    "the amount",
    "tu ",
    "su ",
    "votre ",
    "ton ",
    "ihr ",
    "ihre ",
    "dein ",
    "deine ",
    "mein ",
)
_NOT_A_NAME = frozenset(
    {
        "you",
        "your",
        "your account",
        "your card",
        "account",
        "a/c",
        "card",
        "the",
        "us",
        "me",
        "atm",
        "bank",
        "self",
        "cash",
        "upi",
        "neft",
        "imps",
        "merchant",
        "beneficiary",
        "dispute",
        "details",
        "assistance",
        "queries",
        "help",
        "support",
        "more information",
    }
)


def clean_merchant(raw: str) -> str | None:
    """A readable counterparty from a descriptor or name; None when nothing name-like is left."""
    text = " ".join(raw.split()).strip(" .,:;-*#")
    text = text.split(" (", 1)[0]
    if "@" in text and " " not in text:  # a bare VPA or address: its handle names the payee
        text = text.split("@", 1)[0]
    text = _PROCESSOR_PREFIX.sub("", text)
    if "*" in text:
        head = text.split("*", 1)[0].strip()
        text = head if len(head) >= 2 else text.replace("*", " ").strip()
    text = _cut_at_reference(text)
    text = _strip_suffixes(text)
    text = text.strip(" .,:;-*#&")
    if not _looks_like_name(text):
        return None
    return text


def _cut_at_reference(text: str) -> str:
    """Drop everything from the first store number or reference after the name:
    "STARBUCKS STORE 06542" → "STARBUCKS STORE", "JOHN KAMAU 0712345678" → "JOHN KAMAU"."""
    tokens = text.split(" ")
    for index in range(1, len(tokens)):
        token = tokens[index]
        if token.startswith("#") or any(char.isdigit() for char in token):
            return " ".join(tokens[:index])
    return text


def _strip_suffixes(text: str) -> str:
    while True:
        shorter = text
        for pattern in (_PLACE_SUFFIX, _LEGAL_SUFFIX, _STORE_WORD, _WEB_SUFFIX):
            candidate = pattern.sub("", shorter).rstrip(" ,.-")
            if candidate:
                shorter = candidate
        if shorter == text:
            return text
        text = shorter


def _looks_like_name(text: str) -> bool:
    if not 2 <= len(text) <= 60 or not any(char.isalpha() for char in text):
        return False
    lowered = text.lower()
    if lowered in _NOT_A_NAME or lowered.startswith(_POSSESSIVES):
        return False
    words = text.upper().split()
    return "ATM" not in words and words[0] not in _CHANNELS and words[-1] not in _LABEL_END
