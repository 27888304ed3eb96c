"""Time-ordered ids for the rows the ingest hot path writes by the million.

A uuid4 primary key puts every new row at a random place in its B-tree: once the index outgrows
memory, each insert reads a random page from disk (the ingest rate fell from ~630 to ~410
emails/s between 400k and 1M messages; bench/README.md). A UUIDv7 (RFC 9562) starts with the
millisecond it was made, so new keys land on the right-hand edge of the index, whose pages stay
cached, and so do the indexes that reference them (email_extractions.email_id). The remaining 74
bits are random: as unguessable across users as a uuid4 needs to be here (ids are never
secrets; every query is scoped to the signed-in user)."""

import os
import time
import uuid

_RAND_A_BITS = 12
_RAND_B_BITS = 62


def uuid7() -> uuid.UUID:
    """A version-7 UUID: 48 bits of Unix milliseconds, then random bits."""
    millis = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    rand_a = rand >> (80 - _RAND_A_BITS)
    rand_b = rand & ((1 << _RAND_B_BITS) - 1)
    value = (millis & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return uuid.UUID(int=value)
