"""Personal API tokens (issue "Safe by default"): scoped, expiring, revocable, shown once, stored
hashed, and accepted wherever an access token is."""

import hashlib
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, text, update

from app.models import ApiToken, Category
from tests.factories import PASSWORD

TOKENS = "/api/v1/api-tokens"


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


async def _create(client, headers, scope="read", name="script", **extra):
    response = await client.post(
        TOKENS, json={"name": name, "scope": scope, **extra}, headers=headers
    )
    assert response.status_code == 201, response.text
    return response.json()


async def _owner_and_user(make_user):
    """The first account administers the install: most tests want an ordinary user too."""
    admin = await make_user("admin@example.com")
    user = await make_user("user@example.com")
    assert admin.user["role"] == "admin" and user.user["role"] == "user"
    return admin, user


async def test_a_new_token_works_as_a_bearer_on_read_routes(client, make_user):
    _, user = await _owner_and_user(make_user)
    created = await _create(client, user.headers, scope="read", expires_in_days=90)
    secret = created["token"]
    assert secret.startswith("fct_") and len(secret) >= 40
    assert created["prefix"] == secret[:12] and created["scope"] == "read"
    lifetime = datetime.fromisoformat(created["expires_at"]) - datetime.now(UTC)
    assert timedelta(days=89) < lifetime <= timedelta(days=90)

    me = await client.get("/api/v1/users/me", headers=bearer(secret))
    assert me.status_code == 200 and me.json()["email"] == user.email
    for path in ("/api/v1/transactions", "/api/v1/analytics/summary", "/api/v1/categories"):
        assert (await client.get(path, headers=bearer(secret))).status_code == 200, path


async def test_the_secret_is_shown_once(client, make_user):
    _, user = await _owner_and_user(make_user)
    response = await client.post(
        TOKENS, json={"name": "backup", "scope": "write"}, headers=user.headers
    )
    assert response.status_code == 201
    assert response.headers["cache-control"] == "no-store"
    secret = response.json()["token"]

    listing = await client.get(TOKENS, headers=user.headers)
    assert listing.status_code == 200
    (listed,) = listing.json()
    assert "token" not in listed and secret not in listing.text
    assert listed["name"] == "backup" and listed["prefix"] == secret[:12]
    assert listed["last_used_at"] is None
    # Listed with the token itself too: still no secret.
    again = await client.get(TOKENS, headers=bearer(secret))
    assert again.status_code == 200 and secret not in again.text


async def test_only_a_digest_of_the_secret_is_stored(client, make_user, session_factory):
    _, user = await _owner_and_user(make_user)
    secret = (await _create(client, user.headers))["token"]
    async with session_factory() as session:
        rows = (await session.execute(text("SELECT * FROM api_tokens"))).mappings().all()
    assert len(rows) == 1
    stored = " ".join(str(value) for value in rows[0].values())
    assert secret not in stored and secret[12:] not in stored
    assert rows[0]["token_hash"] == hashlib.sha256(secret.encode()).hexdigest()


async def test_a_read_token_is_refused_on_write_routes(client, make_user, session_factory):
    _, user = await _owner_and_user(make_user)
    secret = (await _create(client, user.headers, scope="read"))["token"]
    for method, path, body in (
        ("POST", "/api/v1/categories", {"name": "Sneaky"}),
        ("PATCH", "/api/v1/users/me", {"full_name": "Sneaky"}),
        ("POST", TOKENS, {"name": "more", "scope": "read"}),
    ):
        refused = await client.request(method, path, json=body, headers=bearer(secret))
        assert refused.status_code == 403, (path, refused.text)
        error = refused.json()["error"]
        assert error["code"] == "insufficient_scope"
        assert "read scope" in error["message"] and "write scope" in error["message"]
    async with session_factory() as session:
        assert (await session.scalars(select(Category.name))).all() == []
    assert len((await client.get(TOKENS, headers=user.headers)).json()) == 1


async def test_write_scope_writes_and_admin_routes_need_admin_scope(client, make_user):
    admin, _ = await _owner_and_user(make_user)
    write = (await _create(client, admin.headers, scope="write"))["token"]
    created = await client.post(
        "/api/v1/categories", json={"name": "Scripted"}, headers=bearer(write)
    )
    assert created.status_code == 201, created.text
    # An administrator's write token is not an admin token.
    refused = await client.get("/api/v1/users", headers=bearer(write))
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "insufficient_scope"
    assert "admin scope" in refused.json()["error"]["message"]
    for path in ("/api/v1/users", "/api/v1/roles"):
        assert (await client.get(path, headers=admin.headers)).status_code == 200
    admin_token = (await _create(client, admin.headers, scope="admin"))["token"]
    assert (await client.get("/api/v1/users", headers=bearer(admin_token))).status_code == 200


async def test_a_revoked_token_is_401_at_once(client, make_user):
    _, user = await _owner_and_user(make_user)
    created = await _create(client, user.headers, scope="write")
    secret = created["token"]
    assert (await client.get("/api/v1/users/me", headers=bearer(secret))).status_code == 200

    revoked = await client.delete(f"{TOKENS}/{created['id']}", headers=user.headers)
    assert revoked.status_code == 204
    for method, path in (("GET", "/api/v1/users/me"), ("GET", "/api/v1/transactions")):
        refused = await client.request(method, path, headers=bearer(secret))
        assert refused.status_code == 401, path
        assert refused.json()["error"]["code"] == "token_revoked"
    assert (await client.get(TOKENS, headers=user.headers)).json() == []
    again = await client.delete(f"{TOKENS}/{created['id']}", headers=user.headers)
    assert again.status_code == 404


async def test_a_token_may_revoke_itself(client, make_user):
    _, user = await _owner_and_user(make_user)
    created = await _create(client, user.headers, scope="write")
    secret = created["token"]
    gone = await client.delete(f"{TOKENS}/{created['id']}", headers=bearer(secret))
    assert gone.status_code == 204
    assert (await client.get(TOKENS, headers=bearer(secret))).status_code == 401


async def test_an_expired_token_is_401(client, make_user, session_factory):
    _, user = await _owner_and_user(make_user)
    created = await _create(client, user.headers, expires_in_days=1)
    secret = created["token"]
    assert (await client.get("/api/v1/users/me", headers=bearer(secret))).status_code == 200
    async with session_factory() as session, session.begin():
        await session.execute(
            update(ApiToken).values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    refused = await client.get("/api/v1/transactions", headers=bearer(secret))
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "token_expired"
    # Still listed (so its owner sees why the script stopped), until revoked.
    (listed,) = (await client.get(TOKENS, headers=user.headers)).json()
    assert listed["id"] == created["id"]


async def test_another_user_cannot_see_or_revoke_a_token(client, make_user):
    owner, intruder = await _owner_and_user(make_user)
    created = await _create(client, owner.headers, scope="write")
    mine = await _create(client, intruder.headers, scope="write", name="intruder's")

    listing = await client.get(TOKENS, headers=intruder.headers)
    assert [t["id"] for t in listing.json()] == [mine["id"]]
    assert created["prefix"] not in listing.text
    for headers in (intruder.headers, bearer(mine["token"])):
        refused = await client.delete(f"{TOKENS}/{created['id']}", headers=headers)
        assert refused.status_code == 404, refused.text
        assert refused.json()["error"]["code"] == "not_found"
    # The owner's token is untouched and works.
    me = await client.get("/api/v1/users/me", headers=bearer(created["token"]))
    assert me.status_code == 200 and me.json()["email"] == owner.email
    assert len((await client.get(TOKENS, headers=owner.headers)).json()) == 1


async def test_only_an_administrator_can_create_an_admin_token(client, make_user):
    admin, user = await _owner_and_user(make_user)
    refused = await client.post(
        TOKENS, json={"name": "root", "scope": "admin"}, headers=user.headers
    )
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "admin_scope_not_allowed"
    assert (await client.get(TOKENS, headers=user.headers)).json() == []
    await _create(client, admin.headers, scope="admin")


async def test_a_token_cannot_mint_a_broader_or_longer_lived_token(
    client, make_user, session_factory
):
    admin, _ = await _owner_and_user(make_user)
    read = (await _create(client, admin.headers, scope="read"))["token"]
    write = await _create(client, admin.headers, scope="write", expires_in_days=7)

    # Read scope cannot create anything (a POST); write scope cannot create admin scope.
    assert (
        await client.post(TOKENS, json={"name": "x", "scope": "read"}, headers=bearer(read))
    ).status_code == 403
    broader = await client.post(
        TOKENS, json={"name": "x", "scope": "admin"}, headers=bearer(write["token"])
    )
    assert broader.status_code == 403
    assert broader.json()["error"]["code"] == "insufficient_scope"

    # The same scope or less is allowed, but never outliving the token that made it.
    child = await _create(
        client, bearer(write["token"]), scope="write", name="child", expires_in_days=365
    )
    assert child["expires_at"] == write["expires_at"]
    assert (await client.get("/api/v1/users/me", headers=bearer(child["token"]))).status_code == 200
    async with session_factory() as session:
        scopes = sorted((await session.scalars(select(ApiToken.scope))).all())
    assert scopes == ["read", "write", "write"]


async def test_a_token_cannot_change_the_password_or_stand_in_for_a_sign_in(client, make_user):
    admin, _ = await _owner_and_user(make_user)
    secret = (await _create(client, admin.headers, scope="admin"))["token"]
    change = await client.post(
        "/api/v1/users/me/password",
        json={"current_password": PASSWORD, "new_password": "a brand new passphrase"},
        headers=bearer(secret),
    )
    assert change.status_code == 403
    assert change.json()["error"]["code"] == "api_token_not_allowed"
    for path in ("/api/auth/refresh", "/api/auth/logout"):
        refused = await client.post(path, json={"refresh_token": secret}, headers=bearer(secret))
        assert refused.status_code == 401, path
    login = await client.post(
        "/api/auth/login", data={"username": admin.email, "password": PASSWORD}
    )
    assert login.status_code == 200  # the password is unchanged


async def test_last_use_is_recorded_at_most_once_a_minute(client, make_user, session_factory):
    _, user = await _owner_and_user(make_user)
    created = await _create(client, user.headers)
    secret = created["token"]

    async def last_used():
        async with session_factory() as session:
            return await session.scalar(select(ApiToken.last_used_at))

    assert await last_used() is None
    await client.get("/api/v1/users/me", headers=bearer(secret))
    first = await last_used()
    assert first is not None and datetime.now(UTC) - first < timedelta(seconds=30)
    await client.get("/api/v1/transactions", headers=bearer(secret))
    assert await last_used() == first  # within the minute: not written again

    earlier = datetime.now(UTC) - timedelta(minutes=2)
    async with session_factory() as session, session.begin():
        await session.execute(update(ApiToken).values(last_used_at=earlier))
    await client.get("/api/v1/transactions", headers=bearer(secret))
    later = await last_used()
    assert later is not None and later > earlier + timedelta(minutes=1)
    (listed,) = (await client.get(TOKENS, headers=user.headers)).json()
    assert datetime.fromisoformat(listed["last_used_at"]) == later


async def test_a_deactivated_users_tokens_stop_working(client, make_user):
    admin, user = await _owner_and_user(make_user)
    secret = (await _create(client, user.headers))["token"]
    assert (await client.get("/api/v1/transactions", headers=bearer(secret))).status_code == 200
    gone = await client.delete(f"/api/v1/users/{user.user['id']}", headers=admin.headers)
    assert gone.status_code == 204
    for path in ("/api/v1/transactions", "/api/v1/users/me"):
        refused = await client.get(path, headers=bearer(secret))
        assert refused.status_code == 403, path
        assert refused.json()["error"]["code"] == "account_disabled"


async def test_bad_input_is_a_clear_4xx(client, make_user):
    _, user = await _owner_and_user(make_user)
    for body in (
        {"name": "   ", "scope": "read"},
        {"name": "x" * 101, "scope": "read"},
        {"name": "x", "scope": "root"},
        {"name": "x", "scope": "read", "expires_in_days": 0},
        {"name": "x", "scope": "read", "expires_in_days": 366},
        {"name": "x", "scope": "read", "expires_in_days": None},
        {"scope": "read"},
    ):
        response = await client.post(TOKENS, json=body, headers=user.headers)
        assert response.status_code == 422, (body, response.text)
        assert response.json()["error"]["code"] == "validation_error"
    nul = await client.post(TOKENS, json={"name": "a\x00b", "scope": "read"}, headers=user.headers)
    assert 400 <= nul.status_code < 500
    assert (await client.delete(f"{TOKENS}/not-a-uuid", headers=user.headers)).status_code == 422
    for bogus in (b"fct_", b"fct_" + b"A" * 43, b"fct_\xe9\xe9", b"fct_" + b"x" * 5000):
        refused = await client.get(
            "/api/v1/users/me", headers={"Authorization": b"Bearer " + bogus}
        )
        assert refused.status_code == 401, bogus[:10]
        assert refused.json()["error"]["code"] == "invalid_token"
    assert (await client.get(TOKENS)).status_code == 401
