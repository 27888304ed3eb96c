async def test_role_crud(client, make_user):
    admin = await make_user("root@example.com")
    h = admin.headers
    assert [r["name"] for r in (await client.get("/api/v1/roles", headers=h)).json()] == [
        "admin",
        "user",
    ]
    created = await client.post("/api/v1/roles", json={"name": "auditor"}, headers=h)
    assert created.status_code == 201
    rid = created.json()["id"]
    dup = await client.post("/api/v1/roles", json={"name": "auditor"}, headers=h)
    assert dup.status_code == 409 and dup.json()["error"]["code"] == "role_exists"
    bad = await client.post("/api/v1/roles", json={"name": "Has Spaces"}, headers=h)
    assert bad.status_code == 422
    patched = await client.patch(f"/api/v1/roles/{rid}", json={"description": "reads"}, headers=h)
    assert patched.json()["description"] == "reads"

    user = await make_user("aud@example.com")
    assigned = await client.patch(
        f"/api/v1/users/{user.user['id']}", json={"role": "auditor"}, headers=h
    )
    assert assigned.json()["role"] == "auditor"
    in_use = await client.delete(f"/api/v1/roles/{rid}", headers=h)
    assert in_use.status_code == 409 and in_use.json()["error"]["code"] == "role_in_use"
    await client.patch(f"/api/v1/users/{user.user['id']}", json={"role": "user"}, headers=h)
    assert (await client.delete(f"/api/v1/roles/{rid}", headers=h)).status_code == 204
    assert (await client.get(f"/api/v1/roles/{rid}", headers=h)).status_code == 404


async def test_builtin_roles_are_protected(client, make_user):
    admin = await make_user("root2@example.com")
    roles = (await client.get("/api/v1/roles", headers=admin.headers)).json()
    admin_id = next(r["id"] for r in roles if r["name"] == "admin")
    assert (
        await client.delete(f"/api/v1/roles/{admin_id}", headers=admin.headers)
    ).status_code == 409
    renamed = await client.patch(
        f"/api/v1/roles/{admin_id}", json={"name": "boss"}, headers=admin.headers
    )
    assert renamed.status_code == 409
