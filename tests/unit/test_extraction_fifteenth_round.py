"""Classes of rules added in the fifteenth round (issues #12 and #13), with messages written for
these tests: a table's column headed by a bare direction word ("In", "Credits", "Giren"); a
statement row whose kind and counterparty stand in cells of their own; "counterparty" headings
of more languages; a taught format's D/C mark in the cell past the amount's own currency ("980.00
USD\tC"); type lines in Akan."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.extraction import templates as T
from tests.unit.test_extraction_failure_classes import read

RECEIVED = datetime(2026, 12, 1, tzinfo=UTC)


def activity(out_heading: str, in_heading: str, column: str) -> str:
    """A made-up bank's one-row activity table; the amount stands in the `column` column."""
    cells = "\t42.50\t" if column == "out" else "\t\t42.50"
    return (
        "Account activity\nAn item posted to account **** 4410:\n\n"
        f"Date\tDescription\t{out_heading} (GBP)\t{in_heading} (GBP)\tBalance (GBP)\n"
        f"2026-11-03\tCorner Bakery{cells}\t7,320.10\n"
    )


@pytest.mark.parametrize(
    ("out_heading", "in_heading"),
    [
        ("Out", "In"),
        ("Paid out", "Paid in"),
        ("Debits", "Credits"),
        ("Withdrawals", "Deposits"),
        ("Çıkan", "Giren"),
        ("Salidas", "Entradas"),
        ("Sorties", "Entrées"),
        ("Ausgang", "Eingang"),
        ("Af", "Bij"),
        ("Ut", "Inn"),
        ("Wypływy", "Wpływy"),
        ("Расход", "Приход"),
        ("Keluar", "Masuk"),
        ("Expense", "Income"),
    ],
)
def test_a_column_headed_by_a_bare_direction_word_says_the_direction(
    out_heading: str, in_heading: str
) -> None:
    for column, direction in (("out", "debit"), ("in", "credit")):
        result = read(
            activity(out_heading, in_heading, column),
            sender="alerts@bank.example.com",
            received=RECEIVED,
        )
        assert (result.amount, result.currency) == (Decimal("42.50"), "GBP")
        assert result.direction == direction, (out_heading, in_heading, column)


def test_the_same_words_in_a_sentence_say_nothing() -> None:
    # "in" and "out" are everyday words: only alone in a heading cell are they a direction.
    text = "We sent GBP 42.50 out to Corner Bakery in London from account **** 4410 on 03/11/2026."
    result = read(text, sender="alerts@bank.example.co.uk", received=RECEIVED)
    assert (result.amount, result.direction) == (Decimal("42.50"), "debit")


@pytest.mark.parametrize(
    ("text", "merchant", "direction"),
    [
        (  # Danish: the time, the kind ("card payment"), the counterparty, out, in, balance
            "Bevægelse på din konto\nDer er sket følgende bevægelse på konto **** 4410:\n\n"
            "Tidspunkt\tTekst\tModpart\tUd (kr.)\tInd (kr.)\tSaldo (kr.)\n"
            "2026-11-03 10:12:40\tKortbetaling\tBageriet Holm\t125,50\t\t7.320,10\n",
            "Bageriet Holm",
            "debit",
        ),
        (  # Turkish: a transfer in, under "Giren"
            "Hesap hareketi\nHesabınızda aşağıdaki hareket oldu:\n\n"
            "Zaman\tAçıklama\tKarşı taraf\tÇıkan (TL)\tGiren (TL)\tBakiye (TL)\n"
            "2026-11-03 10:12:40\tHavale\tAyşe Demir\t\t1.250,00\t7.320,10\n",
            "Ayşe Demir",
            "credit",
        ),
    ],
)
def test_a_rows_counterparty_cell_is_the_name_not_its_kind(
    text: str, merchant: str, direction: str
) -> None:
    result = read(text, subject="Alert", sender="alerts@bank.example.com", received=RECEIVED)
    assert (result.merchant, result.direction) == (merchant, direction)


SENDER = "alerts@ridgecu.example.org"


def taught_on(text: str, values: dict, constants: dict) -> dict:
    spans = {
        name: T.find_span(text, SENDER, RECEIVED, name, value) for name, value in values.items()
    }
    assert all(spans.values())
    return T.learn(
        None, T.Example(text, SENDER, RECEIVED, "transaction", values | constants, spans)
    )


def template_reads(template: dict, text: str) -> dict:
    reading = T.apply(template, text, SENDER, RECEIVED)
    assert reading is not None and reading.kind == "transaction"
    return reading.values


def posting(details: str, amount: str, mark: str) -> str:
    """A made-up credit union's posting notice: a row whose amount cell holds its currency and
    whose next cell a D/C mark, and a legend line under it that names both directions."""
    return (
        "Posting notice\nRidge Credit Union\n\nYour share account (****7781) has a new item.\n\n"
        "Posted\tDetails\tAmount\tD/C\tBalance\n"
        f"20.11.2026 10:17\t{details}\t{amount} USD\t{mark}\t4,120.55 USD\n\n"
        "D: Debit (money out of your account) C: Credit (money into your account)\n"
    )


def test_a_mark_in_the_cell_past_the_amount_and_its_currency_says_the_direction() -> None:
    taught = taught_on(
        posting("PAYROLL - RIDGE MILLS", "980.00", "C"),
        {"amount": Decimal("980.00")},
        {"currency": "USD", "direction": "credit"},
    )
    debit = template_reads(taught, posting("CARD - FUEL STOP 22", "45.10", "D"))
    assert (debit["amount"], debit["direction"]) == (Decimal("45.10"), "debit")
    credit = template_reads(taught, posting("TRANSFER - ANNA REYES", "60.00", "C"))
    assert (credit["amount"], credit["direction"]) == (Decimal("60.00"), "credit")


def type_line(kind: str, amount: str) -> str:
    return f"Akawnt ho nsɛm\nNsɛm: {kind}\nSika: GHS {amount}\nDa: 20/11/2026\n"


def test_akan_type_lines_say_which_way_the_money_went() -> None:
    taught = taught_on(
        type_line("Sika apue wɔ wo akawnt mu", "80.00"),
        {"amount": Decimal("80.00")},
        {"currency": "GHS", "direction": "debit"},
    )
    credit = template_reads(taught, type_line("Sika aba wo akawnt mu", "150.00"))
    assert (credit["amount"], credit["direction"]) == (Decimal("150.00"), "credit")
