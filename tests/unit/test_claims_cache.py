"""Verified access tokens are kept per API process (app.services.auth.ClaimsCache): a repeat is
not decoded again, and a kept token is never accepted past its expiry."""

import time
import uuid
from datetime import timedelta

import pytest

from app.core.config import TEST_SECRET_KEY, Settings
from app.core.errors import Unauthorized
from app.core.security import create_token
from app.services.auth import AccessClaims, ClaimsCache, cached_access_token_claims

SETTINGS = Settings(secret_key=TEST_SECRET_KEY, environment="test")


def _token(expires_in: timedelta) -> str:
    return create_token(
        SETTINGS, subject=str(uuid.uuid4()), token_type="access", expires_in=expires_in
    )


def test_a_verified_token_is_kept_and_served_from_the_cache() -> None:
    cache = ClaimsCache(60)
    token = _token(timedelta(minutes=5))
    first = cached_access_token_claims(SETTINGS, cache, token)
    assert cache.get(token) == first
    # What the cache holds is what a repeat gets (no decode: a planted entry proves it).
    planted = AccessClaims(user_id=uuid.uuid4(), version=7, expires_at=time.time() + 60)
    cache.put(token, planted)
    assert cached_access_token_claims(SETTINGS, cache, token) is planted


def test_a_kept_token_past_its_expiry_is_refused() -> None:
    cache = ClaimsCache(60)
    expired = _token(timedelta(seconds=-1))
    cache.put(expired, AccessClaims(user_id=uuid.uuid4(), version=0, expires_at=time.time() - 1))
    with pytest.raises(Unauthorized) as refused:
        cached_access_token_claims(SETTINGS, cache, expired)
    assert refused.value.code == "token_expired"


def test_a_forged_token_is_never_kept() -> None:
    cache = ClaimsCache(60)
    forged = _token(timedelta(minutes=5))[:-2] + "xx"
    with pytest.raises(Unauthorized):
        cached_access_token_claims(SETTINGS, cache, forged)
    assert cache.get(forged) is None
