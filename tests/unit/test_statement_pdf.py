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


def test_an_indian_layout_with_reference_and_value_date_columns():
    """Date | Narration | Chq./Ref.No. | Value Dt | Withdrawal Amt. | Deposit Amt. | Closing
    Balance, two-digit years, Indian digit grouping (1,09,251.00)."""
    head = [
        (30, "l", "Date"),
        (80, "l", "Narration"),
        (260, "l", "Chq./Ref.No."),
        (340, "l", "Value Dt"),
        (450, "r", "Withdrawal Amt."),
        (515, "r", "Deposit Amt."),
        (590, "r", "Closing Balance"),
    ]
    rows = [
        [(30, "l", "HDFC BANK LTD  Statement of account")],
        [(30, "l", "Account No : 50100234567812"), (330, "l", "Currency : INR")],
        [(30, "l", "Statement From : 01/11/26  To : 30/11/26")],
        head,
        [
            (30, "l", "02/11/26"),
            (80, "l", "UPI-SWIGGY-SWIGGY@ICICI"),
            (260, "l", "0000612345678901"),
            (340, "l", "02/11/26"),
            (450, "r", "749.00"),
            (590, "r", "24,251.00"),
        ],
        [
            (30, "l", "05/11/26"),
            (80, "l", "NEFT CR-ACME PAYROLL"),
            (260, "l", "N309261234567"),
            (340, "l", "05/11/26"),
            (515, "r", "85,000.00"),
            (590, "r", "1,09,251.00"),
        ],
        [
            (30, "l", "21/11/26"),
            (80, "l", "ATW-512345XXXXXX1234-MUMBAI"),
            (260, "l", "0000000004321"),
            (340, "l", "21/11/26"),
            (450, "r", "10,000.00"),
            (590, "r", "99,251.00"),
        ],
    ]
    pdf = table_pdf(rows, font_size=7)
    text, _ = statement_text(pdf, None)
    assert "1,09,251.00" in (text or "")
    statement = _read(pdf)
    assert [(str(d), str(a)) for d, a, _ in _signed(statement)] == [
        ("2026-11-02", "-749.00"),
        ("2026-11-05", "85000.00"),
        ("2026-11-21", "-10000.00"),
    ]
    assert statement.lines[0].description.startswith("UPI-SWIGGY-SWIGGY@ICICI")
    assert statement.currency == "INR"
    assert (str(statement.period_start), str(statement.period_end)) == ("2026-11-01", "2026-11-30")
    assert statement.account_number and statement.account_number.endswith("7812")


def test_one_amount_column_with_dr_and_cr_markers():
    rows = [
        [(40, "l", "Account number 000111222333")],
        [(40, "l", "Date"), (120, "l", "Particulars"), (460, "r", "Amount"), (560, "r", "Balance")],
        [(40, "l", "Opening balance"), (560, "r", "500.00 Cr")],
        [
            (40, "l", "03-Nov-2026"),
            (120, "l", "POS PURCHASE BIGMART"),
            (460, "r", "120.50 Dr"),
            (560, "r", "379.50 Cr"),
        ],
        [
            (40, "l", "09-Nov-2026"),
            (120, "l", "INTEREST CREDIT"),
            (460, "r", "2.10 Cr"),
            (560, "r", "381.60 Cr"),
        ],
        [(40, "l", "Closing balance"), (560, "r", "381.60 Cr")],
    ]
    statement = _read(table_pdf(rows))
    assert [(str(d), str(a)) for d, a, _ in _signed(statement)] == [
        ("2026-11-03", "-120.50"),
        ("2026-11-09", "2.10"),
    ]
    assert (statement.opening_balance, statement.closing_balance) == (
        Decimal("500.00"),
        Decimal("381.60"),
    )
