"""Reading a bank's CSV export: decoding, the delimiter, a guessed column mapping, and one row
into transaction fields. Pure functions; app.ingest.csv_import does the database part."""

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from app.schemas.csv_import import CsvMapping

MAX_ROWS = 50_000
DELIMITERS = ",;\t|"
DAY_FIRST_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y", "%d-%m-%y", "%d.%m.%y")
MONTH_FIRST_FORMATS = ("%m/%d/%Y", "%m-%d-%Y", "%m/%d/%y", "%m-%d-%y")
NAMED_MONTH_FORMATS = ("%d %b %Y", "%d-%b-%Y", "%d %B %Y", "%d-%b-%y", "%b %d, %Y", "%b %d %Y")
# A day without a time is stored at noon in the user's zone: that day, whatever zone it is later
# shown in nearby, never the day before or after.
NOON = time(12, 0)

_HEADER_GUESSES = {
    "date": (
        "date",
        "transaction date",
        "txn date",
        "value date",
        "posting date",
        "booking date",
        "datum",
        "buchungstag",
        "buchungsdatum",
        "fecha",
    ),
    "amount": ("amount", "transaction amount", "amt", "betrag", "importe", "montant"),
    "debit": (
        "debit",
        "withdrawal",
        "withdrawal amt",
        "withdrawal amount",
        "dr",
        "paid out",
        "money out",
        "debit amount",
    ),
    "credit": (
        "credit",
        "deposit",
        "deposit amt",
        "deposit amount",
        "cr",
        "paid in",
        "money in",
        "credit amount",
    ),
    "type": ("type", "dr cr", "cr dr", "debit credit", "transaction type"),
    "description": (
        "description",
        "narration",
        "details",
        "particulars",
        "memo",
        "remarks",
        "transaction details",
        "verwendungszweck",
    ),
    "merchant": ("merchant", "payee", "counterparty", "name", "beneficiary"),
    "currency": ("currency", "ccy"),
    "category": ("category",),
    "reference": (
        "reference",
        "ref",
        "ref no",
        "chq ref no",
        "reference number",
        "transaction id",
        "utr",
    ),
    "notes": ("notes", "note"),
}
_CREDIT_WORDS = {"cr", "credit", "c", "deposit", "in", "+"}
_DEBIT_WORDS = {"dr", "debit", "d", "withdrawal", "out", "-"}


class CsvError(ValueError):
    """The file as a whole cannot be read (not a row of it)."""


@dataclass
class ParsedRow:
    line: int
    occurred_at: datetime | None = None
    amount: Decimal | None = None
    currency: str | None = None
    type: str | None = None
    description: str = ""
    merchant: str | None = None
    category: str | None = None
    reference: str | None = None
    notes: str = ""
    error: str | None = None


def read_table(content: bytes) -> tuple[list[str], list[dict[str, str]]]:
    """(header, rows as dicts by header) of a CSV file in UTF-8 (with or without BOM) or
    Windows-1252, with , ; tab or | between fields."""
    text = _decode(content)
    if not text.strip():
        raise CsvError("The file is empty.")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:8192], DELIMITERS)
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = [name.strip() for name in next(reader, [])]
    if not any(header) or len(set(header)) != len(header):
        raise CsvError("The first line must name each column once.")
    rows: list[dict[str, str]] = []
    for values in reader:
        if not any(v.strip() for v in values):
            continue
        if len(rows) >= MAX_ROWS:
            raise CsvError(f"At most {MAX_ROWS} rows can be imported at once.")
        rows.append(dict(zip(header, (v.strip() for v in values), strict=False)))
    return header, rows


def _decode(content: bytes) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def _plain(header: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", header.lower()).split())


def guess_mapping(header: list[str]) -> CsvMapping | None:
    """A mapping from well-known column names, or None when no date or amount is recognised."""
    by_plain = {_plain(name): name for name in header}
    found: dict[str, str] = {}
    for field, guesses in _HEADER_GUESSES.items():
        for guess in guesses:
            if guess in by_plain and by_plain[guess] not in found.values():
                found[field] = by_plain[guess]
                break
    if "date" not in found or not ({"amount", "debit", "credit"} & found.keys()):
        return None
    if "amount" in found:
        found.pop("debit", None)
        found.pop("credit", None)
    return CsvMapping.model_validate(found)


def parse_row(
    line: int, row: dict[str, str], mapping: CsvMapping, currency: str, tz: str = "UTC"
) -> ParsedRow:
    parsed = ParsedRow(line=line)
    try:
        parsed.occurred_at = parse_date(_cell(row, mapping.date), mapping, tz)
        parsed.amount, parsed.type = _amount_and_type(row, mapping)
        parsed.currency = (_cell(row, mapping.currency) or currency).upper()
        if not re.fullmatch(r"[A-Z]{3}", parsed.currency):
            raise ValueError(f"{parsed.currency!r} is not a currency code")
    except ValueError as exc:
        parsed.error = str(exc)
    parsed.description = _cell(row, mapping.description)[:500]
    parsed.merchant = _cell(row, mapping.merchant)[:200] or None
    parsed.category = _cell(row, mapping.category) or None
    parsed.reference = _cell(row, mapping.reference)[:100] or None
    parsed.notes = _cell(row, mapping.notes)[:2000]
    return parsed


def _cell(row: dict[str, str], column: str | None) -> str:
    return (row.get(column) or "").strip() if column else ""


def parse_date(text: str, mapping: CsvMapping, tz: str = "UTC") -> datetime:
    """A statement's date (and time) in the user's zone `tz`, unless the text gives an offset;
    a date alone is noon that local day."""
    if not text:
        raise ValueError("no date")
    zone = ZoneInfo(tz)
    if mapping.date_format:
        formats: tuple[str, ...] = (mapping.date_format,)
    else:
        numeric = DAY_FIRST_FORMATS if mapping.day_first else MONTH_FIRST_FORMATS
        formats = (*numeric, *NAMED_MONTH_FORMATS)
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            pass
        else:
            return moment if moment.tzinfo else _local(moment, zone)
    for fmt in formats:
        try:
            moment = datetime.strptime(text, fmt)
        except ValueError:
            continue
        return _local(moment, zone)
    raise ValueError(f"{text!r} is not a date this import can read")


def _amount_and_type(row: dict[str, str], mapping: CsvMapping) -> tuple[Decimal, str]:
    if mapping.amount:
        value, marker = parse_amount(_cell(row, mapping.amount), mapping.decimal_comma)
        kind = _type_word(_cell(row, mapping.type)) or marker
        if kind is None:
            negative = value < 0
            kind = "debit" if negative == mapping.negative_is_debit else "credit"
        return _positive(abs(value)), kind
    debit = _cell(row, mapping.debit)
    credit = _cell(row, mapping.credit)
    debit_value = parse_amount(debit, mapping.decimal_comma)[0] if debit else Decimal(0)
    credit_value = parse_amount(credit, mapping.decimal_comma)[0] if credit else Decimal(0)
    if debit_value and credit_value:
        raise ValueError("both a debit and a credit amount")
    if debit_value:
        return _positive(abs(debit_value)), "debit"
    return _positive(abs(credit_value)), "credit"


def _positive(value: Decimal) -> Decimal:
    if value == 0:
        raise ValueError("the amount is zero or missing")
    if value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValueError("amounts must have at most 2 decimals")
    if value >= Decimal("1e12"):
        raise ValueError("the amount is too large")
    return value.quantize(Decimal("0.01"))


def _type_word(text: str) -> str | None:
    word = text.strip().lower().rstrip(".")
    if word in _CREDIT_WORDS:
        return "credit"
    return "debit" if word in _DEBIT_WORDS else None


def parse_amount(text: str, decimal_comma: bool) -> tuple[Decimal, str | None]:
    """("1,234.50 Cr", False) → (Decimal("1234.50"), "credit"); "(12.00)" and "-12" are
    negative. The marker is "debit"/"credit" when the text says so, else None."""
    cleaned = text.strip()
    marker = None
    suffix = re.search(r"\s*\b(cr|dr)\.?$", cleaned, re.IGNORECASE)
    if suffix:
        marker = "credit" if suffix.group(1).lower() == "cr" else "debit"
        cleaned = cleaned[: suffix.start()]
    negative = cleaned.startswith("(") and cleaned.endswith(")")
    cleaned = re.sub(r"[^\d,.\-+]", "", cleaned)
    if cleaned.endswith("-"):
        negative, cleaned = True, cleaned[:-1]
    if decimal_comma:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"{text!r} is not an amount") from None
    if not value.is_finite():
        raise ValueError(f"{text!r} is not an amount")
    return (-value if negative else value), marker


def _local(moment: datetime, zone: ZoneInfo) -> datetime:
    if moment.time() == time():
        moment = datetime.combine(moment.date(), NOON)
    return moment.replace(tzinfo=zone)


def day_of(moment: datetime, tz: str = "UTC") -> date:
    """The user's calendar day of an instant."""
    return moment.astimezone(ZoneInfo(tz)).date()
