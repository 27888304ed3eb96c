"""Insights against figures worked out by hand (definitions: docs/analytics.md, "Insights").

as_of = 2026-07-20 (user on UTC, base currency INR): the current month is July 1st-20th, the
history is the six full months January-June 2026.

Budget suggestion = median of the six monthly totals (spending less refunds), rounded up:
  Groceries  5000 5200 4800 15000 5100 4900 -> sorted 4800 4900 5000 5100 5200 15000
             median (5000 + 5100) / 2 = 5050 (the April party moves it by nothing much; the
             mean 40000 / 6 = 6666.67 would budget a spike every month)
  Dining     1000 0 1200 800 0 1000 (4 months with spending) -> 0 0 800 1000 1000 1200
             median (800 + 1000) / 2 = 900; mean 4000 / 6 = 666.67
  Subscr.    649 649 649 649 799 799 -> median 649; mean 4194 / 6 = 699
  Transport  250 300 280 260 310 270 -> 250 260 270 280 300 310, median 275; mean 1670 / 6
             = 278.33

This month vs usual: usual_to_date = median of each history month's spending on days 1-20.
  Groceries  Jan 3rd 5000, Feb 17th 5200, Mar 8th 4800, Apr 25th -> 0, May 12th 5100,
             Jun 28th -> 0: 0 0 4800 5000 5100 5200 -> 4900. July: 1500 + 2000 - 500 refund
             = 3000; difference -1900, -1900 / 4900 = -38.8 %; 3000 < 0.75 x 4900 = 3675:
             below
  Dining     all on days <= 20 -> 900. July 1500 + 1300 = 2800; +1900, +211.1 %: above
  Transport  May 23rd -> 0: 0 250 260 270 280 300 -> 265. July 1450; +1185, +447.2 %: above
  Subscr.    649 (all on the 5th). July 799; +150, +23.1 %; 799 <= 1.25 x 649 = 811.25:
             as usual
  Order: largest |difference| first, then name: Dining, Groceries, Transport, Subscriptions.

Unusual transactions (July debits, >= 5 earlier payments to the merchant):
  Uber 1450 on Jul 12: earlier 250 300 280 260 310 270 -> median 275, |deviations| 25 15 5 5
  25 35 -> MAD (15 + 25) / 2 = 20 (floor 5 % x 275 = 13.75 is lower); z = 0.6745 x 1175 / 20
  = 39.63 > 3.5: unusual.
  BigBasket 1500 on Jul 5 (median 5050, MAD 150, z = 0.6745 x -3550 / 252.5 = -9.48) is far
  *below* its normal: a smaller payment than usual is no warning, so it is not listed.
  Netflix 799 on Jul 5: earlier 649 x4, 799 x2 -> median 649, MAD 0, so the floor 32.45;
  z = 0.6745 x 150 / 32.45 = 3.12: not unusual (the price change below says it).
  Swiggy 1300 on Jul 18: earlier 1000 1200 800 1000 1500 -> median 1000, MAD 200,
  z = 0.6745 x 300 / 200 = 1.01; Swiggy 1500 on Jul 4 has only 4 earlier: not judged.

Price change: Netflix 649 on Jan-Apr 5th (a monthly subscription, interval 31 days), then 799
on May, Jun, Jul 5th: first new payment 30 days after the last old one (31 +- 20 %), change
+150 = +23.1 % of 649 (over 2 %, under 50 %), latest payment 15 days old (<= 1.5 x 31).
"""

from decimal import Decimal

from tests.ledger_helpers import add_txn, category_ids

# (day, amount, merchant, category, type)
DATA_SET = [
    ("2026-01-03", "5000.00", "BigBasket", "Groceries", "debit"),
    ("2026-02-17", "5200.00", "BigBasket", "Groceries", "debit"),
    ("2026-03-08", "4800.00", "BigBasket", "Groceries", "debit"),
    ("2026-04-25", "15000.00", "BigBasket", "Groceries", "debit"),  # a party
    ("2026-05-12", "5100.00", "BigBasket", "Groceries", "debit"),
    ("2026-06-28", "4900.00", "BigBasket", "Groceries", "debit"),
    ("2026-07-05", "1500.00", "BigBasket", "Groceries", "debit"),
    ("2026-07-15", "2000.00", "BigBasket", "Groceries", "debit"),
    ("2026-07-16", "500.00", "BigBasket", "Groceries", "credit"),  # a refund
    ("2026-01-06", "1000.00", "Swiggy", "Dining", "debit"),
    ("2026-03-14", "1200.00", "Swiggy", "Dining", "debit"),
    ("2026-04-02", "800.00", "Swiggy", "Dining", "debit"),
    ("2026-06-09", "1000.00", "Swiggy", "Dining", "debit"),
    ("2026-07-04", "1500.00", "Swiggy", "Dining", "debit"),
    ("2026-07-18", "1300.00", "Swiggy", "Dining", "debit"),
    ("2026-01-05", "250.00", "Uber", "Transport", "debit"),
    ("2026-02-11", "300.00", "Uber", "Transport", "debit"),
    ("2026-03-19", "280.00", "Uber", "Transport", "debit"),
    ("2026-04-07", "260.00", "Uber", "Transport", "debit"),
    ("2026-05-23", "310.00", "Uber", "Transport", "debit"),
    ("2026-06-15", "270.00", "Uber", "Transport", "debit"),
    ("2026-07-12", "1450.00", "Uber", "Transport", "debit"),
    ("2026-01-05", "649.00", "Netflix", "Subscriptions", "debit"),
    ("2026-02-05", "649.00", "Netflix", "Subscriptions", "debit"),
    ("2026-03-05", "649.00", "Netflix", "Subscriptions", "debit"),
    ("2026-04-05", "649.00", "Netflix", "Subscriptions", "debit"),
    ("2026-05-05", "799.00", "Netflix", "Subscriptions", "debit"),
    ("2026-06-05", "799.00", "Netflix", "Subscriptions", "debit"),
    ("2026-07-05", "799.00", "Netflix", "Subscriptions", "debit"),
    ("2026-07-01", "100000.00", "ACME CORP", "Income/Salary", "credit"),  # income: not spending
]
AS_OF = "2026-07-20"
MONTHS = [f"2026-0{m}-01" for m in range(1, 7)]


async def load(client, user):
    cats = await category_ids(client, user)
    ids = {}
    for day, amount, merchant, category, kind in DATA_SET:
        created = await add_txn(
            client,
            user,
            amount=amount,
            merchant=merchant,
            type=kind,
            category_id=cats[category],
            occurred_at=f"{day}T10:00:00Z",
        )
        ids[(day, merchant)] = created
    return cats, ids


async def get_insights(client, user):
    response = await client.get(f"/api/v1/insights?as_of={AS_OF}", headers=user.headers)
    assert response.status_code == 200, response.text
    return response.json()


async def test_insights_match_hand_computed_figures(client, make_user):
    user = await make_user("insights@example.com")
    cats, ids = await load(client, user)
    budget = await client.post(
        "/api/v1/budgets",
        json={"category_id": cats["Groceries"], "amount": "6000.00"},
        headers=user.headers,
    )
    assert budget.status_code == 201, budget.text

    body = await get_insights(client, user)
    assert body["as_of"] == AS_OF and body["currency"] == "INR"
    assert body["history_months"] == MONTHS

    suggestions = {s["name"]: s for s in body["budget_suggestions"]}
    assert list(suggestions) == ["Dining", "Groceries", "Subscriptions", "Transport"]
    figures = {
        name: (s["suggested"], s["median"], s["mean"], s["months_with_spending"])
        for name, s in suggestions.items()
    }
    assert figures == {
        "Dining": ("900.00", "900.00", "666.67", 4),
        "Groceries": ("5050.00", "5050.00", "6666.67", 6),
        "Subscriptions": ("649.00", "649.00", "699.00", 6),
        "Transport": ("275.00", "275.00", "278.33", 6),
    }
    groceries = suggestions["Groceries"]
    assert [m["amount"] for m in groceries["monthly_totals"]] == [
        "5000.00", "5200.00", "4800.00", "15000.00", "5100.00", "4900.00"
    ]  # fmt: skip
    assert [m["month"] for m in groceries["monthly_totals"]] == MONTHS
    assert groceries["category_id"] == cats["Groceries"]
    assert groceries["current_budget"]["id"] == budget.json()["id"]
    assert groceries["current_budget"]["amount"] == "6000.00"
    assert suggestions["Dining"]["current_budget"] is None

    versus = [
        (
            v["name"],
            v["this_month"],
            v["usual_to_date"],
            v["usual_month"],
            v["difference"],
            v["percent"],
            v["status"],
        )
        for v in body["month_vs_usual"]
    ]
    assert versus == [
        ("Dining", "2800.00", "900.00", "900.00", "1900.00", "211.1", "above"),
        ("Groceries", "3000.00", "4900.00", "5050.00", "-1900.00", "-38.8", "below"),
        ("Transport", "1450.00", "265.00", "275.00", "1185.00", "447.2", "above"),
        ("Subscriptions", "799.00", "649.00", "649.00", "150.00", "23.1", "as_usual"),
    ]

    [unusual] = body["unusual_transactions"]
    uber = ids[("2026-07-12", "Uber")]
    assert unusual["transaction_id"] == uber["id"] and unusual["merchant"] == "Uber"
    assert unusual["transactor_id"] == uber["transactor_id"]
    assert (unusual["date"], unusual["amount"], unusual["currency"]) == (
        "2026-07-12",
        "1450.00",
        "INR",
    )
    assert (unusual["median"], unusual["mad"], unusual["z_score"]) == ("275.00", "20.00", "39.63")
    assert unusual["history_count"] == 6

    [change] = body["price_changes"]
    netflix = ids[("2026-07-05", "Netflix")]
    assert change["transactor_id"] == netflix["transactor_id"]
    assert (change["old_amount"], change["new_amount"], change["change"]) == (
        "649.00",
        "799.00",
        "150.00",
    )
    assert (change["percent"], change["changed_on"], change["cadence"]) == (
        "23.1",
        "2026-05-05",
        "monthly",
    )
    assert (change["payments_at_old_price"], change["payments_at_new_price"]) == (4, 3)
    assert change["currency"] == "INR" and change["merchant"] == "Netflix"

    # Applying a suggestion is one call to the budgets API.
    applied = await client.post(
        "/api/v1/budgets",
        json={"category_id": cats["Dining"], "amount": suggestions["Dining"]["suggested"]},
        headers=user.headers,
    )
    assert applied.status_code == 201 and Decimal(applied.json()["amount"]) == Decimal(900)
    again = await get_insights(client, user)
    dining = next(s for s in again["budget_suggestions"] if s["name"] == "Dining")
    assert dining["current_budget"]["amount"] == "900.00"


async def test_the_time_zone_decides_the_month(client, make_user):
    """2026-06-30T20:00Z is 1 July in Kolkata: it counts in July's spending, not June's."""
    user = await make_user("zone@example.com")
    assert (
        await client.patch(
            "/api/v1/users/me", json={"timezone": "Asia/Kolkata"}, headers=user.headers
        )
    ).status_code == 200
    cats = await category_ids(client, user)
    for day in ("2026-03-10", "2026-04-10", "2026-05-10"):
        await add_txn(
            client,
            user,
            amount="400.00",
            merchant="Cafe",
            category_id=cats["Dining"],
            occurred_at=f"{day}T10:00:00Z",
        )
    await add_txn(
        client,
        user,
        amount="700.00",
        merchant="Cafe",
        category_id=cats["Dining"],
        occurred_at="2026-06-30T20:00:00Z",
    )
    body = await get_insights(client, user)
    [dining] = body["month_vs_usual"]
    # History Jan-Jun: 0 0 400 400 400 0 -> median (0 + 400) / 2 = 200; July (Kolkata) 700.
    assert (dining["this_month"], dining["usual_to_date"]) == ("700.00", "200.00")
    [suggestion] = body["budget_suggestions"]
    assert suggestion["suggested"] == "200.00"
    assert [m["amount"] for m in suggestion["monthly_totals"]][-1] == "0.00"


async def test_another_user_sees_none_of_it_and_too_little_history_suggests_nothing(
    client, make_user
):
    owner = await make_user("owner@example.com")
    await load(client, owner)
    other = await make_user("other@example.com")
    cats = await category_ids(client, other)
    for day in ("2026-05-10", "2026-06-10"):  # two months of spending: fewer than three
        await add_txn(
            client,
            other,
            amount="300.00",
            merchant="Cafe",
            category_id=cats["Dining"],
            occurred_at=f"{day}T10:00:00Z",
        )
    body = await get_insights(client, other)
    assert body["budget_suggestions"] == [] and body["unusual_transactions"] == []
    assert body["price_changes"] == []
    # Monthly 0 0 0 0 300 300 and on days 1-20 the same: usual 0, nothing this month.
    assert body["month_vs_usual"] == []
    assert (
        await client.get("/api/v1/insights?as_of=2026-13-01", headers=other.headers)
    ).status_code == 422
    assert (await client.get("/api/v1/insights")).status_code == 401
