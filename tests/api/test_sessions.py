"""Safe by default (issue #15, finding 8): the web app's refresh token lives in an httpOnly
cookie guarded against CSRF, and signing out everywhere ends every session within seconds."""

import asyncio

from tests.factories import PASSWORD

WEB = {"X-FinCoach-Client": "web"}


async def _web_login(client, email: str):
    response = await client.post(
        "/api/auth/login", data={"username": email, "password": PASSWORD}, headers=WEB
    )
    assert response.status_code == 200, response.text
    return response


def _refresh_cookie(response) -> str:
    [cookie] = [c for c in response.headers.get_list("set-cookie") if "fincoach_refresh=" in c]
    return cookie


async def test_the_web_app_gets_its_refresh_token_only_as_an_httponly_cookie(client, make_user):
    await make_user("web@example.com")
    login = await _web_login(client, "web@example.com")
    assert login.json()["refresh_token"] is None and login.json()["access_token"]
    cookie = _refresh_cookie(login)
    attributes = {part.strip().split("=")[0].lower() for part in cookie.split(";")}
    assert {"httponly", "secure", "path", "max-age"} <= attributes
    assert "samesite=strict" in cookie.lower() and "path=/api/auth" in cookie.lower()
    token = cookie.split(";")[0].split("=", 1)[1]

    # The cookie works only with the web app's header: a cross-site form cannot add one.
    sent = {"Cookie": f"fincoach_refresh={token}"}
    bare = await client.post("/api/auth/refresh", headers=sent)
    assert bare.status_code == 401
    forged = await client.post(
        "/api/auth/refresh", headers={**sent, **WEB, "Origin": "https://evil.example"}
    )
    assert forged.status_code == 403 and forged.json()["error"]["code"] == "csrf"
    renewed = await client.post(
        "/api/auth/refresh", headers={**sent, **WEB, "Origin": "http://test"}
    )
    assert renewed.status_code == 200, renewed.text
    assert renewed.json()["refresh_token"] is None
    next_token = _refresh_cookie(renewed).split(";")[0].split("=", 1)[1]
    assert next_token != token

    signed_out = await client.post(
        "/api/auth/logout", headers={"Cookie": f"fincoach_refresh={next_token}", **WEB}
    )
    assert signed_out.status_code == 204
    assert 'fincoach_refresh=""' in _refresh_cookie(signed_out)  # the browser drops it
    after = await client.post(
        "/api/auth/refresh", headers={"Cookie": f"fincoach_refresh={next_token}", **WEB}
    )
    assert after.status_code == 401


async def test_scripts_still_get_and_send_the_refresh_token_in_the_body(client, make_user):
    user = await make_user("script@example.com")
    renewed = await client.post("/api/auth/refresh", json={"refresh_token": user.refresh_token})
    assert renewed.status_code == 200 and renewed.json()["refresh_token"]
    assert "set-cookie" not in renewed.headers


async def test_signing_out_everywhere_ends_every_session_at_once(client, make_user):
    phone = await make_user("everywhere@example.com")
    laptop = await _web_login(client, "everywhere@example.com")
    laptop_headers = {"Authorization": f"Bearer {laptop.json()['access_token']}"}
    assert (await client.get("/api/v1/transactions", headers=phone.headers)).status_code == 200

    response = await client.post("/api/auth/logout-all", headers=laptop_headers)
    assert response.status_code == 204

    for headers in (phone.headers, laptop_headers):  # access tokens 15 minutes from expiry
        for path in ("/api/v1/users/me", "/api/v1/transactions"):
            refused = await client.get(path, headers=headers)
            assert refused.status_code == 401, (path, refused.text)
            assert refused.json()["error"]["code"] == "session_revoked"
    stale = await client.post("/api/auth/refresh", json={"refresh_token": phone.refresh_token})
    assert stale.status_code == 401
    again = await client.post(
        "/api/auth/login", data={"username": "everywhere@example.com", "password": PASSWORD}
    )
    fresh = {"Authorization": f"Bearer {again.json()['access_token']}"}
    assert (await client.get("/api/v1/users/me", headers=fresh)).status_code == 200


async def test_other_api_processes_refuse_an_old_token_within_the_identity_cache_time(
    client, settings, make_user
):
    """Another API process forgets nothing when told: it re-reads the user every
    AUTH_CACHE_SECONDS, so the old token stops there too, seconds later."""
    from asgi_lifespan import LifespanManager
    from httpx import ASGITransport, AsyncClient

    from app.api.app import create_application

    quick = settings.model_copy(update={"auth_cache_seconds": 0.5})
    user = await make_user("twoprocesses@example.com")
    async with LifespanManager(create_application(quick)) as other:
        transport = ASGITransport(app=other.app)
        async with AsyncClient(transport=transport, base_url="http://other") as second:
            assert (await second.get("/api/v1/transactions", headers=user.headers)).is_success
            await client.post("/api/auth/logout-all", headers=user.headers)
            await asyncio.sleep(0.6)
            refused = await second.get("/api/v1/transactions", headers=user.headers)
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "session_revoked"
