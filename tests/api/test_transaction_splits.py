"""Issue #18: a transaction's every field edited at once (tags included), split across
categories (parts adding up to the total; reports by category count the parts), and the source
it was read from."""

import uuid
from datetime import UTC, datetime

from sqlalchemy import text

from app.models import ConnectedAccount, Email
from tests.ledger_helpers import add_txn, category_ids, error_code

API = "/api/v1/transactions"
MARCH = "date_from=2026-03-01&date_to=2026-03-31"


async def test_every_field_edited_and_tags_filtered(client, make_user):
    user = await make_user("drawer@example.com")
    cats = await category_ids(client, user)
    account = await client.post(
        "/api/v1/accounts", json={"name": "Wallet", "kind": "cash"}, headers=user.headers
    )
    created = await add_txn(client, user, amount="250.00", merchant="Cafe Mocha")
    assert (created["tags"], created["is_split"], created["splits"]) == ([], False, [])
    patched = await client.patch(
        f"{API}/{created['id']}",
        json={
            "amount": "260.50",
            "currency": "usd",
            "type": "credit",
            "occurred_at": "2026-03-11T09:30:00Z",
            "merchant": "Blue Tokai",
            "account_id": account.json()["id"],
            "category_id": cats["Dining"],
            "notes": "with Asha",
            "tags": ["Trip-Goa", " reimbursable ", "trip-goa"],
        },
        headers=user.headers,
    )
    assert patched.status_code == 200, patched.text
    body = patched.json()
    assert (body["amount"], body["currency"], body["type"]) == ("260.50", "USD", "credit")
    assert body["occurred_at"].startswith("2026-03-11T09:30:00")
    assert (body["transactor_name"], body["account_name"], body["category_name"]) == (
        "Blue Tokai",
        "Wallet",
        "Dining",
    )
    assert (body["notes"], body["tags"]) == ("with Asha", ["trip-goa", "reimbursable"])
    await add_txn(client, user, amount="5.00")
    listed = await client.get(f"{API}?tag=trip-goa", headers=user.headers)
    assert [t["id"] for t in listed.json()["items"]] == [created["id"]]
    assert listed.json()["items"][0]["tags"] == ["trip-goa", "reimbursable"]
    cleared = await client.patch(f"{API}/{created['id']}", json={"tags": []}, headers=user.headers)
    assert cleared.json()["tags"] == []
    too_long = await client.patch(
        f"{API}/{created['id']}", json={"tags": ["x" * 41]}, headers=user.headers
    )
    assert too_long.status_code == 422


async def test_a_split_counts_by_its_parts_in_reports_and_filters(client, make_user):
    user = await make_user("split@example.com")
    cats = await category_ids(client, user)
    groceries, household = cats["Groceries"], cats["Shopping"]
    txn = await add_txn(
        client,
        user,
        amount="1000.00",
        merchant="Big Bazaar",
        category_id=groceries,
        occurred_at="2026-03-05T10:00:00Z",
    )
    await add_txn(
        client, user, amount="200.00", category_id=groceries, occurred_at="2026-03-06T10:00:00Z"
    )
    url = f"{API}/{txn['id']}/splits"

    # Parts that do not add up, a single part, someone else's category: refused, nothing kept.
    short = {
        "splits": [
            {"category_id": groceries, "amount": "600.00"},
            {"category_id": household, "amount": "300.00"},
        ]
    }
    response = await client.put(url, json=short, headers=user.headers)
    assert response.status_code == 400 and error_code(response) == "split_total"
    one = {"splits": [{"category_id": groceries, "amount": "1000.00"}]}
    assert (await client.put(url, json=one, headers=user.headers)).status_code == 422
    stranger = {
        "splits": [
            {"category_id": str(uuid.uuid4()), "amount": "600.00"},
            {"category_id": household, "amount": "400.00"},
        ]
    }
    assert (await client.put(url, json=stranger, headers=user.headers)).status_code == 404

    parts = {
        "splits": [
            {"category_id": groceries, "amount": "600.00", "note": "food"},
            {"category_id": household, "amount": "400.00", "note": "towels"},
        ]
    }
    response = await client.put(url, json=parts, headers=user.headers)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["is_split"] is True
    assert [(s["category_id"], s["amount"], s["note"]) for s in body["splits"]] == [
        (groceries, "600.00", "food"),
        (household, "400.00", "towels"),
    ]

    spend = (
        await client.get(f"/api/v1/analytics/spend-by-category?{MARCH}", headers=user.headers)
    ).json()
    assert {i["name"]: (i["amount"], i["count"]) for i in spend["items"]} == {
        "Groceries": ("800.00", 2),
        "Shopping": ("400.00", 1),
    }
    assert spend["total"] == "1200.00"
    summary = (await client.get(f"/api/v1/analytics/summary?{MARCH}", headers=user.headers)).json()
    assert summary["expense"] == "1200.00"

    # The category filter finds a transaction by any of its parts (the drill-down from a chart).
    listed = await client.get(f"{API}?category_id={household}", headers=user.headers)
    assert [(t["id"], t["is_split"]) for t in listed.json()["items"]] == [(txn["id"], True)]

    # The amount of a split transaction changes only with its parts.
    response = await client.patch(
        f"{API}/{txn['id']}", json={"amount": "1100.00"}, headers=user.headers
    )
    assert response.status_code == 409 and error_code(response) == "split_total"
    response = await client.patch(
        f"{API}/{txn['id']}", json={"amount": "1000.00", "notes": "same"}, headers=user.headers
    )
    assert response.status_code == 200

    # Whole again: counted in its own category.
    response = await client.put(url, json={"splits": []}, headers=user.headers)
    assert response.json()["splits"] == [] and response.json()["is_split"] is False
    spend = (
        await client.get(f"/api/v1/analytics/spend-by-category?{MARCH}", headers=user.headers)
    ).json()
    assert {i["name"]: i["amount"] for i in spend["items"]} == {"Groceries": "1200.00"}


async def test_splits_and_sources_are_the_owners_own(client, make_user):
    owner = await make_user("split-owner@example.com")
    other = await make_user("split-other@example.com")
    txn = await add_txn(client, owner, amount="10.00")
    parts = {"splits": [{"category_id": None, "amount": "5"}, {"category_id": None, "amount": "5"}]}
    url = f"{API}/{txn['id']}"
    assert (await client.put(f"{url}/splits", json=parts, headers=other.headers)).status_code == 404
    assert (await client.get(f"{url}/source", headers=other.headers)).status_code == 404
    source = await client.get(f"{url}/source", headers=owner.headers)
    assert source.status_code == 200 and source.json() == {"email": None, "statement_lines": []}


async def test_the_source_email_is_shown_with_an_excerpt(client, worker_ctx, make_user):
    user = await make_user("source@example.com")
    txn = await add_txn(client, user, amount="42.00")
    user_id = uuid.UUID(user.user["id"])
    email_id = uuid.uuid4()
    async with worker_ctx.sessionmaker() as session:
        connected = ConnectedAccount(user_id=user_id, provider="mbox", address="me@example.com")
        session.add(connected)
        await session.flush()
        session.add(
            Email(
                id=email_id,
                user_id=user_id,
                account_id=connected.id,
                message_id="<m1@x>",
                sender="alerts@bank.example",
                subject="Debit alert",
                received_at=datetime.now(UTC),
                body_text="Rs 42.00 spent\n  at Cafe " * 50,
                size=10,
                raw_compressed=b"",
            )
        )
        await session.flush()
        await session.execute(
            text("UPDATE transactions SET email_id = :e WHERE id = :t"),
            {"e": email_id, "t": uuid.UUID(txn["id"])},
        )
        await session.commit()
    source = (await client.get(f"{API}/{txn['id']}/source", headers=user.headers)).json()
    assert source["email"]["id"] == str(email_id)
    assert source["email"]["subject"] == "Debit alert"
    assert source["email"]["excerpt"].startswith("Rs 42.00 spent at Cafe Rs 42.00")
    assert len(source["email"]["excerpt"]) == 600
