"""Plaid, through its official client (`plaid-python`): Link tokens, the public-token exchange,
accounts, `/transactions/sync` pages, the sandbox's public-token shortcut and the key that
verifies Plaid's webhooks.

The official client is synchronous (urllib3): each call runs in a thread. Every call is retried
here, with exponential backoff and jitter, when Plaid says to slow down (HTTP 429 or error type
RATE_LIMIT_EXCEEDED) or its side failed (5xx, a network error), up to PLAID_MAX_RETRIES; past
that it raises PlaidUnavailable (a TransientError: the job runner retries the job later).
ITEM_LOGIN_REQUIRED raises PlaidLoginRequired: only the person can fix it, by linking again.

Access tokens travel only inside request bodies; nothing here logs them.
"""

import asyncio
import json
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import plaid
import urllib3
from plaid.api import plaid_api
from plaid.model.accounts_get_request import AccountsGetRequest
from plaid.model.country_code import CountryCode
from plaid.model.item_get_request import ItemGetRequest
from plaid.model.item_public_token_exchange_request import ItemPublicTokenExchangeRequest
from plaid.model.item_remove_request import ItemRemoveRequest
from plaid.model.link_token_create_request import LinkTokenCreateRequest
from plaid.model.link_token_create_request_user import LinkTokenCreateRequestUser
from plaid.model.products import Products
from plaid.model.sandbox_public_token_create_request import SandboxPublicTokenCreateRequest
from plaid.model.sandbox_public_token_create_request_options import (
    SandboxPublicTokenCreateRequestOptions,
)
from plaid.model.transactions_sync_request import TransactionsSyncRequest
from plaid.model.webhook_verification_key_get_request import WebhookVerificationKeyGetRequest

from app.core.config import Settings
from app.core.errors import TransientError

log = logging.getLogger(__name__)

HOSTS = {"sandbox": plaid.Environment.Sandbox, "production": plaid.Environment.Production}
SANDBOX_INSTITUTION = "ins_109508"  # Plaid's "First Platypus Bank" in its sandbox
T = TypeVar("T")


class PlaidError(Exception):
    """Plaid refused a request: its error type, code and message (and the one for people)."""

    def __init__(
        self,
        message: str,
        *,
        error_type: str = "API_ERROR",
        code: str = "UNKNOWN",
        display_message: str | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.error_type = error_type
        self.code = code
        self.display_message = display_message
        self.status = status


class PlaidLoginRequired(PlaidError):
    """ITEM_LOGIN_REQUIRED: the bank wants the person to sign in again through Link."""


class PlaidUnavailable(PlaidError, TransientError):
    """Rate limited or failing past the retries: worth trying again later."""


def configured(settings: Settings) -> bool:
    return bool(settings.plaid_client_id and settings.plaid_secret)


def base_url(settings: Settings) -> str:
    return (settings.plaid_base_url or HOSTS[settings.plaid_env]).rstrip("/")


def is_sandbox(settings: Settings) -> bool:
    return settings.plaid_env == "sandbox"


@dataclass(frozen=True, slots=True)
class SyncPage:
    added: list[dict[str, Any]]
    modified: list[dict[str, Any]]
    removed: list[dict[str, Any]]
    accounts: list[dict[str, Any]]
    next_cursor: str
    has_more: bool


class PlaidClient:
    """One configured `PlaidApi`; close it when done (`async with PlaidClient(settings)`)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        configuration = plaid.Configuration(
            host=base_url(settings),
            api_key={"clientId": settings.plaid_client_id, "secret": settings.plaid_secret},
        )
        # The library logs every response body at DEBUG (access tokens included); debug=False
        # holds its loggers at WARNING whatever LOG_LEVEL says.
        configuration.debug = False
        self._api_client = plaid.ApiClient(configuration)
        self._api = plaid_api.PlaidApi(self._api_client)

    async def __aenter__(self) -> "PlaidClient":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await asyncio.to_thread(self._api_client.close)

    # --- the calls FinCoach makes ---------------------------------------------------------------

    async def create_link_token(self, user_ref: str, access_token: str | None = None) -> str:
        """A Link token for this user; with `access_token`, Link's update mode (sign in again)."""
        fields: dict[str, Any] = {
            "user": LinkTokenCreateRequestUser(client_user_id=user_ref),
            "client_name": "FinCoach",
            "country_codes": [CountryCode(c) for c in self.settings.plaid_country_codes],
            "language": "en",
        }
        if access_token:
            fields["access_token"] = access_token
        else:
            fields["products"] = [Products("transactions")]
        if self.settings.plaid_webhook_url:
            fields["webhook"] = self.settings.plaid_webhook_url
        response = await self._call(self._api.link_token_create, LinkTokenCreateRequest(**fields))
        return str(response["link_token"])

    async def sandbox_public_token(self, institution_id: str = SANDBOX_INSTITUTION) -> str:
        """Sandbox only: a public token for a test item, as Link would hand back."""
        options: dict[str, Any] = {}
        if self.settings.plaid_webhook_url:
            options["options"] = SandboxPublicTokenCreateRequestOptions(
                webhook=self.settings.plaid_webhook_url
            )
        request = SandboxPublicTokenCreateRequest(
            institution_id=institution_id, initial_products=[Products("transactions")], **options
        )
        response = await self._call(self._api.sandbox_public_token_create, request)
        return str(response["public_token"])

    async def exchange_public_token(self, public_token: str) -> tuple[str, str]:
        """(access_token, item_id)."""
        response = await self._call(
            self._api.item_public_token_exchange,
            ItemPublicTokenExchangeRequest(public_token=public_token),
        )
        return str(response["access_token"]), str(response["item_id"])

    async def get_item(self, access_token: str) -> dict[str, Any]:
        response = await self._call(self._api.item_get, ItemGetRequest(access_token=access_token))
        return dict(response["item"])

    async def remove_item(self, access_token: str) -> None:
        await self._call(self._api.item_remove, ItemRemoveRequest(access_token=access_token))

    async def get_accounts(self, access_token: str) -> list[dict[str, Any]]:
        response = await self._call(
            self._api.accounts_get, AccountsGetRequest(access_token=access_token)
        )
        return list(response["accounts"])

    async def transactions_sync(self, access_token: str, cursor: str | None) -> SyncPage:
        fields: dict[str, Any] = {
            "access_token": access_token,
            "count": self.settings.plaid_sync_page_size,
        }
        if cursor:
            fields["cursor"] = cursor
        response = await self._call(self._api.transactions_sync, TransactionsSyncRequest(**fields))
        return SyncPage(
            added=list(response["added"]),
            modified=list(response["modified"]),
            removed=list(response["removed"]),
            accounts=list(response["accounts"]),
            next_cursor=str(response["next_cursor"]),
            has_more=bool(response["has_more"]),
        )

    async def webhook_verification_key(self, key_id: str) -> dict[str, Any]:
        response = await self._call(
            self._api.webhook_verification_key_get,
            WebhookVerificationKeyGetRequest(key_id=key_id),
        )
        return dict(response["key"])

    # --- one call, retried ---------------------------------------------------------------------

    async def _call(self, method: Callable[..., Any], request: Any) -> dict[str, Any]:
        """Call `method(request)` in a thread; the response as plain JSON-like data."""
        attempts = self.settings.plaid_max_retries + 1
        for attempt in range(attempts):
            try:
                response = await asyncio.to_thread(
                    method, request, _request_timeout=self.settings.plaid_timeout_seconds
                )
                return response.to_dict()
            except plaid.ApiException as exc:
                error = _plaid_error(exc)
            except (urllib3.exceptions.HTTPError, OSError) as exc:
                error = PlaidUnavailable(f"Plaid could not be reached: {type(exc).__name__}")
            if not isinstance(error, PlaidUnavailable):
                raise error
            if attempt + 1 < attempts:
                delay = self.settings.plaid_retry_base_seconds * 2**attempt
                delay *= random.uniform(0.5, 1.5)
                log.warning(
                    "plaid_retry endpoint=%s code=%s attempt=%d delay=%.2fs",
                    getattr(method, "__name__", "?"),
                    error.code,
                    attempt + 1,
                    delay,
                )
                await asyncio.sleep(delay)
        raise error


def _plaid_error(exc: "plaid.ApiException") -> PlaidError:
    """Plaid's error JSON ({error_type, error_code, error_message, display_message}) as ours."""
    try:
        body = json.loads(exc.body or "{}")
    except (TypeError, ValueError):
        body = {}
    if not isinstance(body, dict):
        body = {}
    status = int(exc.status or 0)
    error_type = str(body.get("error_type") or "API_ERROR")
    code = str(body.get("error_code") or f"HTTP_{status}")
    message = str(body.get("error_message") or exc.reason or "Plaid refused the request")
    fields: dict[str, Any] = {
        "error_type": error_type,
        "code": code,
        "display_message": body.get("display_message"),
        "status": status,
    }
    text = f"Plaid {code}: {message}"
    if code == "ITEM_LOGIN_REQUIRED":
        return PlaidLoginRequired(text, **fields)
    if status == 429 or error_type == "RATE_LIMIT_EXCEEDED" or status >= 500:
        return PlaidUnavailable(text, **fields)
    return PlaidError(text, **fields)
