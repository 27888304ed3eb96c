"""A small in-process cache whose entries expire a fixed time after they were stored."""

import time
from collections.abc import Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class TTLCache(Generic[K, V]):
    """Entries live `seconds` after `put`; at most `max_entries` are kept (the oldest go first).
    Not shared between processes, and meant for one event loop (no locking). `seconds <= 0`
    turns it off: nothing is stored."""

    def __init__(self, seconds: float, max_entries: int = 10_000) -> None:
        self.seconds = seconds
        self.max_entries = max_entries
        # Insertion order is expiry order: every entry lives the same time.
        self._entries: dict[K, tuple[float, V]] = {}

    def get(self, key: K) -> V | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        expires, value = entry
        if time.monotonic() >= expires:
            self._entries.pop(key, None)
            return None
        return value

    def put(self, key: K, value: V) -> None:
        if self.seconds <= 0:
            return
        self._entries.pop(key, None)
        self._entries[key] = (time.monotonic() + self.seconds, value)
        while len(self._entries) > self.max_entries:
            del self._entries[next(iter(self._entries))]

    def forget(self, key: K) -> None:
        self._entries.pop(key, None)

    def clear(self) -> None:
        self._entries.clear()
