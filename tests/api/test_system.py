import pytest
from asgi_lifespan import LifespanManager
from httpx import ASGITransport, AsyncClient

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
