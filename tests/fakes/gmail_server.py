"""A local stand-in for Google: the OAuth 2.0 endpoints (consent redirect, token exchange with
PKCE, refresh) and the Gmail REST API that FinCoach uses (profile, messages.list with paging and
`after:`, messages.get format=raw, history.list with an expiring history, and the multipart/mixed
batch endpoint), over real HTTP on 127.0.0.1, so the real Google client library talks to it.

Faults are injected per path: `fail_next("/messages/", 429, times=3)` makes the next three
matching requests (batched ones included) answer 429, so retries are exercised for real.
"""

import base64
import hashlib
import json
import re
import secrets
import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from email.parser import BytesParser
from email.policy import compat32
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from tests.fakes.local_server import LocalServer

ACCESS_TOKEN_SECONDS = 3600
GMAIL_PREFIX = "/gmail/v1/users/me"
HIDDEN_LABELS = {"SPAM", "TRASH"}


@dataclass
class FakeMessage:
    id: str
    raw: bytes
    internal_ms: int
    history_id: int
    labels: list[str]


@dataclass
class Fault:
    path_part: str
    status: int
    times: int
    retry_after: int | None = None


@dataclass
class Reply:
    status: int
    body: bytes
    content_type: str = "application/json; charset=UTF-8"
    headers: dict[str, str] = field(default_factory=dict)


class FakeGoogle(LocalServer):
    def __init__(
        self,
        address: str = "alex.rao@example.com",
        client_id: str = "fincoach-test-client",
        client_secret: str = "fincoach-test-secret",
    ) -> None:
        self.address = address
        self.client_id = client_id
        self.client_secret = client_secret
        self.messages: dict[str, FakeMessage] = {}
        self.history_id = 1000
        self.oldest_history_id = 1000  # history before this has expired: 404
        self.codes: dict[str, dict[str, str]] = {}
        self.refresh_tokens: set[str] = set()
        self.access_tokens: set[str] = set()
        self.faults: list[Fault] = []
        self.requests: list[str] = []  # "GET /gmail/v1/...", batched ones included
        self.batch_sizes: list[int] = []
        self.token_refreshes = 0
        self.lock = threading.Lock()

    # --- life cycle -----------------------------------------------------------------------

    def settings_overrides(self) -> dict[str, Any]:
        return {
            "google_client_id": self.client_id,
            "google_client_secret": self.client_secret,
            "google_auth_uri": f"{self.base_url}/o/oauth2/v2/auth",
            "google_token_uri": f"{self.base_url}/token",
            "gmail_api_base_url": f"{self.base_url}/",
        }

    # --- the mailbox and its history --------------------------------------------------------

    def add_message(
        self, raw: bytes, received: datetime, labels: tuple[str, ...] = ("INBOX",)
    ) -> str:
        with self.lock:
            self.history_id += 1
            message_id = secrets.token_hex(8)
            self.messages[message_id] = FakeMessage(
                message_id, raw, int(received.timestamp() * 1000), self.history_id, list(labels)
            )
            return message_id

    def delete_message(self, message_id: str) -> None:
        with self.lock:
            del self.messages[message_id]

    def expire_history(self) -> None:
        """Forget all history so far, as Gmail does after about a week."""
        with self.lock:
            self.oldest_history_id = self.history_id + 1

    def grant_refresh_token(self) -> str:
        """A refresh token as if the user had consented earlier."""
        token = "1//refresh-" + secrets.token_urlsafe(16)
        self.refresh_tokens.add(token)
        return token

    def revoke_grants(self) -> None:
        self.refresh_tokens.clear()
        self.access_tokens.clear()

    def expire_access_tokens(self) -> None:
        self.access_tokens.clear()

    def fail_next(
        self, path_part: str, status: int, times: int = 1, retry_after: int | None = None
    ) -> None:
        self.faults.append(Fault(path_part, status, times, retry_after))

    def gmail_requests(self, part: str) -> list[str]:
        return [r for r in self.requests if part in r]

    # --- request handling -----------------------------------------------------------------

    def handle(self, method: str, target: str, headers: Any, body: bytes) -> Reply:
        path = urlsplit(target).path
        with self.lock:
            self.requests.append(f"{method} {target}")
        query = {k: v[-1] for k, v in parse_qs(urlsplit(target).query).items()}
        if path == "/o/oauth2/v2/auth":
            return self._consent(query)
        if path == "/token" and method == "POST":
            return self._token({k: v[-1] for k, v in parse_qs(body.decode()).items()})
        fault = self._take_fault(target)
        if fault is not None:
            return fault
        # The client library posts to the discovery document's batchPath ("batch").
        if path in ("/batch", "/batch/gmail/v1") and method == "POST":
            if not self._authorized(headers):
                return _error(401, "Invalid Credentials", "authError")
            return self._batch(headers.get("content-type", ""), body)
        if path.startswith(GMAIL_PREFIX):
            if not self._authorized(headers):
                return _error(401, "Invalid Credentials", "authError")
            return self._gmail(method, path[len(GMAIL_PREFIX) :], query)
        return _error(404, "Not Found", "notFound")

    def _take_fault(self, target: str) -> Reply | None:
        with self.lock:
            for fault in self.faults:
                if fault.times > 0 and fault.path_part in target:
                    fault.times -= 1
                    reply = _error(fault.status, "injected failure", _REASONS.get(fault.status))
                    if fault.retry_after is not None:
                        reply.headers["Retry-After"] = str(fault.retry_after)
                    return reply
        return None

    def _authorized(self, headers: Any) -> bool:
        value = headers.get("authorization") or headers.get("Authorization") or ""
        return value.startswith("Bearer ") and value[7:] in self.access_tokens

    # OAuth

    def _consent(self, query: dict[str, str]) -> Reply:
        """The consent screen, with the user clicking "Allow" at once."""
        problems = [
            query.get("client_id") != self.client_id and "client_id",
            query.get("response_type") != "code" and "response_type",
            query.get("code_challenge_method") != "S256" and "code_challenge_method",
            "gmail.readonly" not in query.get("scope", "") and "scope",
            not query.get("redirect_uri") and "redirect_uri",
            not query.get("state") and "state",
        ]
        if any(problems):
            return _json(400, {"error": "invalid_request", "bad": [p for p in problems if p]})
        code = "4/" + secrets.token_urlsafe(16)
        self.codes[code] = {
            "challenge": query["code_challenge"],
            "redirect_uri": query["redirect_uri"],
        }
        location = f"{query['redirect_uri']}?{urlencode({'state': query['state'], 'code': code})}"
        return Reply(302, b"", "text/plain", {"Location": location})

    def _token(self, form: dict[str, str]) -> Reply:
        if (form.get("client_id"), form.get("client_secret")) != (
            self.client_id,
            self.client_secret,
        ):
            return _json(401, {"error": "invalid_client"})
        if form.get("grant_type") == "authorization_code":
            return self._exchange_code(form)
        if form.get("grant_type") == "refresh_token":
            if form.get("refresh_token") not in self.refresh_tokens:
                return _invalid_grant("Token has been expired or revoked.")
            self.token_refreshes += 1
            return _json(200, self._access_token_payload())
        return _json(400, {"error": "unsupported_grant_type"})

    def _exchange_code(self, form: dict[str, str]) -> Reply:
        pending = self.codes.pop(form.get("code", ""), None)
        if pending is None:
            return _invalid_grant("Malformed auth code.")
        if form.get("redirect_uri") != pending["redirect_uri"]:
            return _invalid_grant("redirect_uri_mismatch")
        verifier = form.get("code_verifier", "")
        digest = hashlib.sha256(verifier.encode()).digest()
        if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != pending["challenge"]:
            return _invalid_grant("Invalid code verifier.")
        refresh_token = self.grant_refresh_token()
        return _json(200, {**self._access_token_payload(), "refresh_token": refresh_token})

    def _access_token_payload(self) -> dict[str, Any]:
        token = "ya29." + secrets.token_urlsafe(24)
        self.access_tokens.add(token)
        return {
            "access_token": token,
            "expires_in": ACCESS_TOKEN_SECONDS,
            "scope": "https://www.googleapis.com/auth/gmail.readonly",
            "token_type": "Bearer",
        }

    # Gmail API

    def _gmail(self, method: str, path: str, query: dict[str, str]) -> Reply:
        if method == "GET" and path == "/profile":
            return _json(200, self._profile())
        if method == "GET" and path == "/messages":
            return _json(200, self._list(query))
        if method == "GET" and path.startswith("/messages/"):
            return self._get(path.rsplit("/", 1)[1], query)
        if method == "GET" and path == "/history":
            return self._history(query)
        return _error(404, "Not Found", "notFound")

    def _profile(self) -> dict[str, Any]:
        return {
            "emailAddress": self.address,
            "messagesTotal": len(self.messages),
            "threadsTotal": len(self.messages),
            "historyId": str(self.history_id),
        }

    def _list(self, query: dict[str, str]) -> dict[str, Any]:
        after = re.search(r"after:(\d+)", query.get("q", ""))
        after_ms = int(after[1]) * 1000 if after else 0
        with self.lock:
            found = sorted(
                (
                    m
                    for m in self.messages.values()
                    if m.internal_ms > after_ms and not HIDDEN_LABELS & set(m.labels)
                ),
                key=lambda m: -m.internal_ms,  # newest first, as Gmail lists
            )
        offset = int(query.get("pageToken") or 0)
        size = int(query.get("maxResults") or 100)
        page = found[offset : offset + size]
        reply: dict[str, Any] = {"resultSizeEstimate": len(found)}
        if page:
            reply["messages"] = [{"id": m.id, "threadId": m.id} for m in page]
        if offset + size < len(found):
            reply["nextPageToken"] = str(offset + size)
        return reply

    def _get(self, message_id: str, query: dict[str, str]) -> Reply:
        message = self.messages.get(message_id)
        if message is None:
            return _error(404, "Requested entity was not found.", "notFound")
        if query.get("format") != "raw":
            return _error(400, "only format=raw is faked", "invalidArgument")
        return _json(
            200,
            {
                "id": message.id,
                "threadId": message.id,
                "labelIds": message.labels,
                "historyId": str(message.history_id),
                "internalDate": str(message.internal_ms),
                "sizeEstimate": len(message.raw),
                "raw": base64.urlsafe_b64encode(message.raw).decode(),
            },
        )

    def _history(self, query: dict[str, str]) -> Reply:
        start = int(query.get("startHistoryId") or 0)
        if start < self.oldest_history_id:
            return _error(404, "Requested entity was not found.", "notFound")
        with self.lock:
            added = sorted(
                (m for m in self.messages.values() if m.history_id > start),
                key=lambda m: m.history_id,
            )
        offset = int(query.get("pageToken") or 0)
        size = int(query.get("maxResults") or 100)
        page = added[offset : offset + size]
        reply: dict[str, Any] = {"historyId": str(self.history_id)}
        if page:
            reply["history"] = [
                {
                    "id": str(m.history_id),
                    "messages": [{"id": m.id, "threadId": m.id}],
                    "messagesAdded": [
                        {"message": {"id": m.id, "threadId": m.id, "labelIds": m.labels}}
                    ],
                }
                for m in page
            ]
        if offset + size < len(added):
            reply["nextPageToken"] = str(offset + size)
        return _json(200, reply)

    def _batch(self, content_type: str, body: bytes) -> Reply:
        envelope = f"Content-Type: {content_type}\r\n\r\n".encode() + body
        request = BytesParser(policy=compat32).parsebytes(envelope)
        parts = request.get_payload()
        with self.lock:
            self.batch_sizes.append(len(parts))
        if len(parts) > 100:
            return _error(400, "Too many requests in a batch.", "invalidArgument")
        boundary = "batch_" + uuid.uuid4().hex
        out = []
        for part in parts:
            reply = self._batched_request(part.get_payload())
            content_id = part["Content-ID"].strip("<>")
            reason = _HTTP_REASONS.get(reply.status, "Error")
            out.append(
                f"--{boundary}\r\nContent-Type: application/http\r\n"
                f"Content-ID: <response-{content_id}>\r\n\r\n"
                f"HTTP/1.1 {reply.status} {reason}\r\n"
                f"Content-Type: {reply.content_type}\r\n"
                + "".join(f"{k}: {v}\r\n" for k, v in reply.headers.items())
                + f"\r\n{reply.body.decode()}\r\n"
            )
        payload = ("".join(out) + f"--{boundary}--\r\n").encode()
        return Reply(200, payload, f"multipart/mixed; boundary={boundary}")

    def _batched_request(self, text: str) -> Reply:
        request_line, _, rest = text.partition("\n")
        method, target, _ = request_line.strip().split(" ", 2)
        header_block = rest.split("\n\n", 1)[0]
        headers = {}
        for line in header_block.splitlines():
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        return self.handle(method, target, headers, b"")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as httplib2 expects

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        fake: FakeGoogle = self.server.fake  # type: ignore[attr-defined]
        reply = fake.handle(self.command, self.path, self.headers, body)
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(reply.body)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet


FakeGoogle.handler = _Handler

_REASONS = {429: "rateLimitExceeded", 500: "backendError", 503: "backendError"}
_HTTP_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def _json(status: int, payload: dict[str, Any]) -> Reply:
    return Reply(status, json.dumps(payload).encode())


def _error(status: int, message: str, reason: str | None = None) -> Reply:
    return _json(
        status,
        {
            "error": {
                "code": status,
                "message": message,
                "errors": [{"message": message, "domain": "global", "reason": reason or "error"}],
            }
        },
    )


def _invalid_grant(description: str) -> Reply:
    return _json(400, {"error": "invalid_grant", "error_description": description})
