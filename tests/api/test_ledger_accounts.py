"""Issue #18's accounts page: each account's computed balance beside the last one an alert
reported; rename, archive, and merge (the merged account stays as an alias, so that mail about
its card lands on the survivor)."""

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from app.services.accounts import AccountKey, get_or_create_accounts, record_balances
from app.services.transactions import NewTransaction, record_transactions
from tests.ledger_helpers import add_txn, error_code

API = "/api/v1/accounts"
AT = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def alert(message_id: str, account_id: uuid.UUID, amount: str, kind: str, **fields) -> Any:
    return NewTransaction(
        amount=Decimal(amount),
        currency="INR",
        type=kind,
        occurred_at=fields.pop("at", AT),
        message_id=message_id,
        sender="alerts@hdfcbank.net",
        account_id=account_id,
        account_last4="1234",
        dedupe=False,
        **fields,
    )


async def test_balances_computed_from_the_oldest_alert(client, worker_ctx, make_user):
    user = await make_user("balances@example.com")
    user_id = uuid.UUID(user.user["id"])
    key = AccountKey("HDFC Bank", "1234", kind="bank", currency="INR")
    async with worker_ctx.sessionmaker() as session:
        account_id = (await get_or_create_accounts(session, user_id, [key]))[key.identity]
        await record_transactions(
            session,
            user_id,
            [
                # Before the first balance: not counted (the alert's balance includes it).
                alert("<0@b>", account_id, "50.00", "debit", at=AT - timedelta(days=2)),
                alert("<1@b>", account_id, "100.00", "debit", balance_after=Decimal("5000.00")),
                alert("<2@b>", account_id, "300.00", "credit", at=AT + timedelta(hours=1)),
                alert("<3@b>", account_id, "800.00", "debit", at=AT + timedelta(hours=2)),
            ],
        )
        await record_balances(
            session, user_id, [(account_id, Decimal("4400.00"), AT + timedelta(hours=3))]
        )
        await session.commit()
    # A hand-made wallet without any alert: credits minus debits.
    wallet = (
        await client.post(API, json={"name": "Cash", "kind": "cash"}, headers=user.headers)
    ).json()
    await add_txn(client, user, amount="20.00", account_id=wallet["id"], type="credit")
    await add_txn(client, user, amount="5.00", account_id=wallet["id"])

    response = await client.get(f"{API}/balances", headers=user.headers)
    assert response.status_code == 200, response.text
    found = {a["id"]: a for a in response.json()}
    bank = found[str(account_id)]
    # 5000 - 0 (its own alert's debit is in the balance) + 300 - 800 = 4500; alert says 4400.
    assert (bank["computed_balance"], bank["latest_balance"], bank["difference"]) == (
        "4500.00",
        "4400.00",
        "-100.00",
    )
    assert (bank["balance_from_alert"], bank["transaction_count"]) == (True, 4)
    cash = found[wallet["id"]]
    assert (cash["computed_balance"], cash["difference"], cash["balance_from_alert"]) == (
        "15.00",
        None,
        False,
    )


async def test_rename_archive_and_restore(client, make_user):
    user = await make_user("archive@example.com")
    made = (await client.post(API, json={"name": "Old card"}, headers=user.headers)).json()
    url = f"{API}/{made['id']}"
    renamed = await client.patch(url, json={"name": "Travel card"}, headers=user.headers)
    assert renamed.json()["name"] == "Travel card" and renamed.json()["archived_at"] is None
    archived = await client.patch(url, json={"archived": True}, headers=user.headers)
    assert archived.json()["archived_at"] is not None
    assert (await client.get(API, headers=user.headers)).json() == []
    listed = await client.get(f"{API}?include_archived=true", headers=user.headers)
    assert [a["name"] for a in listed.json()] == ["Travel card"]
    balances = (await client.get(f"{API}/balances", headers=user.headers)).json()
    assert [(a["name"], a["archived_at"] is not None) for a in balances] == [("Travel card", True)]
    restored = await client.patch(url, json={"archived": False}, headers=user.headers)
    assert restored.json()["archived_at"] is None
    assert len((await client.get(API, headers=user.headers)).json()) == 1


async def test_merge_moves_transactions_and_future_mail_lands_on_the_survivor(
    client, worker_ctx, make_user
):
    user = await make_user("merge-acc@example.com")
    user_id = uuid.UUID(user.user["id"])
    old_key = AccountKey("HDFC Bank", "1234", kind="card", currency="INR")
    new_key = AccountKey("HDFC Bank", "9876", kind="card", currency="INR")
    async with worker_ctx.sessionmaker() as session:
        ids = await get_or_create_accounts(session, user_id, [old_key, new_key])
        await session.commit()
    old, new = ids[old_key.identity], ids[new_key.identity]
    moved = await add_txn(client, user, amount="70.00", account_id=str(old))
    kept = await add_txn(client, user, amount="30.00", account_id=str(new))

    response = await client.post(
        f"{API}/{old}/merge", json={"into_id": str(new)}, headers=user.headers
    )
    assert response.status_code == 200, response.text
    assert response.json()["id"] == str(new)
    txns = (await client.get("/api/v1/transactions", headers=user.headers)).json()["items"]
    assert {t["id"]: t["account_id"] for t in txns} == {
        moved["id"]: str(new),
        kept["id"]: str(new),
    }
    # The merged one is an alias: in no list, even with the archived ones.
    for url in (API, f"{API}?include_archived=true", f"{API}/balances"):
        assert [a["id"] for a in (await client.get(url, headers=user.headers)).json()] == [str(new)]
    # Mail naming the old card now finds the survivor.
    async with worker_ctx.sessionmaker() as session:
        again = await get_or_create_accounts(session, user_id, [old_key])
        await session.commit()
    assert again == {old_key.identity: new}

    # Merging again, into itself, into a stranger's account: refused.
    again_merge = await client.post(
        f"{API}/{old}/merge", json={"into_id": str(new)}, headers=user.headers
    )
    assert again_merge.status_code == 409 and error_code(again_merge) == "already_merged"
    itself = await client.post(
        f"{API}/{new}/merge", json={"into_id": str(new)}, headers=user.headers
    )
    assert itself.status_code == 400
    other = await make_user("merge-other@example.com")
    theirs = (await client.post(API, json={"name": "Theirs"}, headers=other.headers)).json()
    stranger = await client.post(
        f"{API}/{new}/merge", json={"into_id": theirs["id"]}, headers=user.headers
    )
    assert stranger.status_code == 404
