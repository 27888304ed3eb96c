"""Bank and card statements as real PDFs, in layouts modelled on three kinds that banks send:
a UK current account (paid out / paid in / balance columns, day-month-name dates), a US credit
card (month/day dates without a year, a posting date, payments as negative amounts, previous
and new balance), and a euro account (booking and value dates, signed amounts with a decimal
comma). Each comes with the lines it must read as: (day, signed amount, description)."""

from datetime import date
from decimal import Decimal

from tests.pdf_helpers import table_pdf

Expected = list[tuple[date, Decimal, str]]


def uk_current_account() -> tuple[bytes, Expected]:
    rows = [
        [(40, "l", "Northgate Bank plc"), (420, "l", "Current Account Statement")],
        [(40, "l", "Mr J Smith"), (420, "l", "Sort code 20-00-00")],
        [(40, "l", "12 High Street, Leeds"), (420, "l", "Account number 4382 9917")],
        [(40, "l", "Statement period 1 November 2026 to 30 November 2026")],
        [],
        [
            (40, "l", "Date"),
            (110, "l", "Description"),
            (400, "r", "Paid out"),
            (480, "r", "Paid in"),
            (560, "r", "Balance"),
        ],
        [(40, "l", "01 Nov 2026"), (110, "l", "Balance brought forward"), (560, "r", "1,240.18")],
        [
            (40, "l", "03 Nov 2026"),
            (110, "l", "CARD PAYMENT TO TESCO STORES 2041"),
            (400, "r", "42.17"),
            (560, "r", "1,198.01"),
        ],
        [
            (40, "l", "05 Nov 2026"),
            (110, "l", "DIRECT DEBIT OCTOPUS ENERGY"),
            (400, "r", "85.00"),
            (560, "r", "1,113.01"),
        ],
        [(110, "l", "REF 88213004")],
        [
            (40, "l", "14 Nov 2026"),
            (110, "l", "BANK GIRO CREDIT ACME LTD SALARY"),
            (480, "r", "2,350.00"),
            (560, "r", "3,463.01"),
        ],
        [
            (40, "l", "20 Nov 2026"),
            (110, "l", "CASH WITHDRAWAL LEEDS"),
            (400, "r", "100.00"),
            (560, "r", "3,363.01"),
        ],
        [
            (40, "l", "27 Nov 2026"),
            (110, "l", "TRANSFER FROM J SMITH SAVINGS"),
            (480, "r", "100.00"),
            (560, "r", "3,463.01"),
        ],
        [(40, "l", "30 Nov 2026"), (110, "l", "Balance carried forward"), (560, "r", "3,463.01")],
        [],
        [(40, "l", "Northgate Bank plc is authorised by the Prudential Regulation Authority.")],
    ]
    expected = [
        (date(2026, 11, 3), Decimal("-42.17"), "CARD PAYMENT TO TESCO STORES 2041"),
        (date(2026, 11, 5), Decimal("-85.00"), "DIRECT DEBIT OCTOPUS ENERGY REF 88213004"),
        (date(2026, 11, 14), Decimal("2350.00"), "BANK GIRO CREDIT ACME LTD SALARY"),
        (date(2026, 11, 20), Decimal("-100.00"), "CASH WITHDRAWAL LEEDS"),
        (date(2026, 11, 27), Decimal("100.00"), "TRANSFER FROM J SMITH SAVINGS"),
    ]
    return table_pdf(rows), expected


def us_credit_card() -> tuple[bytes, Expected]:
    rows = [
        [(40, "l", "HARBOR CREDIT UNION VISA SIGNATURE"), (400, "l", "Credit card statement")],
        [(40, "l", "Card number XXXX XXXX XXXX 5521")],
        [
            (40, "l", "Statement period 10/28/2026 - 11/27/2026"),
            (400, "l", "Credit limit $8,000.00"),
        ],
        [(40, "l", "Previous balance"), (300, "r", "$512.40")],
        [(40, "l", "Payment due date 12/22/2026"), (400, "l", "Minimum payment due $35.00")],
        [],
        [
            (40, "l", "Trans date"),
            (100, "l", "Post date"),
            (160, "l", "Description"),
            (540, "r", "Amount"),
        ],
        [
            (40, "l", "10/30"),
            (100, "l", "10/31"),
            (160, "l", "AMAZON MKTPLACE PMTS AMZN.COM/BILL WA"),
            (540, "r", "64.99"),
        ],
        [
            (40, "l", "11/02"),
            (100, "l", "11/03"),
            (160, "l", "SHELL OIL 57442 SEATTLE WA"),
            (540, "r", "48.25"),
        ],
        [
            (40, "l", "11/10"),
            (100, "l", "11/10"),
            (160, "l", "PAYMENT - THANK YOU"),
            (540, "r", "-512.40"),
        ],
        [
            (40, "l", "11/15"),
            (100, "l", "11/16"),
            (160, "l", "TRADER JOE S #131 SEATTLE WA"),
            (540, "r", "1,023.10"),
        ],
        [
            (40, "l", "11/21"),
            (100, "l", "11/22"),
            (160, "l", "REFUND SHELL OIL 57442"),
            (540, "r", "-8.25"),
        ],
        [],
        [(40, "l", "New balance"), (300, "r", "$1,128.09")],
    ]
    expected = [
        (date(2026, 10, 30), Decimal("-64.99"), "AMAZON MKTPLACE PMTS AMZN.COM/BILL WA"),
        (date(2026, 11, 2), Decimal("-48.25"), "SHELL OIL 57442 SEATTLE WA"),
        (date(2026, 11, 10), Decimal("512.40"), "PAYMENT - THANK YOU"),
        (date(2026, 11, 15), Decimal("-1023.10"), "TRADER JOE S #131 SEATTLE WA"),
        (date(2026, 11, 21), Decimal("8.25"), "REFUND SHELL OIL 57442"),
    ]
    return table_pdf(rows), expected


def euro_account() -> tuple[bytes, Expected]:
    rows = [
        [(40, "l", "Rheinland Sparbank AG"), (380, "l", "Kontoauszug 11/2026")],
        [(40, "l", "IBAN DE44 5001 0517 5407 3249 31"), (380, "l", "Currency EUR")],
        [(40, "l", "Statement from 01.11.2026 to 30.11.2026")],
        [],
        [
            (40, "l", "Booking date"),
            (110, "l", "Value date"),
            (180, "l", "Description"),
            (560, "r", "Amount EUR"),
        ],
        [(40, "l", "Opening balance on 31.10.2026"), (560, "r", "2.104,55")],
        [
            (40, "l", "02.11.2026"),
            (110, "l", "02.11.2026"),
            (180, "l", "Kartenzahlung REWE Markt GmbH Koeln"),
            (560, "r", "-56,80"),
        ],
        [
            (40, "l", "04.11.2026"),
            (110, "l", "05.11.2026"),
            (180, "l", "Dauerauftrag Miete Wohnung"),
            (560, "r", "-1.150,00"),
        ],
        [(180, "l", "Hausverwaltung Schmitz")],
        [
            (40, "l", "15.11.2026"),
            (110, "l", "15.11.2026"),
            (180, "l", "Gutschrift Lohn November Beispiel GmbH"),
            (560, "r", "3.210,45"),
        ],
        [
            (40, "l", "28.11.2026"),
            (110, "l", "28.11.2026"),
            (180, "l", "Lastschrift Stadtwerke Koeln"),
            (560, "r", "-92,10"),
        ],
        [(40, "l", "Closing balance on 30.11.2026"), (560, "r", "4.016,10")],
    ]
    expected = [
        (date(2026, 11, 2), Decimal("-56.80"), "Kartenzahlung REWE Markt GmbH Koeln"),
        (
            date(2026, 11, 4),
            Decimal("-1150.00"),
            "Dauerauftrag Miete Wohnung Hausverwaltung Schmitz",
        ),
        (date(2026, 11, 15), Decimal("3210.45"), "Gutschrift Lohn November Beispiel GmbH"),
        (date(2026, 11, 28), Decimal("-92.10"), "Lastschrift Stadtwerke Koeln"),
    ]
    return table_pdf(rows), expected
