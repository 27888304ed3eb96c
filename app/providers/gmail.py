"""The Gmail provider, on Google's own client library (google-api-python-client + google-auth).

- Initial sync: users.messages.list with an `after:` query, 100 ids a page.
- Incremental sync: users.history.list from the stored historyId; when Google no longer has that
  history (404, after about a week), a date query from the last sync instead.
- Messages: users.messages.get(format=raw), up to 100 in one batch request.
- Every call retries 429, 5xx and network errors with jittered exponential backoff (Retry-After
  wins); google-auth refreshes the access token from the stored refresh token, also on a 401.

The client library is blocking (httplib2), so calls run in a thread, one at a time per provider.
All Google URLs come from settings (the API's root URL too, patched into the bundled discovery
document), which is how the tests point this module at a local fake Google.

Cursor: {"history_id": H}, and while an initial listing runs also "phase": "initial", its
`after` time and the page token to resume at; {"history_id": H, "history_page": token} while an
incremental listing is between pages.
"""

import asyncio
import base64
import functools
import hashlib
import json
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode, urljoin

import google_auth_httplib2
import httplib2
import httpx
from google.auth.exceptions import RefreshError, TransportError
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import Resource, build_from_document
from googleapiclient.discovery_cache import get_static_doc
from googleapiclient.errors import HttpError

from app.core.config import Settings
from app.providers.base import (
    FETCH_BATCH_SIZE,
    Cursor,
    EmailProvider,
    FetchedMessage,
    FetchFailure,
    FetchResult,
    MessageRef,
    ProviderAccount,
    ProviderAuthError,
    ProviderError,
    ProviderUnavailable,
    RefPage,
    SyncWindow,
    sleep_before_retry,
)
from app.providers.factory import ProviderFactory

log = logging.getLogger(__name__)

GMAIL_SCOPE = "https://www.googleapis.com/auth/gmail.readonly"
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
RATE_LIMIT_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
SKIPPED_LABELS = frozenset({"DRAFT", "SPAM", "TRASH", "CHAT"})
TRANSIENT_ERRORS = (httplib2.HttpLib2Error, OSError, TransportError)


class _HistoryExpired(Exception):
    pass


@ProviderFactory.register
class GmailProvider(EmailProvider):
    name = "gmail"

    def __init__(self, account: ProviderAccount, settings: Settings) -> None:
        super().__init__(account, settings)
        self._resource: Resource | None = None

    async def check_connection(self) -> None:
        await self._call(lambda gmail: gmail.users().getProfile(userId="me"))

    async def aclose(self) -> None:
        resource, self._resource = self._resource, None
        if resource is not None:
            resource.close()

    async def list_messages(
        self, window: SyncWindow, cursor: Cursor | None
    ) -> AsyncIterator[RefPage]:
        cursor = cursor or {}
        if cursor.get("phase") == "initial":
            pages = self._date_pages(cursor["after"], cursor["history_id"], cursor["page_token"])
        elif window.mode == "incremental" and cursor.get("history_id"):
            try:
                async for page in self._history_pages(cursor):
                    yield page
                return
            except _HistoryExpired:
                log.info("gmail history expired for account %s; syncing by date", self.account.id)
                pages = await self._fresh_date_pages(window.since)
        else:
            pages = await self._fresh_date_pages(window.start)
        async for page in pages:
            yield page

    async def fetch_messages(self, refs: Sequence[MessageRef]) -> FetchResult:
        if len(refs) > FETCH_BATCH_SIZE:
            raise ValueError(f"at most {FETCH_BATCH_SIZE} messages per batch request")
        pending = [ref.id for ref in refs]
        outcome = _BatchOutcome()
        attempt = 0
        while pending:
            try:
                round_outcome = await asyncio.to_thread(self._get_raw_batch, pending)
            except HttpError as exc:
                if not _is_retryable(exc):
                    raise _provider_error(exc) from exc
                round_outcome = _BatchOutcome(retry=pending, retry_after=_retry_after(exc))
            except TRANSIENT_ERRORS as exc:
                round_outcome = _BatchOutcome(retry=pending, last_error=str(exc))
            except RefreshError as exc:
                raise _refresh_error(exc) from exc
            outcome.merge(round_outcome)
            pending = round_outcome.retry
            if pending and attempt >= self.settings.provider_max_retries:
                raise ProviderUnavailable(
                    f"Gmail kept refusing {len(pending)} messages ({round_outcome.last_error})."
                )
            if pending:
                await sleep_before_retry(self.settings, attempt, round_outcome.retry_after)
                attempt += 1
        return outcome.result([ref.id for ref in refs])

    # --- listing ------------------------------------------------------------------------------

    async def _fresh_date_pages(self, since: datetime) -> AsyncIterator[RefPage]:
        # The history id is taken before listing, so mail that arrives meanwhile is picked up
        # by the next incremental sync (and skipped as a duplicate if it was listed too).
        profile = await self._call(lambda gmail: gmail.users().getProfile(userId="me"))
        return self._date_pages(int(since.timestamp()), str(profile["historyId"]), None)

    async def _date_pages(
        self, after: int, history_id: str, page_token: str | None
    ) -> AsyncIterator[RefPage]:
        while True:
            response = await self._call(_messages_page(after, page_token))
            refs = [MessageRef(item["id"]) for item in response.get("messages", [])]
            page_token = response.get("nextPageToken")
            cursor: Cursor = {"history_id": history_id}
            if page_token:
                cursor.update(phase="initial", after=after, page_token=page_token)
            yield RefPage(refs, cursor, response.get("resultSizeEstimate"))
            if not page_token:
                return

    async def _history_pages(self, cursor: Cursor) -> AsyncIterator[RefPage]:
        start = str(cursor["history_id"])
        page_token = cursor.get("history_page")
        while True:
            try:
                response = await self._call(
                    _history_page(start, page_token), not_found=_HistoryExpired
                )
            except _HistoryExpired:
                if page_token is None:
                    raise
                page_token = None  # the page token went stale: list this history again
                continue
            page_token = response.get("nextPageToken")
            next_cursor: Cursor = {"history_id": str(response.get("historyId", start))}
            if page_token:
                next_cursor = {"history_id": start, "history_page": page_token}
            yield RefPage(_added_message_refs(response), next_cursor)
            if not page_token:
                return

    # --- calling Google -----------------------------------------------------------------------

    async def _call(
        self,
        make_request: Callable[[Resource], Any],
        not_found: type[Exception] | None = None,
    ) -> dict[str, Any]:
        """One API call with retries. A 404 raises `not_found` when given."""
        attempt = 0
        while True:
            retry_after: float | None = None
            try:
                return await asyncio.to_thread(self._execute, make_request)
            except HttpError as exc:
                if exc.resp.status == 404 and not_found is not None:
                    raise not_found() from exc
                if not _is_retryable(exc) or attempt >= self.settings.provider_max_retries:
                    raise _provider_error(exc) from exc
                retry_after = _retry_after(exc)
            except RefreshError as exc:
                raise _refresh_error(exc) from exc
            except TRANSIENT_ERRORS as exc:
                if attempt >= self.settings.provider_max_retries:
                    raise ProviderUnavailable(f"Gmail is not reachable: {exc}") from exc
            await sleep_before_retry(self.settings, attempt, retry_after)
            attempt += 1

    def _execute(self, make_request: Callable[[Resource], Any]) -> dict[str, Any]:
        response: dict[str, Any] = make_request(self._gmail()).execute()
        return response

    def _get_raw_batch(self, ids: list[str]) -> "_BatchOutcome":
        gmail = self._gmail()
        outcome = _BatchOutcome()
        batch = gmail.new_batch_http_request(callback=outcome.record)
        for message_id in ids:
            request = gmail.users().messages().get(userId="me", id=message_id, format="raw")
            batch.add(request, request_id=message_id)
        batch.execute()
        return outcome

    def _gmail(self) -> Resource:
        if self._resource is None:
            credentials = Credentials(
                token=None,
                refresh_token=self.account.credentials.get("refresh_token"),
                token_uri=self.settings.google_token_uri,
                client_id=self.settings.google_client_id,
                client_secret=self.settings.google_client_secret,
                scopes=[GMAIL_SCOPE],
            )
            http = google_auth_httplib2.AuthorizedHttp(
                credentials, http=httplib2.Http(timeout=self.settings.mail_server_timeout_seconds)
            )
            document = _discovery_document(self.settings.gmail_api_base_url)
            self._resource = build_from_document(document, http=http)
        return self._resource


@dataclass
class _BatchOutcome:
    """What one batch request brought back, sorted into done, gone and worth another try."""

    messages: dict[str, FetchedMessage] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    retry: list[str] = field(default_factory=list)
    retry_after: float | None = None
    last_error: str = ""

    def record(self, request_id: str, response: Any, exception: HttpError | None) -> None:
        if exception is None:
            self._record_message(request_id, response)
        elif _is_retryable(exception):
            self.retry.append(request_id)
            self.retry_after = _retry_after(exception) or self.retry_after
            self.last_error = f"HTTP {exception.resp.status}"
        elif exception.resp.status == 404:
            self.failures[request_id] = "deleted from the mailbox before it could be fetched"
        else:
            self.failures[request_id] = f"Gmail refused it: {_reason(exception)}"

    def _record_message(self, request_id: str, response: dict[str, Any]) -> None:
        raw = response.get("raw")
        if not isinstance(raw, str):
            self.failures[request_id] = "Gmail returned no raw message"
            return
        internal_ms = response.get("internalDate")
        fallback = datetime.fromtimestamp(int(internal_ms) / 1000, UTC) if internal_ms else None
        self.messages[request_id] = FetchedMessage(request_id, _b64url_decode(raw), fallback)

    def merge(self, other: "_BatchOutcome") -> None:
        self.messages.update(other.messages)
        self.failures.update(other.failures)

    def result(self, order: list[str]) -> FetchResult:
        result = FetchResult()
        for message_id in order:
            if message_id in self.messages:
                result.messages.append(self.messages[message_id])
            elif message_id in self.failures:
                result.failures.append(FetchFailure(message_id, self.failures[message_id]))
        return result


def _messages_page(after: int, page_token: str | None) -> Callable[[Resource], Any]:
    return lambda gmail: (
        gmail.users()
        .messages()
        .list(
            userId="me",
            q=f"after:{after}",
            maxResults=FETCH_BATCH_SIZE,
            pageToken=page_token,
            fields="messages/id,nextPageToken,resultSizeEstimate",
        )
    )


def _history_page(start: str, page_token: str | None) -> Callable[[Resource], Any]:
    return lambda gmail: (
        gmail.users()
        .history()
        .list(
            userId="me",
            startHistoryId=start,
            historyTypes="messageAdded",
            maxResults=FETCH_BATCH_SIZE,
            pageToken=page_token,
        )
    )


def _added_message_refs(response: dict[str, Any]) -> list[MessageRef]:
    """Ids of the messages a history page added, once each, without drafts, spam and trash."""
    seen: dict[str, None] = {}
    for record in response.get("history", []):
        for added in record.get("messagesAdded", []):
            message = added.get("message", {})
            if message.get("id") and not SKIPPED_LABELS & set(message.get("labelIds", [])):
                seen[message["id"]] = None
    return [MessageRef(message_id) for message_id in seen]


def _is_retryable(exc: HttpError) -> bool:
    status = exc.resp.status
    return status in RETRYABLE_STATUSES or (status == 403 and _reason(exc) in RATE_LIMIT_REASONS)


def _retry_after(exc: HttpError) -> float | None:
    value = exc.resp.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None  # an HTTP date: fall back to our own backoff


def _reason(exc: HttpError) -> str:
    try:
        error = json.loads(exc.content.decode("utf-8", "replace"))["error"]
        errors = error.get("errors") or [{}]
        return str(errors[0].get("reason") or error.get("message") or exc.resp.status)
    except (ValueError, KeyError, TypeError, AttributeError):
        return f"HTTP {exc.resp.status}"


def _provider_error(exc: HttpError) -> ProviderError:
    status = exc.resp.status
    if _is_retryable(exc):
        return ProviderUnavailable(f"Gmail kept failing (HTTP {status}, {_reason(exc)}).")
    if status in (401, 403):
        return ProviderAuthError(f"Gmail refused access ({_reason(exc)}). Reconnect Gmail.")
    return ProviderError(f"Gmail refused a request (HTTP {status}, {_reason(exc)}).")


def _refresh_error(exc: RefreshError) -> ProviderError:
    if exc.retryable:
        return ProviderUnavailable("Google's token service is not answering; will retry.")
    return ProviderAuthError(
        "Google refused the stored grant (was access revoked?). Reconnect Gmail."
    )


def _b64url_decode(value: str) -> bytes:
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))


@functools.lru_cache(maxsize=4)
def _discovery_document(root_url: str) -> str:
    """The Gmail discovery document bundled with the client library (no network), with its
    root URL (and so the batch URL) pointed at `root_url`."""
    document = json.loads(get_static_doc("gmail", "v1"))
    root = root_url.rstrip("/") + "/"
    document["rootUrl"] = root
    document["baseUrl"] = urljoin(root, document["servicePath"])
    return json.dumps(document)


# --- OAuth 2.0 web flow (authorization code with PKCE) ----------------------------------------


@dataclass(frozen=True)
class GoogleGrant:
    refresh_token: str
    access_token: str


def code_challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def consent_url(settings: Settings, state: str, verifier: str) -> str:
    query = {
        "client_id": settings.google_client_id,
        "redirect_uri": settings.google_redirect_uri,
        "response_type": "code",
        "scope": GMAIL_SCOPE,
        "access_type": "offline",  # a refresh token, for syncs while the user is away
        "prompt": "consent",  # and again on reconnect: Google sends it on consent only
        "include_granted_scopes": "true",
        "state": state,
        "code_challenge": code_challenge(verifier),
        "code_challenge_method": "S256",
    }
    return f"{settings.google_auth_uri}?{urlencode(query)}"


async def exchange_code(settings: Settings, code: str, verifier: str) -> GoogleGrant:
    """Trade the authorization code (and the PKCE verifier) for tokens."""
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "code_verifier": verifier,
        "client_id": settings.google_client_id,
        "client_secret": settings.google_client_secret,
        "redirect_uri": settings.google_redirect_uri,
    }
    payload = await _google_request(settings, "POST", settings.google_token_uri, data=form)
    refresh_token = payload.get("refresh_token")
    if not refresh_token:
        raise ProviderAuthError("Google sent no refresh token; remove FinCoach's access and retry.")
    return GoogleGrant(refresh_token=refresh_token, access_token=payload["access_token"])


async def mailbox_address(settings: Settings, access_token: str) -> str:
    url = urljoin(settings.gmail_api_base_url.rstrip("/") + "/", "gmail/v1/users/me/profile")
    headers = {"Authorization": f"Bearer {access_token}"}
    payload = await _google_request(settings, "GET", url, headers=headers)
    return str(payload["emailAddress"]).lower()


async def _google_request(settings: Settings, method: str, url: str, **kwargs: Any) -> Any:
    timeout = settings.mail_server_timeout_seconds
    try:
        async with httpx.AsyncClient(timeout=timeout) as client:
            response = await client.request(method, url, **kwargs)
    except httpx.HTTPError as exc:
        raise ProviderUnavailable(f"Google is not reachable: {exc}") from exc
    if response.status_code >= 500:
        raise ProviderUnavailable(f"Google answered HTTP {response.status_code}; try again.")
    try:
        payload = response.json()
    except ValueError:
        payload = {}
    if response.status_code >= 400:
        error = payload.get("error_description") or payload.get("error") or response.status_code
        raise ProviderAuthError(f"Google refused the sign-in: {error}")
    return payload
