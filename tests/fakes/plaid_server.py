"""A local stand-in for Plaid's REST API (sandbox-shaped JSON), over real HTTP on 127.0.0.1, so
the real `plaid-python` client talks to it: /link/token/create, /sandbox/public_token/create,
/item/public_token/exchange, /item/get, /item/remove, /accounts/get, /transactions/sync (with
cursors, pages of `count`, added / modified / removed), /webhook_verification_key/get, and
errors in Plaid's error JSON shape.

The test drives it: `add_transaction`, `modify_transaction`, `remove_transaction` append to the
item's change log (a cursor is a position in it); `require_login()` makes the item answer
ITEM_LOGIN_REQUIRED; `rate_limit_next(n)` answers the next n requests 429 RATE_LIMIT_EXCEEDED;
`signed_webhook(body)` signs a webhook as Plaid does (ES256 JWT in the Plaid-Verification header,
its key served by /webhook_verification_key/get).

Runnable on its own for the browser tests: `python -m tests.fakes.plaid_server --port 0` prints
its base URL on the first line.
"""

import argparse
import base64
import hashlib
import json
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import ec

from tests.fakes.local_server import LocalServer

CLIENT_ID = "fincoach-plaid-client"
SECRET = "fincoach-plaid-secret"
INSTITUTION_ID = "ins_109508"
INSTITUTION_NAME = "HDFC Bank"


@dataclass
class FakeAccount:
    account_id: str
    mask: str
    name: str
    type: str = "depository"
    subtype: str = "checking"
    currency: str = "INR"
    current: float = 12500.0


@dataclass
class FakeItem:
    item_id: str
    access_token: str
    institution_id: str
    institution_name: str
    accounts: list[FakeAccount]
    # The change log: ("added" | "modified", transaction) or ("removed", {transaction_id, ...}).
    changes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    login_required: bool = False
    webhook: str | None = None


class FakePlaid(LocalServer):
    def __init__(self, client_id: str = CLIENT_ID, secret: str = SECRET) -> None:
        self.client_id = client_id
        self.secret = secret
        self.items: dict[str, FakeItem] = {}  # by access token
        self.public_tokens: dict[str, str] = {}  # public token -> access token
        self.link_tokens: dict[str, dict[str, Any]] = {}
        self.requests: list[tuple[str, dict[str, Any]]] = []
        self._rate_limited = 0
        self._lock = threading.Lock()
        self._key = ec.generate_private_key(ec.SECP256R1())
        self.key_id = uuid.uuid4().hex
        # What the next item linked through the sandbox endpoint holds (tests set it first).
        self.next_accounts: list[FakeAccount] = [FakeAccount(_id(), "4321", "Savings account")]
        self.next_transactions: list[dict[str, Any]] = []

    # --- lifecycle -----------------------------------------------------------------------------

    def settings_overrides(self) -> dict[str, Any]:
        return {
            "plaid_client_id": self.client_id,
            "plaid_secret": self.secret,
            "plaid_env": "sandbox",
            "plaid_base_url": self.base_url,
            "plaid_retry_base_seconds": 0.01,
        }

    def environment(self) -> dict[str, str]:
        """The same, as a server process's environment."""
        return {
            "PLAID_CLIENT_ID": self.client_id,
            "PLAID_SECRET": self.secret,
            "PLAID_ENV": "sandbox",
            "PLAID_BASE_URL": self.base_url,
        }

    # --- the test's controls -------------------------------------------------------------------

    def only_item(self) -> FakeItem:
        [item] = self.items.values()
        return item

    def add_transaction(self, item: FakeItem, **fields: Any) -> dict[str, Any]:
        transaction = transaction_json(item.accounts[0].account_id, **fields)
        item.changes.append(("added", transaction))
        return transaction

    def modify_transaction(self, item: FakeItem, transaction_id: str, **fields: Any) -> None:
        current = self._latest(item, transaction_id)
        item.changes.append(("modified", {**current, **fields}))

    def remove_transaction(self, item: FakeItem, transaction_id: str) -> None:
        current = self._latest(item, transaction_id)
        removed = {"transaction_id": transaction_id, "account_id": current["account_id"]}
        item.changes.append(("removed", removed))

    def require_login(self, item: FakeItem, required: bool = True) -> None:
        item.login_required = required

    def rate_limit_next(self, times: int) -> None:
        self._rate_limited = times

    def calls(self, path: str) -> list[dict[str, Any]]:
        return [body for called, body in self.requests if called == path]

    def signed_webhook(self, body: bytes, *, issued_at: float | None = None) -> str:
        """The Plaid-Verification header Plaid would send with this webhook body."""
        claims = {
            "iat": int(issued_at if issued_at is not None else time.time()),
            "request_body_sha256": hashlib.sha256(body).hexdigest(),
        }
        return jwt.encode(claims, self._key, algorithm="ES256", headers={"kid": self.key_id})

    def _latest(self, item: FakeItem, transaction_id: str) -> dict[str, Any]:
        for kind, change in reversed(item.changes):
            if change["transaction_id"] == transaction_id and kind != "removed":
                return change
        raise KeyError(transaction_id)

    # --- the API -------------------------------------------------------------------------------

    def handle(
        self, method: str, path: str, headers: Any, body: bytes
    ) -> tuple[int, dict[str, Any]]:
        if method != "POST":
            return 404, _error("INVALID_REQUEST", "NOT_FOUND", "not found", 404)
        try:
            request = json.loads(body or b"{}")
        except ValueError:
            return 400, _error("INVALID_REQUEST", "INVALID_BODY", "body is not JSON", 400)
        with self._lock:
            self.requests.append((path, request))
            if self._rate_limited > 0:
                self._rate_limited -= 1
                return 429, _error(
                    "RATE_LIMIT_EXCEEDED",
                    "TRANSACTIONS_SYNC_LIMIT" if path == "/transactions/sync" else "ITEM_GET_LIMIT",
                    "rate limit exceeded for attempts to access this item. please try again later",
                    429,
                )
            # The client library sends the keys as headers; Plaid also takes them in the body.
            client_id = headers.get("PLAID-CLIENT-ID") or request.get("client_id")
            secret = headers.get("PLAID-SECRET") or request.get("secret")
            if (client_id, secret) != (self.client_id, self.secret) and not path.startswith(
                "/__fake/"
            ):
                return 400, _error(
                    "INVALID_INPUT",
                    "INVALID_API_KEYS",
                    "invalid client_id or secret provided",
                    400,
                )
            if path == "/__fake/next_item":  # the browser tests' control, not Plaid's API
                return self._set_next_item(request)
            handler = _ROUTES.get(path)
            if handler is None:
                return 404, _error("INVALID_REQUEST", "NOT_FOUND", f"unknown path {path}", 404)
            return handler(self, request)

    def _set_next_item(self, request: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """What the next sandbox item holds: {"mask": "4321", "transactions": [{"amount": 749.0,
        "name": "...", "on": "2026-12-01", "reference": "..."}, ...]}."""
        self.next_accounts = [FakeAccount(_id(), str(request.get("mask", "4321")), "Savings")]
        self.next_transactions = [
            {**entry, "on": date.fromisoformat(entry["on"])}
            for entry in request.get("transactions", [])
        ]
        return 200, {"ok": True}

    def _item(self, request: dict[str, Any]) -> FakeItem | tuple[int, dict[str, Any]]:
        item = self.items.get(str(request.get("access_token")))
        if item is None:
            return 400, _error(
                "INVALID_INPUT", "INVALID_ACCESS_TOKEN", "provided access token is invalid", 400
            )
        if item.login_required:
            return 400, _error(
                "ITEM_ERROR",
                "ITEM_LOGIN_REQUIRED",
                "the login details of this item have changed (credentials, MFA, or required "
                "user action) and a user login is required to update this information.",
                400,
                display="Your bank needs you to sign in again.",
            )
        return item

    def _link_token(self, request: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        token = f"link-sandbox-{uuid.uuid4()}"
        self.link_tokens[token] = request
        expiration = datetime.now(UTC) + timedelta(hours=4)
        return 200, {
            "link_token": token,
            "expiration": expiration.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "request_id": _request_id(),
        }

    def _sandbox_public_token(self, request: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        institution = str(request.get("institution_id") or INSTITUTION_ID)
        access_token = f"access-sandbox-{uuid.uuid4()}"
        item = FakeItem(
            item_id=secrets.token_urlsafe(27),
            access_token=access_token,
            institution_id=institution,
            institution_name=INSTITUTION_NAME,
            accounts=list(self.next_accounts),
            webhook=(request.get("options") or {}).get("webhook"),
        )
        for fields in self.next_transactions:
            account_id = fields.pop("account_id", item.accounts[0].account_id)
            item.changes.append(("added", transaction_json(account_id, **fields)))
        self.next_transactions = []
        self.items[access_token] = item
        public = f"public-sandbox-{uuid.uuid4()}"
        self.public_tokens[public] = access_token
        return 200, {"public_token": public, "request_id": _request_id()}

    def _exchange(self, request: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        access_token = self.public_tokens.pop(str(request.get("public_token")), None)
        if access_token is None:
            return 400, _error(
                "INVALID_INPUT", "INVALID_PUBLIC_TOKEN", "provided public token is invalid", 400
            )
        item = self.items[access_token]
        return 200, {
            "access_token": access_token,
            "item_id": item.item_id,
            "request_id": _request_id(),
        }

    def _item_get(self, request: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        item = self._item(request)
        if isinstance(item, tuple):
            return item
        return 200, {"item": _item_json(item), "request_id": _request_id()}

    def _item_remove(self, request: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        item = self.items.pop(str(request.get("access_token")), None)
        if item is None:
            return 400, _error(
                "INVALID_INPUT", "INVALID_ACCESS_TOKEN", "provided access token is invalid", 400
            )
        return 200, {"request_id": _request_id()}

    def _accounts(self, request: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        item = self._item(request)
        if isinstance(item, tuple):
            return item
        return 200, {
            "accounts": [_account_json(a) for a in item.accounts],
            "item": _item_json(item),
            "request_id": _request_id(),
        }

    def _sync(self, request: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        item = self._item(request)
        if isinstance(item, tuple):
            return item
        cursor = str(request.get("cursor") or "")
        try:
            start = int(base64.urlsafe_b64decode(cursor.encode()).decode()) if cursor else 0
        except ValueError:
            return 400, _error("INVALID_INPUT", "INVALID_FIELD", "cursor is not valid", 400)
        count = int(request.get("count") or 100)
        if not 1 <= count <= 500:
            return 400, _error("INVALID_REQUEST", "INVALID_FIELD", "count must be 1-500", 400)
        page = item.changes[start : start + count]
        end = start + len(page)
        return 200, {
            "accounts": [_account_json(a) for a in item.accounts],
            "added": [t for kind, t in page if kind == "added"],
            "modified": [t for kind, t in page if kind == "modified"],
            "removed": [t for kind, t in page if kind == "removed"],
            "next_cursor": base64.urlsafe_b64encode(str(end).encode()).decode(),
            "has_more": end < len(item.changes),
            "transactions_update_status": "HISTORICAL_UPDATE_COMPLETE",
            "request_id": _request_id(),
        }

    def _verification_key(self, request: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if request.get("key_id") != self.key_id:
            return 400, _error("INVALID_INPUT", "INVALID_WEBHOOK_VERIFICATION_KEY_ID", "", 400)
        numbers = self._key.public_key().public_numbers()
        return 200, {
            "key": {
                "alg": "ES256",
                "crv": "P-256",
                "kid": self.key_id,
                "kty": "EC",
                "use": "sig",
                "x": _b64(numbers.x.to_bytes(32, "big")),
                "y": _b64(numbers.y.to_bytes(32, "big")),
                "created_at": int(time.time()) - 60,
                "expired_at": None,
            },
            "request_id": _request_id(),
        }


_ROUTES = {
    "/link/token/create": FakePlaid._link_token,
    "/sandbox/public_token/create": FakePlaid._sandbox_public_token,
    "/item/public_token/exchange": FakePlaid._exchange,
    "/item/get": FakePlaid._item_get,
    "/item/remove": FakePlaid._item_remove,
    "/accounts/get": FakePlaid._accounts,
    "/transactions/sync": FakePlaid._sync,
    "/webhook_verification_key/get": FakePlaid._verification_key,
}


def transaction_json(
    account_id: str,
    *,
    amount: float,
    name: str,
    on: date,
    at: datetime | None = None,
    currency: str = "INR",
    merchant_name: str | None = None,
    reference: str | None = None,
    pending: bool = False,
    pending_transaction_id: str | None = None,
    transaction_id: str | None = None,
) -> dict[str, Any]:
    """A Transaction as /transactions/sync returns it (positive amount: money out)."""
    stamp = at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if at else None
    return {
        "account_id": account_id,
        "account_owner": None,
        "amount": amount,
        "iso_currency_code": currency,
        "unofficial_currency_code": None,
        "category": None,
        "category_id": None,
        "check_number": None,
        "counterparties": [],
        "date": on.isoformat(),
        "datetime": stamp,
        "authorized_date": on.isoformat(),
        "authorized_datetime": stamp,
        "location": {
            "address": None,
            "city": None,
            "region": None,
            "postal_code": None,
            "country": None,
            "lat": None,
            "lon": None,
            "store_number": None,
        },
        "merchant_name": merchant_name,
        "merchant_entity_id": None,
        "logo_url": None,
        "website": None,
        "name": name,
        "payment_channel": "online",
        "payment_meta": {
            "by_order_of": None,
            "payee": None,
            "payer": None,
            "payment_method": None,
            "payment_processor": None,
            "ppd_id": None,
            "reason": None,
            "reference_number": reference,
        },
        "pending": pending,
        "pending_transaction_id": pending_transaction_id,
        "personal_finance_category": None,
        "transaction_code": None,
        "transaction_id": transaction_id or _id(),
        "transaction_type": "digital",
    }


def _account_json(account: FakeAccount) -> dict[str, Any]:
    return {
        "account_id": account.account_id,
        "balances": {
            "available": account.current,
            "current": account.current,
            "limit": None,
            "iso_currency_code": account.currency,
            "unofficial_currency_code": None,
        },
        "mask": account.mask,
        "name": account.name,
        "official_name": f"{INSTITUTION_NAME} {account.name}",
        "type": account.type,
        "subtype": account.subtype,
    }


def _item_json(item: FakeItem) -> dict[str, Any]:
    return {
        "item_id": item.item_id,
        "institution_id": item.institution_id,
        "institution_name": item.institution_name,
        "webhook": item.webhook or "",
        "error": None,
        "available_products": ["balance"],
        "billed_products": ["transactions"],
        "products": ["transactions"],
        "consented_products": ["transactions"],
        "consent_expiration_time": None,
        "update_type": "background",
    }


def _error(
    error_type: str, code: str, message: str, status: int, display: str | None = None
) -> dict[str, Any]:
    """Plaid's error object, as its API answers a failed request."""
    return {
        "error_type": error_type,
        "error_code": code,
        "error_code_reason": None,
        "error_message": message,
        "display_message": display,
        "request_id": _request_id(),
        "causes": [],
        "status": status,
        "documentation_url": f"https://plaid.com/docs/errors/#{code.lower()}",
        "suggested_action": None,
    }


def _id() -> str:
    return secrets.token_urlsafe(27)


def _request_id() -> str:
    return secrets.token_hex(8)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        fake: FakePlaid = self.server.fake  # type: ignore[attr-defined]
        status, payload = fake.handle(self.command, self.path.split("?")[0], self.headers, body)
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass


FakePlaid.handler = _Handler


def main() -> None:
    """Serve until killed; the first line printed is the base URL."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    fake = FakePlaid().start(args.port)
    print(fake.base_url, flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()
