import uuid

from tests.ledger_helpers import add_txn, error_code

API = "/api/v1/transactors"


async def test_spellings_collapse_rename_and_merge(client, make_user):
    user = await make_user("merchants@example.com")
    for raw in ("SWIGGY*ORDER 8812", "Swiggy Bangalore", "UPI-SWIGGY-swiggy@icici-123"):
        await add_txn(client, user, merchant=raw)
    zomato = await add_txn(client, user, merchant="ZOMATO LTD")
    page = (await client.get(API, headers=user.headers)).json()
    assert page["total"] == 2
    swiggy = page["items"][0]
    assert (swiggy["name"], swiggy["key"], swiggy["transaction_count"]) == ("Swiggy", "swiggy", 3)
    assert sorted(swiggy["aliases"]) == sorted(
        ["SWIGGY*ORDER 8812", "Swiggy Bangalore", "UPI-SWIGGY-swiggy@icici-123"]
    )
    assert [
        t["name"] for t in (await client.get(f"{API}?q=zom", headers=user.headers)).json()["items"]
    ] == ["Zomato"]

    url = f"{API}/{swiggy['id']}"
    renamed = await client.patch(url, json={"name": "Food delivery"}, headers=user.headers)
    assert renamed.json()["name"] == "Food delivery" and renamed.json()["key"] == "swiggy"
    merged = await client.post(
        f"{url}/merge", json={"source_ids": [zomato["transactor_id"]]}, headers=user.headers
    )
    assert merged.status_code == 200, merged.text
    assert merged.json()["transaction_count"] == 4 and "ZOMATO LTD" in merged.json()["aliases"]
    gone = await client.get(f"{API}/{zomato['transactor_id']}", headers=user.headers)
    assert gone.status_code == 404
    later = await add_txn(client, user, merchant="Zomato Bangalore")  # a merged spelling
    assert (later["transactor_id"], later["transactor_name"]) == (swiggy["id"], "Food delivery")
    moved = await client.get(f"/api/v1/transactions/{zomato['id']}", headers=user.headers)
    assert moved.json()["transactor_id"] == swiggy["id"]


async def test_bad_transactor_input(client, make_user):
    user = await make_user("badmerchant@example.com")
    txn = await add_txn(client, user, merchant="Netflix")
    url = f"{API}/{txn['transactor_id']}"
    assert (await client.patch(url, json={"name": ""}, headers=user.headers)).status_code == 422
    assert (
        await client.post(f"{url}/merge", json={"source_ids": []}, headers=user.headers)
    ).status_code == 422
    into_self = await client.post(
        f"{url}/merge", json={"source_ids": [txn["transactor_id"]]}, headers=user.headers
    )
    assert into_self.status_code == 400 and error_code(into_self) == "merge_into_self"
    unknown = await client.post(
        f"{url}/merge", json={"source_ids": [str(uuid.uuid4())]}, headers=user.headers
    )
    assert unknown.status_code == 404
    assert (await client.get(f"{API}?limit=0", headers=user.headers)).status_code == 422


async def test_another_users_transactors_are_invisible(client, make_user):
    owner = await make_user("m-owner@example.com")
    other = await make_user("m-other@example.com")
    mine = await add_txn(client, owner, merchant="Netflix")
    theirs = await add_txn(client, other, merchant="Netflix")
    assert mine["transactor_id"] != theirs["transactor_id"]  # one per user
    assert [t["id"] for t in (await client.get(API, headers=other.headers)).json()["items"]] == [
        theirs["transactor_id"]
    ]
    url = f"{API}/{mine['transactor_id']}"
    assert (await client.get(url, headers=other.headers)).status_code == 404
    assert (await client.patch(url, json={"name": "x"}, headers=other.headers)).status_code == 404
    steal = await client.post(
        f"{API}/{theirs['transactor_id']}/merge",
        headers=other.headers,
        json={"source_ids": [mine["transactor_id"]]},
    )
    assert steal.status_code == 404
    assert (await client.get(url, headers=owner.headers)).json()["transaction_count"] == 1
