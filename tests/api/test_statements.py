"""Statement import and reconciliation with the ledger, through the API.

The sample files in tests/fixtures/statements are one March 2026 statement of a EUR current
account ending 4321, written for these tests in each format: opening balance 1,000.00, then
  2 Mar  GROCERY MART 221   -45.90   REF1001
  5 Mar  ACME CORP SALARY  2,500.00  REF1002
  9 Mar  COFFEE HOUSE       -12.50   REF1003
closing balance 3,441.60 (OFX gives no opening balance, QIF no balances and no account)."""

import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from tests.ledger_helpers import add_txn, error_code

API = "/api/v1/statements"
SAMPLES = Path(__file__).parent.parent / "fixtures" / "statements"


async def _account(client, user, last4="4321", currency="EUR"):
    response = await client.post(
        "/api/v1/accounts",
        headers=user.headers,
        json={"name": "Current account", "kind": "bank", "last4": last4, "currency": currency},
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


async def _upload(client, user, name: str, content: bytes | None = None, account_id=None):
    data = {"account_id": account_id} if account_id else {}
    content = (SAMPLES / name).read_bytes() if content is None else content
    return await client.post(API, headers=user.headers, files={"file": (name, content)}, data=data)


async def _transactions(client, user):
    response = await client.get("/api/v1/transactions?limit=200", headers=user.headers)
    assert response.status_code == 200, response.text
    return sorted(response.json()["items"], key=lambda t: t["occurred_at"])


@pytest.mark.parametrize(
    ("name", "fmt", "opening", "derived"),
    [
        ("march.ofx", "ofx", "1000.00", True),
        ("march.qif", "qif", None, False),
        ("march.camt053.xml", "camt053", "1000.00", False),
        ("march.mt940", "mt940", "1000.00", False),
    ],
)
async def test_each_format_imports_into_an_empty_ledger(
    client, make_user, name, fmt, opening, derived
):
    user = await make_user(f"{fmt}@example.com")
    account_id = await _account(client, user)
    # QIF files name no account: it is chosen on upload. The others are found by their number.
    response = await _upload(client, user, name, account_id=account_id if fmt == "qif" else None)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["format"] == fmt and body["account_id"] == account_id
    assert (body["period_start"], body["period_end"]) == ("2026-03-01", "2026-03-31") or (
        fmt == "qif" and (body["period_start"], body["period_end"]) == ("2026-03-02", "2026-03-09")
    )
    assert [(m["posted_on"], m["amount"], m["type"], m["reference"]) for m in body["missing"]] == [
        ("2026-03-02", "45.90", "debit", "REF1001"),
        ("2026-03-05", "2500.00", "credit", "REF1002"),
        ("2026-03-09", "12.50", "debit", "REF1003"),
    ]
    assert body["matched"] == [] and body["flagged"] == []
    assert body["totals"]["missing"] == {
        "count": 3,
        "debits": "58.40",
        "credits": "2500.00",
        "net": "2441.60",
    }
    balance = body["balance"]
    if fmt == "qif":
        assert balance["computed_balance"] is None and balance["difference"] is None
    else:
        assert balance["opening_balance"] == opening and balance["opening_derived"] is derived
        assert Decimal(balance["computed_balance"]) == Decimal("3441.60")
        assert Decimal(balance["difference"]) == 0
    rows = await _transactions(client, user)
    assert [(r["amount"], r["currency"], r["source"], r["account_id"]) for r in rows] == [
        ("45.90", "EUR", "statement", account_id),
        ("2500.00", "EUR", "statement", account_id),
        ("12.50", "EUR", "statement", account_id),
    ]
    assert all(r["confirmed_at"] for r in rows)


async def test_reconciliation_matches_creates_flags_and_checks_the_balance(client, make_user):
    user = await make_user("reconcile@example.com")
    account_id = await _account(client, user)
    other_account = await _account(client, user, last4="9999")
    alert = await add_txn(  # the card alert, a day before the bank posted it
        client,
        user,
        amount="45.90",
        currency="EUR",
        account_id=account_id,
        description="Spent EUR 45.90 at GROCERY MART",
        occurred_at="2026-03-01T18:30:00Z",
    )
    extra = await add_txn(  # on the ledger, not on the statement
        client,
        user,
        amount="99.00",
        currency="EUR",
        account_id=account_id,
        description="Double-reported alert",
        occurred_at="2026-03-20T09:00:00Z",
    )
    await add_txn(  # before the period: not the statement's business
        client,
        user,
        amount="7.00",
        currency="EUR",
        account_id=account_id,
        occurred_at="2026-02-10T09:00:00Z",
    )
    await add_txn(  # another account's row inside the period
        client,
        user,
        amount="12.50",
        currency="EUR",
        account_id=other_account,
        occurred_at="2026-03-09T09:00:00Z",
    )
    response = await _upload(client, user, "march.ofx")
    assert response.status_code == 201, response.text
    body = response.json()

    assert [(m["transaction_id"], m["posted_on"], m["amount"]) for m in body["matched"]] == [
        (alert["id"], "2026-03-02", "45.90")
    ]
    assert body["matched"][0]["original"] == {
        "occurred_at": "2026-03-01T18:30:00+00:00",
        "description": "Spent EUR 45.90 at GROCERY MART",
    }
    assert [(m["posted_on"], m["amount"]) for m in body["missing"]] == [
        ("2026-03-05", "2500.00"),
        ("2026-03-09", "12.50"),  # the other account's 12.50 is not this account's
    ]
    assert [(f["transaction_id"], f["amount"], f["description"]) for f in body["flagged"]] == [
        (extra["id"], "99.00", "Double-reported alert")
    ]
    assert body["totals"]["flagged"] == {
        "count": 1,
        "debits": "99.00",
        "credits": "0.00",
        "net": "-99.00",
    }
    # OFX gives the closing balance only: opening = 3,441.60 - 2,441.60 = 1,000.00; the
    # ledger's rows of the period net 2,342.60, so it is 99.00 short of the statement.
    assert body["balance"] == {
        "closing_balance": "3441.60",
        "opening_balance": "1000.00",
        "opening_derived": True,
        "computed_balance": "3342.60",
        "difference": "99.00",
    }

    confirmed = await client.get(f"/api/v1/transactions/{alert['id']}", headers=user.headers)
    row = confirmed.json()
    assert row["occurred_at"].startswith("2026-03-02T18:30:00")  # the statement's day wins
    assert row["description"] == "GROCERY MART 221 Card payment"
    assert row["confirmed_at"] and row["statement_original"]["description"].startswith("Spent")

    # Deleting the extra row closes the gap.
    deleted = await client.delete(f"/api/v1/transactions/{extra['id']}", headers=user.headers)
    assert deleted.status_code == 204
    again = await client.get(f"{API}/{body['id']}", headers=user.headers)
    assert again.json()["balance"]["difference"] == "0.00"

    # The same statement again matches everything and creates nothing.
    second = (await _upload(client, user, "march.ofx")).json()
    assert len(second["matched"]) == 3 and second["missing"] == [] and second["flagged"] == []
    assert len(await _transactions(client, user)) == 5

    listed = await client.get(API, headers=user.headers)
    assert listed.json()["total"] == 2
    assert [
        (s["matched_count"], s["missing_count"], s["flagged_count"]) for s in listed.json()["items"]
    ] == [(3, 0, 0), (1, 2, 1)]  # the first's flagged row is deleted: its entry stays, unlinked


async def test_a_shared_reference_matches_and_the_statements_amount_wins(client, make_user):
    user = await make_user("fx-settled@example.com")
    account_id = await _account(client, user)
    alert = await add_txn(  # the alert's amount before the card settled it
        client,
        user,
        amount="12.00",
        currency="EUR",
        account_id=account_id,
        reference="REF1003",
        occurred_at="2026-03-08T10:00:00Z",
    )
    body = (await _upload(client, user, "march.camt053.xml")).json()
    assert [(m["transaction_id"], m["amount"]) for m in body["matched"]] == [(alert["id"], "12.50")]
    assert body["matched"][0]["original"]["amount"] == "12.00"
    row = (await client.get(f"/api/v1/transactions/{alert['id']}", headers=user.headers)).json()
    assert row["amount"] == "12.50"


def _zip_bomb_like() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("x.ofx", b"0" * 1_000_000)
    return buffer.getvalue()


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2026-03-01</Dt></BookgDt>
<AddtlNtryInf>&lol3;</AddtlNtryInf></Ntry></Stmt></BkToCstmrStmt></Document>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2026-03-01</Dt></BookgDt>
<AddtlNtryInf>&x;</AddtlNtryInf></Ntry></Stmt></BkToCstmrStmt></Document>"""


def _sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


HOSTILE = {
    "empty": b"",
    "binary": bytes(range(256)) * 8,
    "zip": _zip_bomb_like(),
    "csv-no-columns": b"name,colour\nfig,green\n",
    "csv-bad-row": b"date,amount\n2026-03-01,10.00\n2026-03-02,ten\n",
    "pdf-malformed": b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R\nthe rest is missing",
    "ofx-truncated": _sample("march.ofx")[:700],
    "ofx-bad-amount": _sample("march.ofx").replace(b"-45.90", b"-4x5.90"),
    "ofx-no-statement": _sample("march.ofx").split(b"<BANKMSGSRSV1>")[0] + b"</OFX>",
    "camt-billion-laughs": BILLION_LAUGHS,
    "camt-xxe": XXE,
    "camt-not-xml": b"<?xml version='1.0'?><Document camt.053 <<<",
    "camt-no-lines": b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">'
    b"<BkToCstmrStmt><Stmt></Stmt></BkToCstmrStmt></Document>",
    "camt-bad-amount": _sample("march.camt053.xml").replace(b">45.90<", b">NaN<"),
    "qif-bad-date": b"!Type:Bank\nD31/31/2026\nT-1.00\n^\n",
    "qif-bad-amount": b"!Type:Bank\nD03/02/2026\nTlots\n^\n",
    "qif-huge-amount": b"!Type:Bank\nD03/02/2026\nT-1e400\n^\n",
    "mt940-garbage": b":20:X\r\n:61:not a line at all\r\n-",
    "mt940-no-lines": b":20:X\r\n:25:123\r\n:60F:C260301EUR1,00\r\n-",
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
async def test_malformed_and_hostile_files_are_a_clear_400(client, make_user, case):
    user = await make_user(f"hostile-{case}@example.com")
    response = await _upload(client, user, f"{case}.dat", HOSTILE[case])
    assert response.status_code == 400, response.text
    assert error_code(response) == "bad_statement"
    assert response.json()["error"]["message"]
    assert (await client.get(API, headers=user.headers)).json()["total"] == 0
    assert await _transactions(client, user) == []


async def test_an_oversized_file_is_refused(client, make_user):
    user = await make_user("big@example.com")
    content = _sample("march.qif") + b"M" + b"x" * (5 * 1024 * 1024)
    response = await _upload(client, user, "big.qif", content)
    assert response.status_code == 413 and error_code(response) == "statement_too_large"


async def test_statements_are_private_to_their_user(client, make_user):
    owner = await make_user("owner@example.com")
    other = await make_user("other@example.com")
    owner_account = await _account(client, owner)
    await add_txn(
        client,
        owner,
        amount="45.90",
        currency="EUR",
        account_id=owner_account,
        occurred_at="2026-03-02T10:00:00Z",
    )
    mine = (await _upload(client, owner, "march.mt940")).json()
    assert len(mine["matched"]) == 1

    # The other user's import of the same file matches none of the owner's rows.
    other_account = await _account(client, other)
    theirs = (await _upload(client, other, "march.mt940")).json()
    assert theirs["account_id"] == other_account
    assert theirs["matched"] == [] and len(theirs["missing"]) == 3

    for path in (f"{API}/{mine['id']}",):
        assert (await client.get(path, headers=other.headers)).status_code == 404
    assert [s["id"] for s in (await client.get(API, headers=other.headers)).json()["items"]] == [
        theirs["id"]
    ]
    stolen = await _upload(client, other, "march.qif", account_id=owner_account)
    assert stolen.status_code == 404
    assert len(await _transactions(client, owner)) == 3  # 1 alert + 2 created from its statement
    assert (await client.get(API, headers=client_headers_none())).status_code == 401


def client_headers_none() -> dict[str, str]:
    return {}
