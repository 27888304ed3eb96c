"""Reference data the reports read (a user's category tree, exchange-rate tables) is kept per
process for REFERENCE_CACHE_SECONDS (app.services.reference): a change made through the API
shows at once; one made behind the services' back shows once the entry is gone."""

from sqlalchemy import text

from app.services import reference
from tests.ledger_helpers import add_txn, category_ids

REPORTS = "/api/v1/analytics"
MARCH = "date_from=2026-03-01&date_to=2026-03-31"


async def _spend(client, user) -> dict[str, str]:
    response = await client.get(f"{REPORTS}/spend-by-category?{MARCH}", headers=user.headers)
    assert response.status_code == 200, response.text
    return {item["name"]: item["amount"] for item in response.json()["items"]}


async def test_a_category_change_through_the_api_shows_at_once(client, worker_ctx, make_user):
    user = await make_user("tree-cache@example.com")
    cats = await category_ids(client, user)
    await add_txn(client, user, amount="250.00", category_id=cats["Dining"])
    assert await _spend(client, user) == {"Dining": "250.00"}

    renamed = await client.patch(
        f"/api/v1/categories/{cats['Dining']}", json={"name": "Eating out"}, headers=user.headers
    )
    assert renamed.status_code == 200, renamed.text
    assert await _spend(client, user) == {"Eating out": "250.00"}

    # Behind the services' back (another process, say): the kept tree is still read...
    async with worker_ctx.uow.begin() as session:
        await session.execute(
            text("UPDATE categories SET name = 'Food' WHERE id = :id"), {"id": cats["Dining"]}
        )
    assert await _spend(client, user) == {"Eating out": "250.00"}
    # ...until it expires (here: forgotten).
    reference.clear()
    assert await _spend(client, user) == {"Food": "250.00"}


async def test_a_rate_saved_through_the_api_is_used_at_once(client, make_user):
    admin = await make_user("admin-rate-cache@example.com")
    user = await make_user("rate-cache@example.com")
    await add_txn(client, user, amount="10.00", currency="USD", occurred_at="2026-03-10T12:00:00Z")

    async def expense() -> str:
        response = await client.get(f"{REPORTS}/summary?{MARCH}", headers=user.headers)
        assert response.status_code == 200, response.text
        return str(response.json()["expense"])

    before = await expense()
    rate = {"rates": [{"base": "USD", "quote": "INR", "rate": "1000", "as_of": "2026-03-09"}]}
    saved = await client.put("/api/v1/exchange-rates", json=rate, headers=admin.headers)
    assert saved.status_code == 200, saved.text
    assert await expense() == "10000.00" != before
