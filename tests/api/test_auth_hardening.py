"""Sign-up and code attacks (issue "Safe by default"): each test failed before its fix."""

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, update

from app.models import User
from app.models.role import Role
from tests.factories import PASSWORD, register_and_verify

VICTIM = "victim@example.com"
ATTACKER_PASSWORD = "attacker chosen password"


async def _register(client, email, password=PASSWORD):
    return await client.post("/api/auth/register", json={"email": email, "password": password})


async def _login(client, email, password):
    return await client.post("/api/auth/login", data={"username": email, "password": password})


async def _verify(client, email, code):
    return await client.post("/api/auth/verify-otp", json={"email": email, "code": code})


async def test_re_registering_a_pending_address_never_replaces_its_password(
    client, smtp, run_base_jobs, cache
):
    assert (await _register(client, VICTIM)).status_code == 202
    await run_base_jobs()
    victims_code = smtp.latest_code(VICTIM)

    await cache.delete(f"otp-cooldown:{VICTIM}")  # as if the attacker waited out the cooldown
    again = await _register(client, VICTIM, ATTACKER_PASSWORD)
    assert again.status_code == 202  # told to check the inbox, like anyone else
    await run_base_jobs()
    notice = smtp.messages_to(VICTIM)[-1]
    assert "waiting for its code" in notice["Subject"]

    # The real owner's flow is untouched: their own code still works...
    assert (await _verify(client, VICTIM, victims_code)).status_code == 200
    # ...their password is the one that signs in, and the attacker's is refused.
    assert (await _login(client, VICTIM, PASSWORD)).status_code == 200
    assert (await _login(client, VICTIM, ATTACKER_PASSWORD)).status_code == 401


async def test_a_code_is_bound_to_the_registration_it_was_issued_for(
    client, smtp, run_base_jobs, cache, session_factory, settings
):
    await _register(client, VICTIM, ATTACKER_PASSWORD)
    await run_base_jobs()
    stale_code = smtp.latest_code(VICTIM)
    # The waiting sign-up lapses; the address's owner registers for real.
    async with session_factory() as session, session.begin():
        lapsed = datetime.now(UTC) - timedelta(hours=settings.pending_registration_hours + 1)
        await session.execute(update(User).where(User.email == VICTIM).values(created_at=lapsed))
    await cache.delete(f"otp-cooldown:{VICTIM}")
    assert (await _register(client, VICTIM)).status_code == 202

    # The first registration's code (still within its TTL) does not confirm the new one.
    refused = await _verify(client, VICTIM, stale_code)
    assert refused.status_code == 400
    await run_base_jobs()
    assert (await _verify(client, VICTIM, smtp.latest_code(VICTIM))).status_code == 200
    assert (await _login(client, VICTIM, PASSWORD)).status_code == 200
    assert (await _login(client, VICTIM, ATTACKER_PASSWORD)).status_code == 401


async def test_registering_a_taken_address_answers_like_a_new_one_and_tells_the_owner(
    client, smtp, run_base_jobs, cache
):
    await register_and_verify(client, smtp, run_base_jobs, "taken@example.com")
    await cache.delete("otp-cooldown:taken@example.com")
    taken = await _register(client, "taken@example.com", ATTACKER_PASSWORD)
    fresh = await _register(client, "fresh@example.com")
    assert taken.status_code == fresh.status_code == 202
    assert taken.json() == fresh.json()
    await run_base_jobs()
    assert "tried to sign up" in smtp.messages_to("taken@example.com")[-1]["Subject"]
    assert (await _login(client, "taken@example.com", ATTACKER_PASSWORD)).status_code == 401


async def _spend_a_code(client, smtp, run_base_jobs, cache, email, guesses):
    """Ask for a fresh code and guess wrong, as an attacker pacing themselves would (after the
    resend cooldown and the per-minute rate limits have passed)."""
    await cache.delete(f"otp-cooldown:{email}", *await cache.keys("ratelimit:*"))
    await client.post("/api/auth/resend-otp", json={"email": email})
    await run_base_jobs()
    code = smtp.latest_code(email)
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    return [(await _verify(client, email, wrong)).json()["error"]["code"] for _ in range(guesses)]


async def test_resending_codes_never_buys_more_than_the_daily_wrong_guesses(
    client, smtp, run_base_jobs, cache, settings
):
    email = "brute@example.com"
    await _register(client, email)
    await run_base_jobs()
    limit = settings.otp_daily_failure_limit
    per_code = settings.otp_max_attempts
    outcomes: list[str] = []
    while len(outcomes) < limit:
        outcomes += await _spend_a_code(client, smtp, run_base_jobs, cache, email, per_code)
    assert outcomes[limit - 1] == "otp_locked"
    assert set(outcomes[:limit]) <= {"invalid_code", "too_many_attempts", "otp_locked"}

    # Locked: a resend is refused and even the right code is not accepted any more.
    await cache.delete(f"otp-cooldown:{email}")
    resend = await client.post("/api/auth/resend-otp", json={"email": email})
    assert resend.status_code == 429 and resend.json()["error"]["code"] == "otp_locked"
    locked_out = await _verify(client, email, smtp.latest_code(email))
    assert locked_out.status_code == 429
    # The owner was told, once.
    await run_base_jobs()
    notices = [m for m in smtp.messages_to(email) if "locked" in m["Subject"]]
    assert len(notices) == 1


async def test_two_simultaneous_first_sign_ups_make_one_admin(
    client, smtp, run_base_jobs, session_factory
):
    answers = await asyncio.gather(*[_register(client, f"first{i}@example.com") for i in range(6)])
    assert [a.status_code for a in answers] == [202] * 6
    async with session_factory() as session:
        admins = await session.scalar(
            select(func.count()).select_from(User).join(Role).where(Role.name == "admin")
        )
    assert admins == 1


async def test_blank_common_and_guessable_passwords_are_refused(client, make_user):
    for password in ("12345678", "password", " " * 8, "qwertyuiop", "weakling@example.com"):
        response = await client.post(
            "/api/auth/register", json={"email": "weakling@example.com", "password": password}
        )
        assert response.status_code == 400, (password, response.text)
        assert response.json()["error"]["code"] == "weak_password"
        assert "stronger password" in response.json()["error"]["message"] or not password.strip()
    user = await make_user("changer@example.com")
    response = await client.post(
        "/api/v1/users/me/password",
        json={"current_password": PASSWORD, "new_password": "password1"},
        headers=user.headers,
    )
    assert response.status_code == 400 and response.json()["error"]["code"] == "weak_password"
    accepted = await client.post(
        "/api/auth/register",
        json={"email": "strong@example.com", "password": "plum kettle 88 orbit"},
    )
    assert accepted.status_code == 202, accepted.text
