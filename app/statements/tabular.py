"""A bank's CSV export read as a statement, with the CSV import's own reader
(app.ingest.csv_parsing: decoding, the delimiter, the guessed column mapping, one row's date,
amount and direction), so the two never disagree about a file.

What a statement needs on top: the date order and decimal mark told from the whole file (not
left at their defaults), every row readable (a statement with a hole cannot reconcile), and the
balance column, when there is one, giving the opening and closing balances."""

import re
from decimal import Decimal

from app.ingest.csv_parsing import (
    CsvError,
    day_of,
    guess_mapping,
    parse_amount,
    parse_row,
    read_table,
)
from app.schemas.csv_import import CsvMapping
from app.statements.model import ParsedStatement, StatementFormatError, signed_line

_BALANCE_HEADERS = (
    "balance",
    "running balance",
    "closing balance",
    "balance amt",
    "account balance",
    "saldo",
    "solde",
    "kontostand",
)


def looks_like_csv(data: bytes) -> bool:
    """A header line naming a date column and an amount (or debit/credit) column."""
    try:
        header, _ = read_table(data[:65536])
    except (CsvError, UnicodeError, StopIteration):
        return False
    return guess_mapping(header) is not None


def parse_csv_statement(
    data: bytes, mapping: CsvMapping | None = None, tz: str = "UTC"
) -> ParsedStatement:
    try:
        header, rows = read_table(data)
    except CsvError as exc:
        raise StatementFormatError(str(exc)) from None
    given = mapping is not None
    mapping = mapping or guess_mapping(header)
    if mapping is None:
        raise StatementFormatError(
            "Not a statement format FinCoach reads (OFX/QFX, QIF, CAMT.053, MT940, CSV with "
            "date and amount columns, or a text PDF)."
        )
    missing = [column for column in mapping.columns() if column not in header]
    if missing:
        raise StatementFormatError(f"The CSV has no column {', '.join(map(repr, missing))}.")
    if not given:
        mapping = _fit_to_file(mapping, rows)
    balance_column = _balance_column(header, mapping)
    lines = []
    currencies = set()
    balances: list[Decimal | None] = []
    for number, row in enumerate(rows, start=2):
        parsed = parse_row(number, row, mapping, mapping.default_currency or "XXX", tz)
        if parsed.error:
            raise StatementFormatError(f"CSV line {number}: {parsed.error}.")
        assert parsed.occurred_at and parsed.amount and parsed.type
        signed = parsed.amount if parsed.type == "credit" else -parsed.amount
        text = " ".join(part for part in (parsed.merchant, parsed.description) if part)
        lines.append(signed_line(day_of(parsed.occurred_at, tz), signed, text, parsed.reference))
        if parsed.currency and parsed.currency != "XXX":
            currencies.add(parsed.currency)
        balances.append(_balance(row.get(balance_column or ""), mapping.decimal_comma))
    if len(currencies) > 1:
        raise StatementFormatError(
            f"The CSV mixes currencies ({', '.join(sorted(currencies))}): one statement, one "
            "currency."
        )
    if len(lines) > 1 and lines[0].posted_on > lines[-1].posted_on:  # newest first
        lines.reverse()
        balances.reverse()
    opening = closing = None
    if balances and balances[0] is not None and balances[-1] is not None:
        first = lines[0]
        opening = balances[0] - (first.amount if first.type == "credit" else -first.amount)
        closing = balances[-1]
    return ParsedStatement(
        format="csv",
        lines=lines,
        currency=currencies.pop() if currencies else None,
        opening_balance=opening,
        closing_balance=closing,
    )


def _fit_to_file(mapping: CsvMapping, rows: list[dict[str, str]]) -> CsvMapping:
    """The date order and decimal mark the file's own values show."""
    dates = [row.get(mapping.date, "") for row in rows]
    numeric = [re.match(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-]\d{2,4}", d) for d in dates]
    pairs = [(int(m.group(1)), int(m.group(2))) for m in numeric if m]
    day_first = mapping.day_first
    if any(first > 12 for first, _ in pairs):
        day_first = True
    elif any(second > 12 for _, second in pairs):
        day_first = False
    money = [
        row.get(column, "")
        for row in rows
        for column in (mapping.amount, mapping.debit, mapping.credit)
        if column
    ]
    comma = sum(1 for value in money if re.search(r",\d{2}(?!\d)\s*\S{0,3}$", value.strip()))
    point = sum(1 for value in money if re.search(r"\.\d{2}(?!\d)\s*\S{0,3}$", value.strip()))
    return mapping.model_copy(update={"day_first": day_first, "decimal_comma": comma > point})


def _balance_column(header: list[str], mapping: CsvMapping) -> str | None:
    used = set(mapping.columns())
    for name in header:
        plain = " ".join(re.sub(r"[^a-z0-9]+", " ", name.lower()).split())
        if plain in _BALANCE_HEADERS and name not in used:
            return name
    return None


def _balance(text: str | None, decimal_comma: bool) -> Decimal | None:
    if not text or not text.strip():
        return None
    try:
        value, marker = parse_amount(text, decimal_comma)
    except ValueError:
        return None
    return -abs(value) if marker == "debit" else value
