"""Statements as PDFs (password-protected too) and bank CSV exports, imported and reconciled
like the other formats. The PDFs are real files written by tests/statement_pdfs.py."""

from decimal import Decimal

from sqlalchemy import select

from app.models import StatementPassword
from tests import statement_pdfs
from tests.ledger_helpers import add_txn, error_code
from tests.pdf_helpers import with_password

API = "/api/v1/statements"


async def _account(client, user, last4, currency):
    response = await client.post(
        "/api/v1/accounts",
        headers=user.headers,
        json={"name": "Account", "kind": "bank", "last4": last4, "currency": currency},
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


async def _upload(client, user, name, content, **form):
    return await client.post(API, headers=user.headers, files={"file": (name, content)}, data=form)


async def _transactions(client, user):
    response = await client.get("/api/v1/transactions?limit=200", headers=user.headers)
    return sorted(response.json()["items"], key=lambda t: t["occurred_at"])


async def test_a_password_pdf_statement_reconciles_and_its_password_is_kept_encrypted(
    client, make_user, session_factory
):
    user = await make_user("pdf-statement@example.com")
    account_id = await _account(client, user, "9917", "GBP")
    alert = await add_txn(  # the card alert, the evening before the bank posted it
        client,
        user,
        amount="42.17",
        currency="GBP",
        account_id=account_id,
        description="You spent GBP 42.17 at TESCO",
        occurred_at="2026-11-02T19:00:00Z",
    )
    extra = await add_txn(  # on the ledger, not on the statement
        client,
        user,
        amount="19.99",
        currency="GBP",
        account_id=account_id,
        occurred_at="2026-11-18T12:00:00Z",
    )
    pdf, _ = statement_pdfs.uk_current_account()
    locked = with_password(pdf, "Leeds 2026!")

    asked = await _upload(client, user, "statement.pdf", locked)
    assert asked.status_code == 400 and error_code(asked) == "pdf_password_required"
    wrong = await _upload(client, user, "statement.pdf", locked, password="leeds 2026!")
    assert wrong.status_code == 400 and error_code(wrong) == "pdf_wrong_password"
    assert (await client.get(API, headers=user.headers)).json()["total"] == 0

    response = await _upload(
        client,
        user,
        "statement.pdf",
        locked,
        password="Leeds 2026!",
        remember_for_sender="Statements@Northgate.example",
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["format"] == "pdf" and body["account_id"] == account_id
    assert body["currency"] == "GBP" and body["warnings"] == []
    assert (body["period_start"], body["period_end"]) == ("2026-11-01", "2026-11-30")
    assert [(m["transaction_id"], m["posted_on"], m["amount"]) for m in body["matched"]] == [
        (alert["id"], "2026-11-03", "42.17")
    ]
    assert [(m["posted_on"], m["amount"], m["type"]) for m in body["missing"]] == [
        ("2026-11-05", "85.00", "debit"),
        ("2026-11-14", "2350.00", "credit"),
        ("2026-11-20", "100.00", "debit"),
        ("2026-11-27", "100.00", "credit"),
    ]
    assert [f["transaction_id"] for f in body["flagged"]] == [extra["id"]]
    assert body["balance"] == {
        "closing_balance": "3463.01",
        "opening_balance": "1240.18",
        "opening_derived": False,
        "computed_balance": "3443.02",
        "difference": "19.99",
    }
    rows = await _transactions(client, user)
    assert sum(1 for r in rows if r["source"] == "statement") == 4

    # Kept for that sender's mailed statements, encrypted: never the password itself.
    async with session_factory() as session:
        stored = (await session.scalars(select(StatementPassword))).all()
    assert [(s.sender, "Leeds" in s.secret) for s in stored] == [
        ("statements@northgate.example", False)
    ]
    senders = (await client.get(f"{API}/passwords", headers=user.headers)).json()
    assert [s["sender"] for s in senders] == ["statements@northgate.example"]
    assert "password" not in senders[0] and "secret" not in senders[0]


async def test_a_card_statement_pdf_books_purchases_as_debits(client, make_user):
    user = await make_user("card-pdf@example.com")
    account_id = await _account(client, user, "5521", "USD")
    pdf, _ = statement_pdfs.us_credit_card()
    body = (await _upload(client, user, "card.pdf", pdf)).json()
    assert body["account_id"] == account_id
    assert [(m["amount"], m["type"]) for m in body["missing"]] == [
        ("64.99", "debit"),
        ("48.25", "debit"),
        ("512.40", "credit"),
        ("1023.10", "debit"),
        ("8.25", "credit"),
    ]
    # Owed 512.40, then 1,128.09: from the user's side -512.40 and -1,128.09.
    assert Decimal(body["balance"]["difference"]) == 0


SEMICOLON_CSV = (
    "Buchungstag;Verwendungszweck;Debit;Credit;Saldo\n"
    "02.11.2026;REWE Markt Koeln;56,80;;2.047,75\n"
    "04.11.2026;Miete November;1.150,00;;897,75\n"
    "15.11.2026;Lohn Beispiel GmbH;;3.210,45;4.108,20\n"
    "28.11.2026;Stadtwerke Koeln;92,10;;4.016,10\n"
).encode("cp1252")

NEWEST_FIRST_CSV = (
    b"Date,Description,Amount,Balance\n"
    b'11/28/2026,PAYROLL ACME,"1,800.00","2,650.00"\n'
    b"11/13/2026,GROCERY OUTLET,-72.40,850.00\n"
    b"11/02/2026,CITY WATER,-27.60,922.40\n"
)


async def test_a_bank_csv_is_a_reconciled_statement(client, make_user):
    user = await make_user("csv-statement@example.com")
    account_id = await _account(client, user, "3131", "EUR")
    alert = await add_txn(
        client,
        user,
        amount="56.80",
        currency="EUR",
        account_id=account_id,
        occurred_at="2026-11-01T17:00:00Z",
    )
    extra = await add_txn(
        client,
        user,
        amount="5.00",
        currency="EUR",
        account_id=account_id,
        occurred_at="2026-11-20T12:00:00Z",
    )
    response = await _upload(client, user, "umsaetze.csv", SEMICOLON_CSV, account_id=account_id)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["format"] == "csv"
    assert [(m["transaction_id"], m["posted_on"]) for m in body["matched"]] == [
        (alert["id"], "2026-11-02")
    ]
    assert [(m["posted_on"], m["amount"], m["type"]) for m in body["missing"]] == [
        ("2026-11-04", "1150.00", "debit"),
        ("2026-11-15", "3210.45", "credit"),
        ("2026-11-28", "92.10", "debit"),
    ]
    assert [f["transaction_id"] for f in body["flagged"]] == [extra["id"]]
    # Opening = first balance less its line (2,047.75 + 56.80); closing = the last balance.
    assert body["balance"]["opening_balance"] == "2104.55"
    assert body["balance"]["closing_balance"] == "4016.10"
    assert body["balance"]["difference"] == "5.00"


async def test_a_newest_first_month_first_csv_reads_in_date_order(client, make_user):
    user = await make_user("csv-us@example.com")
    account_id = await _account(client, user, "7070", "USD")
    response = await _upload(client, user, "export.csv", NEWEST_FIRST_CSV, account_id=account_id)
    assert response.status_code == 201, response.text
    body = response.json()
    assert [(m["posted_on"], m["amount"], m["type"]) for m in body["missing"]] == [
        ("2026-11-02", "27.60", "debit"),
        ("2026-11-13", "72.40", "debit"),
        ("2026-11-28", "1800.00", "credit"),
    ]
    assert body["balance"]["opening_balance"] == "950.00"
    assert body["balance"]["difference"] == "0.00"


async def test_a_csv_mapping_can_be_given(client, make_user):
    user = await make_user("csv-mapping@example.com")
    account_id = await _account(client, user, "7071", "USD")
    content = b"when|what|how much\n2026-11-03|Bakery|-4.20\n2026-11-05|Refund|10.00\n"
    guessed = await _upload(client, user, "odd.csv", content, account_id=account_id)
    assert guessed.status_code == 400 and error_code(guessed) == "bad_statement"
    mapping = '{"date": "when", "description": "what", "amount": "how much"}'
    response = await _upload(
        client, user, "odd.csv", content, account_id=account_id, mapping=mapping
    )
    assert response.status_code == 201, response.text
    assert [(m["amount"], m["type"]) for m in response.json()["missing"]] == [
        ("4.20", "debit"),
        ("10.00", "credit"),
    ]
