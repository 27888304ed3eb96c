"""Sender-specific reading: each institution's usual alert shape gives the right fields, and the
sender decides what a bare "$" means, how numeric dates read and who a receipt is from."""

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from app.extraction import ExtractionResult, extract
from app.extraction.senders import UNKNOWN, profile_for
from app.mail.message import ParsedEmail

IST = timezone(timedelta(hours=5, minutes=30))
EDT = timezone(timedelta(hours=-4))


def read(
    sender: str, subject: str, text: str, received: datetime, name: str = ""
) -> ExtractionResult:
    email = ParsedEmail("<t@example>", sender, name, subject, received, text, len(text))
    result = extract(email)
    assert result.is_transaction, result.rejection_reason
    return result


def test_hdfc_upi_debit() -> None:
    result = read(
        "alerts@hdfcbank.net",
        "You have done a UPI txn. Check details!",
        "Dear Customer, Rs.1,050.00 has been debited from account **9921 to VPA "
        "chaipoint@ybl CHAI POINT on 03-02-24. Your UPI transaction reference number is "
        "403312345678.",
        datetime(2024, 2, 3, 18, 5, tzinfo=IST),
    )
    assert (result.amount, result.currency, result.direction) == (
        Decimal("1050.00"),
        "INR",
        "debit",
    )
    assert (result.merchant, result.account_last4, result.reference) == (
        "CHAI POINT",
        "9921",
        "403312345678",
    )
    assert result.occurred_at == datetime(2024, 2, 3, 18, 5, tzinfo=IST)  # same day: the Date


def test_hdfc_credit_card_with_time_and_limit() -> None:
    result = read(
        "alerts@hdfcbank.net",
        "Alert : Update on your HDFC Bank Credit Card",
        "Thank you for using your HDFC Bank Credit Card ending 4410 for Rs 2,399.00 at "
        "MYNTRA DESIGNS PVT LTD on 09-03-2024 21:14:07. After the above transaction, the "
        "available limit on your card is Rs 1,12,600.00.",
        datetime(2024, 3, 9, 21, 20, tzinfo=IST),
    )
    assert (result.amount, result.merchant, result.account_last4) == (
        Decimal("2399.00"),
        "MYNTRA DESIGNS",
        "4410",
    )
    assert result.balance is None  # an available credit limit is not a balance
    assert result.occurred_at == datetime(2024, 3, 9, 21, 14, 7, tzinfo=IST)


def test_icici_account_debit_reads_the_info_line() -> None:
    result = read(
        "alert@icicibank.com",
        "Transaction alert",
        "Your ICICI Bank Account XX310 has been debited with INR 820.00 on 14-Apr-24. "
        "Info: UPI-410512345678-BLINKIT. The Available Balance in your Account is INR "
        "23,410.55.",
        datetime(2024, 4, 14, 9, 0, tzinfo=IST),
    )
    assert (result.merchant, result.reference, result.account_last4) == (
        "BLINKIT",
        "410512345678",
        "310",
    )
    assert result.balance == Decimal("23410.55")


def test_sbi_sms_style_debit() -> None:
    result = read(
        "donotreply.sbiatm@alerts.sbi.co.in",
        "Transaction Alert",
        "Dear SBI User, your A/c X7781-debited by Rs250.0 on 21Jun24 transfer to MEENA "
        "STORES Ref No 417312345678. If not done by u, fwd this SMS to 9223008333",
        datetime(2024, 6, 21, 12, 0, tzinfo=IST),
    )
    assert (result.amount, result.merchant, result.account_last4) == (
        Decimal("250.00"),
        "MEENA STORES",
        "7781",
    )


def test_axis_card_with_ist_time_in_a_utc_email() -> None:
    result = read(
        "alerts@axisbank.com",
        "INR 640.00 spent on credit card no. XX5512",
        "INR 640.00 was spent on Credit Card no. XX5512 on 02-07-24 22:41:09 IST at "
        "ZEPTO MARKETPLACE. Avl Lmt: INR 88,100.00",
        datetime(2024, 7, 2, 17, 15, tzinfo=UTC),
    )
    assert result.occurred_at == datetime(2024, 7, 2, 22, 41, 9, tzinfo=IST)
    assert result.merchant == "ZEPTO MARKETPLACE"


def test_kotak_upi_to_a_bare_vpa() -> None:
    result = read(
        "bankalerts@kotak.com",
        "Transaction alert",
        "Sent Rs.75.00 from Kotak Bank AC X4402 to tapri.chai@okaxis on 05-08-24.UPI Ref "
        "421812345678.",
        datetime(2024, 8, 5, 8, 30, tzinfo=IST),
    )
    assert (result.merchant, result.account_last4) == ("tapri.chai", "4402")


def test_google_pay_india() -> None:
    result = read(
        "googlepay-noreply@google.com",
        "You paid ₹310.00 to Ravi Kumar",
        "You paid ₹310.00 to Ravi Kumar\nTo: Ravi Kumar (ravi.k@oksbi)\n"
        "From: HDFC Bank ••2231\nUPI transaction ID: 418812345678",
        datetime(2024, 7, 6, 20, 0, tzinfo=IST),
    )
    assert (result.merchant, result.account_last4, result.reference) == (
        "Ravi Kumar",
        "2231",
        "418812345678",
    )


def test_chase_card_time_in_eastern_time() -> None:
    result = read(
        "no.reply.alerts@chase.com",
        "Your $18.40 transaction with SWEETGREEN",
        "You made a $18.40 transaction\nAccount: Freedom (...7720)\n"
        "Date: Jan 9, 2024 at 12:31 PM ET\nMerchant: SWEETGREEN 0142\nAmount: $18.40",
        datetime(2024, 1, 9, 17, 32, tzinfo=UTC),
    )
    assert result.occurred_at == datetime(2024, 1, 9, 12, 31, tzinfo=timezone(timedelta(hours=-5)))
    assert (result.merchant, result.account_last4) == ("SWEETGREEN", "7720")


def test_amex_five_digit_account_ending_gives_four_digits() -> None:
    result = read(
        "americanexpress@welcome.americanexpress.com",
        "Large Purchase Approved",
        "Merchant: DELTA AIR LINES\nAmount: $612.30*\nDate: Fri, Mar 1, 2024\n"
        "Account Ending: 71005",
        datetime(2024, 3, 1, 15, 0, tzinfo=EDT),
    )
    assert (result.account_last4, result.merchant) == ("1005", "DELTA AIR LINES")


def test_capital_one_merchant_before_the_amount() -> None:
    result = read(
        "capitalone@notification.capitalone.com",
        "A new transaction was charged to your account",
        "As requested, we're notifying you that on March 3, 2024, at SQ *RITUAL COFFEE, a "
        "pending authorization or purchase in the amount of $6.75 was placed or charged on "
        "your Capital One Venture Credit Card ending in 3318.",
        datetime(2024, 3, 3, 9, 0, tzinfo=EDT),
    )
    assert (result.merchant, result.amount) == ("RITUAL COFFEE", Decimal("6.75"))


@pytest.mark.parametrize(
    ("text", "direction", "merchant"),
    [
        ("You sent $40.00 USD to Dana Lee", "debit", "Dana Lee"),
        ("Dana Lee sent you $40.00 USD", "credit", "Dana Lee"),
    ],
)
def test_paypal_direction_follows_who_sent(text: str, direction: str, merchant: str) -> None:
    result = read(
        "service@paypal.com",
        "PayPal",
        text + "\nTransaction ID: 8KD12345AB123456C",
        datetime(2024, 4, 2, 9, 0, tzinfo=EDT),
    )
    assert (result.direction, result.merchant, result.reference) == (
        direction,
        merchant,
        "8KD12345AB123456C",
    )


def test_venmo_paid_you_is_a_credit() -> None:
    result = read(
        "venmo@venmo.com",
        "Omar Ali paid you $12.00",
        "Omar Ali paid you $12.00\n🌮",
        datetime(2024, 4, 2, 9, 0, tzinfo=EDT),
    )
    assert (result.direction, result.merchant) == ("credit", "Omar Ali")


def test_revolut_and_monzo_in_pounds_and_euros() -> None:
    revolut = read(
        "no-reply@revolut.com",
        "Payment",
        "You paid €7.80 at Carrefour Market",
        datetime(2024, 6, 1, 12, 0, tzinfo=UTC),
    )
    monzo = read(
        "no-reply@monzo.com",
        "Payment",
        "You sent £15.00 to Ellie Shaw",
        datetime(2024, 6, 1, 12, 0, tzinfo=UTC),
    )
    assert (revolut.currency, revolut.merchant) == ("EUR", "Carrefour Market")
    assert (monzo.currency, monzo.merchant, monzo.direction) == ("GBP", "Ellie Shaw", "debit")


def test_barclays_uk_dates_are_day_first() -> None:
    result = read(
        "noreply@email.barclays.co.uk",
        "Barclays account alert",
        "A payment of £64.20 has been made from your account ending 5521 to THAMES WATER on "
        "03/04/2024.",
        datetime(2024, 4, 5, 9, 0, tzinfo=UTC),
    )
    assert result.occurred_at == datetime(2024, 4, 3, tzinfo=UTC)


@pytest.mark.parametrize(
    ("sender", "name", "subject", "text", "merchant"),
    [
        ("auto-confirm@amazon.com", "Amazon.com", "Your order", "Order Total: $23.99", "Amazon"),
        ("noreply@uber.com", "Uber", "Your Tuesday trip", "Total $14.10", "Uber"),
        ("noreply@uber.com", "Uber Eats", "Your order", "Total $31.45", "Uber Eats"),
        ("no_reply@email.apple.com", "Apple", "Your receipt from Apple.", "TOTAL $0.99", "Apple"),
        (
            "googleplay-noreply@google.com",
            "Google Play",
            "Your Google Play Order Receipt",
            "Total: $4.99",
            "Google Play",
        ),
    ],
)
def test_merchant_receipts_name_the_merchant(
    sender: str, name: str, subject: str, text: str, merchant: str
) -> None:
    result = read(sender, subject, text, datetime(2024, 5, 1, 12, 0, tzinfo=EDT), name)
    assert (result.merchant, result.direction) == (merchant, "debit")


def test_sender_profiles() -> None:
    assert profile_for("netbank@notifications.commbank.com.au").dollar == "AUD"
    assert profile_for("alerts@chase.com").month_first
    assert not profile_for("alerts@hdfcbank.net").month_first
    assert profile_for("someone@unknown-shop.com") is UNKNOWN
    assert profile_for("info@shop.de").currency == "EUR"  # a guess from the country domain
    assert profile_for("googleplay-noreply@google.com").brand == "Google Play"
