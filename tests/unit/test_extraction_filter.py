"""The non-transaction filter: mail that quotes money, cards and merchants but is not a
transaction must never come out as one."""

from datetime import UTC, datetime

import pytest

from app.extraction import extract
from app.mail.message import ParsedEmail

RECEIVED = datetime(2024, 5, 12, 10, 0, tzinfo=UTC)


def email(text: str, subject: str = "Alert", sender: str = "alerts@examplebank.com") -> ParsedEmail:
    return ParsedEmail("<t@example>", sender, "Example Bank", subject, RECEIVED, text, len(text))


@pytest.mark.parametrize(
    ("subject", "text", "reason"),
    [
        (
            "Transaction alert",
            "OTP for txn of INR 5,000.00 at AMAZON on card ending 1234 is "
            "482913. Valid for 10 mins.",
            "otp",
        ),
        (
            "Your code",
            "739201 is your one-time password for the payment of $45.00 at BEST BUY.",
            "otp",
        ),
        (
            "Sicherheit",
            "Ihr Bestätigungscode lautet: 551923. Zahlung über 12,00 € bei Otto.",
            "otp",
        ),
        (
            "Card alert",
            "Your transaction of Rs 2,000 at FLIPKART on card XX1234 was declined due "
            "to insufficient balance.",
            "declined",
        ),
        (
            "Update",
            "Payment of ₹450.00 to Swiggy failed. Money debited will be refunded.",
            "declined",
        ),
        ("Karte", "Deine Zahlung über 30,00 € bei MediaMarkt wurde abgelehnt.", "declined"),
        ("Pago", "Operación denegada: compra de 12,00 € en ZARA.", "declined"),
        (
            "EMI",
            "Your EMI of Rs. 4,512.00 will be debited on 05-Jun-24 from A/c XX1234.",
            "reminder",
        ),
        ("Bill", "Your bill of $89.99 is due on June 5, 2024.", "reminder"),
        ("Renewal", "Your plan will renew on May 30. You'll be charged $9.99.", "reminder"),
        ("Lastschrift", "Wir ziehen 49,99 EUR am 01.06.2024 von Ihrem Konto ein.", "reminder"),
        ("Prélèvement", "Votre facture de 35,00 € sera prélevée le 05/06/2024.", "reminder"),
        ("Estado", "Tu recibo de 20,00 € se cargará el día 5.", "reminder"),
        (
            "Your card statement",
            "Statement balance $1,234.56. Minimum payment due $35.00.",
            "statement_notice",
        ),
        (
            "Hello",
            "Your e-statement for April is attached. Closing balance: Rs. 45,000.",
            "statement_notice",
        ),
        (
            "Loan",
            "You have a pre-approved loan of Rs. 5,00,000 credited in 10 seconds!",
            "promotion",
        ),
        ("Deals", "Get 50% off. Offer ends soon: Rs 199 only.", "promotion"),
        ("Monthly", "Here's your spending summary: you spent $2,345.00 in April.", "newsletter"),
        ("Security", "You logged in to NetBanking at 10:32. Balance: Rs 12,000.", "login_alert"),
        (
            "AutoPay",
            "UPI AutoPay mandate created for NETFLIX for up to Rs. 649.00 monthly.",
            "mandate",
        ),
        ("Venmo", "Kevin requests $25.00 for pizza.", "payment_request"),
        ("Package", "Your order has shipped. Order total $45.00.", "order_update"),
        (
            "Balance",
            "Your available balance is $45.00, below the $100.00 alert amount.",
            "balance_alert",
        ),
        ("Balance", "Your account balance is Rs. 12,345.67 as of today.", "no_amount"),
        ("Hello", "Thanks for being with us.", "no_amount"),
    ],
)
def test_non_transactions_are_rejected_with_a_reason(subject: str, text: str, reason: str) -> None:
    result = extract(email(text, subject))
    assert not result.is_transaction
    assert result.amount is None
    assert result.rejection_reason
    if reason in ("otp", "declined", "reminder"):  # the others are worded per sender
        assert result.rejection_reason == reason


def test_a_security_footer_does_not_turn_an_alert_into_an_otp() -> None:
    text = (
        "Rs.500.00 has been debited from account **1234 to VPA shop@ybl SHOP on 12-05-24. "
        "Never share your OTP, PIN or CVV with anyone. Call 1800 258 6161."
    )
    assert extract(email(text)).is_transaction


def test_a_refund_for_a_failed_payment_is_a_credit_not_a_decline() -> None:
    text = "Refund of Rs 450.00 for your failed UPI payment has been credited to A/c XX1234."
    result = extract(email(text))
    assert result.is_transaction
    assert result.direction == "credit"


def test_will_be_credited_is_not_money_that_moved() -> None:
    result = extract(email("Cashback of ₹50 will be credited to your wallet in 24 hours."))
    assert not result.is_transaction


def test_a_paid_subscription_is_not_a_payment() -> None:
    result = extract(email("A paid subscription costs $8/month. Unsubscribe any time."))
    assert not result.is_transaction


def test_not_charged_is_not_a_charge() -> None:
    result = extract(email("Your trip was cancelled. You were not charged $5.00."))
    assert not result.is_transaction


def test_every_cue_phrase_is_found_where_it_stands_alone() -> None:
    """The cue scan keeps the longest phrase at each place: a phrase that never comes out on
    its own would be dead weight in the lexicon."""
    from app.extraction import lexicon

    for cue_class, phrases in lexicon.CUES.items():
        for phrase in phrases:
            found = lexicon.scan(f"x {phrase} x")
            assert any(cue_class in classes for _, _, classes in found), (cue_class, phrase)


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Payment received",
            "We have received your payment of Rs 12,000 towards your credit card XX1234.",
        ),
        ("Mandate", "Your e-mandate of Rs 5,000 for ACME LOANS has been received for processing."),
        (
            "Rate change",
            "The interest rate on your home loan changes from 8.5% to 8.75% p.a. "
            "Your EMI of Rs 24,500 stays the same.",
        ),
        (
            "Refunds",
            "How refunds work: if a payment of Rs 500 fails, the money is refunded in 5 days. "
            "For example, a refund of Rs 200 shows as a credit.",
        ),
        ("Kodi", "Nambari yako ya uthibitisho ni 4821 kwa malipo ya TSh 25,000."),
        ("Anmeldung", "Neue Anmeldung bei Ihrem Konto. Kontostand: 1.234,56 EUR."),
        ("รหัส OTP", "รหัส OTP ของคุณคือ 123456 สำหรับการชำระเงิน 500.00 บาท"),
        ("Отказ", "Отказ: 320,00 BYN. Причина: недостаточно средств."),
        ("Lembrete", "Lembrete: a sua fatura de R$ 89,90 vence em 10/03."),
    ],
)
def test_non_transaction_classes_seen_failing(subject: str, text: str) -> None:
    result = extract(email(text, subject))
    assert not result.is_transaction, (result.amount, result.currency)
