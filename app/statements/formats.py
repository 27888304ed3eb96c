"""Readers for OFX/QFX, QIF, CAMT.053 and MT940 statements, each to a ParsedStatement (a CSV
export is read by app.statements.tabular, a PDF's text by app.statements.pdf).

Maintained parsers where they exist: ofxtools (OFX 1.x SGML and 2.x XML, QFX is OFX), mt-940
(SWIFT MT940 with its bank dialects); CAMT.053 is plain ISO 20022 XML, read with defusedxml
(no entity expansion, no external entities); QIF has no maintained, typed parser, and is a
line format of a dozen codes, so it is read here. Third-party parsers raise anything on a
hostile file: every failure becomes a StatementFormatError with a message for the user.
"""

import io
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import mt940
from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException
from ofxtools.Parser import OFXTree

from app.schemas.csv_import import CsvMapping
from app.statements.model import ParsedStatement, StatementFormatError, signed_line
from app.statements.tabular import looks_like_csv, parse_csv_statement


def parse_statement(
    data: bytes, csv_mapping: CsvMapping | None = None, tz: str = "UTC"
) -> ParsedStatement:
    """Detect the format from the content and parse it (a PDF's text is read apart: see
    app.services.statements)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    upper = head.upper()
    if upper.startswith(b"OFXHEADER") or b"<OFX>" in upper or b"<?OFX" in upper:
        reader = parse_ofx
    elif b"camt.053" in head:
        reader = parse_camt053
    elif upper.startswith(b"!TYPE:") or upper.startswith(b"!ACCOUNT"):
        reader = parse_qif
    elif (b":20:" in head and b":61:" in data) or b":60F:" in head:
        reader = parse_mt940
    elif csv_mapping is not None or looks_like_csv(data):
        return _with_lines(parse_csv_statement(data, csv_mapping, tz))
    else:
        raise StatementFormatError(
            "Not a statement format FinCoach reads (OFX/QFX, QIF, CAMT.053, MT940, a CSV "
            "export with date and amount columns, or a text PDF)."
        )
    return _with_lines(reader(data))


def _with_lines(statement: ParsedStatement) -> ParsedStatement:
    if not statement.lines:
        raise StatementFormatError("The statement has no transactions.")
    return statement


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


# ---- OFX / QFX (ofxtools) -----------------------------------------------------------------


def parse_ofx(data: bytes) -> ParsedStatement:
    try:
        tree = OFXTree()
        tree.parse(io.BytesIO(data))
        ofx = tree.convert()
        statements = list(ofx.statements)
    except Exception as exc:  # ofxtools raises many types (ParseError, KeyError, ValueError...)
        raise StatementFormatError(f"The OFX file cannot be read: {_short(exc)}") from None
    if not statements:
        raise StatementFormatError("The OFX file holds no bank or card statement.")
    stmt = statements[0]
    transactions = stmt.banktranlist
    lines = [
        signed_line(
            t.dtposted.date(),
            Decimal(t.trnamt),
            " ".join(part for part in (t.name, t.memo) if part),
            t.refnum or t.checknum or t.fitid,
        )
        for t in transactions
    ]
    ledger = getattr(stmt, "ledgerbal", None)
    return ParsedStatement(
        format="ofx",
        lines=lines,
        account_number=getattr(stmt.account, "acctid", None),
        currency=stmt.curdef,
        period_start=transactions.dtstart.date() if transactions.dtstart else None,
        period_end=transactions.dtend.date() if transactions.dtend else None,
        closing_balance=Decimal(ledger.balamt) if ledger is not None else None,
    )


# ---- QIF ------------------------------------------------------------------------------------

_QIF_DATE = re.compile(r"^\s*(\d{1,4})\s*[/.\-]\s*(\d{1,2})\s*(?:[/.\-']\s*)?(\d{2,4})\s*$")


def parse_qif(data: bytes) -> ParsedStatement:
    """!Type:Bank (or CCard...) then records of `D` date, `T`/`U` amount, `P` payee, `M` memo,
    `N` number, each ended by `^`. Dates are month-first (Quicken's US default) unless some
    day-of-month part shows the file is day-first."""
    records: list[dict[str, str]] = []
    current: dict[str, str] = {}
    for raw in _text(data).splitlines():
        line = raw.strip()
        if not line or line.startswith("!"):
            continue
        if line == "^":
            if current:
                records.append(current)
            current = {}
            continue
        current.setdefault(line[0].upper(), line[1:].strip())
    if current:
        records.append(current)
    records = [r for r in records if "D" in r]
    if not records:
        raise StatementFormatError("The QIF file has no dated transactions.")
    dates = [_qif_date_parts(r["D"]) for r in records]
    day_first = any(first > 12 for first, _, _ in dates if first <= 31 and first < 1000)
    lines = []
    for record, parts in zip(records, dates, strict=True):
        amount = _decimal(record.get("T") or record.get("U") or "", "QIF amount")
        payee = " ".join(part for part in (record.get("P"), record.get("M")) if part)
        lines.append(signed_line(_qif_date(parts, day_first), amount, payee, record.get("N")))
    return ParsedStatement(format="qif", lines=lines)


def _qif_date_parts(text: str) -> tuple[int, int, int]:
    match = _QIF_DATE.match(text.replace(" ", ""))
    if match is None:
        raise StatementFormatError(f"QIF date {text[:30]!r} is not a date.")
    first, second, third = (int(g) for g in match.groups())
    return first, second, third


def _qif_date(parts: tuple[int, int, int], day_first: bool) -> date:
    first, second, third = parts
    try:
        if first >= 1000:  # 2026-03-02
            return date(first, second, third)
        year = third + 2000 if third < 100 else third
        return date(year, second, first) if day_first else date(year, first, second)
    except ValueError:
        raise StatementFormatError(f"QIF date {parts} is not a calendar day.") from None


# ---- CAMT.053 (ISO 20022 XML) -------------------------------------------------------------


def parse_camt053(data: bytes) -> ParsedStatement:
    try:
        root = ElementTree.fromstring(data, forbid_dtd=True)
    except (ElementTree.ParseError, DefusedXmlException) as exc:
        raise StatementFormatError(f"The CAMT.053 file is not valid XML: {_short(exc)}") from None
    stmt = _find(root, "BkToCstmrStmt", "Stmt")
    if stmt is None:
        raise StatementFormatError("The CAMT.053 file holds no statement (Stmt).")
    balances = {
        _find_text(bal, "Tp", "CdOrPrtry", "Cd"): _camt_amount(bal) for bal in _all(stmt, "Bal")
    }
    lines = []
    for entry in _all(stmt, "Ntry"):
        if (_find_text(entry, "Sts") or "BOOK").upper() not in ("BOOK", "BOOKED"):
            continue  # pending entries are not yet on the account
        booked = _camt_day(entry, "BookgDt") or _camt_day(entry, "ValDt")
        if booked is None:
            raise StatementFormatError("A CAMT.053 entry has no booking date.")
        description = (
            _find_text(entry, "NtryDtls", "TxDtls", "RmtInf", "Ustrd")
            or _find_text(entry, "AddtlNtryInf")
            or ""
        )
        reference = _find_text(entry, "AcctSvcrRef") or _find_text(
            entry, "NtryDtls", "TxDtls", "Refs", "EndToEndId"
        )
        lines.append(signed_line(booked, _camt_amount(entry), description, reference))
    account = _find(stmt, "Acct")
    return ParsedStatement(
        format="camt053",
        lines=lines,
        account_number=(
            _find_text(account, "Id", "IBAN") or _find_text(account, "Id", "Othr", "Id")
            if account is not None
            else None
        ),
        currency=_find_text(account, "Ccy") if account is not None else None,
        period_start=_camt_datetime(_find_text(stmt, "FrToDt", "FrDtTm")),
        period_end=_camt_datetime(_find_text(stmt, "FrToDt", "ToDtTm")),
        opening_balance=balances.get("OPBD") or balances.get("PRCD"),
        closing_balance=balances.get("CLBD"),
    )


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _all(element: Any, name: str) -> list[Any]:
    return [child for child in element if _local(child.tag) == name]


def _find(element: Any, *path: str) -> Any:
    for name in path:
        found = _all(element, name)
        if not found:
            return None
        element = found[0]
    return element


def _find_text(element: Any, *path: str) -> str | None:
    found = _find(element, *path)
    text = (found.text or "").strip() if found is not None else ""
    return text or None


def _camt_amount(element: Any) -> Decimal:
    amount = _decimal(_find_text(element, "Amt") or "", "CAMT.053 amount")
    return -amount if _find_text(element, "CdtDbtInd") == "DBIT" else amount


def _camt_day(entry: Any, name: str) -> date | None:
    return _camt_datetime(_find_text(entry, name, "Dt") or _find_text(entry, name, "DtTm"))


def _camt_datetime(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        raise StatementFormatError(f"CAMT.053 date {text[:40]!r} is not a date.") from None


# ---- MT940 (mt-940) -------------------------------------------------------------------------


def parse_mt940(data: bytes) -> ParsedStatement:
    try:
        transactions = mt940.parse(_text(data))
        items = [t.data for t in transactions]
        header = transactions.data
    except Exception as exc:  # mt-940 raises many types on a malformed file
        raise StatementFormatError(f"The MT940 file cannot be read: {_short(exc)}") from None
    lines = []
    for item in items:
        if "amount" not in item or "date" not in item:
            raise StatementFormatError("An MT940 :61: line has no amount or date.")
        details = " ".join(
            part for part in (item.get("transaction_details"), item.get("extra_details")) if part
        )
        reference = item.get("customer_reference")
        if not reference or reference.upper() == "NONREF":
            reference = item.get("bank_reference")
        lines.append(signed_line(_mt_day(item["date"]), item["amount"].amount, details, reference))
    opening = header.get("final_opening_balance") or header.get("opening_balance")
    closing = header.get("final_closing_balance") or header.get("closing_balance")
    either = closing or opening
    return ParsedStatement(
        format="mt940",
        lines=lines,
        account_number=header.get("account_identification"),
        currency=either.amount.currency if either else None,
        period_start=_mt_day(opening.date) if opening else None,
        period_end=_mt_day(closing.date) if closing else None,
        opening_balance=opening.amount.amount if opening else None,
        closing_balance=closing.amount.amount if closing else None,
    )


def _mt_day(value: Any) -> date:
    return date(value.year, value.month, value.day)


# ---- shared ---------------------------------------------------------------------------------


def _decimal(text: str, what: str) -> Decimal:
    cleaned = text.replace(",", "").replace(" ", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise StatementFormatError(f"{what} {text[:30]!r} is not a number.") from None
    if not value.is_finite() or abs(value) >= Decimal("1e12"):
        raise StatementFormatError(f"{what} {text[:30]!r} is out of range.")
    return value


def _short(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__).splitlines()[0][:200]
