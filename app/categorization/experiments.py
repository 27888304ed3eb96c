"""Categoriser A/B testing, the pure part: which versions exist, which one a user is on, and
the confidence interval an accuracy is reported with."""

import hashlib
import math
import uuid
from collections.abc import Mapping

TFIDF_LR = "tfidf_lr"
EMBEDDING_MINILM = "embedding_minilm"
# Registered versions, in a fixed order (the split's buckets follow it). A new version is a new
# name here plus an entry in app.ingest.categorise.CATEGORISERS.
VERSIONS: tuple[str, ...] = (TFIDF_LR, EMBEDDING_MINILM)
DEFAULT_VERSION = TFIDF_LR
BUCKETS = 10_000


def bucket(user_id: uuid.UUID) -> int:
    """The user's fixed place in [0, BUCKETS): a hash of the id, the same in every process and
    release (not Python's salted hash())."""
    digest = hashlib.sha256(f"categoriser-ab:{user_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % BUCKETS


def normalised_split(split: Mapping[str, float] | None) -> dict[str, float]:
    """Registered versions with a positive weight → their share (sums to 1); everyone on the
    default version when nothing usable is set."""
    weights = {name: float((split or {}).get(name, 0) or 0) for name in VERSIONS}
    total = sum(w for w in weights.values() if w > 0)
    if total <= 0:
        return {DEFAULT_VERSION: 1.0}
    return {name: w / total for name, w in weights.items() if w > 0}


def assign(user_id: uuid.UUID, split: Mapping[str, float] | None) -> str:
    """The version this user sees. Stable: the same user and split give the same version; a
    changed split moves only the users whose bucket crosses a boundary."""
    point = (bucket(user_id) + 0.5) / BUCKETS
    edge = 0.0
    shares = normalised_split(split)
    chosen = DEFAULT_VERSION
    for name in VERSIONS:
        if name not in shares:
            continue
        chosen = name
        edge += shares[name]
        if point < edge:
            return name
    return chosen  # rounding at the very top


def wilson_interval(successes: int, trials: int, z: float = 1.96) -> tuple[float, float] | None:
    """The Wilson score interval (95 % by default) of a proportion; None without trials. Better
    than the normal approximation at small counts and near 0 or 1."""
    if trials <= 0:
        return None
    p = successes / trials
    denominator = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)
