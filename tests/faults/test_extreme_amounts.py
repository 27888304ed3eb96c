"""Amounts at the top of what the API accepts (12 digits before the point), added up: every
report, budget, goal and export must still answer, never a 5xx."""

from datetime import UTC, datetime, timedelta

V1 = "/api/v1"
MAX = "999999999999.99"


async def test_sums_of_maximal_amounts_never_break_a_response(client, make_user):
    user = await make_user("rich@example.com")
    h = user.headers
    category = (await client.post(f"{V1}/categories", json={"name": "Big"}, headers=h)).json()
    account = (await client.post(f"{V1}/accounts", json={"name": "Vault"}, headers=h)).json()
    now = datetime.now(UTC)
    for i in range(4):
        for direction in ("debit", "credit"):
            created = await client.post(
                f"{V1}/transactions",
                json={
                    "amount": MAX,
                    "type": direction,
                    "occurred_at": (now - timedelta(days=i)).isoformat(),
                    "merchant": "Megacorp",
                    "category_id": category["id"],
                    "account_id": account["id"],
                },
                headers=h,
            )
            assert created.status_code == 201, created.text
    budget = await client.post(
        f"{V1}/budgets",
        json={"category_id": category["id"], "amount": MAX, "rollover": True},
        headers=h,
    )
    assert budget.status_code == 201, budget.text
    overall = await client.post(f"{V1}/budgets", json={"amount": "1.00"}, headers=h)
    assert overall.status_code == 201, overall.text
    goal = (
        await client.post(f"{V1}/goals", json={"name": "Moon", "target_amount": MAX}, headers=h)
    ).json()
    for _ in range(3):
        added = await client.post(
            f"{V1}/goals/{goal['id']}/contributions", json={"amount": MAX}, headers=h
        )
        assert added.status_code in (201, 400, 409, 422), added.text

    urls = [
        "/budgets",
        f"/budgets/{budget.json()['id']}",
        "/goals",
        f"/goals/{goal['id']}",
        f"/goals/{goal['id']}/contributions",
        "/accounts",
        f"/accounts/{account['id']}",
        "/transactions",
        "/transactions/export.csv",
        "/transactors",
        "/categories",
        "/analytics/summary",
        "/analytics/spend-by-category",
        "/analytics/spend-by-category?rollup=true",
        "/analytics/monthly-trend",
        "/analytics/top-merchants",
        "/analytics/cash-flow",
        "/analytics/cash-flow?interval=week",
        "/analytics/recurring",
        "/analytics/forecast",
    ]
    for url in urls:
        response = await client.get(f"{V1}{url}", headers=h)
        assert response.status_code < 500, (url, response.status_code, response.text)
        assert response.status_code == 200, (url, response.text)
