"""Connecting Gmail: the OAuth 2.0 web flow with PKCE against the local fake Google, the
refresh token stored encrypted, and the failures a browser can bring back."""

import json
import logging
import uuid
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import httpx
from sqlalchemy import text

from app.core.security import decrypt_secret
from app.ingest.sync import sync_account
from tests.factories import make_verified_user
from tests.mail_helpers import alert, uow_of

AUTHORIZE = "/api/v1/auth/google/authorize"
CALLBACK = "/api/v1/auth/google/callback"


async def _consent(client, user, cache):
    """Start the flow, and let the fake Google's consent screen send the browser back."""
    response = await client.get(AUTHORIZE, headers=user.headers)
    assert response.status_code == 200, response.text
    url = response.json()["authorization_url"]
    async with httpx.AsyncClient() as browser:
        consent = await browser.get(url)
    assert consent.status_code == 302, consent.text
    back = urlsplit(consent.headers["location"])
    return url, f"{CALLBACK}?{back.query}"


async def test_consent_callback_and_encrypted_refresh_token(
    client_for, gmail_settings, google, cache, session_factory, caplog
):
    async with client_for(gmail_settings) as client:
        logging.getLogger().addHandler(caplog.handler)  # the app reset logging when it started
        caplog.set_level(logging.DEBUG)
        user = await make_verified_user(client, session_factory, "gmail@example.com")
        url, callback = await _consent(client, user, cache)
        query = parse_qs(urlsplit(url).query)
        assert url.startswith(gmail_settings.google_auth_uri)
        assert query["code_challenge_method"] == ["S256"] and query["access_type"] == ["offline"]
        state = query["state"][0]
        assert 0 < await cache.ttl(f"oauth:google:{state}") <= 600
        assert "verifier" not in url

        finished = await client.get(callback)
        assert finished.status_code == 303
        location = urlsplit(finished.headers["location"])
        assert location.path == "/accounts"
        assert parse_qs(location.query)["connected"] == ["gmail"]
        assert not await cache.exists(f"oauth:google:{state}")  # used up

        accounts = (await client.get("/api/v1/connected-accounts", headers=user.headers)).json()
        assert [(a["provider"], a["address"]) for a in accounts] == [("gmail", google.address)]
        [refresh_token] = google.refresh_tokens
        assert refresh_token not in json.dumps(accounts)

        replay = await client.get(callback)
        assert parse_qs(urlsplit(replay.headers["location"]).query)["error"] == [
            "oauth_state_invalid"
        ]

        # Consenting again refreshes the same account's grant instead of adding another.
        _, callback = await _consent(client, user, cache)
        assert (await client.get(callback)).status_code == 303
        accounts = (await client.get("/api/v1/connected-accounts", headers=user.headers)).json()
        assert len(accounts) == 1

    async with session_factory() as session:
        stored = (
            await session.execute(text("SELECT credentials FROM connected_accounts"))
        ).scalar()
    newest = json.loads(decrypt_secret(gmail_settings, stored))["refresh_token"]
    assert newest in google.refresh_tokens and newest not in stored

    # A sync with the stored grant logs nothing secret either.
    received = datetime.now(UTC)
    google.add_message(alert("Card used", received), received)
    result = await sync_account(
        uow_of(session_factory), gmail_settings, uuid.UUID(accounts[0]["id"])
    )
    assert result.new == 1 and caplog.records
    logged = "\n".join(record.getMessage() for record in caplog.records)
    secrets = [*google.refresh_tokens, *google.access_tokens, gmail_settings.google_client_secret]
    assert not [secret for secret in secrets if secret in logged]


async def test_denied_consent_bad_code_and_no_configuration(
    client_for, gmail_settings, mail_settings, google, cache, session_factory
):
    async with client_for(gmail_settings) as client:
        user = await make_verified_user(client, session_factory, "deny@example.com")
        denied = await client.get(CALLBACK, params={"state": "x", "error": "access_denied"})
        assert denied.status_code == 303
        assert parse_qs(urlsplit(denied.headers["location"]).query)["error"] == ["oauth_denied"]

        _, callback = await _consent(client, user, cache)
        forged = callback.replace("code=", "code=forged")
        response = await client.get(forged)
        assert parse_qs(urlsplit(response.headers["location"]).query)["error"] == [
            "oauth_exchange_failed"
        ]
        assert (await client.get(CALLBACK)).status_code == 422  # no state at all
        assert (await client.get(AUTHORIZE)).status_code == 401

    async with client_for(mail_settings) as client:  # no Google client configured
        user = await make_verified_user(client, session_factory, "noconf@example.com")
        response = await client.get(AUTHORIZE, headers=user.headers)
        assert response.status_code == 503
        assert response.json()["error"]["code"] == "gmail_not_configured"
