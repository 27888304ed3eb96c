"""ECB's reference-rate formats, and the series bundled with the code."""

import io
import zipfile
from datetime import date
from decimal import Decimal

import pytest

from app.analytics import ecb
from app.analytics.fx import Rate, RateTable

XML = b"""<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01"
    xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
  <gesmes:subject>Reference rates</gesmes:subject>
  <Cube>
    <Cube time="2024-03-15">
      <Cube currency="USD" rate="1.0892"/><Cube currency="INR" rate="90.259"/>
    </Cube>
    <Cube time="2024-03-14">
      <Cube currency="USD" rate="1.0925"/><Cube currency="INR" rate="90.522"/>
    </Cube>
  </Cube>
</gesmes:Envelope>"""

CSV = "Date,USD,INR,CYP,\n2024-03-15,1.0892,90.259,N/A,\n2024-03-14,1.0925,90.522,N/A,\n"


def _zipped(text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("eurofxref-hist.csv", text)
    return buffer.getvalue()


@pytest.mark.parametrize("data", [XML, CSV.encode(), _zipped(CSV)], ids=["xml", "csv", "zip"])
def test_every_ecb_format_reads_to_the_same_rates(data):
    rates = sorted(ecb.parse(data), key=lambda r: (r.as_of, r.quote))
    assert rates == [
        Rate("EUR", "INR", date(2024, 3, 14), Decimal("90.522")),
        Rate("EUR", "USD", date(2024, 3, 14), Decimal("1.0925")),
        Rate("EUR", "INR", date(2024, 3, 15), Decimal("90.259")),
        Rate("EUR", "USD", date(2024, 3, 15), Decimal("1.0892")),
    ]


@pytest.mark.parametrize(
    "data",
    [b"", b"<html>maintenance</html>", b"PK\x03\x04broken", b"Day,USD\n", b"<a><b>"],
    ids=["empty", "html", "bad-zip", "no-date-column", "bad-xml"],
)
def test_anything_else_is_a_format_error(data):
    with pytest.raises(ecb.EcbFormatError):
        ecb.parse(data)


def test_xml_entities_are_refused():
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    with pytest.raises(Exception):  # noqa: B017  defusedxml refuses any entity declaration
        ecb.parse(bomb)


def test_bundled_series_converts_at_each_days_rate_crossing_through_eur():
    # ECB published these for EUR: 2024-03-15 USD 1.0892 INR 90.259; 2024-07-01 USD 1.0745
    # INR 89.6575. 2024-03-16 is a Saturday: Friday's rates hold.
    table = RateTable(ecb.bundled_window(date(2024, 3, 1), date(2024, 7, 31)))
    march = Decimal("90.259") / Decimal("1.0892")
    assert table.rate("USD", "INR", date(2024, 3, 15)) == march
    assert table.rate("USD", "INR", date(2024, 3, 16)) == march
    assert table.rate("USD", "INR", date(2024, 7, 1)) == Decimal("89.6575") / Decimal("1.0745")
    assert table.rate("EUR", "USD", date(2024, 7, 1)) == Decimal("1.0745")
    assert ecb.bundled_last_day() >= date(2024, 12, 31)
