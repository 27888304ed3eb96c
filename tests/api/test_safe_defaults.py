"""Safe by default (issue #15): password hashing off the event loop, security headers."""

import threading

from app.core import security


async def test_password_checks_run_in_their_own_pool_not_the_event_loop(
    client, make_user, monkeypatch
):
    await make_user("hasher@example.com")
    threads: list[str] = []
    original = security.password_hash.verify_and_update

    def recording(password: str, hashed: str):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return original(password, hashed)

    monkeypatch.setattr(security.password_hash, "verify_and_update", recording)
    for password in ("wrong one", "wrong two"):
        response = await client.post(
            "/api/auth/login", data={"username": "hasher@example.com", "password": password}
        )
        assert response.status_code == 401
    assert threads and all(name.startswith("password-hash") for name in threads), threads
    assert threading.main_thread().name not in threads


async def test_every_response_carries_the_security_headers(client):
    for path in ("/health", "/api/v1/users/me", "/openapi.json", "/no/such/page"):
        response = await client.get(path)
        policy = response.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in policy and "default-src 'self'" in policy, path
        assert "script-src 'self';" in policy, path  # no inline or foreign scripts
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "no-referrer"


async def test_the_api_docs_may_load_their_own_assets(client):
    response = await client.get("/docs")
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    assert "https://cdn.jsdelivr.net" in policy and "frame-ancestors 'none'" in policy
