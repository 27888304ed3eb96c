"""The IMAP provider: any mail server, over TLS or STARTTLS (never a plaintext password).

imaplib is blocking, so every exchange runs in a thread of the mail-server pool; one connection
per sync, used by one thread at a time. The pool is FinCoach's own, so a user's slow or silent
server can hold at most its threads, never the default pool that uploads and the rest share.
The host is resolved and checked before every connect (app/providers/mail_host.py), and no
text the server sends is repeated in an error: those errors reach the user who typed the host.

The folder is opened read-only (EXAMINE) and bodies are fetched with BODY.PEEK[], the same bytes
as RFC822 without marking anything as read.

Cursor: {"uidvalidity": V, "last_uid": U}. An incremental sync asks for UIDs above U; a changed
UIDVALIDITY means the server renumbered the folder, so the whole initial window is synced again
(duplicates are skipped on insert). While an initial sync runs, its cursor also carries
"phase": "initial" and the window start, so a crash resumes after the last stored UID.
"""

import asyncio
import contextlib
import imaplib
import re
import socket
import ssl
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from typing import Any, TypeVar

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
)
from app.providers.factory import ProviderFactory
from app.providers.mail_host import resolve_mail_host

SECURITY_TLS = "tls"
SECURITY_STARTTLS = "starttls"
DEFAULT_FOLDER = "INBOX"
UID_SEARCH_SPAN = 20_000  # UIDs per SEARCH, so no response line outgrows imaplib's line limit

_FETCH_UID = re.compile(rb"\bUID (\d+)")
_FETCH_INTERNALDATE = re.compile(rb'INTERNALDATE "([^"]+)"')
_ESEARCH_COUNT = re.compile(rb"\bCOUNT (\d+)")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

T = TypeVar("T")

# Enough for the syncs one email worker runs at once; API connection tests share it too.
_MAIL_SERVERS = ThreadPoolExecutor(max_workers=8, thread_name_prefix="mail-server")


@ProviderFactory.register
class ImapProvider(EmailProvider):
    name = "imap"

    def __init__(self, account: ProviderAccount, settings: Settings) -> None:
        super().__init__(account, settings)
        self.host = str(account.settings["host"])
        self.port = int(account.settings["port"])
        self.security = str(account.settings.get("security", SECURITY_TLS))
        self.folder = str(account.settings.get("folder") or DEFAULT_FOLDER)
        self.username = str(account.settings.get("username") or account.address)
        self._timeout = settings.mail_server_timeout_seconds
        self._connection: imaplib.IMAP4 | None = None

    async def check_connection(self) -> None:
        """Log in and open the folder within MAIL_CHECK_TIMEOUT_SECONDS: a person is waiting."""
        self._timeout = min(self._timeout, self.settings.mail_check_timeout_seconds)
        try:
            async with asyncio.timeout(self.settings.mail_check_timeout_seconds):
                await self._run(self._open_folder)
        except TimeoutError:
            raise ProviderUnavailable(_no_server(self.host, self.port)) from None
        finally:
            await self.aclose()

    async def aclose(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            await asyncio.get_running_loop().run_in_executor(
                _MAIL_SERVERS, _logout_quietly, connection
            )

    async def list_messages(
        self, window: SyncWindow, cursor: Cursor | None
    ) -> AsyncIterator[RefPage]:
        uidvalidity, uidnext = await self._run(self._open_folder)
        cursor = cursor or {}
        same_folder = cursor.get("uidvalidity") == uidvalidity and "last_uid" in cursor
        since: date | None = window.start.date()
        after_uid = 0
        if same_folder and cursor.get("phase") == "initial":
            since, after_uid = date.fromisoformat(cursor["since"]), int(cursor["last_uid"])
        elif same_folder and window.mode == "incremental":
            since, after_uid = None, int(cursor["last_uid"])
        total = await self._run(lambda: self._count(since, after_uid))
        uids = await self._run(lambda: self._search(since, after_uid, uidnext))
        # Everything below UIDNEXT existed when we looked: the next sync starts above it, even
        # if those messages fell outside the window.
        last_uid = max([after_uid, *uids, (uidnext or 1) - 1])
        final: Cursor = {"uidvalidity": uidvalidity, "last_uid": last_uid}
        if not uids:
            yield RefPage([], final, total_estimate=0)
            return
        for start in range(0, len(uids), FETCH_BATCH_SIZE):
            chunk = uids[start : start + FETCH_BATCH_SIZE]
            if start + FETCH_BATCH_SIZE >= len(uids):
                page_cursor = final
            else:
                page_cursor = {"uidvalidity": uidvalidity, "last_uid": chunk[-1]}
                if since is not None:
                    page_cursor.update(phase="initial", since=since.isoformat())
            yield RefPage([MessageRef(str(uid)) for uid in chunk], page_cursor, total)

    async def fetch_messages(self, refs: Sequence[MessageRef]) -> FetchResult:
        wanted = [int(ref.id) for ref in refs]
        fetched = await self._run(lambda: self._fetch(wanted))
        result = FetchResult()
        for uid in wanted:
            if uid in fetched:
                raw, internal_date = fetched[uid]
                result.messages.append(FetchedMessage(str(uid), raw, internal_date))
            else:
                result.failures.append(FetchFailure(str(uid), "deleted from the server"))
        return result

    # --- blocking IMAP exchanges, run in a thread ---------------------------------------------

    async def _run(self, exchange: Callable[[], T]) -> T:
        try:
            return await asyncio.get_running_loop().run_in_executor(_MAIL_SERVERS, exchange)
        except ProviderError:
            raise
        except imaplib.IMAP4.abort as exc:  # no text of the server's: it may not be a mail server
            self._connection = None
            raise ProviderUnavailable(_no_server(self.host, self.port)) from exc
        except imaplib.IMAP4.error as exc:
            raise ProviderError(f"{self.host} refused a command.") from exc
        except ssl.SSLCertVerificationError as exc:
            raise ProviderError(
                f"The TLS certificate of {self.host} could not be verified: {exc.verify_message}"
            ) from exc
        except UnicodeError as exc:  # the idna codec refuses a host name (a label over 63 chars)
            raise ProviderError(f"{self.host!r} is not a valid host name.") from exc
        except socket.gaierror as exc:
            raise ProviderUnavailable(f"The host name {self.host} does not resolve.") from exc
        except (OSError, EOFError) as exc:  # refused, timed out, reset, not TLS
            self._connection = None
            raise ProviderUnavailable(_no_server(self.host, self.port)) from exc

    def _connect(self) -> imaplib.IMAP4:
        if self._connection is not None:
            return self._connection
        context = ssl.create_default_context()
        if self.settings.imap_ca_file:
            context.load_verify_locations(cafile=str(self.settings.imap_ca_file))
        address = resolve_mail_host(
            self.host, self.port, allow_private=self.settings.mail_allow_private_hosts
        )
        connection: imaplib.IMAP4
        if self.security == SECURITY_TLS:
            connection = _CheckedImapTls(self.host, address, self.port, context, self._timeout)
        elif self.security == SECURITY_STARTTLS:
            connection = _CheckedImap(self.host, address, self.port, self._timeout)
            try:
                connection.starttls(context)
            except imaplib.IMAP4.error as exc:
                _logout_quietly(connection)
                raise ProviderError(f"{self.host} does not offer STARTTLS.") from exc
        else:
            raise ProviderError(f"Unknown connection security {self.security!r}.")
        try:
            _login(connection, self.username, str(self.account.credentials.get("password", "")))
        except (imaplib.IMAP4.error, UnicodeEncodeError) as exc:
            _logout_quietly(connection)
            raise ProviderAuthError(f"{self.host} refused the login: {_text(exc)}") from exc
        _refresh_capabilities(connection)
        self._connection = connection
        return connection

    def _open_folder(self) -> tuple[int, int | None]:
        """EXAMINE the folder: (UIDVALIDITY, UIDNEXT or None if the server will not say)."""
        connection = self._connect()
        status, data = connection.select(_quote(self.folder), readonly=True)
        if status != "OK":
            raise ProviderError(f"{self.host} has no folder {self.folder!r}: {_text(data)}")
        uidvalidity = _response_number(connection, "UIDVALIDITY")
        uidnext = _response_number(connection, "UIDNEXT")
        if uidvalidity is None:
            raise ProviderError(f"{self.host} did not report UIDVALIDITY for {self.folder!r}.")
        if uidnext is None:  # optional in some servers' EXAMINE replies
            status, data = connection.status(_quote(self.folder), "(UIDNEXT)")
            found = data[0] if status == "OK" and data and isinstance(data[0], bytes) else b""
            match = re.search(rb"UIDNEXT (\d+)", found)
            uidnext = int(match[1]) if match else None
        return uidvalidity, uidnext

    def _count(self, since: date | None, after_uid: int) -> int | None:
        """How many messages the search will return, where the server can say cheaply
        (ESEARCH, RFC 4731). Only an estimate for progress: any trouble means "unknown"."""
        connection = self._connect()
        if "ESEARCH" not in connection.capabilities:
            return None
        try:
            status, _ = connection.uid("SEARCH", "RETURN", "(COUNT)", *_criteria(since, after_uid))
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error:
            return None
        # imaplib files the reply under ESEARCH, not SEARCH.
        _, replies = connection.response("ESEARCH")
        match = _ESEARCH_COUNT.search(b" ".join(r for r in replies if isinstance(r, bytes)))
        return int(match[1]) if status == "OK" and match else None

    def _search(self, since: date | None, after_uid: int, uidnext: int | None) -> list[int]:
        """UIDs above after_uid (received since `since`), ascending. Searched in spans of
        UIDs below UIDNEXT, so that a folder of a million messages never yields one giant
        response line; in one go when the server does not tell UIDNEXT."""
        if uidnext is None:
            return self._search_span(since, after_uid + 1, None)
        uids: list[int] = []
        for low in range(after_uid + 1, uidnext, UID_SEARCH_SPAN):
            uids += self._search_span(since, low, min(low + UID_SEARCH_SPAN, uidnext) - 1)
        return uids

    def _search_span(self, since: date | None, low: int, high: int | None) -> list[int]:
        criteria = ["UID", f"{low}:{high or '*'}"]
        if since is not None:
            criteria += ["SINCE", _imap_date(since)]
        status, data = self._connect().uid("SEARCH", *criteria)
        if status != "OK":
            raise ProviderError(f"{self.host} refused the search: {_text(data)}")
        # "n:m" also matches the highest UID when none lies in the range: filter.
        found = map(int, (data[0] or b"").split())
        return sorted({uid for uid in found if uid >= low and (high is None or uid <= high)})

    def _fetch(self, uids: list[int]) -> dict[int, tuple[bytes, datetime | None]]:
        connection = self._connect()
        uid_set = ",".join(map(str, uids))
        status, data = connection.uid("FETCH", uid_set, "(UID INTERNALDATE BODY.PEEK[])")
        if status != "OK":
            raise ProviderUnavailable(f"{self.host} refused to fetch messages: {_text(data)}")
        messages: dict[int, tuple[bytes, datetime | None]] = {}
        for item in data:
            if not isinstance(item, tuple):
                continue  # the closing b")" of each message
            envelope, raw = item
            uid = _FETCH_UID.search(envelope)
            if uid is not None:
                messages[int(uid[1])] = (raw, _internal_date(envelope))
        return messages


def _login(connection: imaplib.IMAP4, username: str, password: str) -> None:
    """LOGIN takes ASCII only; a non-ASCII name or password goes through AUTHENTICATE PLAIN,
    which carries UTF-8."""
    if (username + password).isascii() or "AUTH=PLAIN" not in connection.capabilities:
        connection.login(username, password)
    else:
        secret = f"\0{username}\0{password}".encode()
        connection.authenticate("PLAIN", lambda _: secret)


def _refresh_capabilities(connection: imaplib.IMAP4) -> None:
    """Servers announce more after login (ESEARCH, for one); imaplib keeps the greeting's list."""
    status, data = connection.capability()
    if status == "OK" and data and isinstance(data[-1], bytes):
        connection.capabilities = tuple(data[-1].decode("ascii", "replace").upper().split())


def _criteria(since: date | None, after_uid: int) -> list[str]:
    criteria = ["UID", f"{after_uid + 1}:*"] if after_uid else ["ALL"]
    if since is not None:
        criteria += ["SINCE", _imap_date(since)]
    return criteria


def _imap_date(day: date) -> str:
    return f"{day.day}-{_MONTHS[day.month - 1]}-{day.year}"  # RFC 3501 date: 1-Feb-2024


def _quote(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _response_number(connection: imaplib.IMAP4, name: str) -> int | None:
    _, values = connection.response(name)
    value = values[-1] if values else None
    return int(value) if isinstance(value, bytes) and value.isdigit() else None


def _internal_date(envelope: bytes) -> datetime | None:
    match = _FETCH_INTERNALDATE.search(envelope)
    if match is None:
        return None
    try:
        moment = datetime.strptime(match[1].decode("ascii").strip(), "%d-%b-%Y %H:%M:%S %z")
    except ValueError:
        return None
    return moment.astimezone(UTC)


def _text(value: Any) -> str:
    """An imaplib error or response as readable text."""
    if isinstance(value, BaseException):
        value = value.args[0] if value.args else str(value)
    if isinstance(value, list):
        value = b" ".join(v for v in value if isinstance(v, bytes))
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value).strip() or "no reason given"


def _no_server(host: str, port: int) -> str:
    # One message for refused, silent, dropped and "not IMAP": which one it was would tell a
    # prober what listens on a port, and the server's own words may be another service's banner.
    return (
        f"No IMAP server answered at {host}:{port}. "
        "Check the host name, the port and the connection security."
    )


def _logout_quietly(connection: imaplib.IMAP4) -> None:
    with contextlib.suppress(imaplib.IMAP4.error, OSError, EOFError):
        connection.logout()


class _CheckedImap(imaplib.IMAP4):
    """IMAP4 that connects to the address resolve_mail_host checked, not to a second lookup."""

    def __init__(self, host: str, address: str, port: int, timeout: float) -> None:
        self._address = address
        super().__init__(host, port, timeout=timeout)

    def _create_socket(self, timeout: float | None) -> socket.socket:
        return socket.create_connection((self._address, self.port), timeout)


class _CheckedImapTls(imaplib.IMAP4_SSL):
    """IMAP4_SSL to the checked address, with the certificate still checked for the host name."""

    def __init__(
        self, host: str, address: str, port: int, context: ssl.SSLContext, timeout: float
    ) -> None:
        self._address = address
        super().__init__(host, port, ssl_context=context, timeout=timeout)

    def _create_socket(self, timeout: float | None) -> socket.socket:
        raw = socket.create_connection((self._address, self.port), timeout)
        return self.ssl_context.wrap_socket(raw, server_hostname=self.host)
