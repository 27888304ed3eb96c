"""Classes of rules added in the seventeenth round (issue #12), with messages written for these
tests: a statement row laid out in columns of spaces, whose description cell ends where the
next column begins; the card or the person-to-person network written before the shop or the
person ("DEBIT CARD", "ZELLE FROM"); a store's number and its town after the shop's name."""

import pytest

from app.categorization.merchants import normalise_merchant
from app.extraction.evaluation import merchant_matches
from tests.unit.test_extraction_failure_classes import read

_ROW = (
    "Prairie Teachers Credit Union - Activity Alert\n"
    "Account: SHARE DRAFT ****2291\n"
    "Date        Time         Description                            Withdrawals   Deposits"
    "      Balance\n"
    "03/14/2026  6:02 PM CT   {description:<38}{out:>12}{into:>11}    $1,904.11\n"
    "Trace #: 55012983\n"
)


@pytest.mark.parametrize(
    ("description", "out", "into", "direction", "merchant"),
    [
        ("POS PURCHASE WHATABURGER #1187 PLANO TX", "$12.40", "", "debit", "Whataburger"),
        ("DEBIT CARD AMZN MKTP US*7Q2ZK1", "$54.99", "", "debit", "Amazon"),
        ("CHECKCARD 0312 SHELL OIL 5741", "$38.02", "", "debit", "Shell"),
        ("ZELLE FROM HERNANDEZ LUCIA", "", "$75.00", "credit", "Lucia Hernandez"),
        ("ZELLE PAYMENT TO PATEL ANIL", "$40.00", "", "debit", "Anil Patel"),
    ],
)
def test_a_description_cell_of_a_spaced_table_names_the_shop_or_the_person(
    description: str, out: str, into: str, direction: str, merchant: str
) -> None:
    text = _ROW.format(description=description, out=out, into=into)
    result = read(text, "Account Activity Alert", "alerts@prairietcu.example", "Prairie TCU")
    assert result.is_transaction
    assert result.direction == direction
    assert result.account_last4 == "2291"
    assert merchant_matches(merchant, result.merchant), result.merchant


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("H-E-B #412 MESQUITE TX", "H-e-b"),
        ("KWIK TRIP #0744 EAU CLAIRE", "Kwik Trip"),
        ("Store #12", "Store"),
        ("#1 Noodle House", "#1 Noodle House"),  # the number is the name, not a store's
    ],
)
def test_a_store_number_and_the_town_after_it_are_not_the_shop(raw: str, expected: str) -> None:
    assert normalise_merchant(raw)[0] == expected
