"""The fast shapes of the extractor's patterns find exactly what the plain shapes found: the
speed-ups (issue #12) must not change a single match."""

import re

import pytest

from app.extraction import amounts, cards, origin
from app.extraction.patterns import first_chars, grouped, trie, trie_by_script

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


# Alternatives that can match at one place, in an order that matters: "mc" before "mcrd" (both
# fit "mcrd1234" up to the digits), "ends?" before "end auf", a longer "末尾番号" after "末尾".
ALTERNATION = r"mir|visa|mc|mcrd|ends? (?:in|with)|endend auf|末尾|末尾番号|last (?:4|four)|x\.y"
GROUPED_TEXTS = [
    "mcrd1234 visa-5678 MIR 9999 xmc1234 emir1234",
    "ends in 1234, end with 5678, endend auf 4321, 末尾番号1234 末尾 5678, last four 9876",
    "x.y 1234 and xzy 1234",
]


@pytest.mark.parametrize("not_after", [None, r"\w", r"[^\W\d_]"])
@pytest.mark.parametrize("text", GROUPED_TEXTS + TEXTS)
def test_grouped_alternatives_match_as_the_plain_alternation(text: str, not_after: str | None):
    before = f"(?<!{not_after})" if not_after else ""
    plain = re.compile(before + f"(?:{ALTERNATION})" + r"[ -]?(?P<d>\d{4})(?!\d)")
    fast = re.compile(grouped(ALTERNATION, not_after) + r"[ -]?(?P<d>\d{4})(?!\d)")
    assert [m.span("d") for m in fast.finditer(text)] == [m.span("d") for m in plain.finditer(text)]
    for lo in range(len(text)):  # what may not stand before is looked for before `pos` too
        assert [m.span() for m in fast.finditer(text, lo)] == [
            m.span() for m in plain.finditer(text, lo)
        ]


def test_grouped_starts_with_literals_and_refuses_other_starts():
    assert grouped("end|ends? in|at") == "(?:end(?:|s? in)|at)"
    assert grouped("mc|mcrd", r"\w") == r"m(?<!\wm)c(?:|rd)"
    with pytest.raises(ValueError):
        grouped(r"\bto|at")


@pytest.mark.parametrize("text", GROUPED_TEXTS + TEXTS)
def test_a_trie_tests_what_stands_before_after_its_first_character(text: str):
    words = ["mc", "mcrd", "visa", "末尾", "R$", "Rs", "Rs."]
    plain = re.compile(r"(?<![^\W\d_])" + trie(words))
    fast = re.compile(trie(words, not_after=r"[^\W\d_]"))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


SCRIPT_WORDS = ["card", "carte", "карта", "счёт", "κάρτα", "بطاقة", "כרטיס", "कार्ड", "ก", "ab", "a"]
SCRIPT_TEXT = "a card, une carte, карта и счёт, κάρτα, بطاقة, כרטיס, कार्ड, ab abc"


def test_tries_and_groups_by_script_match_as_the_plain_ones():
    plain = re.compile(r"\b(?:" + trie(SCRIPT_WORDS) + ")")
    fast = re.compile(r"\b" + trie_by_script(SCRIPT_WORDS))
    assert [m.span() for m in fast.finditer(SCRIPT_TEXT)] == [
        m.span() for m in plain.finditer(SCRIPT_TEXT)
    ]
    alternation = "|".join(SCRIPT_WORDS)
    plain = re.compile(r"\b(?:" + alternation + r")\s")
    fast = re.compile(r"\b" + grouped(alternation, by_script=True) + r"\s")
    assert [m.span() for m in fast.finditer(SCRIPT_TEXT)] == [
        m.span() for m in plain.finditer(SCRIPT_TEXT)
    ]
