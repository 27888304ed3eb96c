"""The Plaid API: what an unconfigured server says, linking against the local fake Plaid (the
real client), refusals in Plaid's error shape, and webhook verification (ES256 JWT)."""

import json
import logging
import time

import pytest

from tests.factories import make_verified_user
from tests.fakes.plaid_server import FakePlaid
from tests.ledger_helpers import error_code


@pytest.fixture
def plaid():
    fake = FakePlaid().start()
    yield fake
    fake.stop()


@pytest.fixture
def plaid_settings(settings, plaid):
    return settings.model_copy(update=plaid.settings_overrides())


async def test_unconfigured_server_says_what_to_set(client, make_user):
    user = await make_user("noplaid@example.com")
    status = await client.get("/api/v1/plaid/status", headers=user.headers)
    assert status.status_code == 200
    assert status.json() == {
        "configured": False,
        "environment": "sandbox",
        "sandbox": True,
        "missing": ["PLAID_CLIENT_ID", "PLAID_SECRET"],
        "webhooks": False,
    }
    token = await client.post("/api/v1/plaid/link-token", headers=user.headers)
    assert token.status_code == 503 and error_code(token) == "plaid_not_configured"
    assert "PLAID_CLIENT_ID" in token.json()["error"]["message"]
    linked = await client.post("/api/v1/plaid/sandbox/items", headers=user.headers)
    assert linked.status_code == 503
    hook = await client.post("/api/v1/plaid/webhook", content=b"{}")
    assert hook.status_code == 503
    assert (await client.get("/api/v1/plaid/status")).status_code == 401


async def test_link_stores_an_encrypted_token_never_logged(
    client_for, plaid_settings, plaid, session_factory, caplog
):
    async with client_for(plaid_settings) as client:
        logging.getLogger().addHandler(caplog.handler)  # the app reset logging when it started
        caplog.set_level(logging.DEBUG)
        user = await make_verified_user(client, session_factory, "link@example.com")
        status = (await client.get("/api/v1/plaid/status", headers=user.headers)).json()
        assert (status["configured"], status["sandbox"]) == (True, True)

        token = await client.post("/api/v1/plaid/link-token", headers=user.headers)
        assert token.status_code == 200, token.text
        assert token.json()["link_token"].startswith("link-sandbox-")
        [request] = plaid.calls("/link/token/create")
        assert request["products"] == ["transactions"]
        assert request["user"] == {"client_user_id": user.user["id"]}

        linked = await client.post("/api/v1/plaid/sandbox/items", headers=user.headers)
        assert linked.status_code == 201, linked.text
        body = linked.json()
        assert body["job"]["type"] == "plaid_sync" and body["job"]["status"] == "pending"
        item = plaid.only_item()
        listed = await client.get("/api/v1/connected-accounts", headers=user.headers)
        [bank] = listed.json()
        assert (bank["provider"], bank["address"], bank["display_name"]) == (
            "plaid",
            item.item_id,
            "HDFC Bank",
        )
        assert item.access_token not in listed.text + linked.text
        assert item.access_token not in caplog.text

        # Linking the same item again (Link's update mode) keeps one connected account.
        again = await client.post(
            "/api/v1/plaid/items",
            json={"public_token": _public_token(plaid, item)},
            headers=user.headers,
        )
        assert again.status_code == 201, again.text
        assert again.json()["account_id"] == body["account_id"]

        # Plaid's refusal, in its error shape, becomes a 400 with Plaid's code.
        bad = await client.post(
            "/api/v1/plaid/items", json={"public_token": "public-nope"}, headers=user.headers
        )
        assert bad.status_code == 400 and error_code(bad) == "plaid_invalid_public_token"

        # Another user sees nothing of it.
        other = await make_verified_user(client, session_factory, "other@example.com")
        theirs = await client.get(
            f"/api/v1/plaid/items/{body['account_id']}/transactions", headers=other.headers
        )
        assert theirs.status_code == 404

        # Disconnecting removes the item at Plaid too, and wipes the token.
        gone = await client.delete(
            f"/api/v1/connected-accounts/{body['account_id']}", headers=user.headers
        )
        assert gone.status_code == 204
        assert plaid.items == {}


def _public_token(plaid: FakePlaid, item) -> str:
    public = f"public-sandbox-again-{item.item_id}"
    plaid.public_tokens[public] = item.access_token
    return public


async def test_sandbox_shortcut_only_in_the_sandbox(client_for, plaid_settings, session_factory):
    production = plaid_settings.model_copy(update={"plaid_env": "production"})
    async with client_for(production) as client:
        user = await make_verified_user(client, session_factory, "prod@example.com")
        refused = await client.post("/api/v1/plaid/sandbox/items", headers=user.headers)
        assert refused.status_code == 400 and error_code(refused) == "plaid_not_sandbox"


async def test_webhooks_are_verified_and_matched_to_a_linked_item(
    client_for, plaid_settings, plaid, session_factory
):
    async with client_for(plaid_settings) as client:
        user = await make_verified_user(client, session_factory, "hooks@example.com")
        linked = (await client.post("/api/v1/plaid/sandbox/items", headers=user.headers)).json()
        item = plaid.only_item()
        payload = {
            "webhook_type": "TRANSACTIONS",
            "webhook_code": "SYNC_UPDATES_AVAILABLE",
            "item_id": item.item_id,
        }
        body = json.dumps(payload).encode()

        async def send(content: bytes, signature: str | None) -> object:
            headers = {"Content-Type": "application/json"}
            if signature is not None:
                headers["Plaid-Verification"] = signature
            return await client.post("/api/v1/plaid/webhook", content=content, headers=headers)

        refusals = [
            await send(body, None),
            await send(body, "not-a-jwt"),
            await send(body + b" ", plaid.signed_webhook(body)),  # the body was changed
            await send(body, plaid.signed_webhook(body, issued_at=time.time() - 600)),  # stale
            await send(body, FakePlaid().signed_webhook(body)),  # a key Plaid never issued
        ]
        assert [r.status_code for r in refusals] == [401] * 5
        assert {error_code(r) for r in refusals} == {"invalid_webhook"}

        # The first sync (queued by the link) is still pending: the webhook finds it.
        accepted = await send(body, plaid.signed_webhook(body))
        assert accepted.status_code == 200, accepted.text
        assert accepted.json()["action"] == "sync_running"
        assert accepted.json()["job_id"] == linked["job"]["id"]

        unknown = json.dumps({**payload, "item_id": "someone-elses"}).encode()
        ignored = await send(unknown, plaid.signed_webhook(unknown))
        assert ignored.json() == {"action": "ignored", "job_id": None, "reason": "unknown item"}

        error = json.dumps(
            {
                "webhook_type": "ITEM",
                "webhook_code": "ERROR",
                "item_id": item.item_id,
                "error": {"error_type": "ITEM_ERROR", "error_code": "ITEM_LOGIN_REQUIRED"},
            }
        ).encode()
        flagged = await send(error, plaid.signed_webhook(error))
        assert flagged.json()["action"] == "needs_login"
        bank = (
            await client.get(
                f"/api/v1/connected-accounts/{linked['account_id']}", headers=user.headers
            )
        ).json()
        assert bank["status"] == "error" and "sign in again" in bank["last_error"]


async def test_link_tokens_and_sandbox_items_ask_for_webhooks_when_a_url_is_set(
    client_for, plaid_settings, plaid, session_factory
):
    hooked = plaid_settings.model_copy(
        update={"plaid_webhook_url": "https://fincoach.example.com/api/v1/plaid/webhook"}
    )
    async with client_for(hooked) as client:
        user = await make_verified_user(client, session_factory, "hooked@example.com")
        assert (await client.get("/api/v1/plaid/status", headers=user.headers)).json()["webhooks"]
        assert (await client.post("/api/v1/plaid/link-token", headers=user.headers)).is_success
        assert plaid.calls("/link/token/create")[0]["webhook"] == hooked.plaid_webhook_url
        assert (await client.post("/api/v1/plaid/sandbox/items", headers=user.headers)).is_success
        [created] = plaid.calls("/sandbox/public_token/create")
        assert created["options"] == {"webhook": hooked.plaid_webhook_url}
        assert created["initial_products"] == ["transactions"]
