"""Provenance of extracted fields (issue #13): every field with a value has a span into the text
extraction read (reader.read_text), the part the body came from, and a per-field confidence.
The messages are written for these tests."""

from decimal import Decimal

import pytest

from app.extraction import ExtractionResult, extract
from app.extraction.amounts import parse_number
from app.extraction.reader import read_text
from app.mail.parse import parse_email

TEXT_ALERT = b"""From: Lakeside Bank Alerts <alerts@lakesidebank.co.in>
Subject: Debit alert on your account
Date: Tue, 14 May 2024 19:05:00 +0530
Message-ID: <p1@lakesidebank.co.in>
Content-Type: text/plain; charset=utf-8

Dear customer, Rs.2,450.00 has been debited from your a/c XX4821 at FRESHMART GROCERS on \
14-05-2024 18:42 IST.
Charges: Rs.15.00
UTR No. 412398765432
Avl Bal: Rs.18,306.55
"""

HTML_BEHIND_A_STUB = b"""From: Riverside Card Services <cards@riverside.example>
Subject: You made a purchase
Date: Tue, 14 May 2024 21:10:00 +0000
Message-ID: <p2@riverside.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

View this email in your browser.
--b1
Content-Type: text/html; charset=utf-8

<html><body><table><tr><td>Amount</td><td>$86.40</td></tr>
<tr><td>Merchant</td><td>HARBOR BOOKS</td></tr>
<tr><td>Card</td><td>Visa ending in 3307</td></tr>
<tr><td>Date</td><td>May 14, 2024 at 4:55 PM ET</td></tr></table>
<p>Your Visa card was charged for this purchase.</p></body></html>
--b1--
"""

# No currency mark: "Amount:" and an Indian sender imply rupees.
IMPLIED_CURRENCY = b"""From: Lakeside Bank <alerts@lakesidebank.co.in>
Subject: Transaction alert
Date: Tue, 14 May 2024 19:05:00 +0530
Message-ID: <p3@lakesidebank.co.in>

Your account XX4821 was debited.
Amount: 1,250.00
Paid to: GREEN LEAF PHARMACY
"""

# Arabic-Indic digits are read as ASCII ones, one for one, so spans still line up.
ARABIC_DIGITS = """From: Gulf Bank <alerts@gulfbank.example.ae>
Subject: Card purchase
Date: Tue, 14 May 2024 19:05:00 +0400
Message-ID: <p4@gulfbank.example.ae>
Content-Type: text/plain; charset=utf-8

Your card ending ٤٤١٢ was charged AED ٣٢٠.٥٠ at CITY CENTRE CINEMA on 14/05/2024 17:20.
""".encode()

WITH_VALUE = (
    "amount",
    "currency",
    "direction",
    "merchant",
    "account_last4",
    "occurred_at",
    "balance",
    "reference",
    "fee",
    "card_network",
)


def read(raw: bytes) -> tuple[ExtractionResult, str]:
    email = parse_email(raw)
    return extract(email), read_text(email)


def sliced(result: ExtractionResult, text: str) -> dict[str, str]:
    return {name: text[start:end] for name, (start, end) in result.spans.items()}


def test_a_text_alert_has_a_span_for_every_field():
    result, text = read(TEXT_ALERT)
    assert result.is_transaction and result.part == "text"
    assert sliced(result, text) == {
        "amount": "2,450.00",
        "currency": "Rs.",
        "direction": "has been debited from",
        "merchant": "FRESHMART GROCERS",
        "account_last4": "4821",
        "occurred_at": "14-05-2024 18:42 IST",
        "fee": "15.00",
        "reference": "412398765432",
        "balance": "18,306.55",
    }
    assert (result.amount, result.fee, result.balance) == (
        Decimal("2450.00"),
        Decimal("15.00"),
        Decimal("18306.55"),
    )


def test_an_html_message_behind_a_stub_is_read_from_the_html_part():
    result, text = read(HTML_BEHIND_A_STUB)
    assert result.is_transaction and result.part == "html"
    assert "View this email" not in text  # the spans index the HTML's text, not the stub
    assert sliced(result, text) == {
        "amount": "86.40",
        "currency": "$",
        "direction": "purchase",
        "merchant": "HARBOR BOOKS",
        "account_last4": "3307",
        "occurred_at": "May 14, 2024 at 4:55 PM ET",
        "card_network": "Visa",
    }


def test_an_implied_currency_points_at_the_amount():
    result, text = read(IMPLIED_CURRENCY)
    assert result.currency == "INR"
    assert result.spans["currency"] == result.spans["amount"]
    assert sliced(result, text)["amount"] == "1,250.00"
    assert sliced(result, text)["merchant"] == "GREEN LEAF PHARMACY"
    # No date in the text: the Date header's moment has no span, and says so in its confidence.
    assert "occurred_at" not in result.spans
    assert result.field_confidence["occurred_at"] == 0.5


def test_spans_line_up_after_digits_of_other_scripts_are_read():
    result, text = read(ARABIC_DIGITS)
    found = sliced(result, text)
    assert result.amount == Decimal("320.50")
    assert found["amount"] == "320.50" and found["currency"] == "AED"
    assert found["account_last4"] == "4412"


@pytest.mark.parametrize("raw", [TEXT_ALERT, HTML_BEHIND_A_STUB, IMPLIED_CURRENCY, ARABIC_DIGITS])
def test_every_span_slices_its_own_value(raw: bytes):
    result, text = read(raw)
    fields = result.to_fields()
    for name in WITH_VALUE:
        if fields[name] is None or (name == "occurred_at" and name not in result.spans):
            continue
        start, end = result.spans[name]
        assert 0 <= start < end <= len(text), name
        written = text[start:end]
        if name in ("amount", "balance", "fee"):
            assert parse_number(written, str(result.currency)) == Decimal(str(fields[name]))
        elif name in ("account_last4", "reference"):
            assert written.endswith(str(fields[name]))
        elif name in ("merchant", "card_network"):
            assert written.casefold().replace(" ", "") == str(fields[name]).casefold().replace(
                " ", ""
            )


@pytest.mark.parametrize("raw", [TEXT_ALERT, HTML_BEHIND_A_STUB, IMPLIED_CURRENCY])
def test_every_field_has_a_confidence_between_0_and_1(raw: bytes):
    result, _ = read(raw)
    fields = result.to_fields()
    named = {name for name in WITH_VALUE if fields[name] is not None}
    assert named <= set(result.field_confidence)
    assert all(0.0 <= value <= 1.0 for value in result.field_confidence.values())
    assert fields["field_confidence"] == result.field_confidence
    assert fields["part"] == result.part
    assert fields["spans"] == {name: list(span) for name, span in result.spans.items()}


def test_an_ambiguous_currency_is_less_sure_than_a_code():
    code, _ = read(TEXT_ALERT.replace(b"Rs.2,450.00", b"INR 2,450.00"))
    dollar, _ = read(HTML_BEHIND_A_STUB)
    assert code.field_confidence["currency"] > dollar.field_confidence["currency"]


def test_a_rejection_records_its_part_and_confidence():
    otp = TEXT_ALERT.replace(
        b"Dear customer, Rs.2,450.00 has been debited",
        b"Your OTP is 482913 for a payment of Rs.2,450.00. Never share it. Debited",
    )
    result, _ = read(otp)
    assert not result.is_transaction
    assert result.part == "text"
    assert result.field_confidence == {"is_transaction": result.confidence}


def test_read_text_is_the_subject_then_the_body():
    email = parse_email(TEXT_ALERT)
    text = read_text(email)
    assert text == f"{email.subject}\n{email.text}"
    assert text.startswith("Debit alert on your account\nDear customer")


@pytest.mark.parametrize(
    ("raw", "part"),
    [
        (TEXT_ALERT, "text"),
        (HTML_BEHIND_A_STUB, "html"),
        (
            b"From: a@b.example\nSubject: x\nDate: Tue, 14 May 2024 19:05:00 +0000\n"
            b"Content-Type: text/html\n\n<p>Paid $5.00 at <b>KIOSK</b></p>",
            "html",
        ),
        (b"From: a@b.example\nSubject: x\nDate: Tue, 14 May 2024 19:05:00 +0000\n\n", None),
    ],
)
def test_the_parser_records_which_part_it_read(raw: bytes, part: str | None):
    assert parse_email(raw).part == part
