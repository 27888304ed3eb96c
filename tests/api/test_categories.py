import uuid

from tests.ledger_helpers import add_txn, category_ids, error_code, rows

API = "/api/v1/categories"


async def test_default_tree_once_per_user(client, make_user):
    user = await make_user("tree@example.com")
    first = (await client.get(API, headers=user.headers)).json()
    again = (await client.get(API, headers=user.headers)).json()
    assert first == again and all(c["is_default"] for c in first)
    names = await category_ids(client, user)
    for expected in (
        "Income",
        "Income/Salary",
        "Groceries",
        "Dining",
        "Transport",
        "Transport/Fuel",
        "Shopping",
        "Bills & Utilities",
        "Rent",
        "Health",
        "Entertainment",
        "Travel",
        "Subscriptions",
        "Transfers",
        "Fees",
        "Investments",
        "Other",
    ):
        assert expected in names, expected
    kinds = {c["name"]: c["kind"] for c in first}
    assert (kinds["Salary"], kinds["Dining"], kinds["Transfers"]) == (
        "income",
        "expense",
        "transfer",
    )


async def test_create_rename_move_and_bad_input(client, make_user):
    user = await make_user("mycats@example.com")
    cats = await category_ids(client, user)
    pets = await client.post(API, json={"name": "Pets"}, headers=user.headers)
    assert pets.status_code == 201 and pets.json()["kind"] == "expense"
    vet = await client.post(
        API, json={"name": "Vet", "parent_id": pets.json()["id"]}, headers=user.headers
    )
    assert vet.json()["parent_id"] == pets.json()["id"] and not vet.json()["is_default"]
    bonus = await client.post(
        API, json={"name": "Bonus", "parent_id": cats["Income"]}, headers=user.headers
    )
    assert bonus.json()["kind"] == "income"  # the parent's kind

    taken = await client.post(API, json={"name": "pets"}, headers=user.headers)
    assert taken.status_code == 409 and error_code(taken) == "category_exists"
    deep = await client.post(
        API, json={"name": "X", "parent_id": vet.json()["id"]}, headers=user.headers
    )
    assert deep.status_code == 400 and error_code(deep) == "invalid_parent"
    for body in ({"name": ""}, {"name": "x" * 101}, {"name": "x", "kind": "fun"}):
        assert (await client.post(API, json=body, headers=user.headers)).status_code == 422
    nowhere = await client.post(
        API, json={"name": "Y", "parent_id": str(uuid.uuid4())}, headers=user.headers
    )
    assert nowhere.status_code == 404

    url = f"{API}/{vet.json()['id']}"
    renamed = await client.patch(url, json={"name": "Vet visits"}, headers=user.headers)
    assert renamed.json()["name"] == "Vet visits"
    moved = await client.patch(url, json={"parent_id": None}, headers=user.headers)
    assert moved.json()["parent_id"] is None
    with_children = await client.patch(
        f"{API}/{cats['Transport']}", json={"parent_id": pets.json()["id"]}, headers=user.headers
    )
    assert with_children.status_code == 400


async def test_merge_moves_everything(client, worker_ctx, make_user):
    user = await make_user("merge@example.com")
    cats = await category_ids(client, user)
    food = (await client.post(API, json={"name": "Food"}, headers=user.headers)).json()
    snacks = (
        await client.post(
            API, json={"name": "Snacks", "parent_id": food["id"]}, headers=user.headers
        )
    ).json()
    txn = await add_txn(client, user, category_id=food["id"])
    rule = await client.post(
        "/api/v1/category-rules",
        headers=user.headers,
        json={"category_id": food["id"], "transactor_pattern": "cafe"},
    )
    budget = await client.post(
        "/api/v1/budgets", headers=user.headers, json={"category_id": food["id"], "amount": "500"}
    )
    assert budget.status_code == 201

    merged = await client.post(
        f"{API}/{food['id']}/merge", json={"into_id": cats["Dining"]}, headers=user.headers
    )
    assert merged.status_code == 200 and merged.json() == {"transactions_moved": 1}
    assert (await client.get(f"{API}/{food['id']}", headers=user.headers)).status_code == 404
    assert (await client.get(f"/api/v1/transactions/{txn['id']}", headers=user.headers)).json()[
        "category_id"
    ] == cats["Dining"]
    assert (
        await client.get(f"/api/v1/category-rules/{rule.json()['id']}", headers=user.headers)
    ).json()["category_id"] == cats["Dining"]
    assert (await client.get(f"{API}/{snacks['id']}", headers=user.headers)).json()[
        "parent_id"
    ] == cats["Dining"]
    budgets = await rows(worker_ctx, "SELECT category_id FROM budgets")
    assert [str(b[0]) for b in budgets] == [cats["Dining"]]

    to_self = await client.post(
        f"{API}/{cats['Dining']}/merge", json={"into_id": cats["Dining"]}, headers=user.headers
    )
    assert to_self.status_code == 400 and error_code(to_self) == "merge_into_self"
    to_child = await client.post(
        f"{API}/{cats['Transport']}/merge",
        json={"into_id": cats["Transport/Fuel"]},
        headers=user.headers,
    )
    assert to_child.status_code == 400 and error_code(to_child) == "merge_into_child"


async def test_delete_with_and_without_reassignment(client, make_user):
    user = await make_user("delcat@example.com")
    cats = await category_ids(client, user)
    fuel_txn = await add_txn(client, user, category_id=cats["Transport/Fuel"])
    taxi_txn = await add_txn(client, user, category_id=cats["Transport"])
    gone = await client.delete(f"{API}/{cats['Transport']}", headers=user.headers)
    assert gone.json() == {"transactions_moved": 1}
    taxi = (await client.get(f"/api/v1/transactions/{taxi_txn['id']}", headers=user.headers)).json()
    assert (taxi["category_id"], taxi["category_source"]) == (None, "none")
    after = await category_ids(client, user)
    assert "Fuel" in after and "Transport/Fuel" not in after  # moved up a level
    moved = await client.delete(
        f"{API}/{cats['Transport/Fuel']}?reassign_to={cats['Other']}", headers=user.headers
    )
    assert moved.json() == {"transactions_moved": 1}
    fuel = (await client.get(f"/api/v1/transactions/{fuel_txn['id']}", headers=user.headers)).json()
    assert fuel["category_id"] == cats["Other"]
    bad = await client.delete(f"{API}/{cats['Other']}?reassign_to=nope", headers=user.headers)
    assert bad.status_code == 422


async def test_another_users_categories_are_invisible(client, make_user):
    owner = await make_user("cat-owner@example.com")
    other = await make_user("cat-other@example.com")
    mine = (await client.post(API, json={"name": "Secret"}, headers=owner.headers)).json()
    theirs = await category_ids(client, other)
    assert "Secret" not in theirs
    url = f"{API}/{mine['id']}"
    assert (await client.get(url, headers=other.headers)).status_code == 404
    assert (await client.patch(url, json={"name": "x"}, headers=other.headers)).status_code == 404
    assert (await client.delete(url, headers=other.headers)).status_code == 404
    merge_in = await client.post(
        f"{API}/{theirs['Dining']}/merge", json={"into_id": mine["id"]}, headers=other.headers
    )
    assert merge_in.status_code == 404
    reassign = await client.delete(
        f"{API}/{theirs['Dining']}?reassign_to={mine['id']}", headers=other.headers
    )
    assert reassign.status_code == 404
    assert (await client.get(url, headers=owner.headers)).json()["name"] == "Secret"
