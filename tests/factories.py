"""Plain async helpers that create users the way a person would: through the API."""

from dataclasses import dataclass
from typing import Any

from httpx import AsyncClient

from app.core.config import get_settings
from app.core.security import password_hash
from app.crud import users
from app.services import auth
from tests.smtp import SmtpSink

PASSWORD = "correct horse battery"


@dataclass
class SignedIn:
    email: str
    access_token: str
    refresh_token: str
    user: dict[str, Any]

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}


async def register_and_verify(
    client: AsyncClient,
    smtp: SmtpSink,
    run_base_jobs: Any,
    email: str,
    password: str = PASSWORD,
) -> SignedIn:
    response = await client.post(
        "/api/auth/register", json={"email": email, "password": password, "full_name": "Test"}
    )
    assert response.status_code == 202, response.text
    await run_base_jobs()
    code = smtp.latest_code(email)
    response = await client.post("/api/auth/verify-otp", json={"email": email, "code": code})
    assert response.status_code == 200, response.text
    tokens = response.json()
    me = await client.get(
        "/api/v1/users/me", headers={"Authorization": f"Bearer {tokens['access_token']}"}
    )
    assert me.status_code == 200, me.text
    return SignedIn(email, tokens["access_token"], tokens["refresh_token"], me.json())


# Hashed once per test run: argon2 is slow on purpose, and every fast user shares the password.
_PASSWORD_HASH = password_hash.hash(PASSWORD)


async def make_verified_user(
    client: AsyncClient, session_factory: Any, email: str, password: str = PASSWORD
) -> SignedIn:
    """A verified user with a session, without the sign-up code's round trip through a worker
    and SMTP, and without the password check of a login (argon2 costs ~0.2 s of CPU a user): the
    tokens are minted as a sign-in would (tests/api/test_auth.py keeps both real paths)."""
    settings = get_settings()
    async with session_factory() as session, session.begin():
        user = await users.create(
            session,
            email=email.lower(),
            password_hash=_PASSWORD_HASH if password == PASSWORD else password_hash.hash(password),
            role_id=await auth.role_for_new_user(session),
            base_currency=settings.default_currency,
            is_verified=True,
        )
        tokens = await auth.start_session(session, settings, user)
    me = await client.get(
        "/api/v1/users/me", headers={"Authorization": f"Bearer {tokens.access_token}"}
    )
    assert me.status_code == 200, me.text
    assert tokens.refresh_token is not None
    return SignedIn(email.lower(), tokens.access_token, tokens.refresh_token, me.json())
