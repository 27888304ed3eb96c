"""Routes that take CurrentIdentity (the ledger, reports) reuse what the database said about the
signed-in user for AUTH_CACHE_SECONDS. A change made through this API process takes effect at
once; one made elsewhere (another API process, SQL) within that time."""

import asyncio

import asyncpg
from asgi_lifespan import LifespanManager
from httpx import ASGITransport, AsyncClient

from app.api.app import create_application
from tests.conftest import asyncpg_dsn

LEDGER = "/api/v1/transactions"
SUMMARY = "/api/v1/analytics/summary"


async def set_user_active(settings, email, active):
    """What another API process (or an operator) does: the database changes behind our back."""
    conn = await asyncpg.connect(asyncpg_dsn(settings.database_url))
    try:
        await conn.execute("UPDATE users SET is_active = $1 WHERE email = $2", active, email)
    finally:
        await conn.close()


async def app_client(settings, cache_seconds):
    app = create_application(settings.model_copy(update={"auth_cache_seconds": cache_seconds}))
    manager = LifespanManager(app)
    await manager.__aenter__()
    client = AsyncClient(transport=ASGITransport(app=manager.app), base_url="http://test")
    return manager, client


async def test_deactivation_through_the_api_takes_effect_at_once(client, make_user):
    admin = await make_user("admin@example.com")
    user = await make_user("user@example.com")
    assert (await client.get(LEDGER, headers=user.headers)).status_code == 200  # now cached

    deleted = await client.delete(f"/api/v1/users/{user.user['id']}", headers=admin.headers)
    assert deleted.status_code == 204
    for path in (LEDGER, SUMMARY):
        refused = await client.get(path, headers=user.headers)
        assert refused.status_code == 403, path
        assert refused.json()["error"]["code"] == "account_disabled"


async def test_a_change_made_elsewhere_shows_within_the_cache_time(settings, client, make_user):
    user = await make_user("elsewhere@example.com")
    manager, http = await app_client(settings, cache_seconds=0.5)
    try:
        assert (await http.get(LEDGER, headers=user.headers)).status_code == 200
        await set_user_active(settings, user.email, False)
        # Within the bound the cached answer may still be used...
        assert (await http.get(LEDGER, headers=user.headers)).status_code == 200
        # ...and past it the database decides again. /users/me reads the row every time.
        assert (await http.get("/api/v1/users/me", headers=user.headers)).status_code == 403
        await asyncio.sleep(0.6)
        assert (await http.get(LEDGER, headers=user.headers)).status_code == 403
    finally:
        await http.aclose()
        await manager.__aexit__(None, None, None)


async def test_cache_off_checks_the_database_every_time(settings, client, make_user):
    user = await make_user("nocache@example.com")
    manager, http = await app_client(settings, cache_seconds=0)
    try:
        assert (await http.get(SUMMARY, headers=user.headers)).status_code == 200
        await set_user_active(settings, user.email, False)
        assert (await http.get(SUMMARY, headers=user.headers)).status_code == 403
        await set_user_active(settings, user.email, True)
        assert (await http.get(SUMMARY, headers=user.headers)).status_code == 200
    finally:
        await http.aclose()
        await manager.__aexit__(None, None, None)


async def test_cached_identities_stay_apart_and_follow_a_currency_change(client, make_user):
    first = await make_user("first@example.com")
    second = await make_user("second@example.com")
    changed = await client.patch(
        "/api/v1/users/me", json={"base_currency": "EUR"}, headers=second.headers
    )
    assert changed.status_code == 200
    for _ in range(2):  # the second round is answered from the cache
        assert (await client.get(SUMMARY, headers=first.headers)).json()["currency"] == "INR"
        assert (await client.get(SUMMARY, headers=second.headers)).json()["currency"] == "EUR"

    # A currency change through the API shows on the next report, cache or not.
    changed = await client.patch(
        "/api/v1/users/me", json={"base_currency": "USD"}, headers=first.headers
    )
    assert changed.status_code == 200
    assert (await client.get(SUMMARY, headers=first.headers)).json()["currency"] == "USD"
    assert (await client.get(SUMMARY, headers=second.headers)).json()["currency"] == "EUR"
