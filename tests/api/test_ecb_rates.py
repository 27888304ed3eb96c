"""Reports convert at each transaction's own day's ECB rate, offline, with no rate typed; an
admin's rate for the pair still wins."""

from decimal import Decimal

from app.analytics.fx import cents
from tests.ledger_helpers import add_txn


async def _expense(client, user, first: str, last: str, rate_day: str | None = None) -> str:
    response = await client.get(
        f"/api/v1/analytics/summary?date_from={first}&date_to={last}", headers=user.headers
    )
    assert response.status_code == 200, response.text
    assert response.json()["unconverted"] == []
    if rate_day is not None:  # the report says which day's rate it used
        assert response.json()["rates_used"] == [
            {"currency": "USD", "first_rate_day": rate_day, "last_rate_day": rate_day}
        ]
    return str(response.json()["expense"])


async def test_usd_payment_in_2024_converts_at_that_days_rate(client, make_user):
    user = await make_user("fx@example.com")
    assert user.user["base_currency"] == "INR"
    for day in ("2024-03-15", "2024-03-16", "2024-07-01"):  # 16 March 2024 was a Saturday
        await add_txn(client, user, amount="100.00", currency="USD", occurred_at=f"{day}T10:00:00Z")
    # ECB's published EUR rates: 15 Mar 2024 USD 1.0892 INR 90.259; 1 Jul 2024 USD 1.0745
    # INR 89.6575. USD→INR crosses through EUR.
    march = cents(Decimal(100) / Decimal("1.0892") * Decimal("90.259"))
    july = cents(Decimal(100) / Decimal("1.0745") * Decimal("89.6575"))
    assert march == Decimal("8286.72") and july == Decimal("8344.11")
    assert await _expense(client, user, "2024-03-15", "2024-03-15", "2024-03-15") == str(march)
    assert await _expense(client, user, "2024-03-16", "2024-03-16", "2024-03-15") == str(march)
    assert await _expense(client, user, "2024-07-01", "2024-07-01", "2024-07-01") == str(july)


async def test_an_admins_rate_overrides_ecb(client, make_user):
    user = await make_user("fx-admin@example.com")  # the first user is the admin
    saved = await client.put(
        "/api/v1/exchange-rates",
        headers=user.headers,
        json={"rates": [{"base": "USD", "quote": "INR", "rate": "80", "as_of": "2024-03-01"}]},
    )
    assert saved.status_code == 200, saved.text
    await add_txn(client, user, amount="100.00", currency="USD", occurred_at="2024-03-15T10:00:00Z")
    assert await _expense(client, user, "2024-03-15", "2024-03-15") == "8000.00"
    listed = await client.get("/api/v1/exchange-rates", headers=user.headers)
    assert [(r["quote"], r["source"]) for r in listed.json()["items"]] == [("INR", "admin")]
