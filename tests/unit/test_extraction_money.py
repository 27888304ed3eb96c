"""Amount candidates: currency symbols, codes and local names before or after the number,
Western and Indian digit grouping, decimal commas, and numbers that are not money."""

from decimal import Decimal

import pytest

from app.extraction.amounts import Amount, find_amounts, parse_number


def parse_money(text: str, country: str | None = None) -> Amount | None:
    found = find_amounts(text, country)
    return found[0] if found else None


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
    assert money.value == Decimal(amount)
    assert money.currency == currency
    assert isinstance(money.value, Decimal)


def test_a_bare_dollar_follows_the_senders_country() -> None:
    (money,) = find_amounts("You've spent $45.00 at WOOLWORTHS", "AU")
    assert (money.currency, money.explicit) == ("AUD", False)
    (money,) = find_amounts("You've spent $45.00 at WALMART", None)
    assert money.currency == "USD"


def test_signs_are_noted() -> None:
    out, into = find_amounts("Kartenzahlung: -45,67 EUR, Gutschrift: +2.345,67 EUR")
    assert (out.value, out.negative) == (Decimal("45.67"), True)
    assert (into.value, into.negative) == (Decimal("2345.67"), False)


def test_several_amounts_are_found_in_order() -> None:
    found = find_amounts("INR 500.00 debited. Avl Bal: INR 12,345.60")
    assert [money.value for money in found] == [Decimal("500.00"), Decimal("12345.60")]


@pytest.mark.parametrize(
    ("text", "country", "amount", "currency"),
    [
        ("Cash In Birr 1,250.00 to your account", "ET", "1250.00", "ETB"),
        ("مبلغ: 33,200,000 ریال", "IR", "33200000", "IRR"),
        ("Transferiste 2.040,00MT para", "MZ", "2040.00", "MZN"),
        ("Tk 16,801.00 received", "BD", "16801.00", "BDT"),
        ("৳1,200.50 paid", "BD", "1200.50", "BDT"),
        ("Списано 12 300 руб.", "RU", "12300", "RUB"),
        ("Оплата 1 125,98 ₽", "RU", "1125.98", "RUB"),
        ("Оплата: 146,93 BYN", "BY", "146.93", "BYN"),
        ("platba 1 611,76 Kč", "CZ", "1611.76", "CZK"),
        ("Cena celkem 14 864,- Kč", "CZ", "14864", "CZK"),
        ("₺1.250,50 harcama", "TR", "1250.50", "TRY"),
        ("250,00 TL tutarında", "TR", "250.00", "TRY"),
        ("credited with R.O. 1,250.000", "OM", "1250.000", "OMR"),
        ("R 1 299.00 spent", "ZA", "1299.00", "ZAR"),
        ("฿1,250.50 ชำระ", "TH", "1250.50", "THB"),
        ("จำนวนเงิน 300.00 บาท", "TH", "300.00", "THB"),
        ("Umetuma TSh 25,000 kwa", "TZ", "25000", "TZS"),
        ("₦12,300.00 debited", "NG", "12300.00", "NGN"),
        ("Amt:NGN12,300.00 Dr", "NG", "12300.00", "NGN"),
        ("debited for Rs.500.00,on 12-03", "IN", "500.00", "INR"),
        ("INR500.00. Avl", "IN", "500.00", "INR"),
        ("23,825円のご利用", "JP", "23825", "JPY"),
        ("المبلغ 253.00 جنيه", "EG", "253.00", "EGP"),
        ("Amount: 1,250.00", "IN", "1250.00", "INR"),
    ],
)
def test_currencies_and_shapes_seen_failing(
    text: str, country: str, amount: str, currency: str
) -> None:
    money = parse_money(text, country)
    assert money is not None, text
    assert (money.value, money.currency) == (Decimal(amount), currency)


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
    assert find_amounts(text) == []


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
        ("1 234,56", "1234.56"),
        ("1.234", "1234"),
    ],
)
def test_parse_number(raw: str, value: str) -> None:
    assert parse_number(raw, "EUR") == Decimal(value)


def test_three_decimals_for_currencies_that_have_them() -> None:
    assert parse_number("1.234", "OMR") == Decimal("1.234")
