"""The fast shapes of the extractor's patterns find exactly what the plain shapes found: the
speed-ups (issue #12) must not change a single match."""

import re

import pytest

from app.extraction import amounts, cards, origin
from app.extraction.patterns import first_chars

TEXTS = [
    "Rs.2,450.00 debited from a/c XX4821 at FRESHMART on 14-05-2024 18:42 IST. UPI Ref 41239876",
    "Paid ₹1,23,456.78 to Ramesh; bal 1.234,56 € and 1 234,56 руб, R$ 99,90, OMR 1.234",
    "Card ending in 3307 (Visa) charged USD 86.40; card ****1234 and **** **43 00; x-5678",
    "ZAR$ 5 and MX$12; TL 40; Kč 1 299,- and 14 864,- Kč; £3; CAD 5; A$7 C$9 R.O. 2",
    "12345 1,2345 12.5.2024 0.5 .75 1'234.56 2024-05-12:14:32 +91 98765 43210 ১২৩",
]


def plain_country(text: str) -> str | None:
    """origin's answer the plain way: one search per place, in the list's order."""
    return next(
        (country for pattern, country, _ in origin._PLACES if re.search(pattern, text[:3000])),
        None,
    )


@pytest.mark.parametrize("text", TEXTS)
def test_places_are_found_as_one_search_per_place_finds_them(text: str):
    assert origin.country_of("alerts@bank.example.com", text) == plain_country(text)
    for pattern, country, clues in origin._PLACES:
        for match in re.finditer(pattern, text):  # every match holds one of its clues
            assert any(clue in match.group() for clue in clues.split(" ")), (country, match)


def test_a_later_place_inside_an_earlier_ones_clue_is_still_found():
    # "XOMR$" holds Oman's clue "OMR" (but not its word) and, overlapping it, Brazil's "R$".
    assert origin.country_of("a@b.com", "Total XOMR$ 5") == plain_country("Total XOMR$ 5") == "BR"


PLAIN_NUMBER = re.compile(
    r"(?=\d)(?<!\d)(?<!\d[.,'])(?:"
    r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d{1,2})?"
    r"|\d{1,3}(?:(?P<g>[,.'\u00a0\u202f ])\d{3})(?:(?P=g)\d{3})*(?:[.,]\d{1,3})?"
    r"|\d+(?:[.,]\d{1,3})?"
    r")(?![\d])"
)


@pytest.mark.parametrize("text", TEXTS)
def test_numbers_read_from_their_first_digit_are_the_plain_ones(text: str):
    spans = [m.span() for m in amounts._NUMBER_RE.finditer(text)]
    assert spans == [m.span() for m in PLAIN_NUMBER.finditer(text)]
    assert spans  # the texts are full of numbers


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        (TEXTS[2], {"3307", "1234", "4300", "5678"}),
        ("a/c no. 98765432 and card..8812 and 末尾4987", {"5432", "8812", "4987"}),
        ("no card digits here, only 123 and 45 67", set()),  # the prefilter's refusal
    ],
)
def test_last4_candidates(text: str, digits: set[str]):
    assert {candidate.digits for candidate in cards.find_last4(text.lower())} == digits


def test_first_chars_is_exact_for_word_alternations():
    lookahead = first_chars(r"card|a/c|\bto (?:a/c|card)|карт[аы]?")
    assert lookahead == "(?=[actк])"
    with pytest.raises(ValueError):
        first_chars(r"(?:se )?terminant")  # an optional start is not a literal one
