import pytest
from asgi_lifespan import LifespanManager
from httpx import ASGITransport, AsyncClient
from pydantic import SecretStr

from app.api.app import create_application
from app.core.embedded import free_port


async def test_health_ok(client):
    response = await client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "redis": "ok"}


@pytest.mark.parametrize("down", ["redis", "database"])
async def test_health_is_503_when_a_dependency_is_down(settings, down):
    closed = free_port()  # nothing listens here
    broken = settings.model_copy(
        update={"redis_url": f"redis://127.0.0.1:{closed}"}
        if down == "redis"
        else {"database_url": f"postgresql+asyncpg://postgres@127.0.0.1:{closed}/none"}
    )
    app = create_application(broken)
    async with (
        LifespanManager(app) as manager,
        AsyncClient(transport=ASGITransport(app=manager.app), base_url="http://test") as http,
    ):
        response = await http.get("/health")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()[down] == "unavailable"


async def test_metrics_and_docs(client):
    await client.get("/health")
    metrics = await client.get("/metrics")
    assert metrics.status_code == 200
    assert 'fincoach_http_requests_total{method="GET",route="/health",status="200"}' in metrics.text
    assert (await client.get("/docs")).status_code == 200
    spec = (await client.get("/openapi.json")).json()
    assert "/api/auth/login" in spec["paths"] and "/api/v1/users/me" in spec["paths"]


async def test_unknown_route_is_404_in_the_error_shape(client):
    response = await client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


async def _get_from(settings, client_address: str, path: str, **headers: str):
    async with (
        LifespanManager(create_application(settings)) as manager,
        AsyncClient(
            transport=ASGITransport(app=manager.app, client=(client_address, 40_000)),
            base_url="http://test",
        ) as http,
    ):
        return await http.get(path, headers=headers)


async def test_metrics_are_for_this_host_or_the_metrics_token_only(settings):
    assert (await _get_from(settings, "127.0.0.1", "/metrics")).status_code == 200
    remote = await _get_from(settings, "203.0.113.7", "/metrics")
    assert remote.status_code == 403 and "METRICS_ALLOW_IPS" in remote.json()["error"]["message"]

    with_token = settings.model_copy(update={"metrics_token": SecretStr("scrape-me-123")})
    allowed = await _get_from(
        with_token, "203.0.113.7", "/metrics", authorization="Bearer scrape-me-123"
    )
    assert allowed.status_code == 200 and "fincoach_http_requests_total" in allowed.text
    wrong = await _get_from(with_token, "203.0.113.7", "/metrics", authorization="Bearer nope")
    assert wrong.status_code == 403

    network = settings.model_copy(update={"metrics_allow_ips": "10.0.0.0/8"})
    assert (await _get_from(network, "10.1.2.3", "/metrics")).status_code == 200
    assert (await _get_from(network, "127.0.0.1", "/metrics")).status_code == 403


async def test_the_api_docs_can_be_turned_off(settings):
    off = settings.model_copy(update={"docs_enabled": False})
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert (await _get_from(off, "127.0.0.1", path)).status_code == 404, path
    assert (await _get_from(settings, "203.0.113.7", "/docs")).status_code == 200  # on by default
