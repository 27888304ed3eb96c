"""Two-factor sign-in (TOTP, RFC 6238): enrolment, the sign-in challenge, replay, recovery codes,
turning it off, an admin's requirement, and the secret kept encrypted."""

import asyncio
import hashlib
import re
import time
from pathlib import Path

import pyotp
from sqlalchemy import select

from app.core.security import decrypt_secret, encrypt_secret
from app.models import TotpRecoveryCode, User
from tests.factories import PASSWORD, SignedIn

V1 = "/api/v1"
RECOVERY_CODE = re.compile(r"^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$")


def code_for(secret: str, steps_ahead: int = 0) -> str:
    """The code an authenticator app shows now (or `steps_ahead` 30 s steps later)."""
    return pyotp.TOTP(secret).generate_otp(int(time.time() // 30) + steps_ahead)


def wrong_code(secret: str) -> str:
    right = {code_for(secret, offset) for offset in (-1, 0, 1)}
    return next(c for c in (f"{n:06d}" for n in range(1_000_000)) if c not in right)


async def enrol(client, user: SignedIn) -> tuple[str, list[str]]:
    """Turn two-factor sign-in on for `user`: (secret, recovery codes)."""
    started = await client.post(f"{V1}/users/me/totp", headers=user.headers)
    assert started.status_code == 200, started.text
    secret = started.json()["secret"]
    confirmed = await client.post(
        f"{V1}/users/me/totp/confirm", json={"code": code_for(secret)}, headers=user.headers
    )
    assert confirmed.status_code == 200, confirmed.text
    return secret, confirmed.json()["recovery_codes"]


async def password_login(client, email: str, password: str = PASSWORD):
    return await client.post("/api/auth/login", data={"username": email, "password": password})


async def challenge_for(client, email: str) -> str:
    response = await password_login(client, email)
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"second_factor", "challenge", "expires_in"}, body
    return body["challenge"]


async def second_step(client, challenge: str, code: str):
    return await client.post("/api/auth/login/totp", json={"challenge": challenge, "code": code})


async def test_enrol_confirm_and_status(client, make_user, smtp, run_base_jobs):
    user = await make_user("enrol@example.com")
    status = await client.get(f"{V1}/users/me/totp", headers=user.headers)
    assert status.json() == {
        "enabled": False,
        "enabled_at": None,
        "enrolment_pending": False,
        "required": False,
        "recovery_codes_left": 0,
    }

    started = await client.post(f"{V1}/users/me/totp", headers=user.headers)
    assert started.status_code == 200, started.text
    body = started.json()
    assert re.fullmatch(r"[A-Z2-7]{32}", body["secret"])
    assert body["otpauth_uri"].startswith("otpauth://totp/FinCoach:enrol%40example.com?")
    assert f"secret={body['secret']}" in body["otpauth_uri"]
    assert "issuer=FinCoach" in body["otpauth_uri"]
    assert body["qr_code"].startswith("data:image/svg+xml")
    pending = (await client.get(f"{V1}/users/me/totp", headers=user.headers)).json()
    assert pending["enrolment_pending"] and not pending["enabled"]
    # Nothing changes before the confirmation: the password alone still signs in.
    assert "access_token" in (await password_login(client, user.email)).json()

    wrong = await client.post(
        f"{V1}/users/me/totp/confirm",
        json={"code": wrong_code(body["secret"])},
        headers=user.headers,
    )
    assert wrong.status_code == 400 and wrong.json()["error"]["code"] == "invalid_code"

    confirmed = await client.post(
        f"{V1}/users/me/totp/confirm",
        json={"code": code_for(body["secret"])},
        headers=user.headers,
    )
    assert confirmed.status_code == 200, confirmed.text
    codes = confirmed.json()["recovery_codes"]
    assert len(codes) == len(set(codes)) == 10
    assert all(RECOVERY_CODE.fullmatch(c) for c in codes), codes

    status = (await client.get(f"{V1}/users/me/totp", headers=user.headers)).json()
    assert status["enabled"] and status["enabled_at"] and not status["enrolment_pending"]
    assert status["recovery_codes_left"] == 10
    me = (await client.get(f"{V1}/users/me", headers=user.headers)).json()
    assert me["totp_enabled"] and not me["totp_required_but_missing"]
    again = await client.post(f"{V1}/users/me/totp", headers=user.headers)
    assert again.status_code == 409 and again.json()["error"]["code"] == "totp_already_enabled"
    # The owner is told by email.
    await run_base_jobs()
    assert "two-factor sign-in is now on" in smtp.messages_to(user.email)[-1]["Subject"]


async def test_confirming_without_a_started_enrolment_is_refused(client, make_user):
    user = await make_user("unstarted@example.com")
    response = await client.post(
        f"{V1}/users/me/totp/confirm", json={"code": "123456"}, headers=user.headers
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "totp_not_started"


async def test_secret_and_recovery_codes_are_not_stored_in_clear(
    client, make_user, session_factory, settings
):
    user = await make_user("atrest@example.com")
    secret, codes = await enrol(client, user)
    async with session_factory() as session:
        row = await session.scalar(select(User).where(User.email == user.email))
        hashes = (await session.scalars(select(TotpRecoveryCode.code_hash))).all()
    assert row.totp_secret and secret not in row.totp_secret
    assert decrypt_secret(settings, row.totp_secret) == secret  # Fernet, ENCRYPTION_KEY
    assert row.totp_pending_secret is None
    assert len(hashes) == 10 and not {c.replace("-", "") for c in codes} & set(hashes)
    assert hashlib.sha256(codes[0].replace("-", "").encode()).hexdigest() in hashes


async def test_password_login_needs_the_second_factor(client, make_user, session_factory):
    user = await make_user("twostep@example.com")
    secret, _ = await enrol(client, user)

    challenge = await challenge_for(client, user.email)
    # The challenge is no access token.
    me = await client.get(f"{V1}/users/me", headers={"Authorization": f"Bearer {challenge}"})
    assert me.status_code == 401
    # A wrong password still gets no challenge.
    assert (await password_login(client, user.email, "not the password")).status_code == 401

    code = code_for(secret, 1)
    tokens = await second_step(client, challenge, f"{code[:3]} {code[3:]}")  # as apps show it
    assert tokens.status_code == 200, tokens.text
    assert set(tokens.json()) == {"access_token", "refresh_token", "token_type", "expires_in"}
    headers = {"Authorization": f"Bearer {tokens.json()['access_token']}"}
    assert (await client.get(f"{V1}/users/me", headers=headers)).status_code == 200
    # The refresh token works as any other.
    refreshed = await client.post(
        "/api/auth/refresh", json={"refresh_token": tokens.json()["refresh_token"]}
    )
    assert refreshed.status_code == 200


async def test_emailed_code_login_needs_the_second_factor(
    client, make_user, smtp, run_base_jobs, session_factory
):
    user = await make_user("bycode@example.com")
    secret, _ = await enrol(client, user)
    await client.post("/api/auth/login-code", json={"email": user.email})
    await run_base_jobs()
    verified = await client.post(
        "/api/auth/verify-otp", json={"email": user.email, "code": smtp.latest_code(user.email)}
    )
    assert verified.status_code == 200, verified.text
    assert "access_token" not in verified.json()
    tokens = await second_step(client, verified.json()["challenge"], code_for(secret, 1))
    assert tokens.status_code == 200 and "access_token" in tokens.json()


async def test_wrong_codes_are_refused_and_counted(client, make_user, cache, settings):
    user = await make_user("wrong@example.com")
    secret, _ = await enrol(client, user)
    challenge = await challenge_for(client, user.email)
    bad = wrong_code(secret)

    outcomes = []
    for _ in range(settings.otp_max_attempts):
        response = await second_step(client, challenge, bad)
        outcomes.append((response.status_code, response.json()["error"]["code"]))
    assert outcomes[:-1] == [(400, "invalid_code")] * (settings.otp_max_attempts - 1)
    assert outcomes[-1] == (429, "too_many_attempts")
    # Each wrong code counts against the account's wrong codes of the day (shared with the
    # emailed codes), and the used-up challenge is gone: even the right code needs a new one.
    assert int(await cache.get(f"otp-failures:{user.email}")) == settings.otp_max_attempts
    late = await second_step(client, challenge, code_for(secret, 1))
    assert late.status_code == 401 and late.json()["error"]["code"] == "invalid_challenge"


async def test_a_wrong_code_says_how_many_attempts_are_left(client, make_user):
    user = await make_user("left@example.com")
    secret, _ = await enrol(client, user)
    challenge = await challenge_for(client, user.email)
    response = await second_step(client, challenge, wrong_code(secret))
    assert response.json()["error"]["message"] == "That code is not right. 4 attempts left."
    # A malformed code is a 422 and costs nothing.
    assert (await second_step(client, challenge, "12")).status_code == 422


async def test_the_days_last_wrong_code_locks_codes_and_tells_the_owner(
    client, make_user, cache, settings, smtp, run_base_jobs
):
    user = await make_user("locked@example.com")
    secret, _ = await enrol(client, user)
    limit = settings.otp_daily_failure_limit
    await cache.set(f"otp-failures:{user.email}", limit - 1, ex=3600)
    challenge = await challenge_for(client, user.email)
    locked = await second_step(client, challenge, wrong_code(secret))
    assert locked.status_code == 429 and locked.json()["error"]["code"] == "otp_locked"
    # Locked for the day: a fresh challenge and the right code are refused too.
    fresh = await challenge_for(client, user.email)
    refused = await second_step(client, fresh, code_for(secret, 1))
    assert refused.status_code == 429
    await run_base_jobs()
    subjects = [m["Subject"] for m in smtp.messages_to(user.email)]
    assert sum("two-factor sign-in to your account is locked" in s for s in subjects) == 1


async def test_a_used_code_cannot_be_replayed(client, make_user, session_factory):
    user = await make_user("replay@example.com")
    secret, _ = await enrol(client, user)
    async with session_factory() as session:
        spent = await session.scalar(select(User.totp_last_step).where(User.email == user.email))
    # The code that confirmed the enrolment is spent already.
    enrolment_code = pyotp.TOTP(secret).generate_otp(spent)
    first = await second_step(client, await challenge_for(client, user.email), enrolment_code)
    assert first.status_code == 400 and first.json()["error"]["code"] == "totp_code_reused"

    code = code_for(secret, 1)  # the next step's code (clock drift is allowed one step)
    ok = await second_step(client, await challenge_for(client, user.email), code)
    assert ok.status_code == 200, ok.text
    replayed = await second_step(client, await challenge_for(client, user.email), code)
    assert replayed.status_code == 400
    assert replayed.json()["error"]["code"] == "totp_code_reused"
    # Nor any earlier code still in the window.
    older = await second_step(client, await challenge_for(client, user.email), enrolment_code)
    assert older.json()["error"]["code"] == "totp_code_reused"
    # Two steps ahead is beyond the allowed drift.
    ahead = await second_step(client, await challenge_for(client, user.email), code_for(secret, 2))
    assert ahead.json()["error"]["code"] == "invalid_code"


async def test_one_challenge_and_code_sent_twice_at_once_sign_in_once(
    client, make_user, session_factory
):
    user = await make_user("race@example.com")
    secret, _ = await enrol(client, user)
    challenge = await challenge_for(client, user.email)
    code = code_for(secret, 1)
    answers = await asyncio.gather(*[second_step(client, challenge, code) for _ in range(4)])
    assert sorted(a.status_code for a in answers)[0] == 200
    assert [a.status_code for a in answers].count(200) == 1


async def test_recovery_codes_work_once(client, make_user, smtp, run_base_jobs):
    user = await make_user("recover@example.com")
    _, codes = await enrol(client, user)

    # Upper case and without dashes, as someone may type it off paper.
    typed = codes[0].replace("-", " ").upper()
    tokens = await second_step(client, await challenge_for(client, user.email), typed)
    assert tokens.status_code == 200, tokens.text
    headers = {"Authorization": f"Bearer {tokens.json()['access_token']}"}

    again = await second_step(client, await challenge_for(client, user.email), codes[0])
    assert again.status_code == 400 and again.json()["error"]["code"] == "invalid_code"
    made_up = await second_step(
        client, await challenge_for(client, user.email), "abcd-efgh-jkmn-pqrs"
    )
    assert made_up.status_code == 400

    status = (await client.get(f"{V1}/users/me/totp", headers=headers)).json()
    assert status["recovery_codes_left"] == 9
    await run_base_jobs()  # with the "now on" notice, in either order
    subjects = [message["Subject"] for message in smtp.messages_to(user.email)]
    assert any("recovery code was used" in subject for subject in subjects), subjects

    # New codes (with proof) replace all the earlier ones.
    fresh = await client.post(
        f"{V1}/users/me/totp/recovery-codes", json={"password": PASSWORD}, headers=headers
    )
    assert fresh.status_code == 200, fresh.text
    new_codes = fresh.json()["recovery_codes"]
    assert len(new_codes) == 10 and not set(new_codes) & set(codes)
    stale = await second_step(client, await challenge_for(client, user.email), codes[1])
    assert stale.status_code == 400
    ok = await second_step(client, await challenge_for(client, user.email), new_codes[0])
    assert ok.status_code == 200


async def test_turning_it_off_needs_the_password_or_a_code(
    client, make_user, session_factory, smtp, run_base_jobs
):
    user = await make_user("disable@example.com")
    secret, _ = await enrol(client, user)
    url = f"{V1}/users/me/totp"

    no_proof = await client.request("DELETE", url, json={}, headers=user.headers)
    assert no_proof.status_code == 422
    wrong_password = await client.request(
        "DELETE", url, json={"password": "not my password"}, headers=user.headers
    )
    assert wrong_password.status_code == 400
    assert wrong_password.json()["error"]["code"] == "wrong_password"
    bad_code = await client.request(
        "DELETE", url, json={"code": wrong_code(secret)}, headers=user.headers
    )
    assert bad_code.status_code == 400 and bad_code.json()["error"]["code"] == "invalid_code"
    assert (await client.get(url, headers=user.headers)).json()["enabled"]

    off = await client.request("DELETE", url, json={"password": PASSWORD}, headers=user.headers)
    assert off.status_code == 204, off.text
    assert "access_token" in (await password_login(client, user.email)).json()
    await run_base_jobs()  # the "on" and "off" notices, in whichever order the worker sends them
    subjects = [message["Subject"] for message in smtp.messages_to(user.email)]
    assert any("two-factor sign-in is now off" in subject for subject in subjects), subjects
    assert any("two-factor sign-in is now on" in subject for subject in subjects), subjects
    async with session_factory() as session:
        row = await session.scalar(select(User).where(User.email == user.email))
        left = (await session.scalars(select(TotpRecoveryCode))).all()
    assert row.totp_secret is None and row.totp_enabled_at is None and left == []

    # On again, then off with a code from the app.
    secret, _ = await enrol(client, user)
    off = await client.request(
        "DELETE", url, json={"code": code_for(secret, 1)}, headers=user.headers
    )
    assert off.status_code == 204, off.text
    not_on = await client.request("DELETE", url, json={"password": PASSWORD}, headers=user.headers)
    assert not_on.status_code == 400 and not_on.json()["error"]["code"] == "totp_not_enabled"


async def test_an_admin_can_require_it_of_one_user(client, make_user):
    admin = await make_user("admin@example.com")
    user = await make_user("member@example.com")
    assert admin.user["role"] == "admin" and user.user["role"] == "user"

    required = await client.patch(
        f"{V1}/users/{user.user['id']}", json={"totp_required": True}, headers=admin.headers
    )
    assert required.status_code == 200, required.text
    assert required.json()["totp_required"] and required.json()["totp_required_but_missing"]

    # Signed in (to set it up), but nothing else until it is on.
    signed_in = await password_login(client, user.email)
    assert "access_token" in signed_in.json()
    headers = {"Authorization": f"Bearer {signed_in.json()['access_token']}"}
    me = await client.get(f"{V1}/users/me", headers=headers)
    assert me.status_code == 200 and me.json()["totp_required_but_missing"]
    for method, path in [
        ("GET", f"{V1}/transactions"),
        ("GET", f"{V1}/categories"),
        ("PATCH", f"{V1}/users/me"),
    ]:
        blocked = await client.request(method, path, headers=headers, json={})
        assert blocked.status_code == 403, (path, blocked.text)
        assert blocked.json()["error"]["code"] == "totp_enrolment_required"
    status = (await client.get(f"{V1}/users/me/totp", headers=headers)).json()
    assert status["required"] and not status["enabled"]

    tokens = signed_in.json()
    await enrol(client, SignedIn(user.email, tokens["access_token"], tokens["refresh_token"], {}))
    assert (await client.get(f"{V1}/transactions", headers=headers)).status_code == 200
    me = (await client.get(f"{V1}/users/me", headers=headers)).json()
    assert me["totp_enabled"] and not me["totp_required_but_missing"]
    assert "challenge" in (await password_login(client, user.email)).json()

    # A lost phone: the admin turns it off; the requirement stands, so it must be set up again.
    reset = await client.delete(f"{V1}/users/{user.user['id']}/totp", headers=admin.headers)
    assert reset.status_code == 204, reset.text
    again = await password_login(client, user.email)
    assert "access_token" in again.json()
    blocked = await client.get(
        f"{V1}/transactions", headers={"Authorization": f"Bearer {again.json()['access_token']}"}
    )
    assert blocked.json()["error"]["code"] == "totp_enrolment_required"
    # Only admins reset, and not their own (that is Settings, with proof).
    assert (
        await client.delete(f"{V1}/users/{admin.user['id']}/totp", headers=admin.headers)
    ).status_code == 400


async def test_an_admin_can_require_it_of_everyone(client, make_user):
    admin = await make_user("root@example.com")
    user = await make_user("someone@example.com")
    url = f"{V1}/site-settings"
    assert (await client.get(url, headers=admin.headers)).json() == {"require_totp": False}
    assert (await client.get(url, headers=user.headers)).status_code == 403
    assert (
        await client.patch(url, json={"require_totp": True}, headers=user.headers)
    ).status_code == 403

    # Not before the admin has it on: they would lock themselves into setting it up.
    early = await client.patch(url, json={"require_totp": True}, headers=admin.headers)
    assert early.status_code == 400 and early.json()["error"]["code"] == "totp_not_enabled"
    await enrol(client, admin)
    on = await client.patch(url, json={"require_totp": True}, headers=admin.headers)
    assert on.status_code == 200 and on.json() == {"require_totp": True}

    me = (await client.get(f"{V1}/users/me", headers=user.headers)).json()
    assert me["totp_required_but_missing"] and not me["totp_required"]
    blocked = await client.get(f"{V1}/transactions", headers=user.headers)
    assert blocked.status_code == 403
    assert blocked.json()["error"]["code"] == "totp_enrolment_required"
    # The admin, who has it, goes on as before.
    assert (await client.get(f"{V1}/transactions", headers=admin.headers)).status_code == 200

    await enrol(client, user)
    assert (await client.get(f"{V1}/transactions", headers=user.headers)).status_code == 200

    off = await client.patch(url, json={"require_totp": False}, headers=admin.headers)
    assert off.json() == {"require_totp": False}


async def test_a_challenge_is_single_use_and_expires(client, make_user, cache, settings):
    user = await make_user("once@example.com")
    _, codes = await enrol(client, user)
    challenge = await challenge_for(client, user.email)
    key = f"totp-challenge:{hashlib.sha256(challenge.encode()).hexdigest()}"
    assert 0 < await cache.ttl(key) <= settings.totp_challenge_seconds
    assert challenge not in str(await cache.keys("*"))  # kept by digest only

    assert (await second_step(client, challenge, codes[0])).status_code == 200
    reused = await second_step(client, challenge, codes[1])
    assert reused.status_code == 401 and reused.json()["error"]["code"] == "invalid_challenge"

    expiring = await challenge_for(client, user.email)
    await cache.pexpire(f"totp-challenge:{hashlib.sha256(expiring.encode()).hexdigest()}", 1)
    await asyncio.sleep(0.05)
    expired = await second_step(client, expiring, codes[1])
    assert expired.status_code == 401 and expired.json()["error"]["code"] == "invalid_challenge"

    # Tokens are not challenges, nor the other way round.
    forged = await second_step(client, user.access_token, codes[1])
    assert forged.status_code in (401, 422)  # 422: longer than any challenge
    assert (await second_step(client, user.access_token[:100], codes[1])).status_code == 401
    assert (
        await client.post("/api/auth/refresh", json={"refresh_token": challenge})
    ).status_code == 401


async def test_second_steps_are_rate_limited_per_client(client, settings):
    statuses = [
        (await second_step(client, f"made-up-{i}", "123456")).status_code
        for i in range(settings.login_rate_limit * 3 + 1)
    ]
    assert statuses[:-1] == [401] * (settings.login_rate_limit * 3) and statuses[-1] == 429


async def test_key_rotation_re_encrypts_totp_secrets(tmp_path: Path, settings, session_factory):
    from app.core import keys
    from app.launcher import rotate_encryption_key
    from app.models.role import Role
    from tests.unit.test_secret_keys import _settings

    mine = _settings(tmp_path, database_url=settings.database_url)
    secret = pyotp.random_base32()
    async with session_factory() as session, session.begin():
        role = await session.scalar(select(Role).where(Role.name == "user"))
        session.add(
            User(
                email="rotate@example.com",
                password_hash="x",
                role_id=role.id,
                totp_secret=encrypt_secret(mine, secret),
                totp_pending_secret=encrypt_secret(mine, "PENDING" + secret),
            )
        )
    assert await asyncio.to_thread(rotate_encryption_key, mine, settings.database_url, None) == 0
    after = _settings(tmp_path)
    assert after.encryption_key == keys.read(tmp_path / "encryption_key") != mine.encryption_key
    async with session_factory() as session:
        row = await session.scalar(select(User).where(User.email == "rotate@example.com"))
    assert decrypt_secret(after, row.totp_secret) == secret
    assert decrypt_secret(after, row.totp_pending_secret) == "PENDING" + secret
