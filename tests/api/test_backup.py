"""Issue #17, backup and restore: a rich ledger built through the real API and ingest paths
(mail synced and read by the email worker's functions, a merge, a taught sender, a hand edit, a
deletion, budgets, goals, rules, a statement) is exported, restored into a fresh user and compared
table by table with ids re-labelled; bad files are a clear 4xx; nobody reaches another's data."""

import io
import json
import uuid
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.services import backup as backup_service
from tests.jobs.test_extraction_pipeline import bank_alert
from tests.ledger_helpers import category_ids, error_code
from tests.review_helpers import (
    detail,
    emails_of,
    ingest,
    run_jobs,
    span_of,
    transactions,
    zuri,
)

API = "/api/v1/backup"
STATEMENT = Path(__file__).parent.parent / "fixtures" / "statements" / "march.ofx"


async def _ok(response: Any, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json() if response.content else None


async def _build_ledger(client, settings, session_factory, run_email_jobs, user) -> None:
    h = user.headers
    sent = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
    raws = [
        zuri(i, a, m, days_ago=i + 1)
        for i, (a, m) in enumerate(
            [
                ("1,250.00", "Java House"),
                ("80.00", "Naivas"),
                ("15,000.50", "KPLC"),
                ("640.00", "Mama"),
            ]
        )
    ]
    raws += [
        bank_alert("<m1@hdfc>", sent, "612345678901"),
        bank_alert("<m2@hdfc>", sent + timedelta(minutes=3), "612345678901"),
    ]
    await ingest(client, settings, session_factory, user, run_email_jobs, raws)

    emails = await emails_of(client, user)
    # a correction that teaches the sender a template
    reading = (await detail(client, user, emails[0]["id"]))["reading"]["text"]
    await _ok(
        await client.post(
            f"/api/v1/emails/{emails[0]['id']}/correction",
            json={
                "action": "edit",
                "fields": {"merchant": "Java House"},
                "spans": {"merchant": span_of(reading, "Java House")},
            },
            headers=h,
        )
    )
    await run_jobs(run_email_jobs)  # the re-extraction the lesson started
    ledger = {t["email_id"]: t for t in await transactions(client, user)}
    # a hand edit (user_fields), a deletion (tombstone), a "not a transaction"
    await _ok(
        await client.patch(
            f"/api/v1/transactions/{ledger[emails[2]['id']]['id']}",
            json={"merchant": "Kenya Power", "amount": "15000.01"},
            headers=h,
        )
    )
    await _ok(
        await client.delete(f"/api/v1/transactions/{ledger[emails[3]['id']]['id']}", headers=h), 204
    )
    await _ok(
        await client.post(
            f"/api/v1/emails/{emails[1]['id']}/correction",
            json={"action": "not_transaction"},
            headers=h,
        )
    )
    cats = await category_ids(client, user)
    parent = await _ok(
        await client.post(
            "/api/v1/categories", json={"name": "Hobbies", "kind": "expense"}, headers=h
        ),
        201,
    )
    child = await _ok(
        await client.post(
            "/api/v1/categories", json={"name": "Climbing", "parent_id": parent["id"]}, headers=h
        ),
        201,
    )
    await _ok(
        await client.post(
            "/api/v1/category-rules",
            json={"category_id": child["id"], "transactor_pattern": "java", "amount_min": "0.01"},
            headers=h,
        ),
        201,
    )
    await _ok(
        await client.post(
            "/api/v1/budgets",
            json={"category_id": cats["Groceries"], "amount": "1234.56", "starts_on": "2026-01-01"},
            headers=h,
        ),
        201,
    )
    goal = await _ok(
        await client.post(
            "/api/v1/goals", json={"name": "Trip", "target_amount": "99999.99"}, headers=h
        ),
        201,
    )
    await _ok(
        await client.post(
            f"/api/v1/goals/{goal['id']}/contributions",
            json={"amount": "0.07", "contributed_on": "2026-02-01"},
            headers=h,
        ),
        201,
    )
    await _ok(
        await client.post(
            "/api/v1/accounts",
            json={"name": "Current account", "kind": "bank", "last4": "4321", "currency": "EUR"},
            headers=h,
        ),
        201,
    )
    await _ok(
        await client.post(
            "/api/v1/statements",
            headers=h,
            files={"file": ("march.ofx", STATEMENT.read_bytes())},
        ),
        201,
    )
    await _ok(
        await client.patch("/api/v1/users/me", json={"timezone": "Africa/Nairobi"}, headers=h)
    )
    # a receipt the person attached by hand (bytes stored once, linked to the transaction)
    some = (await transactions(client, user))[0]
    await _ok(
        await client.post(
            f"/api/v1/transactions/{some['id']}/attachments",
            headers=h,
            files={"file": ("receipt.png", b"\x89PNG\r\n\x1a\n" + bytes(range(64)), "image/png")},
        ),
        201,
    )


async def _table_rows(session_factory, table, user_id: uuid.UUID) -> list[dict[str, Any]]:
    if "user_id" in table.c:
        where = "user_id = :u"
    else:
        parent, fk = {
            "budget_alerts": ("budgets", "budget_id"),
            "goal_contributions": ("goals", "goal_id"),
        }[table.name]
        where = f"{fk} IN (SELECT id FROM {parent} WHERE user_id = :u)"
    async with session_factory() as session:
        result = await session.execute(
            text(f"SELECT * FROM {table.name} WHERE {where}"), {"u": user_id}
        )
        return [dict(r) for r in result.mappings()]


async def _canonical(session_factory, user_id: uuid.UUID) -> dict[str, list[dict[str, Any]]]:
    """Every exported table of the user, ids replaced by labels given in content order, foreign
    keys by their target's label: two ledgers that differ only in ids compare equal."""
    labels: dict[Any, str] = {user_id: "USER"}
    out: dict[str, list[dict[str, Any]]] = {}
    for table in backup_service.TABLES:
        fks = {c.name for c in table.columns if c.foreign_keys}
        rows = await _table_rows(session_factory, table, user_id)

        own = {
            c.name for c in table.columns if any(f.column.table is table for f in c.foreign_keys)
        }

        def content(row: dict[str, Any], own: set[str] = own) -> str:
            # parents are labelled already (tables come parents first), so rows that differ
            # only in what they point at still sort the same way in both ledgers
            keyed = {
                k: labels.get(v, v) if isinstance(v, uuid.UUID) else v
                for k, v in row.items()
                if k != "id" and k not in own
            }
            return json.dumps(keyed, default=str, sort_keys=True)

        rows.sort(key=content)
        for i, row in enumerate(rows):
            if "id" in row:
                labels[row["id"]] = f"{table.name}#{i}"
        canon = []
        for row in rows:
            row = dict(row)
            row.pop("id", None)
            for name in fks:
                if row[name] is not None:
                    row[name] = labels[row[name]]
            if table.name == "connected_accounts":
                for name in ("credentials", "status", "last_error", "updated_at"):
                    row.pop(name)
            canon.append(row)
        out[table.name] = canon
    return out


async def _download(client, user) -> bytes:
    response = await client.get(API, headers=user.headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/zip"
    return response.content


async def _restore(client, user, content: bytes):
    return await client.post(
        API, headers=user.headers, files={"file": ("backup.zip", content, "application/zip")}
    )


async def test_round_trip_restores_every_table_exactly(
    client, settings, session_factory, run_email_jobs, make_user
):
    alice = await make_user("alice-backup@example.com")
    await _build_ledger(client, settings, session_factory, run_email_jobs, alice)
    alice_id = uuid.UUID(alice.user["id"])
    before = await _canonical(session_factory, alice_id)
    for name in (
        "emails",
        "email_extractions",
        "transactions",
        "transaction_merges",
        "transaction_tombstones",
        "review_items",
        "sender_templates",
        "category_rules",
        "budgets",
        "goals",
        "goal_contributions",
        "statements",
        "statement_entries",
        "attachment_blobs",
        "attachments",
    ):
        assert before[name], f"the test ledger has no {name}"
    assert any(r["user_fields"] for r in before["transactions"])
    assert any(r["parent_id"] for r in before["categories"])

    content = await _download(client, alice)
    with zipfile.ZipFile(io.BytesIO(content)) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        accounts = [json.loads(line) for line in zf.read("connected_accounts.jsonl").splitlines()]
        txns = zf.read("transactions.jsonl").decode()
    assert manifest["version"] == 1 and manifest["settings"]["timezone"] == "Africa/Nairobi"
    assert manifest["tables"]["emails"] == len(before["emails"])
    assert all(a["credentials"] is None for a in accounts)
    assert '"amount": "15000.01"' in txns  # money as exact strings

    bob = await make_user("bob-backup@example.com")
    await category_ids(client, bob)  # his default categories exist; the ledger is still empty
    restored = await _ok(await _restore(client, bob, content))
    assert restored["tables"] == manifest["tables"]
    bob_id = uuid.UUID(bob.user["id"])
    after = await _canonical(session_factory, bob_id)
    for name in before:
        assert after[name] == before[name], name

    # nothing restored still names one of alice's rows (in JSON fields, say)
    alice_ids = set()
    for table in backup_service.TABLES:
        alice_ids |= {
            str(r["id"]) for r in await _table_rows(session_factory, table, alice_id) if "id" in r
        }
    restored_text = json.dumps(after, default=str)
    assert not [i for i in alice_ids if i in restored_text]

    # restored mailboxes carry no secrets and wait to be reconnected
    for row in await _table_rows(session_factory, backup_service.TABLES[0], bob_id):
        assert row["credentials"] is None and row["status"] == "error"
    me = await _ok(await client.get("/api/v1/users/me", headers=bob.headers))
    assert me["timezone"] == "Africa/Nairobi"

    # the API shows the same ledger: amounts, merchants, categories
    def view(items):
        return sorted(
            (t["amount"], t["currency"], t["transactor_name"], t["occurred_at"]) for t in items
        )

    assert view(await transactions(client, bob)) == view(await transactions(client, alice))
    # alice's rows are untouched and still hers alone
    assert await _canonical(session_factory, alice_id) == before

    # a second restore into the now full ledger is refused
    again = await _restore(client, bob, content)
    assert again.status_code == 409 and error_code(again) == "ledger_not_empty"


def _zip(files: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def _manifest(**changes: Any) -> str:
    manifest = {"format": "fincoach-backup", "version": 1, "settings": {}, "tables": {}}
    return json.dumps({**manifest, **changes})


GOAL = {
    "id": str(uuid.uuid4()),
    "user_id": str(uuid.uuid4()),
    "name": "Car",
    "target_amount": "10.00",
    "currency": "EUR",
    "target_date": None,
    "created_at": "2026-01-01T00:00:00+00:00",
    "updated_at": "2026-01-01T00:00:00+00:00",
}


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"not a zip at all", "not a zip"),
        (_zip({"goals.jsonl": ""}), "no manifest"),
        (_zip({"manifest.json": "{nope"}), "not valid JSON"),
        (_zip({"manifest.json": _manifest(format="other-app")}), "another format"),
        (_zip({"manifest.json": _manifest(version=2)}), "newer FinCoach"),
        (_zip({"manifest.json": _manifest(), "goals.jsonl": "{broken\n"}), "not valid JSON"),
        (_zip({"manifest.json": _manifest(), "goals.jsonl": "[1]\n"}), "not a JSON object"),
        (
            _zip(
                {
                    "manifest.json": _manifest(),
                    "goals.jsonl": json.dumps({**GOAL, "evil": 1}) + "\n",
                }
            ),
            "unknown fields",
        ),
        (
            _zip(
                {
                    "manifest.json": _manifest(),
                    "goals.jsonl": json.dumps({**GOAL, "target_amount": "lots"}) + "\n",
                }
            ),
            "cannot be read",
        ),
        (
            _zip(
                {
                    "manifest.json": _manifest(),
                    "goal_contributions.jsonl": json.dumps(
                        {
                            "id": str(uuid.uuid4()),
                            "goal_id": str(uuid.uuid4()),
                            "amount": "1.00",
                            "contributed_on": "2026-01-01",
                            "note": "",
                            "created_at": "2026-01-01T00:00:00+00:00",
                        }
                    )
                    + "\n",
                }
            ),
            "does not hold",
        ),
        (
            _zip(
                {
                    "manifest.json": _manifest(tables={"goals": 2}),
                    "goals.jsonl": json.dumps(GOAL) + "\n",
                }
            ),
            "incomplete",
        ),
        (_zip({"manifest.json": _manifest(settings={"timezone": "Mars/Olympus"})}), "time zone"),
    ],
)
async def test_malformed_files_are_a_clear_400(client, make_user, content, needle):
    user = await make_user("malformed@example.com")
    response = await _restore(client, user, content)
    assert response.status_code == 400, response.text
    assert needle in response.json()["error"]["message"]
    # nothing was written
    assert (await _ok(await client.get("/api/v1/goals", headers=user.headers))) == []


async def test_a_goal_only_backup_restores_and_money_stays_exact(client, make_user):
    user = await make_user("tiny@example.com")
    content = _zip(
        {
            "manifest.json": _manifest(tables={"goals": 1}),
            "goals.jsonl": json.dumps({**GOAL, "target_amount": "123456789012.34"}),
        }
    )
    assert (await _restore(client, user, content)).status_code == 200
    [goal] = await _ok(await client.get("/api/v1/goals", headers=user.headers))
    assert goal["target_amount"] == "123456789012.34" and goal["id"] != GOAL["id"]


async def test_oversized_upload_is_refused(client, make_user, monkeypatch):
    user = await make_user("big@example.com")
    monkeypatch.setattr(backup_service, "MAX_BACKUP_BYTES", 100)
    response = await _restore(client, user, _zip({"manifest.json": _manifest()}) + b"x" * 200)
    assert response.status_code == 413


async def test_each_user_backs_up_and_restores_only_their_own(client, make_user):
    alice = await make_user("own-a@example.com")
    await _ok(
        await client.post(
            "/api/v1/goals",
            json={"name": "Alice's", "target_amount": "5.00"},
            headers=alice.headers,
        ),
        201,
    )
    carol = await make_user("own-c@example.com")
    content = await _download(client, carol)
    with zipfile.ZipFile(io.BytesIO(content)) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert zf.read("goals.jsonl") == b""
    assert manifest["tables"]["goals"] == 0
    # a backup naming alice's user id as owner still lands in carol's ledger only
    forged = _zip(
        {
            "manifest.json": _manifest(tables={"goals": 1}),
            "goals.jsonl": json.dumps({**GOAL, "user_id": alice.user["id"]}),
        }
    )
    assert (await _restore(client, carol, forged)).status_code == 200
    assert [
        g["name"] for g in await _ok(await client.get("/api/v1/goals", headers=carol.headers))
    ] == ["Car"]
    assert [
        g["name"] for g in await _ok(await client.get("/api/v1/goals", headers=alice.headers))
    ] == ["Alice's"]
    # alice's ledger is not empty: restoring into it is refused
    assert (await _restore(client, alice, forged)).status_code == 409
    assert (await client.get(API)).status_code == 401
