import uuid
from datetime import UTC, datetime
from decimal import Decimal

from pydantic import TypeAdapter
from sqlalchemy import text

from app.schemas.transaction import CursorPage, TransactionPublic
from tests.ledger_helpers import add_txn, category_ids, error_code, rows

API = "/api/v1/transactions"


async def test_create_read_update_delete(client, worker_ctx, make_user):
    user = await make_user("ledger@example.com")
    cats = await category_ids(client, user)
    created = await add_txn(
        client,
        user,
        amount="499.5",
        merchant="SWIGGY*ORDER 8812",
        description="dinner",
        occurred_at="2026-03-10T20:15:00+05:30",
    )
    assert created["amount"] == "499.50" and created["currency"] == "INR"
    assert (created["transactor_name"], created["source"]) == ("Swiggy", "manual")
    assert created["category_id"] is None and created["category_source"] == "none"
    assert created["occurred_at"].startswith("2026-03-10T14:45:00")

    again = await add_txn(client, user, amount="12.00", merchant="Swiggy Bangalore")
    assert again["transactor_id"] == created["transactor_id"]

    url = f"{API}/{created['id']}"
    assert (await client.get(url, headers=user.headers)).json()["id"] == created["id"]
    patched = await client.patch(
        url,
        json={"category_id": cats["Dining"], "notes": "team", "amount": 520},
        headers=user.headers,
    )
    assert patched.status_code == 200, patched.text
    body = patched.json()
    assert (body["category_name"], body["category_source"]) == ("Dining", "user")
    assert (body["notes"], body["amount"]) == ("team", "520.00")
    feedback = await rows(
        worker_ctx,
        "SELECT transactor, description, old_category_id, new_category_id, amount "
        "FROM category_feedback",
    )
    assert [(f[0], f[1], f[2], str(f[3]), str(f[4])) for f in feedback] == [
        ("Swiggy", "dinner", None, cats["Dining"], "520.00")
    ]

    assert (await client.delete(url, headers=user.headers)).status_code == 204
    assert (await client.get(url, headers=user.headers)).status_code == 404


async def test_a_three_decimal_currency_keeps_its_third_decimal(client, make_user):
    user = await make_user("dinar@example.com")
    made = await client.post(
        API,
        json={
            "amount": "69.536",
            "currency": "JOD",
            "type": "debit",
            "occurred_at": "2026-03-10T12:00:00Z",
        },
        headers=user.headers,
    )
    assert made.status_code == 201, made.text
    url = f"{API}/{made.json()['id']}"
    assert (await client.get(url, headers=user.headers)).json()["amount"] == "69.536"
    two = await client.patch(url, json={"amount": "70.5"}, headers=user.headers)
    assert two.json()["amount"] == "70.50"
    rupees = await client.patch(
        url, json={"amount": "1.234", "currency": "INR"}, headers=user.headers
    )
    assert rupees.status_code == 422 and "two" in rupees.text
    made_inr = await client.post(
        API,
        json={"amount": "5.00", "type": "debit", "occurred_at": "2026-03-10T12:00:00Z"},
        headers=user.headers,
    )
    inr_url = f"{API}/{made_inr.json()['id']}"
    third = await client.patch(inr_url, json={"amount": "5.125"}, headers=user.headers)
    assert third.status_code == 400 and "three decimals" in third.text
    assert (await client.get(inr_url, headers=user.headers)).json()["amount"] == "5.00"


async def test_bad_input_is_a_clear_4xx(client, make_user):
    user = await make_user("badtx@example.com")
    good = {"amount": "10.00", "type": "debit", "occurred_at": "2026-03-10T12:00:00Z"}
    for change in (
        {"amount": "0"},
        {"amount": "-5"},
        {"amount": "12.345"},
        {"amount": "1e20"},
        {"currency": "RUPEES"},
        {"type": "sideways"},
        {"occurred_at": "yesterday"},
        {"description": "x" * 501},
    ):
        response = await client.post(API, json={**good, **change}, headers=user.headers)
        assert response.status_code == 422, change
        assert error_code(response) == "validation_error"
    unknown = str(uuid.uuid4())
    response = await client.post(API, json={**good, "category_id": unknown}, headers=user.headers)
    assert response.status_code == 404 and error_code(response) == "not_found"
    assert (await client.get(f"{API}/{unknown}", headers=user.headers)).status_code == 404
    assert (await client.get(f"{API}/not-a-uuid", headers=user.headers)).status_code == 422
    for query in (
        "date_from=2026-03-02&date_to=2026-03-01",
        "amount_min=5&amount_max=1",
        "type=both",
        "limit=0",
        "limit=500",
        "sort=-name",
    ):
        assert (await client.get(f"{API}?{query}", headers=user.headers)).status_code == 422
    response = await client.get(f"{API}?cursor=garbage", headers=user.headers)
    assert response.status_code == 400 and error_code(response) == "invalid_cursor"
    response = await client.post(
        f"{API}/bulk-recategorise", json={"ids": [], "category_id": None}, headers=user.headers
    )
    assert response.status_code == 422
    assert (await client.get(API)).status_code == 401


async def test_the_ledger_query_read_in_the_endpoint_refuses_bad_input_clearly(client, make_user):
    """The ledger page reads its query itself (after the sign-in): a bad query without a valid
    sign-in is a 401; with one, a 422 naming every bad parameter, or a 400 for a bad cursor."""
    user = await make_user("badquery@example.com")
    assert (await client.get(f"{API}?limit=0")).status_code == 401
    bad_token = {"Authorization": "Bearer not-a-token"}
    assert (await client.get(f"{API}?limit=0", headers=bad_token)).status_code == 401
    for query, field, words in (
        ("limit=abc", "query.limit", "valid integer"),
        ("limit=201", "query.limit", "less than or equal to 200"),
        ("date_from=2026-02-30", "query.date_from", "valid date"),
        ("amount_min=-1", "query.amount_min", "greater than or equal to 0"),
        ("amount_min=1.234", "query.amount_min", "2 decimal places"),
        ("category_id=nope", "query.category_id", "valid UUID"),
        ("uncategorised=perhaps", "query.uncategorised", "valid boolean"),
        ("currency=EURO", "query.currency", "pattern"),
        ("q=", "query.q", "at least 1 character"),
        ("cursor=" + "x" * 501, "query.cursor", "at most 500 characters"),
    ):
        response = await client.get(f"{API}?{query}", headers=user.headers)
        assert response.status_code == 422, query
        body = response.json()["error"]
        assert [d["field"] for d in body["details"]] == [field], query
        assert words in body["message"], (query, body["message"])
    response = await client.get(f"{API}?sort=name&type=up&limit=0", headers=user.headers)
    fields = {d["field"] for d in response.json()["error"]["details"]}
    assert response.status_code == 422 and fields == {"query.sort", "query.type", "query.limit"}
    for cursor in ("garbage", "e30"):  # not base64 JSON; {} with no sort
        response = await client.get(f"{API}?cursor={cursor}", headers=user.headers)
        assert response.status_code == 400 and error_code(response) == "invalid_cursor"


async def test_a_statement_that_fails_on_a_borrowed_connection_is_a_400_then_all_is_well(
    client, make_user
):
    """The ledger page's statement runs on a connection borrowed from the pool (crud.compiled);
    when PostgreSQL refuses it (a NUL in the search text) it runs again through SQLAlchemy,
    which names the error (400 invalid_value), and the connection serves the next request."""
    user = await make_user("nulsearch@example.com")
    await add_txn(client, user, amount="10.00", merchant="Cafe")
    for _ in range(3):
        response = await client.get(f"{API}?q=a%00b", headers=user.headers)
        assert response.status_code == 400 and error_code(response) == "invalid_value"
        listed = await client.get(API, headers=user.headers)
        assert listed.status_code == 200 and len(listed.json()["items"]) == 1


async def test_keyset_pages_cover_everything_once(client, make_user):
    user = await make_user("pages@example.com")
    created = []
    for i in range(23):
        day = 1 + i % 9  # several per day, and equal timestamps, so ties need the id
        created.append(
            await add_txn(
                client, user, amount=f"{10 + i % 4}.00", occurred_at=f"2026-02-{day:02d}T08:00:00Z"
            )
        )
    for sort in ("-occurred_at", "occurred_at", "-amount", "amount"):
        seen, cursor = [], None
        while True:
            query = f"{API}?limit=5&sort={sort}" + (f"&cursor={cursor}" if cursor else "")
            page = (await client.get(query, headers=user.headers)).json()
            seen += page["items"]
            cursor = page["next_cursor"]
            if cursor is None:
                break
        assert len(seen) == 23 and len({t["id"] for t in seen}) == 23, sort
        field = sort.lstrip("-")
        keys = [(float(t["amount"]) if field == "amount" else t[field], t["id"]) for t in seen]
        assert keys == sorted(keys, reverse=sort.startswith("-")), sort
    mismatched = (await client.get(f"{API}?limit=5", headers=user.headers)).json()["next_cursor"]
    response = await client.get(f"{API}?sort=amount&cursor={mismatched}", headers=user.headers)
    assert response.status_code == 400


async def test_a_listed_row_is_what_the_model_writes(client, make_user):
    """The list is serialised from its rows without the model's validation: every field must
    still read as the transaction's own page (GET /{id}) and as the model would write it."""
    user = await make_user("listed-rows@example.com")
    cats = await category_ids(client, user)
    account = (
        await client.post(
            "/api/v1/accounts",
            json={"name": "Card", "kind": "card", "last4": "4321"},
            headers=user.headers,
        )
    ).json()
    plain = await add_txn(client, user, amount="12.5", occurred_at="2026-03-01T08:00:00Z")
    full = await add_txn(
        client,
        user,
        amount="499.5",
        merchant="SWIGGY*ORDER 8812",
        description="dinner",
        category_id=cats["Dining"],
        account_id=account["id"],
        reference="UTR123",
        notes="team",
        occurred_at="2026-03-10T20:15:00+05:30",
    )
    await client.patch(
        f"{API}/{full['id']}", json={"tags": ["Trip-Goa", "work"]}, headers=user.headers
    )
    dinar = await add_txn(client, user, amount="69.536", currency="JOD", type="credit")
    split = await add_txn(client, user, amount="1000.00", category_id=cats["Groceries"])
    parts = {
        "splits": [
            {"category_id": cats["Groceries"], "amount": "600.00"},
            {"category_id": cats["Dining"], "amount": "400.00"},
        ]
    }
    assert (
        await client.put(f"{API}/{split['id']}/splits", json=parts, headers=user.headers)
    ).status_code == 200

    response = await client.get(f"{API}?limit=3", headers=user.headers)
    assert response.status_code == 200 and response.headers["content-type"] == ("application/json")
    page = response.json()
    assert page["limit"] == 3 and page["next_cursor"]
    rest = await client.get(f"{API}?limit=3&cursor={page['next_cursor']}", headers=user.headers)
    items = page["items"] + rest.json()["items"]
    assert rest.json()["next_cursor"] is None
    assert {item["id"] for item in items} == {t["id"] for t in (plain, full, dinar, split)}
    for item in items:
        detail = (await client.get(f"{API}/{item['id']}", headers=user.headers)).json()
        del detail["splits"]
        assert item == detail
        assert list(item) == list(TransactionPublic.model_fields)
    listed = {item["id"]: item for item in items}
    assert listed[dinar["id"]]["amount"] == "69.536" and listed[plain["id"]]["amount"] == "12.50"
    assert listed[split["id"]]["is_split"] and not listed[full["id"]]["is_split"]
    assert listed[full["id"]]["tags"] == ["trip-goa", "work"]
    assert (listed[full["id"]]["account_name"], listed[full["id"]]["category_name"]) == (
        "Card",
        "Dining",
    )
    # Byte for byte what the response model would have written.
    adapter = TypeAdapter(CursorPage[TransactionPublic])
    assert adapter.dump_json(adapter.validate_json(response.content)) == response.content


async def test_page_written_by_the_database_is_the_models_json(client, worker_ctx, make_user):
    """The page's items are JSON written by PostgreSQL (crud.transactions): text that needs
    escaping, other scripts, times with and without microseconds, balances, and every shape of
    statement_original come out byte for byte as the response model writes them."""
    user = await make_user("awkward-page@example.com")
    texts = ['Quote " back\\slash', "line\nbreak\ttab\r", "bell \x07 del \x7f", "Café ₹ 中文 😀"]
    ids = [(await add_txn(client, user, description=text))["id"] for text in texts]
    originals = [None, "null", "{}", '{"occurred_at": "2026-03-01", "amount": "1.00", "d": "é"}']
    async with worker_ctx.sessionmaker() as session, session.begin():
        for index, (txn_id, original) in enumerate(zip(ids, originals, strict=True)):
            await session.execute(
                text(
                    "UPDATE transactions SET statement_original = CAST(:original AS jsonb), "
                    "balance_after = :balance, confirmed_at = :confirmed, "
                    "occurred_at = occurred_at + make_interval(secs => :fraction) WHERE id = :id"
                ),
                {
                    "original": original,
                    "balance": Decimal("-12.300") if index % 2 else Decimal("4.125"),
                    "confirmed": datetime(2026, 3, 2, 1, 2, 3, index * 1000, tzinfo=UTC),
                    "fraction": index / 4,
                    "id": uuid.UUID(txn_id),
                },
            )
    response = await client.get(API, headers=user.headers)
    assert response.status_code == 200
    adapter = TypeAdapter(CursorPage[TransactionPublic])
    assert adapter.dump_json(adapter.validate_json(response.content)) == response.content
    for item in response.json()["items"]:
        detail = (await client.get(f"{API}/{item['id']}", headers=user.headers)).json()
        del detail["splits"]
        assert item == detail
    listed = {item["id"]: item for item in response.json()["items"]}
    assert [listed[i]["description"] for i in ids] == texts
    assert [listed[i]["statement_original"] for i in ids] == [
        None,
        None,
        {},
        {"d": "é", "amount": "1.00", "occurred_at": "2026-03-01"},
    ]


async def test_filters(client, make_user):
    user = await make_user("filters-tx@example.com")
    cats = await category_ids(client, user)
    account = (
        await client.post(
            "/api/v1/accounts",
            json={"name": "Card", "kind": "card", "last4": "4321"},
            headers=user.headers,
        )
    ).json()
    fuel = await add_txn(
        client,
        user,
        amount="2500.00",
        merchant="Shell 12345",
        category_id=cats["Transport/Fuel"],
        occurred_at="2026-01-05T10:00:00Z",
    )
    taxi = await add_txn(
        client,
        user,
        amount="300.00",
        merchant="UBER *TRIP",
        category_id=cats["Transport"],
        account_id=account["id"],
        occurred_at="2026-01-20T10:00:00Z",
    )
    salary = await add_txn(
        client,
        user,
        amount="90000.00",
        type="credit",
        description="SALARY JAN ACME",
        occurred_at="2026-01-31T10:00:00Z",
    )
    usd = await add_txn(
        client,
        user,
        amount="15.99",
        currency="usd",
        merchant="Netflix.com",
        description="subscription 8812",
        occurred_at="2026-02-02T10:00:00Z",
    )

    async def ids(query: str) -> list[str]:
        response = await client.get(f"{API}?{query}", headers=user.headers)
        assert response.status_code == 200, response.text
        return sorted(t["id"] for t in response.json()["items"])

    def sorted_ids(*txns):
        return sorted(t["id"] for t in txns)

    assert await ids(f"category_id={cats['Transport']}") == sorted_ids(fuel, taxi)
    assert await ids(f"category_id={cats['Transport/Fuel']}") == sorted_ids(fuel)
    assert await ids("uncategorised=true") == sorted_ids(salary, usd)
    assert await ids("type=credit") == sorted_ids(salary)
    assert await ids("amount_min=300&amount_max=2500") == sorted_ids(fuel, taxi)
    assert await ids("date_from=2026-01-20&date_to=2026-01-31") == sorted_ids(taxi, salary)
    assert await ids(f"account_id={account['id']}") == sorted_ids(taxi)
    assert await ids(f"transactor_id={usd['transactor_id']}") == sorted_ids(usd)
    assert await ids("currency=USD") == sorted_ids(usd)
    assert await ids("q=salary") == sorted_ids(salary)
    assert await ids("q=8812") == sorted_ids(usd)
    assert await ids("q=uBeR") == sorted_ids(taxi)  # the merchant's name
    assert await ids("q=100%25") == []  # % is a character, not a wildcard
    assert await ids("q=_") == []  # and so is _
    assert await ids("source=manual&type=debit&q=shell") == sorted_ids(fuel)


async def test_bulk_recategorise_records_feedback(client, worker_ctx, make_user):
    user = await make_user("bulk@example.com")
    cats = await category_ids(client, user)
    a = await add_txn(client, user, merchant="Zomato")
    b = await add_txn(client, user, merchant="Zomato", category_id=cats["Dining"])
    c = await add_txn(client, user, merchant="Zepto")
    response = await client.post(
        f"{API}/bulk-recategorise",
        json={"ids": [a["id"], b["id"], c["id"], a["id"]], "category_id": cats["Dining"]},
        headers=user.headers,
    )
    assert response.json() == {"updated": 3}
    listed = (await client.get(f"{API}?category_id={cats['Dining']}", headers=user.headers)).json()
    assert {t["category_source"] for t in listed["items"]} == {"user"}
    assert len(listed["items"]) == 3
    feedback = await rows(worker_ctx, "SELECT transaction_id FROM category_feedback")
    assert sorted(str(f[0]) for f in feedback) == sorted([a["id"], c["id"]])  # b did not change

    cleared = await client.post(
        f"{API}/bulk-recategorise",
        json={"ids": [c["id"]], "category_id": None},
        headers=user.headers,
    )
    assert cleared.json() == {"updated": 1}
    assert (await client.get(f"{API}/{c['id']}", headers=user.headers)).json()[
        "category_id"
    ] is None


async def test_another_users_transactions_are_invisible(client, make_user):
    owner = await make_user("owner-tx@example.com")
    other = await make_user("other-tx@example.com")
    mine = await add_txn(client, owner, merchant="Amazon")
    theirs_cats = await category_ids(client, other)
    assert (await client.get(API, headers=other.headers)).json()["items"] == []
    url = f"{API}/{mine['id']}"
    assert (await client.get(url, headers=other.headers)).status_code == 404
    assert (await client.patch(url, json={"notes": "x"}, headers=other.headers)).status_code == 404
    assert (await client.delete(url, headers=other.headers)).status_code == 404
    bulk = await client.post(
        f"{API}/bulk-recategorise",
        json={"ids": [mine["id"]], "category_id": theirs_cats["Dining"]},
        headers=other.headers,
    )
    assert bulk.status_code == 404
    # Their own category cannot be pinned on my transaction, nor mine on theirs.
    own_cats = await category_ids(client, owner)
    response = await client.post(
        API,
        json={
            "amount": "1.00",
            "type": "debit",
            "occurred_at": "2026-01-01T00:00:00Z",
            "category_id": own_cats["Dining"],
        },
        headers=other.headers,
    )
    assert response.status_code == 404
    filtered = await client.get(
        f"{API}?transactor_id={mine['transactor_id']}", headers=other.headers
    )
    assert filtered.json()["items"] == []
    still = (await client.get(url, headers=owner.headers)).json()
    assert still["category_id"] is None and still["notes"] == ""


async def test_pipeline_contract_merges_only_on_evidence(client, worker_ctx, make_user):
    """What the ingest pipeline calls: accounts on sight, then record_transactions per batch.
    (Before issue #12 this test asserted that a second alert of the same card and amount in the
    same clock hour merged; it no longer does: only a checked reference, or times read from both
    texts minutes apart, merge. See tests/jobs/test_merge_rule.py.)"""
    from datetime import UTC, datetime
    from decimal import Decimal

    from app.services.accounts import AccountKey, get_or_create_accounts, record_balances
    from app.services.transactions import NewTransaction, record_transactions

    user = await make_user("pipeline@example.com")
    user_id = uuid.UUID(user.user["id"])
    at = datetime(2026, 3, 10, 9, 5, tzinfo=UTC)

    def draft(message_id, **fields):
        base = dict(
            amount=Decimal("499.00"),
            currency="inr",
            type="debit",
            occurred_at=at,
            merchant="UPI-SWIGGY-swiggy@icici",
            message_id=message_id,
            sender="alerts@hdfcbank.net",
        )
        return NewTransaction(**{**base, **fields})

    async with worker_ctx.sessionmaker() as session:
        keys = [
            AccountKey("HDFC Bank", "xx1234", kind="card", currency="INR"),
            AccountKey("hdfc bank", "1234"),
        ]
        accounts = await get_or_create_accounts(session, user_id, keys)
        assert list(accounts) == [("hdfc bank", "1234")]
        account_id = accounts[keys[0].identity]
        assert await get_or_create_accounts(session, user_id, keys) == accounts
        await record_balances(
            session,
            user_id,
            [
                (account_id, Decimal("900.00"), at),
                (account_id, Decimal("500.00"), at.replace(hour=8)),
            ],
        )
        first = await record_transactions(
            session,
            user_id,
            [
                draft("<a@bank>", account_id=account_id, account_last4="1234"),
                draft("<a@bank>", account_id=account_id, account_last4="1234"),  # same email twice
                draft(
                    "<b@bank>",
                    account_id=account_id,
                    account_last4="1234",
                    occurred_at=at.replace(minute=40),
                ),  # a second alert, same card and hour: a second payment
                draft("<c@shop>", reference="UPI 4012-3456-789", amount=Decimal("120.00")),
                draft("<d@bank>", reference="upi40123456789", amount=Decimal("120.00")),
                draft("<e@bank>", amount=Decimal("499.00"), occurred_at=at.replace(hour=11)),
                # A bank code is no reference: two payments.
                draft("<f@bank>", reference="CITI0000002", amount=Decimal("75.00")),
                draft("<g@bank>", reference="CITI0000002", amount=Decimal("75.00")),
            ],
        )
        again = await record_transactions(
            session, user_id, [draft("<a@bank>"), draft("<h@x>", account_last4="9999")]
        )
        await session.commit()
    assert len(first) == 6 and len(again) == 1
    stored = await rows(
        worker_ctx, "SELECT message_id, reference_key FROM transactions ORDER BY message_id"
    )
    assert stored == [
        ("<a@bank>", None),
        ("<b@bank>", None),
        ("<c@shop>", "40123456789|120.00|INR|debit"),
        ("<e@bank>", None),
        ("<f@bank>", None),
        ("<g@bank>", None),
        ("<h@x>", None),
    ]
    account = await rows(worker_ctx, "SELECT latest_balance, kind, name FROM accounts")
    assert [tuple(a) for a in account] == [(Decimal("900.00"), "card", "HDFC Bank ••1234")]
    merchants = await rows(worker_ctx, "SELECT name, aliases FROM transactors")
    assert merchants == [("Swiggy", ["UPI-SWIGGY-swiggy@icici"])]
