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


async def test_out_of_range_dates_are_a_clear_422_not_an_overflow(client, make_user):
    user = await make_user("farfuture@example.com")
    for path in (
        "/api/v1/analytics/summary?date_from=2026-01-01&date_to=9999-12-31",
        "/api/v1/analytics/forecast?as_of=0001-01-01",
        "/api/v1/transactions?date_to=9999-12-31",
        "/api/v1/transactions/export.csv?date_from=0001-01-01",
    ):
        response = await client.get(path, headers=user.headers)
        assert response.status_code == 422, (path, response.text)
        assert "2200-12-31" in response.text or "1900-01-01" in response.text, path
    body = {"amount": "5.00", "type": "debit", "occurred_at": "9999-12-31T23:59:59Z"}
    response = await client.post("/api/v1/transactions", json=body, headers=user.headers)
    assert response.status_code == 422, response.text


async def test_a_time_with_an_unusual_offset_is_stored_as_its_utc_instant(client, make_user):
    user = await make_user("kiribati@example.com")
    body = {"amount": "5.00", "type": "debit", "occurred_at": "2026-03-10T01:30:00+14:00"}
    response = await client.post("/api/v1/transactions", json=body, headers=user.headers)
    assert response.status_code == 201, response.text
    assert response.json()["occurred_at"].startswith("2026-03-09T11:30:00")


async def test_an_oversized_csv_is_refused_before_its_body_is_read(client, make_user):
    user = await make_user("bigcsv@example.com")
    url = "/api/v1/transactions/import"
    # Declared too large: refused without reading a byte of it.
    oversized = b"date,amount\n" + b"2026-03-01,1.00\n" * 400_000  # ~6.4 MB
    response = await client.post(
        url, files={"file": ("big.csv", oversized, "text/csv")}, headers=user.headers
    )
    assert response.status_code == 413, response.text
    assert response.json()["error"]["code"] == "payload_too_large"
    assert "5 MB" in response.json()["error"]["message"]

    # Streamed with no length: stopped once it passes the cap, not read to the end.
    sent = 0

    async def endless_form():
        nonlocal sent
        yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\n'
        while sent < 50:
            sent += 1
            yield b"2026-03-01,1.00\n" * 65_536  # 1 MB

    headers = {**user.headers, "content-type": "multipart/form-data; boundary=b"}
    response = await client.post(url, content=endless_form(), headers=headers)
    assert response.status_code == 413, response.text
    assert sent < 10
