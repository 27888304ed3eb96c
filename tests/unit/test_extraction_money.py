"""The money parser: currency symbols and codes before or after the number, Western and Indian
digit grouping, decimal commas, and numbers that are not money."""

from decimal import Decimal

import pytest

from app.extraction.money import find_money, parse_money, parse_number


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Rs.4,800.00 has been debited", "4800.00", "INR"),
        ("Rs 500 sent", "500", "INR"),
        ("Rs500.0 on 12May24", "500.0", "INR"),
        ("INR 1,23,456.78 credited", "123456.78", "INR"),
        ("₹ 12,34,567.50", "1234567.50", "INR"),
        ("₹1,25,000", "125000", "INR"),
        ("$1,234.56 charged", "1234.56", "USD"),
        ("US$ 12.50", "12.50", "USD"),
        ("USD 45.99.", "45.99", "USD"),
        ("45.99 USD", "45.99", "USD"),
        ("€12.40", "12.40", "EUR"),
        ("12,40 €", "12.40", "EUR"),
        ("1.234,56 EUR", "1234.56", "EUR"),
        ("1\u00a0234,56 €", "1234.56", "EUR"),
        ("EUR 1.234", "1234", "EUR"),
        ("£1,234", "1234", "GBP"),
        ("GBP 9.99", "9.99", "GBP"),
        ("AED 245.00", "245.00", "AED"),
        ("SGD38.90", "38.90", "SGD"),
        ("S$ 14.20", "14.20", "SGD"),
        ("Ksh1,500.00 paid", "1500.00", "KES"),
        ("KES 2,000", "2000", "KES"),
        ("¥3,480", "3480", "JPY"),
        ("3,480円", "3480", "JPY"),
        ("CAD 45.00", "45.00", "CAD"),
        ("A$82.10", "82.10", "AUD"),
        ("CHF 1'234.50", "1234.50", "CHF"),
        ("KWD 12.345", "12.345", "KWD"),
    ],
)
def test_amounts_in_every_common_style(text: str, amount: str, currency: str) -> None:
    money = parse_money(text)
    assert money is not None
    assert money.amount == Decimal(amount)
    assert money.currency == currency
    assert isinstance(money.amount, Decimal)


def test_a_code_after_a_dollar_sign_names_the_dollar() -> None:
    (money,) = find_money("A purchase of $45.00 CAD was made")
    assert (money.amount, money.currency, money.explicit) == (Decimal("45.00"), "CAD", True)


def test_a_bare_dollar_follows_the_senders_currency() -> None:
    (money,) = find_money("You've spent $45.00 at WOOLWORTHS", dollar="AUD")
    assert money.currency == "AUD"
    assert not money.explicit


def test_amounts_are_quantized_to_the_currencys_minor_unit() -> None:
    assert find_money("Rs 500")[0].amount.as_tuple().exponent == -2
    assert find_money("¥3,480")[0].amount.as_tuple().exponent == 0


def test_signs_mark_money_out_and_in() -> None:
    out, into = find_money("Kartenzahlung: -45,67 EUR, Gutschrift: +2.345,67 EUR")
    assert (out.amount, out.sign) == (Decimal("45.67"), -1)
    assert (into.amount, into.sign) == (Decimal("2345.67"), 1)


def test_several_amounts_are_found_in_order() -> None:
    found = find_money("INR 500.00 debited. Avl Bal: INR 12,345.60")
    assert [money.amount for money in found] == [Decimal("500.00"), Decimal("12345.60")]


@pytest.mark.parametrize(
    "text",
    [
        "call 1800 202 6161",
        "on 12.05.2024 EUR",  # a date next to a code is not an amount
        "try 5 times",  # lower-case letters are not currency codes
        "Order #402-1234567-1234567",
        "UPI Ref No 412345678901",
        "",
    ],
)
def test_numbers_that_are_not_money(text: str) -> None:
    assert find_money(text) == []


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1,234.56", "1234.56"),
        ("1.234,56", "1234.56"),
        ("1,23,456.78", "123456.78"),
        ("12,50", "12.50"),
        ("1'234.50", "1234.50"),
        ("1,234", "1234"),
        ("500", "500"),
        ("12.05.2024", None),
        ("1,2345", None),
        ("1.234.56", None),
    ],
)
def test_parse_number(raw: str, value: str | None) -> None:
    expected = None if value is None else Decimal(value)
    assert parse_number(raw) == expected
