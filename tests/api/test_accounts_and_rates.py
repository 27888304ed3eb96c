from tests.ledger_helpers import add_txn, error_code

ACCOUNTS = "/api/v1/accounts"
RATES = "/api/v1/exchange-rates"


async def test_accounts_crud_and_isolation(client, make_user):
    owner = await make_user("acct@example.com")
    other = await make_user("acct2@example.com")
    created = await client.post(
        ACCOUNTS,
        headers=owner.headers,
        json={
            "name": "HDFC card",
            "institution": "HDFCBank.net",
            "kind": "card",
            "last4": "1234",
            "currency": "inr",
        },
    )
    assert created.status_code == 201, created.text
    account = created.json()
    assert (account["institution"], account["currency"], account["latest_balance"]) == (
        "hdfcbank.net",
        "INR",
        None,
    )
    twin = await client.post(
        ACCOUNTS,
        headers=owner.headers,
        json={"name": "Again", "institution": "hdfcbank.net", "last4": "1234"},
    )
    assert twin.status_code == 409 and error_code(twin) == "account_exists"
    for body in ({"name": ""}, {"name": "x", "kind": "piggybank"}, {"name": "x", "last4": "12a4"}):
        assert (await client.post(ACCOUNTS, json=body, headers=owner.headers)).status_code == 422
    url = f"{ACCOUNTS}/{account['id']}"
    renamed = await client.patch(url, json={"name": "Travel card"}, headers=owner.headers)
    assert renamed.json()["name"] == "Travel card"
    txn = await add_txn(client, owner, account_id=account["id"])
    assert txn["account_name"] == "Travel card"

    assert (await client.get(ACCOUNTS, headers=other.headers)).json() == []
    for method, body in (("GET", None), ("PATCH", {"name": "x"}), ("DELETE", None)):
        response = await client.request(method, url, json=body, headers=other.headers)
        assert response.status_code == 404, method
    foreign = await client.post(
        "/api/v1/transactions",
        headers=other.headers,
        json={
            "amount": "1",
            "type": "debit",
            "occurred_at": "2026-01-01T00:00:00Z",
            "account_id": account["id"],
        },
    )
    assert foreign.status_code == 404

    assert (await client.delete(url, headers=owner.headers)).status_code == 204
    kept = (await client.get(f"/api/v1/transactions/{txn['id']}", headers=owner.headers)).json()
    assert kept["account_id"] is None


async def test_rates_are_read_by_all_and_written_by_admins(client, make_user):
    admin = await make_user("admin-fx@example.com")
    user = await make_user("user-fx@example.com")
    body = {
        "rates": [
            {"base": "usd", "quote": "INR", "rate": "85.5", "as_of": "2026-01-01"},
            {"base": "USD", "quote": "INR", "rate": "86.25", "as_of": "2026-02-01"},
        ]
    }
    assert (await client.put(RATES, json=body, headers=user.headers)).status_code == 403
    saved = await client.put(RATES, json=body, headers=admin.headers)
    assert saved.json() == {"saved": 2}
    replaced = await client.put(
        RATES,
        headers=admin.headers,
        json={"rates": [{"base": "USD", "quote": "INR", "rate": "86.5", "as_of": "2026-02-01"}]},
    )
    assert replaced.json() == {"saved": 1}
    listed = (await client.get(f"{RATES}?base=USD&quote=INR", headers=user.headers)).json()
    assert [(r["as_of"], r["rate"]) for r in listed["items"]] == [
        ("2026-02-01", "86.5000000000"),
        ("2026-01-01", "85.5000000000"),
    ]
    for bad in (
        {"rates": []},
        {"rates": [{"base": "USD", "quote": "USD", "rate": "1", "as_of": "2026-01-01"}]},
        {"rates": [{"base": "USD", "quote": "INR", "rate": "0", "as_of": "2026-01-01"}]},
        {"rates": [{"base": "US", "quote": "INR", "rate": "1", "as_of": "2026-01-01"}]},
    ):
        assert (await client.put(RATES, json=bad, headers=admin.headers)).status_code == 422
    assert (await client.get(RATES)).status_code == 401
