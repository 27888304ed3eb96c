"""The installation's own secret keys: generated on first start, kept on disk (mode 0600), reused.

An unset SECRET_KEY or ENCRYPTION_KEY must never fall back to a value written in the source:
anyone could then sign a token as any user or decrypt stored mailbox passwords."""

import os
import secrets
import tempfile
from collections.abc import Callable
from pathlib import Path

from cryptography.fernet import Fernet

# Values published in this repository's history and examples. A key equal to one of them is
# public, so it is refused everywhere but in the test suite.
KNOWN_DEFAULT_KEYS = frozenset(
    {
        "dev-secret-change-me-0123456789abcdef",
        "ZGV2LWVuY3J5cHRpb24ta2V5LWNoYW5nZS1tZS0wMTI=",
        "change-me-to-a-long-random-string",
        "change-me",
        "changeme",
        "secret",
    }
)


def new_secret_key() -> str:
    return secrets.token_urlsafe(48)


def new_encryption_key() -> str:
    return Fernet.generate_key().decode()


def load_or_create(path: Path, generate: Callable[[], str]) -> tuple[str, bool]:
    """(key, created): the key stored at `path`, or a new one written there first.

    Several processes start at once (API workers, both ARQ workers), so the file appears
    atomically: written whole under a temporary name, then hard-linked into place, which fails
    if another process got there first; the loser then reads the winner's key."""
    if path.exists():
        return read(path), False
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")  # mode 0600
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(generate() + "\n")
        os.link(temporary, path)
    except FileExistsError:
        return read(path), False
    finally:
        os.unlink(temporary)
    return read(path), True


def replace(path: Path, value: str) -> None:
    """Write a new key over the old one atomically, keeping mode 0600."""
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w") as handle:
        handle.write(value + "\n")
    os.replace(temporary, path)


def read(path: Path) -> str:
    value = path.read_text().strip()
    if not value:
        raise ValueError(f"{path} is empty: delete it to generate a new key, or restore it")
    return value
