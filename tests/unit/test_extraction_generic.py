"""The generic rules, for senders without a profile: amounts, direction, counterparty, account,
balance and reference from common alert phrasing in English, German, French and Spanish."""

import time
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.categorization.merchants import normalise_merchant
from app.extraction import ExtractionResult, extract
from app.extraction.evaluation import merchant_matches
from app.mail.message import ParsedEmail

RECEIVED = datetime(2024, 9, 14, 16, 0, tzinfo=UTC)


def read(
    text: str,
    subject: str = "Notification",
    sender: str = "alerts@smallbank.example",
    name: str = "Small Bank",
) -> ExtractionResult:
    return extract(ParsedEmail("<t@example>", sender, name, subject, RECEIVED, text, len(text)))


@pytest.mark.parametrize(
    ("text", "amount", "currency", "direction", "merchant"),
    [
        (
            "INR 1,499.00 debited from your a/c XX8812 at CROMA ELECTRONICS MUMBAI on 14-09-24.",
            "1499.00",
            "INR",
            "debit",
            "CROMA ELECTRONICS",
        ),
        (
            "Your account XX8812 is credited with INR 25,000.00 by PRAKASH RAO on 14-09-24.",
            "25000.00",
            "INR",
            "credit",
            "PRAKASH RAO",
        ),
        (
            "A refund of $18.20 from TARGET 00231 has been credited to your card ending 1209.",
            "18.20",
            "USD",
            "credit",
            "TARGET",
        ),
        ("You spent 12,50 € at Bäckerei Schmidt.", "12.50", "EUR", "debit", "Bäckerei Schmidt"),
        (
            "Du hast 23,90 € bei dm-drogerie markt bezahlt.",
            "23.90",
            "EUR",
            "debit",
            "dm-drogerie markt",
        ),
        (
            "Un paiement par carte de 42,10 € a été effectué chez MONOPRIX le 14/09/2024.",
            "42.10",
            "EUR",
            "debit",
            "MONOPRIX",
        ),
        (
            "Se ha realizado un cargo de 9,99 € en SPOTIFY con tu tarjeta terminada en 2210.",
            "9.99",
            "EUR",
            "debit",
            "SPOTIFY",
        ),
        (
            "Has recibido una transferencia de 150,00 € de Marta Ruiz.",
            "150.00",
            "EUR",
            "credit",
            "Marta Ruiz",
        ),
        (
            "Rs 2,000 withdrawn at ATM S1BW0231 PUNE from A/c XX4410.",
            "2000.00",
            "INR",
            "debit",
            None,
        ),
        (
            "A purchase of $45 was made at SHELL 5521 with card ending 7741.",
            "45.00",
            "USD",
            "debit",
            "SHELL",
        ),
    ],
)
def test_common_alert_phrasing(
    text: str, amount: str, currency: str, direction: str, merchant: str | None
) -> None:
    result = read(text)
    assert result.is_transaction, result.rejection_reason
    assert (result.amount, result.currency, result.direction) == (
        Decimal(amount),
        currency,
        direction,
    )
    assert merchant_matches(result.merchant, merchant), result.merchant
    assert result.method == "rules"


def test_the_transaction_amount_beats_balance_limit_fee_and_tax() -> None:
    result = read(
        "Avl Bal: INR 9,000.00. Fee: INR 10.00. INR 700.00 debited from A/c XX1122 for "
        "electricity. Available limit INR 50,000.00."
    )
    assert result.amount == Decimal("700.00")
    assert result.balance == Decimal("9000.00")


def test_receipt_total_wins_over_line_items() -> None:
    result = read(
        "Thanks for your order!\nItem 1: $12.00\nItem 2: $8.50\nSubtotal: $20.50\n"
        "Tax: $1.69\nTotal: $22.19",
        subject="Your order receipt",
        sender="orders@cornerbakery.example",
        name="Corner Bakery",
    )
    assert (result.amount, result.direction) == (Decimal("22.19"), "debit")
    assert merchant_matches(result.merchant, "Corner Bakery")  # a shop's receipt names the shop


@pytest.mark.parametrize(
    ("text", "last4"),
    [
        ("Rs 100 debited from A/c XX1234", "1234"),
        ("Rs 100 debited from account **5755", "5755"),
        ("$5.00 charged to card ending in 0042", "0042"),
        ("$5.00 charged. Account Ending: 51004", "1004"),
        ("€5,00 belastet, Karte ****7788", "7788"),
        ("$5.00 paid with Visa •••• 3141", "3141"),
        ("$5.00 paid with Mastercard (...2718)", "2718"),
        ("€5,00 bezahlt, Konto DE89 **** **** **** **12 34", "1234"),
        ("5,00 € cargo en tarjeta terminada en 6543", "6543"),
    ],
)
def test_account_last_digits(text: str, last4: str) -> None:
    assert read(text).account_last4 == last4


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("Rs 100 debited. UPI Ref No 412345678901.", "412345678901"),
        ("Rs 100 debited. UTR: 967082400867", "967082400867"),
        ("$5.00 paid. Transaction ID: 9XY12345AB1234567", "9XY12345AB1234567"),
        ("Paid $5.00. Confirmation number: 112-1234567-7654321", "112-1234567-7654321"),
        ("Rs 100 debited. Info: IMPS/P2A/412398765432/ASHA", "412398765432"),
    ],
)
def test_references(text: str, reference: str) -> None:
    assert read(text).reference == reference


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("SWIGGY*ORDER 8812", "Swiggy"),
        ("SQ *BLUE BOTTLE COFFEE", "Blue Bottle Coffee"),
        ("PAYPAL *STEAM GAMES", "Steam Games"),
        ("CHEVRON 0207 SEATTLE WA", "Chevron"),
        ("STARBUCKS STORE 12345", "Starbucks"),
        ("Etsy, Inc.", "Etsy"),
        ("NETFLIX.COM", "Netflix"),
    ],
)
def test_the_one_merchant_normaliser_names_counterparties(raw: str, clean: str) -> None:
    """Extraction keeps the counterparty as written; app.categorization.merchants is the one
    place that cleans it into a name."""
    assert normalise_merchant(raw)[0] == clean


def test_confidence_is_higher_for_a_known_sender_with_full_details() -> None:
    known = extract(
        ParsedEmail(
            "<a@x>",
            "alerts@hdfcbank.net",
            "HDFC Bank",
            "UPI txn",
            RECEIVED,
            "Rs.100.00 has been debited from account **1234 to VPA a@ybl ASHA on 14-09-24.",
            80,
        )
    )
    vague = read("Thank you. Total: 100.00 EUR", sender="shop@unknown.example", name="")
    assert 0.0 <= vague.confidence < known.confidence <= 1.0


@pytest.mark.parametrize(
    "junk",
    [
        "1" * 60000,
        "Rs " * 20000,
        "paid to X " * 6000,
        "12-05-" * 10000,
        "$1 " * 20000,
        "xx1 " * 15000,
        "A B C D " * 8000,
        "\n" * 60000,
        "at " * 20000,
    ],
)
def test_pathological_bodies_never_hang_or_raise(junk: str) -> None:
    # A guard against unbounded work (catastrophic backtracking), not a speed check: speed is
    # bench/extraction_eval.py's. The limit is far above normal times so a busy CI never trips.
    started = time.perf_counter()
    read("Rs.500.00 debited from your a/c XX1234 on 12-05-24 " + junk)
    read(junk)
    assert time.perf_counter() - started < 10.0


def test_amount_owed_on_a_card_is_not_the_transaction() -> None:
    result = read(
        "Thank you for using your Credit Card ending 9012 for Rs 2,343.39 at NYKAA E RETAIL. "
        "The available balance on your card is Rs 45,082.40 and the total outstanding is "
        "Rs 7,371.34."
    )
    assert result.amount == Decimal("2343.39")


def test_order_total_beats_item_total() -> None:
    result = read(
        "Item Total ₹1,010.96\nDelivery partner fee ₹112.33\nOrder Total ₹1,123.29\nPaid Via UPI",
        subject="Your order was delivered",
    )
    assert result.amount == Decimal("1123.29")


def test_direction_from_another_mention_of_the_same_amount() -> None:
    result = read(
        "A $45.21 credit from LYFT *RIDE SUN 5PM was posted to your account.\n\n"
        "Account Chase Sapphire Preferred (...1842)\nDate January 10, 2024\n"
        "Merchant LYFT *RIDE SUN 5PM\nAmount $45.21"
    )
    assert (result.amount, result.direction) == (Decimal("45.21"), "credit")
    assert merchant_matches(result.merchant, "Lyft")


def test_neft_line_without_an_info_label() -> None:
    result = read(
        "INR 1,85,000.00 deposited in A/c XX4821 on 31-JAN-24 for NEFT Cr-CITI0000002-ACME "
        "TECHNOLOGIES PVT LTD-ALEX RAO-SALARY JAN 2024.Avl bal INR 4,56,536.57."
    )
    # CITI0000002 is the sending bank's IFSC, not a payment reference: every salary through
    # that bank carries it, and taking it as a reference merged twelve months into one.
    assert (result.direction, result.reference) == ("credit", None)
    assert merchant_matches(result.merchant, "ACME TECHNOLOGIES")
    assert result.balance == Decimal("456536.57")


def test_a_masked_mobile_number_is_not_an_account() -> None:
    result = read(
        "Thank you for your payment of ₹599.00 for Airtel Postpaid number 98XXXXX210.",
        sender="ebill@biller.example",
        name="Airtel",
    )
    assert result.account_last4 is None
    assert merchant_matches(result.merchant, "Airtel")


def test_running_text_after_a_preposition_is_not_a_payee() -> None:
    result = read(
        "Rs 500.00 spent on card XX1234. If you have not done this transaction, please call "
        "1800 258 6161 to report this transaction."
    )
    assert result.merchant is None


def test_a_cash_tag_is_a_payee() -> None:
    result = read("You paid $12.00 to $sarahj for Lunch.", sender="cash@square.com")
    assert result.merchant == "$sarahj"


@pytest.mark.parametrize(
    ("text", "merchant"),
    [
        # A longer label wins over its first word ("Merchant detail:", not "Merchant" + name).
        (
            "Card purchase\nPurchase amount: $48.20\nMerchant detail: HARBOR LIGHT BAKERY\n"
            "Card ending in: 7731",
            "HARBOR LIGHT BAKERY",
        ),
        # "for" and "paid" introduce a counterparty written as a name.
        (
            "KES 2,150.00 has been debited from your account ...5512 on 14-09-2024 for "
            "MAMA OLIECH RESTAURANT.",
            "MAMA OLIECH RESTAURANT",
        ),
        ("You paid Priya Raman $75.00\n\nrent share\nPayment ID: 5512093318", "Priya Raman"),
    ],
)
def test_counterparty_wording(text: str, merchant: str) -> None:
    result = read(text, subject="Payment", name="Small Bank")
    assert result.is_transaction
    assert merchant_matches(result.merchant, merchant), result.merchant


def test_a_time_is_never_the_counterparty() -> None:
    result = read(
        "You made a $12.40 transaction with your card ending 4410 on Sep 14, 2024 at 7:15 PM ET.",
        subject="Your card transaction",
        sender="alerts@bigbank.example.com",
        name="Big Bank",
    )
    assert result.is_transaction and result.amount == Decimal("12.40")
    assert result.merchant is None or ":" not in result.merchant
