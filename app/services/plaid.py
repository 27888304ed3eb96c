"""Linking banks through Plaid, and keeping them in sync.

Link: the SPA asks for a Link token, Plaid Link hands it a public token, and the server
exchanges it for the item's access token, stored encrypted like every connected account's
secret (never returned, never logged). The item is a connected account of provider "plaid"
(address: Plaid's item id; display name: the bank). In the sandbox the server can make the
public token itself (/sandbox/public_token/create): that is how the SPA links without Plaid
Link's script, which only loads from Plaid's CDN.

Sync: a `plaid_sync` job on the email queue (app.jobs.plaid_sync), one at a time per item
(dedupe key `plaid_sync:<account id>`), started on link, on "Sync now", by the email worker's
schedule and by Plaid's SYNC_UPDATES_AVAILABLE webhook.

Webhooks are verified as Plaid documents: the Plaid-Verification header is an ES256 JWT whose
key (by `kid`) comes from /webhook_verification_key/get; it must be at most 5 minutes old and
carry the SHA-256 of the exact body. Then the item must be one FinCoach has linked.
"""

import hashlib
import hmac
import json
import logging
import time
import uuid
from typing import Any

import jwt
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.core.errors import BadRequest, Conflict, NotFound, ServiceUnavailable, Unauthorized
from app.core.security import encrypt_secret
from app.crud import connected_accounts as accounts_crud
from app.crud import plaid as plaid_crud
from app.ingest.plaid_sync import RELINK_MESSAGE, access_token_of
from app.models import ConnectedAccount, Job, User
from app.models.connected_account import ACTIVE
from app.providers import plaid as plaid_api
from app.providers.plaid import PlaidClient, PlaidError, PlaidUnavailable
from app.schemas.job import job_public
from app.schemas.plaid import (
    PlaidItemTransaction,
    PlaidLinked,
    PlaidLinkToken,
    PlaidStatus,
    PlaidWebhookOutcome,
)
from app.services import jobs as job_service

log = logging.getLogger(__name__)

PLAID_SYNC = "plaid_sync"
WEBHOOK_MAX_AGE_SECONDS = 5 * 60
_verification_keys: dict[str, Any] = {}  # kid -> key: Plaid's keys do not change under a kid


def status(settings: Settings) -> PlaidStatus:
    missing = [
        name
        for name, value in (
            ("PLAID_CLIENT_ID", settings.plaid_client_id),
            ("PLAID_SECRET", settings.plaid_secret),
        )
        if not value
    ]
    return PlaidStatus(
        configured=not missing,
        environment=settings.plaid_env,
        sandbox=plaid_api.is_sandbox(settings),
        missing=missing,
        webhooks=bool(settings.plaid_webhook_url),
    )


def _require(settings: Settings) -> None:
    if not plaid_api.configured(settings):
        raise ServiceUnavailable(
            "Bank sync is not set up on this server (PLAID_CLIENT_ID and PLAID_SECRET, and "
            "PLAID_ENV for production).",
            code="plaid_not_configured",
        )


def sync_key(account_id: uuid.UUID) -> str:
    return f"plaid_sync:{account_id}"


async def start_sync(
    session: AsyncSession, user_id: uuid.UUID, account_id: uuid.UUID
) -> tuple[Job, bool]:
    return await job_service.start_job(
        session,
        user_id=user_id,
        job_type=PLAID_SYNC,
        params={"account_id": str(account_id)},
        dedupe_key=sync_key(account_id),
    )


async def create_link_token(
    session: AsyncSession, settings: Settings, user: User, account_id: uuid.UUID | None
) -> PlaidLinkToken:
    """A Link token; with `account_id` (a linked bank), Link's update mode to sign in again."""
    _require(settings)
    access_token = None
    if account_id is not None:
        access_token = access_token_of(settings, await _item(session, user, account_id))
    async with PlaidClient(settings) as client:
        token = await _plaid(client.create_link_token(str(user.id), access_token))
    return PlaidLinkToken(link_token=token, sandbox=plaid_api.is_sandbox(settings))


async def link(
    session: AsyncSession,
    settings: Settings,
    user: User,
    public_token: str,
    institution_name: str | None = None,
) -> PlaidLinked:
    """Exchange Link's public token; the bank becomes a connected account and syncs."""
    _require(settings)
    async with PlaidClient(settings) as client:
        access_token, item_id = await _plaid(client.exchange_public_token(public_token))
        item = await _plaid(client.get_item(access_token))
    name = (institution_name or item.get("institution_name") or "Bank").strip()[:200]
    secrets = encrypt_secret(settings, json.dumps({"access_token": access_token}))
    account = await accounts_crud.find_live_by_address(session, user.id, "plaid", item_id)
    if account is None:
        try:
            account = await accounts_crud.create(
                session,
                user_id=user.id,
                provider="plaid",
                address=item_id,
                display_name=name,
                credentials=secrets,
                settings={"institution_id": item.get("institution_id") or ""},
            )
        except IntegrityError as exc:
            raise Conflict(f"{name} is already linked.", code="account_exists") from exc
    else:  # linked again (Link's update mode hands back the same item)
        account.credentials = secrets
        account.status = ACTIVE
        account.last_error = None
    job, _ = await start_sync(session, user.id, account.id)
    return PlaidLinked(account_id=account.id, institution=name, job=job_public(job))


async def sandbox_link(session: AsyncSession, settings: Settings, user: User) -> PlaidLinked:
    """Sandbox only: link a test item without Plaid Link (the server makes the public token)."""
    _require(settings)
    if not plaid_api.is_sandbox(settings):
        raise BadRequest(
            "Test banks can only be linked in Plaid's sandbox (PLAID_ENV=sandbox).",
            code="plaid_not_sandbox",
        )
    async with PlaidClient(settings) as client:
        public_token = await _plaid(client.sandbox_public_token())
    return await link(session, settings, user, public_token)


async def sync_now(session: AsyncSession, user: User, account_id: uuid.UUID) -> tuple[Job, bool]:
    account = await _item(session, user, account_id)
    return await start_sync(session, user.id, account.id)


async def item_transactions(
    session: AsyncSession, user: User, account_id: uuid.UUID, limit: int
) -> list[PlaidItemTransaction]:
    account = await _item(session, user, account_id)
    rows = await plaid_crud.list_for_item(session, user.id, account.id, limit)
    return [PlaidItemTransaction.of(row) for row in rows]


async def remove_at_plaid(settings: Settings, account: ConnectedAccount) -> None:
    """Best effort, when a bank is disconnected: tell Plaid to drop the item too."""
    if not plaid_api.configured(settings) or not account.credentials:
        return
    try:
        async with PlaidClient(settings) as client:
            await client.remove_item(access_token_of(settings, account))
    except (PlaidError, ValueError) as exc:
        log.warning(
            "plaid_item_remove_failed account=%s error=%s", account.id, exc.__class__.__name__
        )


async def handle_webhook(
    session: AsyncSession, settings: Settings, body: bytes, verification: str | None
) -> PlaidWebhookOutcome:
    _require(settings)
    await _verify(settings, body, verification)
    try:
        payload = json.loads(body)
    except ValueError as exc:
        raise BadRequest("The webhook body is not JSON.", code="invalid_webhook") from exc
    if not isinstance(payload, dict):
        raise BadRequest("The webhook body is not a JSON object.", code="invalid_webhook")
    kind, code = str(payload.get("webhook_type")), str(payload.get("webhook_code"))
    account = await plaid_crud.find_item(session, str(payload.get("item_id") or ""))
    if account is None:
        return PlaidWebhookOutcome(action="ignored", reason="unknown item")
    if kind == "TRANSACTIONS" and code in ("SYNC_UPDATES_AVAILABLE", "DEFAULT_UPDATE"):
        job, created = await start_sync(session, account.user_id, account.id)
        return PlaidWebhookOutcome(
            action="sync_queued" if created else "sync_running", job_id=job.id
        )
    if kind == "ITEM" and code == "ERROR":
        error = payload.get("error") or {}
        if isinstance(error, dict) and error.get("error_code") == "ITEM_LOGIN_REQUIRED":
            await accounts_crud.mark_failed(session, account.id, RELINK_MESSAGE)
            return PlaidWebhookOutcome(action="needs_login")
    if kind == "ITEM" and code == "LOGIN_REPAIRED":
        job, _ = await start_sync(session, account.user_id, account.id)
        return PlaidWebhookOutcome(action="sync_queued", job_id=job.id)
    return PlaidWebhookOutcome(action="ignored", reason=f"{kind} {code}")


async def _verify(settings: Settings, body: bytes, token: str | None) -> None:
    refused = Unauthorized(
        "The webhook's Plaid-Verification is missing or wrong.", code="invalid_webhook"
    )
    if not token:
        raise refused
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError as exc:
        raise refused from exc
    kid = header.get("kid")
    if header.get("alg") != "ES256" or not isinstance(kid, str) or not kid or len(kid) > 200:
        raise refused
    key = _verification_keys.get(kid)
    if key is None:
        async with PlaidClient(settings) as client:
            try:
                jwk = await client.webhook_verification_key(kid)
            except PlaidUnavailable as exc:  # Plaid retries a webhook that was not answered 2xx
                raise ServiceUnavailable(
                    "Plaid's verification key could not be fetched; try again.",
                    code="plaid_unavailable",
                ) from exc
            except PlaidError as exc:
                raise refused from exc
        if jwk.get("expired_at"):
            raise refused
        key = jwt.PyJWK(
            {k: v for k, v in jwk.items() if k in ("kty", "crv", "x", "y", "kid", "alg", "use")}
        ).key
        _verification_keys[kid] = key
    try:
        claims = jwt.decode(
            token, key, algorithms=["ES256"], options={"require": ["iat"], "verify_exp": False}
        )
    except jwt.PyJWTError as exc:
        raise refused from exc
    if time.time() - float(claims["iat"]) > WEBHOOK_MAX_AGE_SECONDS:
        raise refused
    digest = hashlib.sha256(body).hexdigest()
    if not hmac.compare_digest(digest, str(claims.get("request_body_sha256", ""))):
        raise refused


async def _item(session: AsyncSession, user: User, account_id: uuid.UUID) -> ConnectedAccount:
    account = await accounts_crud.get_live_for_user(session, user.id, account_id)
    if account is None or account.provider != plaid_crud.PROVIDER:
        raise NotFound("Linked bank not found.")
    return account


async def _plaid(call: Any) -> Any:
    """Await a Plaid call; a refusal becomes a clear 4xx/503 for the person."""
    try:
        return await call
    except PlaidUnavailable as exc:
        raise ServiceUnavailable(
            "Plaid is busy or unreachable; try again in a minute.", code="plaid_unavailable"
        ) from exc
    except PlaidError as exc:
        message = exc.display_message or str(exc)
        raise BadRequest(message, code=f"plaid_{exc.code.lower()}"[:60]) from exc
