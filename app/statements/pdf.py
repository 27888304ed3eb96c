"""A text PDF statement's transaction table, read from its text with the page layout kept
(app.attachments.pdf_text.statement_text): no template per bank, the table is found by its
shape.

- A transaction line starts with a date (numeric in any order, with a month name, ISO, or day
  and month alone in a statement that states its year); a second date right after it (the
  value date) is skipped. It ends with one to three amounts: the amount, or debit and credit
  columns, and often the running balance.
- Continuation lines (no date, no amount) right under a transaction add to its description.
- Which way each amount went, first evidence wins: a sign or Cr/Dr marker on it; the running
  balance (the change from the balance before is the signed amount); the header column the
  amount stands under (Debit/Withdrawal/Paid out against Credit/Deposit/Paid in); then the
  document's convention (a statement showing minus signs marks its debits, so an unsigned
  amount is a credit; a card statement without signs lists purchases, marking only credits).
  When the opening and closing balances are known and only the flipped convention adds up, it
  is flipped.
- Opening and closing balances come from their labelled lines ("Opening balance", "Balance
  brought forward", "Closing balance", "New balance"...); the period from a line naming two
  dates after "period" or "from"; the account from "Account/Card number ... 1234".
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from app.statements.model import ParsedStatement, StatementFormatError, signed_line

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january", "janv", "januar", "ene", "enero"),
            ("feb", "february", "fev", "fevr", "februar", "febrero"),
            ("mar", "march", "mars", "marz", "maerz", "marzo", "mrz"),
            ("apr", "april", "avr", "avril", "abr", "abril"),
            ("may", "mai", "mayo"),
            ("jun", "june", "juin", "juni", "junio"),
            ("jul", "july", "juil", "juillet", "juli", "julio"),
            ("aug", "august", "aout", "ago", "agosto"),
            ("sep", "sept", "september", "septembre", "septiembre"),
            ("oct", "october", "octobre", "okt", "oktober", "octubre"),
            ("nov", "november", "novembre", "noviembre"),
            ("dec", "december", "decembre", "dez", "dezember", "dic", "diciembre"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<mon>[A-Za-z]{3,9})\.?"
_DATE_PATTERNS = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    re.compile(r"(?P<a>\d{1,2})[/.\-](?P<b>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})(?![\d])"),
    re.compile(r"(?P<d>\d{1,2})[ \-]" + _MONTH + r"[ \-,]*(?P<y>\d{4}|\d{2})?(?![\d])"),
    re.compile(_MONTH + r" (?P<d>\d{1,2})(?:,? (?P<y>\d{4}))?(?![\d])"),
    re.compile(r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?![\d/.])"),
)
# An amount: optional sign or currency, thousands separated by , . ' or a thin space, two
# decimals, then an optional Cr/Dr marker or trailing minus.
_AMOUNT = re.compile(
    r"(?<![\w.,/:-])(?P<neg>[-\u2212(])?\s?(?:[$\u20ac\u00a3\u20b9]|[A-Z]{3} )?\s?"
    r"(?P<num>\d{1,2}(?:,\d{2})+,\d{3}\.\d{2}|"  # Indian grouping: 1,09,251.00
    r"\d{1,3}(?:[,.'\u202f\u00a0]\d{3})*[.,]\d{2}|\d+[.,]\d{2})"
    r"(?P<close>\))?(?P<trail>-)?(?:\s?(?P<mark>CR|DR|Cr|Dr|cr|dr|C|D|H|S)\b\.?)?(?![\w.,/])"
)
_OPENING = re.compile(
    r"opening balance|balance brought forward|brought forward|balance b/f|previous balance|"
    r"balance forward|start(?:ing)? balance|anfangssaldo|alter kontostand|solde initial|"
    r"solde pr[eé]c[eé]dent|saldo inicial",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"closing balance|balance carried forward|carried forward|balance c/f|new balance|"
    r"ending balance|end(?:ing)? balance|endsaldo|neuer kontostand|solde final|"
    r"nouveau solde|saldo final",
    re.IGNORECASE,
)
_DEBIT_HEADERS = re.compile(
    r"\b(debits?|withdrawals?|paid out|money out|payments?|dr|charges?|soll|d[eé]bit|"
    r"ausgang|cargo)\b",
    re.IGNORECASE,
)
_CREDIT_HEADERS = re.compile(
    r"\b(credits?|deposits?|paid in|money in|receipts?|cr|haben|cr[eé]dit|eingang|abono)\b",
    re.IGNORECASE,
)
_CARD = re.compile(
    r"credit card|card statement|minimum (?:payment|amount) due|payment due date|credit limit|"
    r"kreditkarte|carte de cr[eé]dit|tarjeta de cr[eé]dito",
    re.IGNORECASE,
)
_BALANCE_HEADER = re.compile(r"\b(balance|saldo|solde|kontostand)\b", re.IGNORECASE)
_AMOUNT_HEADER = re.compile(r"\b(amount|betrag|montant|importe)\b", re.IGNORECASE)
_DATE_HEADER = re.compile(r"\b(date|datum|fecha|buchungstag|posted)\b", re.IGNORECASE)
_ACCOUNT = re.compile(
    r"(?:account|a/c|acct|card|iban|konto|compte)[\w ./]{0,20}?"
    r"(?:number|no\.?|nr\.?|ending(?: in)?|#|:)?\s*[:#]?\s*"
    r"(?P<number>[A-Z]{2}\d{2}[\dA-Z ]{8,30}|[\dXx*\u2022][\dXx*\u2022 \-]{3,30}\d)",
    re.IGNORECASE,
)
_PERIOD = re.compile(r"period|from|statement date|zeitraum|p[eé]riode|du ", re.IGNORECASE)
_CURRENCY = re.compile(
    r"\b(EUR|USD|GBP|INR|CHF|JPY|CAD|AUD|NZD|SGD|HKD|AED|SEK|NOK|DKK|PLN|CZK|HUF|ZAR|CNY|BRL|MXN)\b"
)
_SYMBOLS = {"\u20ac": "EUR", "\u00a3": "GBP", "\u20b9": "INR", "$": "USD"}


# A line's date before its parts are ordered: (day, month, year), or ("ab", a*100+b, year) for
# a numeric date whose order the whole statement decides.
_Day = tuple[int, int, int | None] | tuple[str, int, int | None]


@dataclass
class _Amount:
    value: Decimal  # as printed, without sign
    sign: int  # printed: -1 (a minus, brackets), +1 (a plus), 0 (neither)
    marker: int  # Cr/Dr (or Haben/Soll) after it: +1 credit, -1 debit, 0 none
    start: int  # column where it starts (its sign or currency included)
    end: int  # column where its number ends


@dataclass
class _Line:
    day: _Day
    description: str
    amounts: list[_Amount]
    indent: int  # where the line (its date) starts
    column: int  # where the description starts
    extra: list[str] = field(default_factory=list)


@dataclass
class _Columns:
    debit: list[int] = field(default_factory=list)
    credit: list[int] = field(default_factory=list)
    balance: list[int] = field(default_factory=list)
    amount: list[int] = field(default_factory=list)


def parse_pdf_statement(text: str) -> ParsedStatement:
    raw_lines = [line.rstrip() for line in text.replace("\r", "").split("\n")]
    decimal_comma = _decimal_comma(text)
    columns = _Columns()
    items: list[_Line] = []
    opening: Decimal | None = None
    closing: Decimal | None = None
    period: tuple[date, date] | None = None
    account_number: str | None = None
    last_was_line = False
    # A card's statement counts what is owed: a purchase raises its balance.
    perspective = -1 if _CARD.search(text) else 1
    for raw in raw_lines:
        stripped = raw.strip()
        if not stripped:
            last_was_line = False
            continue
        if _is_header(stripped):
            columns = _header_columns(raw)
            last_was_line = False
            continue
        amounts = _amounts(raw, decimal_comma)
        if _OPENING.search(stripped) and amounts:
            if opening is None:
                opening = _signed(amounts[-1], perspective)
            last_was_line = False
            continue
        if _CLOSING.search(stripped) and amounts:
            closing = _signed(amounts[-1], perspective)
            last_was_line = False
            continue
        day, rest = _leading_date(stripped)
        if day is not None and amounts:
            column = len(raw) - len(rest)
            description = raw[column : amounts[0].start] if amounts[0].start > column else ""
            indent = len(raw) - len(raw.lstrip())
            items.append(_Line(day, " ".join(description.split()), amounts, indent, column))
            last_was_line = True
            continue
        indent = len(raw) - len(raw.lstrip())
        if (
            last_was_line
            and not amounts
            and day is None
            # Under the description: indented past the dates, ending before the amounts.
            and indent >= items[-1].indent + 4
            and len(raw) <= items[-1].amounts[0].start + 2
            and len(items[-1].extra) < 3
        ):
            items[-1].extra.append(stripped)
            continue
        last_was_line = False
        if account_number is None and (found := _ACCOUNT.search(stripped)):
            account_number = found.group("number").strip()
        if period is None and _PERIOD.search(stripped):
            period = _period(stripped)
    if not items:
        raise StatementFormatError(
            "No transaction table was found in the PDF (lines starting with a date and "
            "ending with an amount). Is it a scanned image rather than text?"
        )
    year_hint = _year_hint(items, period, text)
    day_first = _day_first(items, text)
    days = [_resolve(item.day, day_first, year_hint, period) for item in items]
    signed = [
        perspective * value for value in _directions(items, columns, opening, closing, perspective)
    ]
    if opening is not None:
        opening *= perspective
    if closing is not None:
        closing *= perspective
    lines = []
    for item, posted_on, amount in zip(items, days, signed, strict=True):
        if amount == 0:
            continue
        description = " ".join([item.description, *item.extra]).strip()
        lines.append(signed_line(posted_on, amount, description, None))
    warnings = []
    if opening is not None and closing is not None:
        net = sum((Decimal(amount) for amount in signed), Decimal(0))
        if opening + net != closing:
            warnings.append(
                f"The lines add up to {net}, but the balance went from {opening} to {closing}."
            )
    return ParsedStatement(
        format="pdf",
        lines=lines,
        account_number=account_number,
        currency=_currency(text),
        period_start=period[0] if period else None,
        period_end=period[1] if period else None,
        opening_balance=opening,
        closing_balance=closing,
        warnings=warnings,
    )


# ---- amounts --------------------------------------------------------------------------------


def _decimal_comma(text: str) -> bool:
    """1.234,56 or 12,50 (decimal comma) against 1,234.56 or 12.50, by majority."""
    comma = len(re.findall(r"(?<![\d.,])\d{1,3}(?:[.' ]\d{3})*,\d{2}(?![\d,])", text))
    point = len(re.findall(r"(?<![\d.,])\d{1,3}(?:[,' ]\d{3})*\.\d{2}(?![\d.])", text))
    return comma > point


def _amounts(raw: str, decimal_comma: bool) -> list[_Amount]:
    found = []
    for match in _AMOUNT.finditer(raw):
        number = match.group("num")
        decimal_mark = number[-3]
        if (decimal_mark == ",") != decimal_comma:
            continue  # a date like 12.11 or a rate, not money of this statement
        digits = re.sub(r"[^\d]", "", number[:-3]) + "." + number[-2:]
        try:
            value = Decimal(digits)
        except InvalidOperation:
            continue
        mark = (match.group("mark") or "").upper()
        lead = match.group("neg") or ""
        negative = lead in ("-", "\u2212") or bool(match.group("trail"))
        negative = negative or (lead == "(" and bool(match.group("close")))
        sign = -1 if negative else (1 if lead == "+" else 0)
        marker = 1 if mark in ("CR", "C", "H") else (-1 if mark in ("DR", "D", "S") else 0)
        found.append(_Amount(value, sign, marker, match.start(), match.end("num")))
    # The table's amounts end the line: text before the first of them is the description.
    return found[-3:] if found else []


def _signed(amount: _Amount, perspective: int = 1) -> Decimal:
    """The figure as the statement's balance counts it (see _directions)."""
    if amount.marker:
        return amount.value * amount.marker * perspective
    return -amount.value if amount.sign < 0 else amount.value


# ---- header and columns ---------------------------------------------------------------------


def _is_header(stripped: str) -> bool:
    if _amounts(stripped, False) or _amounts(stripped, True):
        return False
    kinds = sum(
        1
        for pattern in (_DEBIT_HEADERS, _CREDIT_HEADERS, _BALANCE_HEADER, _AMOUNT_HEADER)
        if pattern.search(stripped)
    )
    return bool(_DATE_HEADER.search(stripped)) and kinds >= 1


def _header_columns(raw: str) -> _Columns:
    columns = _Columns()
    for pattern, target in (
        (_DEBIT_HEADERS, columns.debit),
        (_CREDIT_HEADERS, columns.credit),
        (_BALANCE_HEADER, columns.balance),
        (_AMOUNT_HEADER, columns.amount),
    ):
        for match in pattern.finditer(raw):
            target.append((match.start() + match.end()) // 2)
    return columns


def _nearest(position: int, columns: _Columns) -> str | None:
    best: tuple[int, str] | None = None
    for name in ("debit", "credit", "balance", "amount"):
        for center in getattr(columns, name):
            distance = abs(center - position)
            if best is None or distance < best[0]:
                best = (distance, name)
    return best[1] if best else None


# ---- directions -----------------------------------------------------------------------------


def _directions(
    items: list[_Line],
    columns: _Columns,
    opening: Decimal | None,
    closing: Decimal | None,
    perspective: int,
) -> list[Decimal]:
    """Each line's signed amount as the statement's balance counts it: for a bank account
    (perspective 1) a credit is positive; for a card (-1) a purchase is (it raises what is
    owed)."""
    has_balance = bool(columns.balance) or _looks_like_running_balance(items, opening)
    any_signed = any(a.sign < 0 for item in items for a in item.amounts)
    previous = opening
    result: list[Decimal | None] = []
    chosen: list[_Amount] = []
    for item in items:
        amounts = list(item.amounts)
        balance: Decimal | None = None
        if has_balance and len(amounts) >= 2:
            balance = _signed(amounts.pop(), perspective)
        elif has_balance and len(amounts) == 1 and columns.balance:
            # A lone figure under the balance column is a balance-only line.
            position = amounts[0].end
            if _nearest(position, columns) == "balance":
                previous = _signed(amounts[0], perspective)
                result.append(Decimal(0))
                chosen.append(amounts[0])
                continue
        amount = amounts[-1] if len(amounts) == 1 else _pick(amounts)
        chosen.append(amount)
        value: Decimal | None
        if amount.sign or amount.marker:
            value = _signed(amount, perspective)
        elif (
            balance is not None
            and previous is not None
            and abs(balance - previous) == (amount.value)
        ):
            value = balance - previous
        else:
            kind = _nearest(amount.end, columns) if (columns.debit or columns.credit) else None
            side = -1 if kind == "debit" else (1 if kind == "credit" else 0)
            value = amount.value * side * perspective if side else None
        if balance is not None:
            previous = balance
        elif previous is not None and value is not None:
            previous += value
        result.append(value)
    unsure = [i for i, value in enumerate(result) if value is None]
    # Unsigned and unplaced: a card lists purchases unsigned; a bank statement that shows
    # minus signs leaves its credits unsigned, one that shows none is assumed to list debits.
    default = 1 if perspective < 0 or any_signed else -1
    if unsure and opening is not None and closing is not None:
        known = sum((v for v in result if v is not None), Decimal(0))
        rest = sum((chosen[i].value for i in unsure), Decimal(0))
        if opening + known + default * rest != closing and opening - default * rest + known == (
            closing
        ):
            default = -default
    for i in unsure:
        result[i] = default * chosen[i].value
    return [value if value is not None else Decimal(0) for value in result]


def _pick(amounts: list[_Amount]) -> _Amount:
    """Of a line's remaining amounts (debit and credit columns, one of them often 0.00), the
    one that is not zero, else the last."""
    nonzero = [a for a in amounts if a.value != 0]
    return nonzero[-1] if nonzero else amounts[-1]


def _looks_like_running_balance(items: list[_Line], opening: Decimal | None) -> bool:
    """Without a header: the last figure of most lines is the one before plus or minus the
    line's other figure."""
    hits = 0
    tries = 0
    previous = opening
    for item in items:
        if len(item.amounts) < 2:
            continue
        balance = _signed(item.amounts[-1])
        if previous is not None:
            tries += 1
            if abs(balance - previous) in {a.value for a in item.amounts[:-1]}:
                hits += 1
        previous = balance
    return tries > 0 and hits * 2 > tries


# ---- dates ----------------------------------------------------------------------------------


def _leading_date(
    stripped: str,
) -> tuple[_Day | None, str]:
    """The date a line starts with (parts still to be ordered), and the line after it and
    after a second date right behind it."""
    day = _date_at(stripped)
    if day is None:
        return None, stripped
    parts, end = day
    rest = stripped[end:].lstrip()
    second = _date_at(rest)
    if second is not None:
        rest = rest[second[1] :].lstrip()
    return parts, rest


def _date_at(
    text: str,
) -> tuple[_Day, int] | None:
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        if match.end() < len(text) and text[match.end()].isalnum():
            continue
        groups = match.groupdict()
        year = int(groups["y"]) if groups.get("y") else None
        if year is not None and year < 100:
            year += 2000
        if groups.get("mon") is not None:
            month = _MONTHS.get(_fold(groups["mon"]))
            if month is None:
                continue
            return (int(groups["d"]), month, year), match.end()
        if groups.get("a") is not None:
            return ("ab", int(groups["a"]) * 100 + int(groups["b"]), year), match.end()
        return (int(groups["d"]), int(groups["m"]), year), match.end()
    return None


def _fold(word: str) -> str:
    table = str.maketrans("éèêûôäöüÉÈ", "eeeuoaouee")
    return word.lower().translate(table).rstrip(".")


def _day_first(items: list[_Line], text: str) -> bool:
    """Numeric dates: day first unless some date can only be month first (or a US dollar
    statement gives no evidence either way)."""
    pairs = [(item.day[1] // 100, item.day[1] % 100) for item in items if item.day[0] == "ab"]
    if any(a > 12 for a, _ in pairs):
        return True
    if any(b > 12 for _, b in pairs):
        return False
    return _currency(text) != "USD"


def _year_hint(items: list[_Line], period: tuple[date, date] | None, text: str) -> int:
    if period is not None:
        return period[1].year
    years = [item.day[2] for item in items if item.day[2] is not None]
    if years:
        return Counter(years).most_common(1)[0][0]
    found = re.findall(r"\b(20\d{2})\b", text)
    if found:
        return int(Counter(found).most_common(1)[0][0])
    raise StatementFormatError("The PDF's dates give no year.")


def _resolve(
    parts: _Day,
    day_first: bool,
    year_hint: int,
    period: tuple[date, date] | None,
) -> date:
    if parts[0] == "ab":
        a, b = parts[1] // 100, parts[1] % 100
        day, month = (a, b) if day_first else (b, a)
    else:
        day, month = int(parts[0]), parts[1]
    year = parts[2]
    if year is None:
        year = year_hint
        # A December line in a statement that ends in January.
        if period is not None and month > period[1].month:
            year -= 1
    try:
        return date(year, month, day)
    except ValueError:
        raise StatementFormatError(f"{day}/{month}/{year} in the PDF is not a day.") from None


def _period(stripped: str) -> tuple[date, date] | None:
    found: list[_Day] = []
    position = 0
    while position < len(stripped) and len(found) < 2:
        hit = _date_at(stripped[position:])
        if hit is not None:
            found.append(hit[0])
            position += hit[1]
        else:
            position += 1
    if len(found) < 2:
        return None
    day_first = not any(
        part[0] == "ab" and part[1] % 100 > 12 for part in found if isinstance(part[0], str)
    )
    years = [part[2] for part in found if part[2] is not None]
    if not years:
        return None
    try:
        start = _resolve(found[0], day_first, years[-1], None)
        end = _resolve(found[1], day_first, years[-1], None)
    except StatementFormatError:
        return None
    return (start, end) if start <= end else None


def _currency(text: str) -> str | None:
    codes = Counter(_CURRENCY.findall(text))
    if codes:
        return codes.most_common(1)[0][0]
    symbols = Counter(ch for ch in text if ch in _SYMBOLS)
    return _SYMBOLS[symbols.most_common(1)[0][0]] if symbols else None
