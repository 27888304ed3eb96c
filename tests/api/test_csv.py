import csv
import io
import json

from tests.ledger_helpers import add_txn, category_ids, error_code

API = "/api/v1/transactions"

BANK_CSV = """Date,Narration,Withdrawal Amt.,Deposit Amt.,Ref No.
03/03/2026,UPI-SWIGGY-swiggy@icici-ICIC0000001-606012345678-PAYMENT,450.00,,606012345678
04/03/2026,NEFT ACME CORP SALARY,,"1,00,000.00",N123
05/03/2026,POS 1234 SHELL 12345,"3,000.00",,
05/03/2026,POS 1234 SHELL 12345,"3,000.00",,
31/02/2026,BROKEN DATE,10.00,,
07/03/2026,NOTHING,,,
"""


async def upload(client, user, path, content, mapping=None):
    data = {"mapping": json.dumps(mapping)} if mapping is not None else {}
    files = {
        "file": (
            "statement.csv",
            content.encode() if isinstance(content, str) else content,
            "text/csv",
        )
    }
    return await client.post(f"{API}/{path}", files=files, data=data, headers=user.headers)


async def test_preview_guesses_the_mapping_and_flags_duplicates(client, make_user):
    user = await make_user("csv@example.com")
    # Already recorded by an alert: one of the two 3,000 fuel payments, a day later in UTC.
    await add_txn(client, user, amount="3000.00", occurred_at="2026-03-05T23:30:00Z")
    response = await upload(client, user, "import/preview", BANK_CSV)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["columns"][:2] == ["Date", "Narration"]
    assert body["mapping"]["debit"] == "Withdrawal Amt." and body["mapping"]["credit"] == (
        "Deposit Amt."
    )
    assert (body["total_rows"], body["valid_rows"], body["duplicate_rows"], body["error_rows"]) == (
        6,
        4,
        1,
        2,
    )
    rows = body["rows"]
    assert (rows[0]["amount"], rows[0]["type"], rows[0]["occurred_at"]) == (
        "450.00",
        "debit",
        "2026-03-03T12:00:00Z",
    )
    assert (rows[1]["amount"], rows[1]["type"]) == ("100000.00", "credit")
    assert [r["duplicate"] for r in rows[2:4]] == [True, False]
    assert "not a date" in rows[4]["error"] and "zero or missing" in rows[5]["error"]
    assert (await client.get(API, headers=user.headers)).json()["items"].__len__() == 1


async def test_import_with_a_mapping_then_again_finds_only_duplicates(client, make_user):
    user = await make_user("csv2@example.com")
    cats = await category_ids(client, user)
    statement = (
        "Buchungstag;Empfänger;Betrag;Währung;Kategorie\n"
        "02.03.2026;REWE Markt;-54,20;EUR;Groceries\n"
        "03.03.2026;Arbeitgeber GmbH;2.500,00;EUR;Salary\n"
        "04.03.2026;Kiosk;-3,50;EUR;Unheard Of\n"
        "04.03.2026;Kiosk;-3,50;EUR;\n"
    )
    mapping = {
        "date": "Buchungstag",
        "merchant": "Empfänger",
        "amount": "Betrag",
        "currency": "Währung",
        "category": "Kategorie",
        "decimal_comma": True,
    }
    first = await upload(client, user, "import", statement.encode("cp1252"), mapping)
    assert first.status_code == 200, first.text
    assert first.json() == {"imported": 4, "duplicates": 0, "errors": [], "error_count": 0}
    listed = (await client.get(f"{API}?sort=occurred_at", headers=user.headers)).json()["items"]
    assert [(t["amount"], t["currency"], t["type"], t["source"]) for t in listed] == [
        ("54.20", "EUR", "debit", "csv"),
        ("2500.00", "EUR", "credit", "csv"),
        ("3.50", "EUR", "debit", "csv"),
        ("3.50", "EUR", "debit", "csv"),
    ]
    assert listed[0]["category_id"] == cats["Groceries"]
    assert listed[0]["category_source"] == "user"
    assert listed[1]["category_id"] == cats["Income/Salary"]
    assert listed[2]["category_id"] is None  # an unknown category name is ignored
    again = await upload(client, user, "import", statement.encode("cp1252"), mapping)
    assert again.json()["imported"] == 0 and again.json()["duplicates"] == 4


async def test_bad_csv_input_is_a_clear_4xx(client, make_user):
    user = await make_user("csv3@example.com")
    cases = [
        ("import/preview", BANK_CSV, "not json", "invalid_mapping"),
        ("import/preview", BANK_CSV, {"date": "Date"}, "invalid_mapping"),
        ("import/preview", BANK_CSV, {"date": "When", "amount": "How much"}, "unknown_column"),
        ("import/preview", "", None, "invalid_csv"),
        ("import/preview", "a,a\n1,2\n", None, "invalid_csv"),
        ("import", "when,what\n1,2\n", None, "mapping_needed"),
        ("import", "x" * (5 * 1024 * 1024 + 10), None, "file_too_large"),
    ]
    for path, content, mapping, code in cases:
        if mapping == "not json":
            response = await client.post(
                f"{API}/{path}",
                files={"file": ("a.csv", content.encode(), "text/csv")},
                data={"mapping": "{nope"},
                headers=user.headers,
            )
        else:
            response = await upload(client, user, path, content, mapping)
        assert response.status_code == 400, (code, response.text)
        assert error_code(response) == code
    guessless = await upload(client, user, "import/preview", "when,what\n1,2\n")
    assert guessless.status_code == 200 and guessless.json()["mapping"] is None
    missing_file = await client.post(f"{API}/import", headers=user.headers)
    assert missing_file.status_code == 422
    assert (
        await client.get(f"{API}/export.csv?type=nope", headers=user.headers)
    ).status_code == 422


async def test_export_of_a_filtered_list(client, make_user):
    user = await make_user("export@example.com")
    other = await make_user("export2@example.com")
    await add_txn(
        client,
        user,
        amount="10.00",
        merchant="Swiggy",
        description="=HYPERLINK(1)",
        occurred_at="2026-03-01T10:00:00Z",
    )
    await add_txn(
        client, user, amount="20.00", merchant="Swiggy", occurred_at="2026-03-02T10:00:00Z"
    )
    await add_txn(client, user, amount="99.00", type="credit", occurred_at="2026-03-03T10:00:00Z")
    await add_txn(client, other, amount="30.00", merchant="Swiggy")
    response = await client.get(
        f"{API}/export.csv?type=debit&q=swiggy&sort=occurred_at", headers=user.headers
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert [(r["amount"], r["merchant"], r["type"]) for r in table] == [
        ("10.00", "Swiggy", "debit"),
        ("20.00", "Swiggy", "debit"),
    ]
    assert table[0]["description"] == "'=HYPERLINK(1)"  # stays text in a spreadsheet
    theirs = await client.get(f"{API}/export.csv", headers=other.headers)
    assert [r["amount"] for r in csv.DictReader(io.StringIO(theirs.text))] == ["30.00"]


async def test_duplicates_are_judged_against_your_own_ledger_only(client, make_user):
    owner = await make_user("csv-owner@example.com")
    other = await make_user("csv-other@example.com")
    await add_txn(client, owner, amount="450.00", occurred_at="2026-03-03T09:00:00Z")
    preview = (await upload(client, other, "import/preview", BANK_CSV)).json()
    assert preview["duplicate_rows"] == 0
