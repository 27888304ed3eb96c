"""Analytics against hand-computed expectations on one fixed data set (base currency INR).

March 2026, 1st-20th, by hand:
  income   100,000.00  salary (Income/Salary)
  expense    7,579.00  Netflix 649 + Swiggy 450 + 620 + BigBasket 2,700 + GitHub 10 USD x 86
                       (= 860) + Shell 3,000 (Fuel) + Uber 300 - Amazon refund 1,000 (Shopping);
                       the 20,000 Zerodha transfer (Investments) does not count, and the
                       500 KES payment cannot be converted (no KES rate) so it is listed apart
  net       92,421.00  savings rate 92.4 %
"""

from tests.ledger_helpers import add_txn, category_ids, error_code

API = "/api/v1/analytics"

# (day, amount, merchant, category, type, currency)
DATA_SET = [
    ("2025-12-05", "649.00", "NETFLIX.COM", "Subscriptions", "debit", "INR"),
    ("2026-01-03", "2500.00", "BigBasket", "Groceries", "debit", "INR"),
    ("2026-01-05", "649.00", "Netflix.com", "Subscriptions", "debit", "INR"),
    ("2026-01-17", "1800.00", "BIGBASKET 8812", "Groceries", "debit", "INR"),
    ("2026-01-31", "100000.00", "ACME CORP", "Income/Salary", "credit", "INR"),
    ("2026-02-05", "649.00", "NETFLIX.COM", "Subscriptions", "debit", "INR"),
    ("2026-02-07", "3100.00", "BigBasket", "Groceries", "debit", "INR"),
    ("2026-02-14", "45000.00", "Croma Retail", "Shopping", "debit", "INR"),  # one-off
    ("2026-02-21", "2200.00", "BigBasket", "Groceries", "debit", "INR"),
    ("2026-02-28", "100000.00", "ACME CORP", "Income/Salary", "credit", "INR"),
    ("2026-03-01", "100000.00", "ACME CORP", "Income/Salary", "credit", "INR"),
    ("2026-03-02", "450.00", "Swiggy", "Dining", "debit", "INR"),
    ("2026-03-03", "20000.00", "Zerodha", "Investments", "debit", "INR"),
    ("2026-03-05", "649.00", "NETFLIX.COM", "Subscriptions", "debit", "INR"),
    ("2026-03-07", "2700.00", "BigBasket", "Groceries", "debit", "INR"),
    ("2026-03-08", "10.00", "GitHub", "Subscriptions", "debit", "USD"),
    ("2026-03-09", "500.00", "Safari Co", "Travel", "debit", "KES"),
    ("2026-03-10", "620.00", "SWIGGY*ORDER 99", "Dining", "debit", "INR"),
    ("2026-03-12", "1000.00", "Amazon", "Shopping", "credit", "INR"),  # a refund
    ("2026-03-15", "3000.00", "Shell 1234", "Transport/Fuel", "debit", "INR"),
    ("2026-03-16", "300.00", "UBER *TRIP", "Transport", "debit", "INR"),
]
MARCH = "date_from=2026-03-01&date_to=2026-03-20"


async def load(client, user):
    rates = await client.put(
        "/api/v1/exchange-rates",
        headers=user.headers,
        json={
            "rates": [
                {"base": "USD", "quote": "INR", "rate": "85", "as_of": "2026-01-01"},
                {"base": "USD", "quote": "INR", "rate": "86", "as_of": "2026-03-01"},
            ]
        },
    )
    assert rates.status_code == 200, rates.text
    cats = await category_ids(client, user)
    for day, amount, merchant, category, kind, currency in DATA_SET:
        await add_txn(
            client,
            user,
            amount=amount,
            merchant=merchant,
            type=kind,
            currency=currency,
            category_id=cats[category],
            occurred_at=f"{day}T10:00:00Z",
        )
    return cats


async def get(client, user, path):
    response = await client.get(f"{API}/{path}", headers=user.headers)
    assert response.status_code == 200, response.text
    return response.json()


async def test_reports_match_hand_computed_figures(client, make_user):
    user = await make_user("analyst@example.com")
    cats = await load(client, user)
    unconverted = [{"currency": "KES", "amount": "500.00", "count": 1}]

    summary = await get(client, user, f"summary?{MARCH}")
    assert summary == {
        "date_from": "2026-03-01",
        "date_to": "2026-03-20",
        "currency": "INR",
        "income": "100000.00",
        "expense": "7579.00",
        "net": "92421.00",
        "savings_rate": "92.4",
        "transaction_count": 11,
        "unconverted": unconverted,
        # GitHub's 10 USD on 8 March converted at the admin's rate of 1 March.
        "rates_used": [
            {"currency": "USD", "first_rate_day": "2026-03-01", "last_rate_day": "2026-03-01"}
        ],
    }

    by_category = await get(client, user, f"spend-by-category?{MARCH}")
    assert by_category["total"] == "7579.00" and by_category["unconverted"] == unconverted
    assert [(i["name"], i["amount"], i["share"], i["count"]) for i in by_category["items"]] == [
        ("Fuel", "3000.00", "39.6", 1),
        ("Groceries", "2700.00", "35.6", 1),
        ("Subscriptions", "1509.00", "19.9", 2),
        ("Dining", "1070.00", "14.1", 2),
        ("Transport", "300.00", "4.0", 1),
        ("Shopping", "-1000.00", "-13.2", 0),
    ]
    assert by_category["items"][0]["parent_id"] == cats["Transport"]
    rolled = await get(client, user, f"spend-by-category?{MARCH}&rollup=true")
    assert [(i["name"], i["amount"]) for i in rolled["items"]][:2] == [
        ("Transport", "3300.00"),
        ("Groceries", "2700.00"),
    ]

    trend = await get(client, user, "monthly-trend?months=3&as_of=2026-03-20")
    assert [
        (m["month"], m["income"], m["expense"], m["net"], m["savings_rate"])
        for m in trend["months"]
    ] == [
        ("2026-01-01", "100000.00", "4949.00", "95051.00", "95.1"),
        ("2026-02-01", "100000.00", "50949.00", "49051.00", "49.1"),
        ("2026-03-01", "100000.00", "7579.00", "92421.00", "92.4"),
    ]

    top = await get(client, user, f"top-merchants?{MARCH}&limit=3")
    assert [(i["name"], i["amount"], i["count"]) for i in top["items"]] == [
        ("Shell", "3000.00", 1),
        ("BigBasket", "2700.00", 1),
        ("Swiggy", "1070.00", 2),
    ]

    flow = await get(client, user, f"cash-flow?{MARCH}&interval=week")
    assert [
        (b["period_start"], b["inflow"], b["outflow"], b["cumulative"]) for b in flow["buckets"]
    ] == [
        ("2026-02-23", "100000.00", "0.00", "100000.00"),  # weeks start on Monday
        ("2026-03-02", "0.00", "4659.00", "95341.00"),
        ("2026-03-09", "0.00", "2620.00", "92721.00"),
        ("2026-03-16", "0.00", "300.00", "92421.00"),
    ]


async def test_subscription_detected_one_off_not_and_forecast(client, make_user):
    user = await make_user("forecast@example.com")
    cats = await load(client, user)

    recurring = await get(client, user, "recurring?as_of=2026-03-20")
    assert [
        (
            i["transactor_name"],
            i["cadence"],
            i["kind"],
            i["occurrences"],
            i["next_expected_date"],
            i["next_expected_amount"],
            i["active"],
        )
        for i in recurring["items"]
    ] == [("Netflix", "monthly", "subscription", 4, "2026-04-05", "649.00", True)]
    assert recurring["items"][0]["category_id"] == cats["Subscriptions"]
    names = {i["transactor_name"] for i in recurring["items"]}
    assert "Croma Retail" not in names and "BigBasket" not in names

    # April 2026 from Dec-Feb: Groceries median(0, 4300, 5300) = 4300; Subscriptions: Netflix's
    # payments are recurring, so baseline 0 + 649 due on 5 April; Shopping's one-off 45,000
    # gives median(0, 0, 45000) = 0.
    forecast = await get(client, user, "forecast?as_of=2026-03-20")
    assert (forecast["month"], forecast["total"], forecast["currency"]) == (
        "2026-04-01",
        "4949.00",
        "INR",
    )
    assert "median" in forecast["method"]
    assert [
        (c["name"], c["amount"], c["baseline"], c["recurring_due"], c["history"])
        for c in forecast["categories"]
    ] == [
        ("Groceries", "4300.00", "4300.00", "0.00", ["0.00", "4300.00", "5300.00"]),
        ("Subscriptions", "649.00", "0.00", "649.00", ["0.00", "0.00", "0.00"]),
    ]


async def test_another_user_sees_none_of_it(client, make_user):
    owner = await make_user("owner-an@example.com")
    await load(client, owner)
    other = await make_user("other-an@example.com")
    summary = await get(client, other, f"summary?{MARCH}")
    assert (summary["income"], summary["expense"], summary["transaction_count"]) == (
        "0.00",
        "0.00",
        0,
    )
    assert summary["savings_rate"] is None
    assert (await get(client, other, f"spend-by-category?{MARCH}"))["items"] == []
    assert (await get(client, other, f"top-merchants?{MARCH}"))["items"] == []
    assert (await get(client, other, "recurring?as_of=2026-03-20"))["items"] == []
    assert (await get(client, other, "forecast?as_of=2026-03-20"))["categories"] == []


async def test_bad_report_parameters(client, make_user):
    user = await make_user("badreport@example.com")
    response = await client.get(
        f"{API}/summary?date_from=2026-03-02&date_to=2026-03-01", headers=user.headers
    )
    assert response.status_code == 400 and error_code(response) == "invalid_period"
    response = await client.get(
        f"{API}/summary?date_from=2015-01-01&date_to=2026-03-01", headers=user.headers
    )
    assert response.status_code == 400 and error_code(response) == "period_too_long"
    for path in (
        "monthly-trend?months=0",
        "cash-flow?interval=year",
        "top-merchants?limit=0",
        "summary?date_from=March",
        "forecast?as_of=tomorrow",
    ):
        response = await client.get(f"{API}/{path}", headers=user.headers)
        assert response.status_code == 422, path
    assert (await client.get(f"{API}/summary")).status_code == 401


async def test_forecast_range_income_by_category_and_weeks_from_sunday(client, make_user):
    user = await make_user("range@example.com")
    cats = await load(client, user)

    # Groceries history (0, 4300, 5300): low 0, high 5300; Subscriptions 649 due either way.
    forecast = await get(client, user, "forecast?as_of=2026-03-20")
    assert [(c["name"], c["low"], c["high"]) for c in forecast["categories"]] == [
        ("Groceries", "0.00", "5300.00"),
        ("Subscriptions", "649.00", "649.00"),
    ]
    assert (forecast["low"], forecast["high"]) == ("649.00", "5949.00")

    # Where March's money came from (the Sankey's left side): the salary only; the Amazon
    # refund lowers Shopping's spending and is not income.
    income = await get(client, user, f"spend-by-category?{MARCH}&side=income")
    assert [(i["category_id"], i["amount"], i["count"]) for i in income["items"]] == [
        (cats["Income/Salary"], "100000.00", 1)
    ]
    assert income["total"] == "100000.00"

    # Sunday 2026-03-01 starts a week when weeks start on Sunday (7); Monday-weeks start on
    # 2026-02-23.
    sunday = await get(client, user, f"cash-flow?{MARCH}&interval=week&week_start=7")
    assert sunday["buckets"][0]["period_start"] == "2026-03-01"
    assert sunday["buckets"][0]["inflow"] == "100000.00"
    monday = await get(client, user, f"cash-flow?{MARCH}&interval=week")
    assert monday["buckets"][0]["period_start"] == "2026-02-23"
    response = await client.get(f"{API}/cash-flow?week_start=8", headers=user.headers)
    assert response.status_code == 422


async def test_recurring_confirm_and_dismiss_are_kept(client, make_user):
    user = await make_user("dismiss@example.com")
    await load(client, user)
    (netflix,) = (await get(client, user, "recurring?as_of=2026-03-20"))["items"]
    assert netflix["status"] == "detected"
    state_url = f"{API}/recurring/{netflix['transactor_id']}/state"

    confirmed = await client.put(
        state_url, headers=user.headers, json={"currency": "INR", "state": "confirmed"}
    )
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["status"] == "confirmed"
    (item,) = (await get(client, user, "recurring?as_of=2026-03-20"))["items"]
    assert item["status"] == "confirmed"

    dismissed = await client.put(
        state_url, headers=user.headers, json={"currency": "INR", "state": "dismissed"}
    )
    assert dismissed.json()["status"] == "dismissed"
    # Dismissed: gone from the list, also after another payment of the series arrives...
    await add_txn(
        client,
        user,
        amount="649.00",
        merchant="NETFLIX.COM",
        type="debit",
        currency="INR",
        occurred_at="2026-04-05T10:00:00Z",
    )
    assert (await get(client, user, "recurring?as_of=2026-04-06"))["items"] == []
    listed = await get(client, user, "recurring?as_of=2026-04-06&include_dismissed=true")
    assert [i["status"] for i in listed["items"]] == ["dismissed"]
    # ...and its payments are ordinary spending in the forecast (no 649 "due" in April).
    forecast = await get(client, user, "forecast?as_of=2026-03-20")
    subscriptions = [c for c in forecast["categories"] if c["name"] == "Subscriptions"]
    assert [(c["recurring_due"], c["history"]) for c in subscriptions] == [
        ("0.00", ["649.00", "649.00", "649.00"])
    ]

    cleared = await client.delete(f"{state_url}?currency=INR", headers=user.headers)
    assert cleared.json()["status"] == "detected"
    assert [
        i["status"] for i in (await get(client, user, "recurring?as_of=2026-04-06"))["items"]
    ] == ["detected"]

    other = await make_user("dismiss-other@example.com")
    response = await client.put(
        state_url, headers=other.headers, json={"currency": "INR", "state": "dismissed"}
    )
    assert response.status_code == 404 and error_code(response) == "not_found"
    response = await client.put(
        state_url, headers=user.headers, json={"currency": "INR", "state": "maybe"}
    )
    assert response.status_code == 422
