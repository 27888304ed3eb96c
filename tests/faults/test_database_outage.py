"""While PostgreSQL is unreachable, /health and the API answer 503 with a clear message; once it
is back they recover without a restart. The outage is a proxy cut between app and server."""

import pytest
from asgi_lifespan import LifespanManager
from httpx import ASGITransport, AsyncClient
from sqlalchemy.engine import make_url

from app.api.app import create_application
from tests.faults.tcp_proxy import CuttableProxy


@pytest.fixture
async def proxy(settings):
    url = make_url(settings.database_url)
    if not url.host:
        pytest.fail("this test needs PostgreSQL over TCP (set TEST_DATABASE_URL to a host:port)")
    proxy = CuttableProxy(url.host, url.port or 5432)
    await proxy.start()
    yield proxy


async def test_postgres_down_then_back(settings, proxy, client, make_user):
    user = await make_user("outage@example.com")
    url = make_url(settings.database_url).set(host="127.0.0.1", port=proxy.port)
    app = create_application(
        settings.model_copy(update={"database_url": url.render_as_string(hide_password=False)})
    )
    async with (
        LifespanManager(app) as manager,
        AsyncClient(transport=ASGITransport(app=manager.app), base_url="http://test") as http,
    ):
        assert (await http.get("/health")).status_code == 200
        assert (await http.get("/api/v1/users/me", headers=user.headers)).status_code == 200
        # The read routes' compiled statements go to the driver directly (crud.compiled).
        reads = ("/api/v1/transactions", "/api/v1/analytics/summary")
        for path in reads:
            assert (await http.get(path, headers=user.headers)).status_code == 200

        await proxy.cut()
        health = await http.get("/health")
        assert health.status_code == 503 and health.json()["database"] == "unavailable"
        me = await http.get("/api/v1/users/me", headers=user.headers)
        assert me.status_code == 503
        assert me.json()["error"]["code"] == "service_unavailable"
        assert "database" in me.json()["error"]["message"]
        for path in reads:  # the signed-in identity is cached: only the statement fails
            down = await http.get(path, headers=user.headers)
            assert down.status_code == 503, down.text
            assert down.json()["error"]["code"] == "service_unavailable"

        await proxy.start()  # the database is back, on the same address
        assert (await http.get("/health")).status_code == 200
        me = await http.get("/api/v1/users/me", headers=user.headers)
        assert me.status_code == 200 and me.json()["email"] == "outage@example.com"
        for path in reads:
            assert (await http.get(path, headers=user.headers)).status_code == 200


async def test_restart_between_requests_costs_no_request(
    settings, proxy, client, monkeypatch, make_user
):
    """PostgreSQL restarts while the API is idle: the pooled connections are dead, and the next
    request still succeeds (an idle connection is pinged before use and replaced)."""
    from app.core import db

    user = await make_user("restart@example.com")
    url = make_url(settings.database_url).set(host="127.0.0.1", port=proxy.port)
    app = create_application(
        settings.model_copy(update={"database_url": url.render_as_string(hide_password=False)})
    )
    async with (
        LifespanManager(app) as manager,
        AsyncClient(transport=ASGITransport(app=manager.app), base_url="http://test") as http,
    ):
        assert (await http.get("/api/v1/users/me", headers=user.headers)).status_code == 200
        await proxy.cut()
        await proxy.start()
        monkeypatch.setattr(db, "PING_AFTER_IDLE_SECONDS", 0.0)  # "idle long enough"
        me = await http.get("/api/v1/users/me", headers=user.headers)
        assert me.status_code == 200, me.text
        assert (await http.get("/health")).status_code == 200
