"""Money in alert text: an amount with a currency symbol or code before or after it, written in
any common style: 1,234.56 | 1.234,56 | 1 234,56 | 1'234.50 | Indian 1,23,456.78 | 500 | Rs500.0.

Only numbers next to a currency count as money, so dates, phone numbers and references never do.
"""

import re
from dataclasses import dataclass
from decimal import Decimal

from app.extraction.patterns import starts, trie

# Symbols and spellings that are not ISO codes. "$" and "¥" are resolved per sender (a bare "$"
# from an Australian bank is AUD), so they are marked as not explicit.
_SPELLINGS = {
    "₹": "INR",
    "Rs.": "INR",
    "Rs": "INR",
    "RS.": "INR",
    "RS": "INR",
    "rs.": "INR",
    "US$": "USD",
    "U$S": "USD",
    "€": "EUR",
    "£": "GBP",
    "円": "JPY",
    "S$": "SGD",
    "SG$": "SGD",
    "Ksh": "KES",
    "KSh": "KES",
    "KSH": "KES",
    "Kshs": "KES",
    "C$": "CAD",
    "CA$": "CAD",
    "CAN$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "R$": "BRL",
    "MX$": "MXN",
    "₱": "PHP",
    "₦": "NGN",
    "₩": "KRW",
    "₺": "TRY",
    "₪": "ILS",
    "₫": "VND",
    "৳": "BDT",
    "Dhs": "AED",
    "DH": "AED",
    "zł": "PLN",
    "Kč": "CZK",
}
_AMBIGUOUS = {"$": "USD", "¥": "JPY"}
# Upper-case only: "try 5 times" or "eur" in a word must not read as money.
_CODE_LIST = (
    "INR USD EUR GBP JPY AED SGD KES CAD AUD CHF HKD NZD SEK NOK DKK PLN CZK HUF ZAR CNY RMB MXN "
    "BRL SAR QAR KWD BHD OMR JOD MYR THB PHP IDR NGN KRW TRY LKR PKR BDT NPR EGP ILS VND UGX TZS "
    "GHS MAD RON BGN ISK TWD ARS CLP COP PEN"
)
_CODES = _CODE_LIST.split()
_ALIASES = {"RMB": "CNY"}
MINOR_UNITS = {
    "JPY": 0,
    "KRW": 0,
    "VND": 0,
    "CLP": 0,
    "ISK": 0,
    "UGX": 0,
    "KWD": 3,
    "BHD": 3,
    "OMR": 3,
    "JOD": 3,
}


@dataclass(frozen=True, slots=True)
class Money:
    start: int
    end: int
    amount: Decimal
    currency: str
    explicit: bool  # False for a bare "$" or "¥", whose currency depends on the sender
    sign: int  # -1 for "-45,67 EUR" (money out), +1 for "+2.345,67 EUR" (money in), else 0


_LETTER_TOKENS = [t for t in _SPELLINGS if t[0].isalpha()] + _CODES
_SYMBOL_TOKENS = [t for t in _SPELLINGS if not t[0].isalpha()] + list(_AMBIGUOUS)
_CURRENCY = rf"(?:(?<![A-Za-z]){trie(_LETTER_TOKENS)}(?![A-Za-z])|{trie(_SYMBOL_TOKENS)})"
# Digit runs joined by grouping/decimal marks; a space only groups when exactly three digits
# follow (so "Rs 500 1800..." stays two numbers). Possessive-free but linear: runs cannot overlap.
_NUMBER = r"\d+(?:(?:[,.'’]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*"
# Currency tokens are rare, so the text is scanned for them alone; the number is then matched
# right after the token ("Rs.4,800.00", "USD 45 CAD") or, failing that, right before it ("45,67 €").
_TOKEN = re.compile(starts(_LETTER_TOKENS + _SYMBOL_TOKENS) + _CURRENCY)
_AFTER_TOKEN = re.compile(
    rf"[ \u00a0]?(?P<sign>[-−])?[ \u00a0]?(?P<num>{_NUMBER})"
    rf"(?:[ \u00a0]?(?P<code>{trie(_CODES)})(?![A-Za-z]))?"
)
_BEFORE_TOKEN = re.compile(rf"(?P<sign>[-−+])?(?<![\w.,])(?P<num>{_NUMBER})[ \u00a0]?$")
_LOOK_BACK = 40
_SEPARATOR = re.compile(r"[,.'’ \u00a0\u202f]")


def currency_of(token: str) -> tuple[str, bool]:
    """(ISO code, explicit) for a currency token as written."""
    token = token.strip()
    if token in _AMBIGUOUS:
        return _AMBIGUOUS[token], False
    code = _SPELLINGS.get(token) or token.upper()
    return _ALIASES.get(code, code), True


def parse_number(raw: str, currency: str | None = None) -> Decimal | None:
    """The value of a written number, or None when its grouping makes no sense (a date such as
    12.05.2024). The decimal mark is whichever of "." or "," comes last with 1-2 digits after it
    (3 for dinar-like currencies); every other mark groups thousands (or Indian lakhs)."""
    runs = _SEPARATOR.split(raw)
    if len(runs) == 1:
        return Decimal(raw)
    marks = _SEPARATOR.findall(raw)
    decimals = ""
    last_mark, last_run = marks[-1], runs[-1]
    three_places = MINOR_UNITS.get(currency or "") == 3 and last_mark == "."
    if last_mark in ".," and (len(last_run) in (1, 2) or (three_places and len(last_run) == 3)):
        decimals = runs.pop()
        marks.pop()
        if last_mark in marks:  # "1.234.56": the same mark cannot both group and separate
            return None
    if len(set(marks)) > 1 or not _valid_grouping(runs):
        return None
    integer = "".join(runs)
    return Decimal(f"{integer}.{decimals}") if decimals else Decimal(integer)


def _valid_grouping(runs: list[str]) -> bool:
    if len(runs) == 1:
        return True
    first, rest = runs[0], runs[1:]
    if not 1 <= len(first) <= 3 or len(rest[-1]) != 3:
        return False
    # Western groups of three, or Indian lakh/crore groups of two before the last three.
    return all(len(run) == 3 for run in rest) or all(len(run) == 2 for run in rest[:-1])


def quantize(amount: Decimal, currency: str) -> Decimal:
    places = MINOR_UNITS.get(currency, 2)
    return amount.quantize(Decimal(1).scaleb(-places))


def find_money(text: str, dollar: str = "USD", yen: str = "JPY") -> list[Money]:
    """Every amount with a currency in `text`, in order. `dollar` and `yen` say what a bare "$"
    or "¥" means for this sender."""
    found: list[Money] = []
    consumed = 0  # "$45.00 CAD": the CAD after a matched amount is not a second token
    for token_match in _TOKEN.finditer(text):
        if token_match.start() < consumed:
            continue
        token = token_match[0]
        after = _AFTER_TOKEN.match(text, token_match.end())
        if after is not None:
            start, end, raw, sign = token_match.start(), after.end(), after["num"], after["sign"]
            token = after["code"] or token
        else:
            before = _BEFORE_TOKEN.search(
                text, max(consumed, token_match.start() - _LOOK_BACK), token_match.start()
            )
            if before is None:
                continue
            start, end, raw, sign = before.start(), token_match.end(), before["num"], before["sign"]
        money = _money(start, end, raw, token, sign, dollar, yen)
        if money is not None:
            found.append(money)
            consumed = end
    return found


def _money(
    start: int, end: int, raw: str, token: str, sign: str | None, dollar: str, yen: str
) -> Money | None:
    currency, explicit = currency_of(token)
    if not explicit:
        currency = dollar if token == "$" else yen
    amount = parse_number(raw, currency)
    if amount is None:
        return None
    signed = -1 if sign in ("-", "−") else 1 if sign == "+" else 0
    return Money(start, end, quantize(amount, currency), currency, explicit, signed)


def parse_money(text: str) -> Money | None:
    """The first amount with a currency in `text` (a convenience for callers and tests)."""
    found = find_money(text)
    return found[0] if found else None
