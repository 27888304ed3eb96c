import uuid

from tests.ledger_helpers import add_txn, category_ids, error_code

API = "/api/v1/category-rules"


async def test_rules_categorise_new_transactions_in_priority_order(client, make_user):
    user = await make_user("rules@example.com")
    cats = await category_ids(client, user)
    card = (
        await client.post(
            "/api/v1/accounts",
            headers=user.headers,
            json={"name": "Card", "last4": "1111", "kind": "card"},
        )
    ).json()
    rules = [
        {"category_id": cats["Dining"], "transactor_pattern": "swiggy", "priority": 20},
        {
            "category_id": cats["Shopping"],
            "transactor_pattern": "swiggy",
            "priority": 10,
            "amount_min": "1000",
        },
        {
            "category_id": cats["Travel"],
            "match_type": "regex",
            "description_pattern": r"^(flight|train)\b",
            "direction": "debit",
        },
        {"category_id": cats["Fees"], "account_id": card["id"], "amount_max": "50"},
    ]
    for rule in rules:
        response = await client.post(API, json=rule, headers=user.headers)
        assert response.status_code == 201, response.text
    listed = (await client.get(API, headers=user.headers)).json()
    assert [r["priority"] for r in listed] == [10, 20, 100, 100]

    async def category_of(**fields):
        txn = await add_txn(client, user, **fields)
        return txn["category_id"], txn["category_source"]

    assert await category_of(merchant="SWIGGY*ORDER 1", amount="300") == (cats["Dining"], "rule")
    assert await category_of(merchant="Swiggy", amount="1500") == (cats["Shopping"], "rule")
    assert await category_of(description="Flight BLR-DEL") == (cats["Travel"], "rule")
    assert await category_of(description="Flight refund", type="credit") == (None, "none")
    assert await category_of(account_id=card["id"], amount="20") == (cats["Fees"], "rule")
    assert await category_of(merchant="Swiggy", category_id=cats["Other"]) == (
        cats["Other"],
        "user",
    )  # a category given by hand beats the rules


async def test_apply_to_existing_transactions(client, make_user):
    user = await make_user("apply@example.com")
    cats = await category_ids(client, user)
    plain = await add_txn(client, user, merchant="Zomato")
    chosen = await add_txn(client, user, merchant="Zomato", category_id=cats["Other"])
    other = await add_txn(client, user, merchant="Ikea")
    rule = (
        await client.post(
            API,
            headers=user.headers,
            json={"category_id": cats["Dining"], "transactor_pattern": "zomato"},
        )
    ).json()
    applied = await client.post(f"{API}/apply", json={}, headers=user.headers)
    assert applied.json() == {"examined": 2, "updated": 1}  # the hand-chosen one is not looked at

    async def category(txn):
        return (await client.get(f"/api/v1/transactions/{txn['id']}", headers=user.headers)).json()[
            "category_id"
        ]

    assert (await category(plain), await category(chosen), await category(other)) == (
        cats["Dining"],
        cats["Other"],
        None,
    )
    await client.patch(
        f"{API}/{rule['id']}", headers=user.headers, json={"category_id": cats["Groceries"]}
    )
    only_new = await client.post(
        f"{API}/apply", json={"only_uncategorised": True}, headers=user.headers
    )
    assert only_new.json() == {"examined": 1, "updated": 0}
    everything = await client.post(f"{API}/apply", json={}, headers=user.headers)
    assert everything.json()["updated"] == 1
    assert await category(plain) == cats["Groceries"]


async def test_bad_rules_are_refused_clearly(client, make_user):
    user = await make_user("badrules@example.com")
    cats = await category_ids(client, user)
    dining = cats["Dining"]
    for body in (
        {"category_id": dining},  # no condition
        {"category_id": dining, "match_type": "regex", "description_pattern": "([a-z"},
        {"category_id": dining, "match_type": "regex", "description_pattern": r"(a)\1"},
        {"category_id": dining, "transactor_pattern": "x" * 201},
        {"category_id": dining, "amount_min": "10", "amount_max": "5"},
        {"category_id": dining, "direction": "sideways"},
        {"transactor_pattern": "x"},
    ):
        response = await client.post(API, json=body, headers=user.headers)
        assert response.status_code == 422, body
        assert error_code(response) == "validation_error"
    missing = await client.post(
        API,
        headers=user.headers,
        json={"category_id": str(uuid.uuid4()), "transactor_pattern": "x"},
    )
    assert missing.status_code == 404
    rule = (
        await client.post(
            API, headers=user.headers, json={"category_id": dining, "transactor_pattern": "x"}
        )
    ).json()
    emptied = await client.patch(
        f"{API}/{rule['id']}", json={"transactor_pattern": None}, headers=user.headers
    )
    assert emptied.status_code == 400 and error_code(emptied) == "invalid_rule"
    assert "at least one condition" in emptied.json()["error"]["message"]
    no_category = await client.patch(
        f"{API}/{rule['id']}", json={"category_id": None}, headers=user.headers
    )
    assert no_category.status_code == 400
    ok = await client.patch(
        f"{API}/{rule['id']}",
        headers=user.headers,
        json={"match_type": "regex", "transactor_pattern": "^x$", "active": False},
    )
    assert ok.status_code == 200 and ok.json()["active"] is False
    assert (await client.delete(f"{API}/{rule['id']}", headers=user.headers)).status_code == 204
    assert (await client.get(f"{API}/{rule['id']}", headers=user.headers)).status_code == 404


async def test_another_users_rules_are_invisible(client, make_user):
    owner = await make_user("rule-owner@example.com")
    other = await make_user("rule-other@example.com")
    owner_cats = await category_ids(client, owner)
    rule = (
        await client.post(
            API,
            headers=owner.headers,
            json={"category_id": owner_cats["Dining"], "transactor_pattern": "swiggy"},
        )
    ).json()
    assert (await client.get(API, headers=other.headers)).json() == []
    url = f"{API}/{rule['id']}"
    assert (await client.get(url, headers=other.headers)).status_code == 404
    assert (await client.patch(url, json={"priority": 1}, headers=other.headers)).status_code == 404
    assert (await client.delete(url, headers=other.headers)).status_code == 404
    # Someone else's category cannot be the target of my rule.
    borrowed = await client.post(
        API,
        headers=other.headers,
        json={"category_id": owner_cats["Dining"], "transactor_pattern": "x"},
    )
    assert borrowed.status_code == 404
    # My rules never touch their transactions.
    theirs = await add_txn(client, other, merchant="Swiggy")
    await client.post(f"{API}/apply", json={}, headers=owner.headers)
    assert (await client.get(f"/api/v1/transactions/{theirs['id']}", headers=other.headers)).json()[
        "category_id"
    ] is None
