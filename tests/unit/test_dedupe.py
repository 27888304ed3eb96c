"""The ledger's merge rule, pure: what counts as a payment reference, and when two reports with
no shared reference are one payment (same amount, card and direction, minutes apart by the
times both texts state, two different senders)."""

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from app.extraction.result import ExtractionResult
from app.services.dedupe import (
    Report,
    payment_reference,
    reference_conflict,
    reference_key,
    same_by_time,
)


@pytest.mark.parametrize(
    "not_a_reference",
    [
        "CITI0000002",  # IFSC: bank (4) + 0 + branch (6)
        "HDFC0001234",
        "SBIN0005943",
        "DEUTDEFF",  # SWIFT/BIC, 8 and 11 characters
        "DEUTDEFF500",
        "HDFCINBBXXX",
        "20-00-00",  # sort code
        "200000",
        "GB82WEST12345698765432",  # IBAN: an account
        "4111111111111111",  # a whole card number (16 digits, Luhn)
        "4111 1111 1111 1111",
        "5500-0000-0000-0004",
        "9876543210",  # a mobile number
        "+919876543210",
        "919876543210",
        "07700900123",
        "XXXX1234",  # masked account or card
        "**4321",
        "8812",  # too short
        "A1B2",
        "ABCDEFGHIJ",  # no digits
        "12345678",  # a bare 8-digit number: an account, a date...
        "20250312",
        "IFSC CITI0000002",
        "A/c 123456789012",
        "UMRN HDFC7021812345678",  # a mandate: every monthly (or daily) debit repeats it
        "",
        None,
    ],
)
def test_what_is_not_a_payment_reference(not_a_reference):
    assert payment_reference(not_a_reference) is None


@pytest.mark.parametrize(
    ("reference", "normalised"),
    [
        ("UTR 412345678901", "412345678901"),
        ("RRN 512345678901", "512345678901"),
        ("TXN ID T2503121234567", "T2503121234567"),
        ("612345678901", "612345678901"),  # a UPI RRN on its own: 12 digits
        ("UPI Ref No: 612345678901", "612345678901"),
        ("upi612345678901", "612345678901"),  # the label glued on: the same payment
        ("CITIN24123456789", "CITIN24123456789"),  # a NEFT UTR
        ("ACT123456789", "ACT123456789"),
        ("402-1234567-1234567", "40212345671234567"),  # an order number
    ],
)
def test_what_is_a_payment_reference(reference, normalised):
    assert payment_reference(reference) == normalised


def test_the_words_in_front_decide_for_short_numbers():
    assert payment_reference("412345678") is None
    assert payment_reference("412345678", label="UTR No. ") == "412345678"
    assert payment_reference("412345678", label="Dear Customer, your ") is None
    assert payment_reference("412345678901", label="Beneficiary A/c no: ") is None
    assert payment_reference("CITIN24123456789", label="IFSC code: ") is None
    # A card number stays a card number whatever the label says.
    assert payment_reference("4111111111111111", label="Ref: ") is None


def test_the_key_is_the_reference_and_the_money():
    key = reference_key("UPI Ref 612345678901", Decimal("749"), "inr", "debit")
    assert key == "612345678901|749.00|INR|debit"
    assert reference_key("CITI0000002", Decimal("75000"), "INR", "credit") is None


AT = datetime(2026, 11, 20, 8, 32, tzinfo=UTC)
ACCOUNT = uuid.uuid4()
ALERT = Report(
    amount=Decimal("1299.00"),
    currency="INR",
    type="debit",
    occurred_at=AT,
    time_from_text=True,
    last4="1842",
    account_id=ACCOUNT,
    sender="alerts@hdfcbank.net",
)
RECEIPT = replace(ALERT, occurred_at=AT + timedelta(minutes=3), sender="auto-confirm@amazon.in")


def test_same_card_amount_and_direction_minutes_apart_by_the_texts_is_one_payment():
    assert same_by_time(ALERT, RECEIPT)
    assert same_by_time(RECEIPT, replace(ALERT, occurred_at=AT + timedelta(minutes=13)))


@pytest.mark.parametrize(
    "other",
    [
        replace(RECEIPT, occurred_at=AT + timedelta(hours=3)),
        replace(RECEIPT, occurred_at=AT + timedelta(minutes=10, seconds=1)),
        replace(RECEIPT, last4="9999"),
        replace(RECEIPT, last4=None),
        replace(RECEIPT, account_id=uuid.uuid4()),  # same digits, another issuer's card
        replace(RECEIPT, amount=Decimal("1299.01")),
        replace(RECEIPT, currency="USD"),
        replace(RECEIPT, type="credit"),
        replace(RECEIPT, time_from_text=False),  # its time is the email's Date header
        replace(RECEIPT, sender="alerts@hdfcbank.net"),  # one bank, two alerts: two payments
    ],
)
def test_anything_less_is_two_payments(other):
    assert not same_by_time(ALERT, other)
    assert not same_by_time(other, ALERT)


def test_two_different_references_are_two_payments_however_close():
    first = replace(ALERT, reference_key="612345678901|1299.00|INR|debit")
    second = replace(RECEIPT, reference_key="612345678902|1299.00|INR|debit")
    assert not same_by_time(first, second)
    assert same_by_time(first, replace(second, reference_key=None))


def test_a_shared_reference_still_needs_the_same_card_and_days_not_months():
    assert reference_conflict(ALERT, RECEIPT) is None
    assert reference_conflict(ALERT, replace(RECEIPT, last4=None)) is None
    assert reference_conflict(ALERT, replace(RECEIPT, last4="9999"))
    # A monthly mandate repeating its reference: next month's debit is another payment.
    assert reference_conflict(ALERT, replace(ALERT, occurred_at=AT + timedelta(days=30)))


def test_the_pipeline_reads_the_words_before_the_reference_from_its_span():
    """When the extractor says where it read the reference, the words in front of it reach the
    checker: "Beneficiary A/c 123456789012" is an account, whatever the extractor took it for."""
    from app.ingest.extract import Extracted
    from app.ingest.post import _reference_label
    from app.mail.message import ParsedEmail

    subject, body = "NEFT credit", "Rs 500 credited. Beneficiary A/c 123456789012 on 12-03."
    document = f"{subject}\n{body}"
    start = document.index("123456789012")
    email = ParsedEmail("<x@bank>", "alerts@bank.example", "", subject, AT, body, len(body))

    def item(span):
        result = ExtractionResult(
            is_transaction=True, reference="123456789012", spans={"reference": span}
        )
        return Extracted(uuid.uuid4(), email, result)

    label = _reference_label(item((start, start + 12)))
    assert label.endswith("Beneficiary A/c ")
    assert payment_reference("123456789012", label) is None
    assert payment_reference("123456789012") == "123456789012"  # without the label: an RRN
    assert _reference_label(item((0, 12))) == ""  # a span that does not hold it: ignored
