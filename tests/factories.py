"""Plain async helpers that create users the way a person would: through the API."""

from dataclasses import dataclass
from typing import Any

from httpx import AsyncClient

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
