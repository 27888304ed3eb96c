import asyncio
from datetime import timedelta

import jwt
import pytest
from httpx import AsyncClient

from app.core.security import create_token
from tests.factories import PASSWORD, register_and_verify


async def login(client: AsyncClient, email: str, password: str = PASSWORD):
    return await client.post("/api/auth/login", data={"username": email, "password": password})


async def test_register_verify_login_refresh_logout(client, smtp, run_base_jobs):
    response = await client.post(
        "/api/auth/register", json={"email": "Asha@Example.com", "password": PASSWORD}
    )
    assert response.status_code == 202

    # Unverified: password login is refused with a clear reason.
    refused = await login(client, "asha@example.com")
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "email_not_verified"

    await run_base_jobs()
    mail = smtp.messages_to("asha@example.com")
    assert len(mail) == 1 and "verification code" in mail[0]["Subject"]
    code = smtp.latest_code("asha@example.com")
    verified = await client.post(
        "/api/auth/verify-otp", json={"email": "asha@example.com", "code": code}
    )
    assert verified.status_code == 200
    assert set(verified.json()) >= {"access_token", "refresh_token", "expires_in"}

    tokens = (await login(client, "ASHA@example.com")).json()
    me = await client.get("/api/v1/users/me", headers=_bearer(tokens["access_token"]))
    assert me.status_code == 200 and me.json()["is_verified"] is True

    rotated = await client.post(
        "/api/auth/refresh", json={"refresh_token": tokens["refresh_token"]}
    )
    assert rotated.status_code == 200
    new = rotated.json()
    assert new["refresh_token"] != tokens["refresh_token"]

    out = await client.post("/api/auth/logout", json={"refresh_token": new["refresh_token"]})
    assert out.status_code == 204
    after = await client.post("/api/auth/refresh", json={"refresh_token": new["refresh_token"]})
    assert after.status_code == 401


async def test_first_user_is_admin_and_later_users_are_not(client, smtp, run_base_jobs):
    first = await register_and_verify(client, smtp, run_base_jobs, "owner@example.com")
    second = await register_and_verify(client, smtp, run_base_jobs, "guest@example.com")
    assert first.user["role"] == "admin"
    assert second.user["role"] == "user"


async def test_reusing_a_rotated_refresh_token_revokes_the_whole_family(
    client, smtp, run_base_jobs
):
    user = await register_and_verify(client, smtp, run_base_jobs, "reuse@example.com")
    first = await client.post("/api/auth/refresh", json={"refresh_token": user.refresh_token})
    assert first.status_code == 200
    current = first.json()["refresh_token"]

    stolen = await client.post("/api/auth/refresh", json={"refresh_token": user.refresh_token})
    assert stolen.status_code == 401
    assert stolen.json()["error"]["code"] == "refresh_token_reused"
    # The legitimate holder's newer token died with the family.
    legit = await client.post("/api/auth/refresh", json={"refresh_token": current})
    assert legit.status_code == 401


async def test_wrong_codes_are_counted_and_lock_out_after_five(client, smtp, run_base_jobs):
    await client.post(
        "/api/auth/register", json={"email": "brute@example.com", "password": PASSWORD}
    )
    await run_base_jobs()
    code = smtp.latest_code("brute@example.com")
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    for left in (4, 3, 2, 1):
        response = await client.post(
            "/api/auth/verify-otp", json={"email": "brute@example.com", "code": wrong}
        )
        assert response.status_code == 400
        assert f"{left} attempt" in response.json()["error"]["message"]
    locked = await client.post(
        "/api/auth/verify-otp", json={"email": "brute@example.com", "code": wrong}
    )
    assert locked.status_code == 429
    assert locked.json()["error"]["code"] == "too_many_attempts"
    # Even the right code is now useless: a new one must be requested.
    late = await client.post(
        "/api/auth/verify-otp", json={"email": "brute@example.com", "code": code}
    )
    assert late.status_code == 400


async def test_code_is_stored_hashed_with_a_ten_minute_ttl(client, smtp, run_base_jobs, cache):
    await client.post("/api/auth/register", json={"email": "ttl@example.com", "password": PASSWORD})
    await run_base_jobs()
    code = smtp.latest_code("ttl@example.com")
    stored = await cache.hgetall("otp:ttl@example.com")
    assert stored and code not in str(stored)
    assert 590 <= await cache.ttl("otp:ttl@example.com") <= 600


async def test_resend_has_a_cooldown(client, smtp, run_base_jobs):
    await client.post(
        "/api/auth/register", json={"email": "cool@example.com", "password": PASSWORD}
    )
    again = await client.post("/api/auth/resend-otp", json={"email": "cool@example.com"})
    assert again.status_code == 429
    assert again.json()["error"]["code"] == "otp_cooldown"
    assert int(again.headers["Retry-After"]) > 0


async def test_login_by_emailed_code(client, smtp, run_base_jobs, cache):
    await register_and_verify(client, smtp, run_base_jobs, "codeonly@example.com")
    smtp.clear()
    await cache.delete("otp-cooldown:codeonly@example.com")  # as if the cooldown had passed
    sent = await client.post("/api/auth/login-code", json={"email": "codeonly@example.com"})
    assert sent.status_code == 202
    await run_base_jobs()
    assert "sign-in code" in smtp.messages_to("codeonly@example.com")[0]["Subject"]
    code = smtp.latest_code("codeonly@example.com")
    tokens = await client.post(
        "/api/auth/verify-otp", json={"email": "codeonly@example.com", "code": code}
    )
    assert tokens.status_code == 200


async def test_login_code_for_unknown_address_reveals_nothing(client, smtp, run_base_jobs):
    response = await client.post("/api/auth/login-code", json={"email": "nobody@example.com"})
    assert response.status_code == 202
    await run_base_jobs()
    assert smtp.messages_to("nobody@example.com") == []


async def test_login_is_rate_limited(client, smtp, run_base_jobs):
    await register_and_verify(client, smtp, run_base_jobs, "limited@example.com")
    statuses = [
        (await login(client, "limited@example.com", "wrong password")).status_code
        for _ in range(11)
    ]
    assert statuses[:10] == [401] * 10
    assert statuses[10] == 429


async def test_wrong_password_and_unknown_user_look_the_same(client, smtp, run_base_jobs):
    await register_and_verify(client, smtp, run_base_jobs, "real@example.com")
    wrong = await login(client, "real@example.com", "not the password")
    missing = await login(client, "ghost@example.com", "not the password")
    assert wrong.status_code == missing.status_code == 401
    assert wrong.json() == missing.json()


@pytest.mark.parametrize(
    "mangle",
    ["alg_none", "wrong_key", "expired", "refresh_as_access", "garbage"],
)
async def test_tampered_access_tokens_are_refused(client, smtp, run_base_jobs, settings, mangle):
    user = await register_and_verify(client, smtp, run_base_jobs, f"{mangle}@example.com")
    sub = user.user["id"]
    token = {
        "alg_none": jwt.encode(
            {"sub": sub, "type": "access", "exp": 4102444800}, None, algorithm="none"
        ),
        "wrong_key": jwt.encode(
            {"sub": sub, "type": "access", "exp": 4102444800},
            "another-key-of-sufficient-length-123",
            algorithm="HS256",
        ),
        "expired": create_token(
            settings, subject=sub, token_type="access", expires_in=timedelta(seconds=-5)
        ),
        "refresh_as_access": user.refresh_token,
        "garbage": "not.a.jwt",
    }[mangle]
    response = await client.get("/api/v1/users/me", headers=_bearer(token))
    assert response.status_code == 401
    assert response.json()["error"]["code"] in {"invalid_token", "token_expired"}


async def test_bad_input_is_a_clear_422(client):
    response = await client.post(
        "/api/auth/register", json={"email": "not-an-email", "password": "x"}
    )
    assert response.status_code == 422
    body = response.json()["error"]
    assert body["code"] == "validation_error"
    assert {d["field"] for d in body["details"]} == {"email", "password"}


async def test_missing_token_is_401_in_the_error_shape(client):
    response = await client.get("/api/v1/users/me")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"


async def test_concurrent_refreshes_of_one_token_cannot_both_succeed(client, smtp, run_base_jobs):
    user = await register_and_verify(client, smtp, run_base_jobs, "race@example.com")
    results = await asyncio.gather(
        *[
            client.post("/api/auth/refresh", json={"refresh_token": user.refresh_token})
            for _ in range(3)
        ]
    )
    assert sorted(r.status_code for r in results).count(200) <= 1


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
