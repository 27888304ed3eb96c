"""PDF statements read from their text, in three layouts no code was written for one by one."""

from decimal import Decimal

import pytest

from app.attachments.pdf_text import ENCRYPTED, WRONG_PASSWORD, statement_text
from app.statements.model import StatementFormatError
from app.statements.pdf import parse_pdf_statement
from tests import statement_pdfs
from tests.pdf_helpers import table_pdf, text_pdf, with_password


def _read(pdf: bytes, password: str | None = None):
    text, error = statement_text(pdf, password)
    assert error is None, error
    assert text is not None
    return parse_pdf_statement(text)


def _signed(statement):
    return [
        (line.posted_on, line.amount if line.type == "credit" else -line.amount, line.description)
        for line in statement.lines
    ]


@pytest.mark.parametrize(
    ("layout", "last4", "currency", "period", "opening", "closing"),
    [
        ("uk_current_account", "9917", None, ("2026-11-01", "2026-11-30"), "1240.18", "3463.01"),
        # A card's balance is what is owed: from the user's side, a negative balance.
        ("us_credit_card", "5521", "USD", ("2026-10-28", "2026-11-27"), "-512.40", "-1128.09"),
        ("euro_account", "4931", "EUR", ("2026-11-01", "2026-11-30"), "2104.55", "4016.10"),
    ],
)
def test_each_layout_reads_its_lines_balances_and_account(
    layout, last4, currency, period, opening, closing
):
    pdf, expected = getattr(statement_pdfs, layout)()
    statement = _read(pdf)
    assert _signed(statement) == expected
    assert statement.format == "pdf"
    assert "".join(c for c in statement.account_number or "" if c.isdigit())[-4:] == last4
    assert statement.currency == currency
    assert (str(statement.period_start), str(statement.period_end)) == period
    assert statement.opening_balance == Decimal(opening)
    assert statement.closing_balance == Decimal(closing)
    assert statement.warnings == []


def test_without_a_balance_column_the_header_columns_tell_debits_from_credits():
    rows = [
        [(40, "l", "Account number 55501234")],
        [
            (40, "l", "Date"),
            (110, "l", "Details"),
            (420, "r", "Withdrawals"),
            (540, "r", "Deposits"),
        ],
        [(40, "l", "2026-11-03"), (110, "l", "ATM CASH"), (420, "r", "60.00")],
        [(40, "l", "2026-11-04"), (110, "l", "INTEREST"), (540, "r", "1.25")],
        [(40, "l", "2026-11-09"), (110, "l", "ELECTRIC CO"), (420, "r", "75.40")],
    ]
    statement = _read(table_pdf(rows))
    assert [(str(d), str(a)) for d, a, _ in _signed(statement)] == [
        ("2026-11-03", "-60.00"),
        ("2026-11-04", "1.25"),
        ("2026-11-09", "-75.40"),
    ]


def test_a_locked_pdf_needs_its_password():
    pdf, expected = statement_pdfs.euro_account()
    locked = with_password(pdf, "Geheim-2026")
    assert statement_text(locked, None) == (None, ENCRYPTED)
    assert statement_text(locked, "wrong") == (None, WRONG_PASSWORD)
    assert _signed(_read(locked, "Geheim-2026")) == expected


def test_a_pdf_with_no_table_is_a_clear_error():
    text, _ = statement_text(text_pdf(["Thank you for your order", "Total EUR 10.00"]), None)
    with pytest.raises(StatementFormatError, match="No transaction table"):
        parse_pdf_statement(text or "")
