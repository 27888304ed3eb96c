"""Each class of failure seen on mail from senders FinCoach had never read (issue #12), with
messages written for these tests: wording in many languages and bank shorthand, direction, which
amount is the payment, junk counterparties, and times written in the text."""

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from app.extraction import ExtractionResult, extract
from app.extraction.evaluation import merchant_matches
from app.mail.message import ParsedEmail

RECEIVED = datetime(2025, 3, 12, 16, 5, tzinfo=UTC)


def read(
    text: str,
    subject: str = "Alert",
    sender: str = "alerts@bank.example",
    name: str = "Example Bank",
    received: datetime = RECEIVED,
) -> ExtractionResult:
    return extract(ParsedEmail("<t@example>", sender, name, subject, received, text, len(text)))


@pytest.mark.parametrize(
    ("sender", "subject", "text", "amount", "currency", "direction", "merchant"),
    [
        (  # Dutch
            "info@bank.nl",
            "Betaling",
            "U heeft € 23,45 betaald aan Albert Heijn met uw pas eindigend op 4411.",
            "23.45",
            "EUR",
            "debit",
            "Albert Heijn",
        ),
        (  # Japanese
            "info@card.example.jp",
            "カードご利用のお知らせ",
            "3月12日 21時05分に、カード末尾1234のカードで"
            "セブンイレブンにて1,280円のご利用がありました。",
            "1280",
            "JPY",
            "debit",
            "セブンイレブン",
        ),
        (  # Swahili
            "mpesa@mobile.example.co.tz",
            "Muamala",
            "Umetuma TSh 45,000.00 kwa AMINA SELEMANI 0712XXX345 tarehe 12/3/25 saa 18:40.",
            "45000.00",
            "TZS",
            "debit",
            "Amina Selemani",
        ),
        (  # Thai
            "alert@bank.example.co.th",
            "แจ้งเตือนรายการ",
            "ชำระเงิน 450.00 บาท ที่ Central World จากบัญชี xxx-x-x5678-x วันที่ 12/03/68 18:22",
            "450.00",
            "THB",
            "debit",
            "Central World",
        ),
        (  # Spanish
            "avisos@banco.example.es",
            "Compra con tarjeta",
            "Se ha realizado una compra en MERCADONA por 34,20 € con tu tarjeta terminada en 9911.",
            "34.20",
            "EUR",
            "debit",
            "Mercadona",
        ),
        (  # Portuguese
            "avisos@banco.example.com.br",
            "Compra aprovada",
            "Compra aprovada de R$ 58,90 em PADARIA REAL no cartão final 2233.",
            "58.90",
            "BRL",
            "debit",
            "Padaria Real",
        ),
        (  # bank shorthand: Dr, A/c
            "alerts@bank.example.in",
            "Txn alert",
            "Dr INR 500.00 from A/c XX7788 on 12-03-25 towards UPI/DR/512345678901/RAVI KUMAR/ok.",
            "500.00",
            "INR",
            "debit",
            "Ravi Kumar",
        ),
    ],
)
def test_wording_in_many_languages(
    sender: str,
    subject: str,
    text: str,
    amount: str,
    currency: str,
    direction: str,
    merchant: str,
) -> None:
    result = read(text, subject, sender)
    assert result.is_transaction, result.rejection_reason
    assert (result.amount, result.currency, result.direction) == (
        Decimal(amount),
        currency,
        direction,
    )
    assert merchant_matches(result.merchant, merchant), result.merchant


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        (
            "A Cr. transaction of Rs.2,500.00 has been made in your A/c XX1212 on 12-03-25.",
            "credit",
        ),
        ("Rs 21.00 has been debited. CAFE NOOR has received Rs 21 from your A/c XX1212.", "debit"),
        ("SHOP24 has received Rs 99.00 from your A/c XX1212 via UPI.", "debit"),
        ("Cashback of Rs 50.00 has been credited to your wallet for your recharge.", "credit"),
        ("Cashback reversal: Rs 50.00 has been deducted from your wallet.", "debit"),
        ("A refund of $18.20 from TARGET has been credited to your card ending 1209.", "credit"),
    ],
)
def test_direction(text: str, direction: str) -> None:
    result = read(text)
    assert result.is_transaction, result.rejection_reason
    assert result.direction == direction


def test_the_payment_beats_its_fee() -> None:
    result = read(
        "Transfer of ETB 500.00 to ABEBE KEBEDE was successful. Service charge ETB 2.00 and "
        "VAT ETB 0.30. Total debited ETB 502.30.",
        sender="alerts@bank.example.et",
    )
    assert (result.amount, result.currency) == (Decimal("500.00"), "ETB")
    assert result.fee == Decimal("2.00")


@pytest.mark.parametrize(
    "text",
    [
        "Rs 250.00 debited from A/c XX1212 to VPA shop@upi (upi",
        "INR 250.00 spent on card XX1212. To stop these alerts, Opt-out here.",
        "You paid USD 40.00. USD",
    ],
)
def test_no_junk_counterparty(text: str) -> None:
    result = read(text)
    assert result.is_transaction
    assert (result.merchant or "").lower() not in {"(upi", "upi", "opt-out", "usd", "inr"}


def test_an_evening_ist_alert_is_stored_at_its_true_instant() -> None:
    """An alert written at 21:40 IST on 12 March, mailed at 16:30 UTC (22:00 IST): the true
    instant is 16:10 UTC, not 21:40 UTC (which would be in the future)."""
    received = datetime(2025, 3, 12, 16, 30, tzinfo=UTC)
    result = read(
        "Rs.1,250.00 debited from A/c XX1212 on 12-03-2025 21:40:00 IST at PVR CINEMAS.",
        sender="alerts@bank.example.in",
        received=received,
    )
    ist = timezone(timedelta(hours=5, minutes=30))
    assert result.occurred_at == datetime(2025, 3, 12, 21, 40, tzinfo=ist)
    assert result.occurred_at.astimezone(UTC) == datetime(2025, 3, 12, 16, 10, tzinfo=UTC)
    assert result.occurred_at_from_text
    assert result.occurred_at <= received


def test_a_time_without_a_zone_is_read_in_the_senders_home_zone() -> None:
    result = read(
        "Your card XX1212 was used for Rs 300.00 at CAFE on 12-03-2025 21:40.",
        sender="alerts@bank.example.in",
        received=datetime(2025, 3, 12, 16, 30, tzinfo=UTC),
    )
    assert result.occurred_at is not None
    assert result.occurred_at.astimezone(UTC) == datetime(2025, 3, 12, 16, 10, tzinfo=UTC)


def test_a_figure_like_a_day_and_month_is_not_a_date() -> None:
    """A fare of £30.04 is money, not 30 April: a day.month with no year is a date only when a time
    follows it. The payment keeps the time the mail was sent."""
    received = datetime(2025, 11, 23, 1, 17, 18, tzinfo=UTC)
    result = read(
        "Thanks for riding. Total £35.35\nTrip fare £30.04\nBooking fee £5.31\nPickup 1:17 AM",
        sender="noreply@rides.example.com",
        received=received,
    )
    assert result.amount == Decimal("35.35")
    assert result.occurred_at is not None
    assert result.occurred_at.astimezone(UTC).date() == received.date()
    dated = read("Card XX1212 used for EUR 12.50 at CAFE on 23.11 14:32.", received=received)
    assert dated.occurred_at is not None
    assert (dated.occurred_at.month, dated.occurred_at.day) == (11, 23)


def test_every_field_keeps_where_it_was_read() -> None:
    text = (
        "Rs.1,250.00 debited from A/c XX1212 on 12-03-2025 21:40 at PVR CINEMAS. Ref 412345678901"
    )
    result = read(text, subject="Alert", sender="alerts@bank.example.in")
    document = f"Alert\n{text}"
    start, end = result.spans["amount"]
    assert document[start:end] == "1,250.00"
    start, end = result.spans["account_last4"]
    assert document[start:end].endswith("1212")
    start, end = result.spans["reference"]
    assert document[start:end] == "412345678901"


@pytest.mark.parametrize(
    ("sender", "text", "amount", "direction"),
    [
        (  # Latvian: "incoming payment" is money in, though "payment" alone reads as out
            "zinas@banka.lv",
            "Ienākošs maksājums 45,10 EUR no Anna Kalniņa, 04.03.2025 09:15.",
            "45.10",
            "credit",
        ),
        (  # Georgian: a card debit
            "info@banki.ge",
            "ბარათიდან ჩამოჭრა 18.40 ₾, 4 მარტი 2025 09:15, ობიექტი: Spar",
            "18.40",
            "debit",
        ),
        (  # Czech, without diacritics: an incoming payment
            "info@banka.cz",
            "Prichozi platba 1 200,00 CZK na ucet *5521 dne 4.3.2025.",
            "1200.00",
            "credit",
        ),
        (  # Kazakh: a card payment
            "info@bank.kz",
            "Картамен төлем: 2 500,00 ₸. Күні: 4 наурыз 2025, 09:15",
            "2500.00",
            "debit",
        ),
    ],
)
def test_direction_words_in_more_languages(sender, text, amount, direction):
    result = read(text, sender=sender)
    assert result.is_transaction
    assert result.amount == Decimal(amount)
    assert result.direction == direction


@pytest.mark.parametrize(
    ("sender", "text", "local"),
    [
        # No hand-listed home zone: the country's only zone in the tz database says where.
        ("info@banka.lv", "Pirkums 12,00 EUR, Rimi, 04.03.2025 plkst. 21:40", (2025, 3, 4, 21, 40)),
        ("info@banki.ge", "გადახდა 9.00 ₾, 4 მარტი 2025, 21:40, Nikora", (2025, 3, 4, 21, 40)),
        ("info@banki.is", "Úttekt 4.500 kr. 4. mars 2025 kl. 21:40, Bónus", (2025, 3, 4, 21, 40)),
    ],
)
def test_a_bare_time_is_read_in_the_senders_zone_by_its_country(sender, text, local):
    from zoneinfo import ZoneInfo

    from app.extraction import origin

    result = read(text, sender=sender, received=datetime(2025, 3, 4, 23, 0, tzinfo=UTC))
    zone = ZoneInfo(origin.home_zone(origin.country_of(sender)) or "UTC")
    assert result.occurred_at == datetime(*local, tzinfo=zone)
    assert zone.key != "UTC"
