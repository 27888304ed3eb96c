"""What every mailbox provider is: list message references page by page, fetch raw RFC 822
messages in batches of up to FETCH_BATCH_SIZE, and say where to resume (a JSON-able cursor).

A provider knows nothing about the database: it is given a ProviderAccount (settings and the
decrypted credentials) and the app Settings, and app/ingest/sync.py does the storing.

Cursors belong to their provider. The one convention the sync routine relies on: the cursor of
each RefPage is where to resume once every message of that page and of the pages before it is
stored, and the last page's cursor is the one an incremental sync continues from.
"""

import asyncio
import random
import uuid
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import TracebackType
from typing import Any, ClassVar, Literal, Self

from app.core.config import Settings

FETCH_BATCH_SIZE = 100

SyncMode = Literal["initial", "incremental"]
Cursor = dict[str, Any]


class ProviderError(Exception):
    """A problem with the account that retrying will not fix (a missing folder, an untrusted
    certificate). The message is meant for the account's owner."""


class ProviderAuthError(ProviderError):
    """The mail server or Google refused the stored credentials."""


class ProviderUnavailable(ProviderError, ConnectionError):
    """A temporary failure (network, rate limit, 5xx) that outlasted our retries: worth retrying
    later. A ConnectionError, so job runners that retry connection failures retry this."""


@dataclass(frozen=True)
class ProviderAccount:
    """What a provider needs to reach one mailbox."""

    id: uuid.UUID
    provider: str
    address: str
    settings: Mapping[str, Any]
    credentials: Mapping[str, Any] = field(default_factory=dict, repr=False)  # never printed


@dataclass(frozen=True)
class SyncWindow:
    mode: SyncMode
    start: datetime  # the initial window: now minus N months
    since: datetime  # an incremental sync that lost its cursor starts here (last sync - margin)


@dataclass(frozen=True)
class MessageRef:
    id: str  # the provider's id: a Gmail message id, an IMAP UID, an archive position


@dataclass
class RefPage:
    refs: list[MessageRef]
    cursor: Cursor  # where to resume once this page and all before it are stored
    total_estimate: int | None = None  # messages this sync will see in all, if known


@dataclass(frozen=True)
class FetchedMessage:
    ref_id: str
    raw: bytes
    fallback_date: datetime | None = None  # the server's receive time, for a missing Date


@dataclass(frozen=True)
class FetchFailure:
    ref_id: str
    reason: str


@dataclass
class FetchResult:
    messages: list[FetchedMessage] = field(default_factory=list)
    failures: list[FetchFailure] = field(default_factory=list)


class EmailProvider(ABC):
    name: ClassVar[str]

    def __init__(self, account: ProviderAccount, settings: Settings) -> None:
        self.account = account
        self.settings = settings

    @abstractmethod
    def list_messages(self, window: SyncWindow, cursor: Cursor | None) -> AsyncIterator[RefPage]:
        """Pages of message references, oldest work first where the source allows it. Yields
        at least one page (possibly empty) so that the final cursor is always known."""

    @abstractmethod
    async def fetch_messages(self, refs: Sequence[MessageRef]) -> FetchResult:
        """The raw messages for up to FETCH_BATCH_SIZE refs. A message that is gone is a
        FetchFailure; a temporary failure raises ProviderUnavailable."""

    async def check_connection(self) -> None:  # noqa: B027 - optional hook: nothing to check
        """Prove the settings and credentials work (used before an account is saved)."""

    async def aclose(self) -> None:  # noqa: B027 - optional hook: nothing to release
        """Release connections."""

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()


def backoff_delay(settings: Settings, attempt: int, retry_after: float | None = None) -> float:
    """Exponential backoff with full jitter (attempt 0, 1, 2...), so that many workers hitting
    one rate limit spread out instead of retrying in lock-step. A server's Retry-After wins."""
    if retry_after is not None:
        return min(retry_after, 60.0)
    ceiling = min(60.0, settings.provider_retry_base_seconds * 2**attempt)
    return random.uniform(ceiling / 2, ceiling)


async def sleep_before_retry(
    settings: Settings, attempt: int, retry_after: float | None = None
) -> None:
    await asyncio.sleep(backoff_delay(settings, attempt, retry_after))
