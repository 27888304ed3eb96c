from tests.factories import PASSWORD


async def test_me_update_and_change_password(client, make_user):
    user = await make_user("me@example.com")
    updated = await client.patch(
        "/api/v1/users/me",
        json={"full_name": "Meera", "base_currency": "eur"},
        headers=user.headers,
    )
    assert updated.status_code == 200
    assert updated.json()["full_name"] == "Meera" and updated.json()["base_currency"] == "EUR"

    wrong = await client.post(
        "/api/v1/users/me/password",
        json={"current_password": "nope", "new_password": "a new long password"},
        headers=user.headers,
    )
    assert wrong.status_code == 400 and wrong.json()["error"]["code"] == "wrong_password"
    changed = await client.post(
        "/api/v1/users/me/password",
        json={"current_password": PASSWORD, "new_password": "a new long password"},
        headers=user.headers,
    )
    assert changed.status_code == 200
    # The old session is over (its access token at once, in this process), this device goes on
    # with the new pair, and only the new password works.
    stale = await client.post("/api/auth/refresh", json={"refresh_token": user.refresh_token})
    assert stale.status_code == 401
    old_access = await client.get("/api/v1/users/me", headers=user.headers)
    assert old_access.status_code == 401
    assert old_access.json()["error"]["code"] == "session_revoked"
    fresh = {"Authorization": f"Bearer {changed.json()['access_token']}"}
    assert (await client.get("/api/v1/users/me", headers=fresh)).status_code == 200
    assert (await client.get("/api/v1/transactions", headers=fresh)).status_code == 200
    old = await client.post(
        "/api/auth/login", data={"username": "me@example.com", "password": PASSWORD}
    )
    new = await client.post(
        "/api/auth/login", data={"username": "me@example.com", "password": "a new long password"}
    )
    assert (old.status_code, new.status_code) == (401, 200)


async def test_invalid_profile_update_is_422(client, make_user):
    user = await make_user("bad@example.com")
    response = await client.patch(
        "/api/v1/users/me", json={"base_currency": "RUPEES"}, headers=user.headers
    )
    assert response.status_code == 422
    assert response.json()["error"]["details"][0]["field"] == "base_currency"


async def test_admin_manages_users_and_a_user_cannot(client, make_user):
    admin = await make_user("admin@example.com")
    user = await make_user("user@example.com")
    uid = user.user["id"]

    listed = await client.get("/api/v1/users?email=user@", headers=admin.headers)
    assert listed.status_code == 200
    assert [u["email"] for u in listed.json()["items"]] == ["user@example.com"]
    assert (await client.get(f"/api/v1/users/{uid}", headers=admin.headers)).json()["id"] == uid

    for method, path in [
        ("GET", "/api/v1/users"),
        ("GET", f"/api/v1/users/{admin.user['id']}"),
        ("PATCH", f"/api/v1/users/{admin.user['id']}"),
        ("DELETE", f"/api/v1/users/{admin.user['id']}"),
        ("GET", "/api/v1/roles"),
    ]:
        response = await client.request(method, path, json={}, headers=user.headers)
        assert response.status_code == 403, (method, path)

    renamed = await client.patch(
        f"/api/v1/users/{uid}", json={"full_name": "Renamed"}, headers=admin.headers
    )
    assert renamed.json()["full_name"] == "Renamed"
    assert (await client.delete(f"/api/v1/users/{uid}", headers=admin.headers)).status_code == 204
    # A deactivated account can neither use its token nor refresh nor log in.
    assert (await client.get("/api/v1/users/me", headers=user.headers)).status_code == 403
    assert (
        await client.post("/api/auth/refresh", json={"refresh_token": user.refresh_token})
    ).status_code == 401
    assert (
        await client.post(
            "/api/auth/login", data={"username": "user@example.com", "password": PASSWORD}
        )
    ).status_code == 403


async def test_admin_cannot_deactivate_self_and_unknown_user_is_404(client, make_user):
    admin = await make_user("boss@example.com")
    me = await client.delete(f"/api/v1/users/{admin.user['id']}", headers=admin.headers)
    assert me.status_code == 400 and me.json()["error"]["code"] == "cannot_change_self"
    missing = await client.get(
        "/api/v1/users/00000000-0000-0000-0000-000000000000", headers=admin.headers
    )
    assert missing.status_code == 404
    bad_id = await client.get("/api/v1/users/not-a-uuid", headers=admin.headers)
    assert bad_id.status_code == 422


async def test_a_user_only_ever_sees_themself(client, make_user):
    await make_user("first@example.com")
    second = await make_user("second@example.com")
    me = await client.get("/api/v1/users/me", headers=second.headers)
    assert me.json()["email"] == "second@example.com"
    changed = await client.patch(
        "/api/v1/users/me", json={"full_name": "X"}, headers=second.headers
    )
    assert changed.json()["email"] == "second@example.com"


async def test_preferences_are_stored_and_validated(client, make_user):
    user = await make_user("prefs@example.com")
    me = (await client.get("/api/v1/users/me", headers=user.headers)).json()
    assert (me["locale"], me["week_start"], me["email_budget_alerts"]) == (None, 1, True)
    updated = await client.patch(
        "/api/v1/users/me",
        json={"locale": "de-DE", "week_start": 7, "email_budget_alerts": False},
        headers=user.headers,
    )
    assert updated.status_code == 200, updated.text
    me = (await client.get("/api/v1/users/me", headers=user.headers)).json()
    assert (me["locale"], me["week_start"], me["email_budget_alerts"]) == ("de-DE", 7, False)
    # null goes back to the browser's locale; other fields are left alone.
    await client.patch("/api/v1/users/me", json={"locale": None}, headers=user.headers)
    me = (await client.get("/api/v1/users/me", headers=user.headers)).json()
    assert (me["locale"], me["week_start"]) == (None, 7)
    for bad in ({"locale": "not a locale"}, {"week_start": 0}, {"week_start": 8}):
        response = await client.patch("/api/v1/users/me", json=bad, headers=user.headers)
        assert response.status_code == 422, bad
