"""The server errors and lock-outs schemathesis found, pinned as plain regression tests."""


async def test_admin_cannot_unverify_themselves(client, make_user):
    admin = await make_user("admin@example.com")
    assert admin.user["role"] == "admin"
    response = await client.patch(
        f"/api/v1/users/{admin.user['id']}", json={"is_verified": False}, headers=admin.headers
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "cannot_change_self"
    assert (await client.get("/api/v1/users/me", headers=admin.headers)).status_code == 200


async def test_an_over_long_imap_host_name_is_a_400(client, make_user):
    user = await make_user("imap@example.com")
    response = await client.post(
        "/api/v1/connected-accounts/imap",
        json={"host": "0" * 200, "port": 993, "security": "tls", "username": "u", "password": "p"},
        headers=user.headers,
    )
    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] == "mailbox_refused"
    assert "not a valid host name" in response.json()["error"]["message"]


async def test_role_ids_beyond_a_postgres_integer_are_a_422(client, make_user):
    admin = await make_user("roles@example.com")
    for method in ("GET", "PATCH", "DELETE"):
        response = await client.request(
            method, "/api/v1/roles/2198218390", json={}, headers=admin.headers
        )
        assert response.status_code == 422, (method, response.text)
    assert (await client.get("/api/v1/roles/999999", headers=admin.headers)).status_code == 404


async def test_nul_characters_are_a_400_not_a_database_outage(client, make_user):
    user = await make_user("nul@example.com")
    login = await client.post(
        "/api/auth/login", data={"username": "a\x00b@example.com", "password": "x\x00"}
    )
    assert login.status_code == 400 and login.json()["error"]["code"] == "invalid_value"
    created = await client.post(
        "/api/v1/categories", json={"name": "bad\u0000name"}, headers=user.headers
    )
    assert created.status_code == 400 and created.json()["error"]["code"] == "invalid_value"
