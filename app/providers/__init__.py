"""Mailbox providers: EmailProvider (base.py), ProviderFactory (factory.py), and one module per
provider (gmail.py, imap.py, mbox.py) that registers itself with the factory."""

from app.providers.base import (
    FETCH_BATCH_SIZE,
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
    SyncMode,
    SyncWindow,
)
from app.providers.factory import ProviderFactory, UnknownProvider
from app.providers.mail_host import PrivateHostRefused

__all__ = [
    "FETCH_BATCH_SIZE",
    "EmailProvider",
    "FetchFailure",
    "FetchResult",
    "FetchedMessage",
    "MessageRef",
    "PrivateHostRefused",
    "ProviderAccount",
    "ProviderAuthError",
    "ProviderError",
    "ProviderFactory",
    "ProviderUnavailable",
    "RefPage",
    "SyncMode",
    "SyncWindow",
    "UnknownProvider",
]
