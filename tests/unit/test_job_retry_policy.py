"""The one retry policy (app.jobs.retry): which failures are transient."""

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError, WatchError

from app.jobs.retry import is_transient


@pytest.mark.parametrize(
    "error",
    [
        RedisConnectionError("reset"),
        # redis-py raises this when the connection drops inside a WATCH transaction; the
        # Redis-restart fault test once failed a whole sync on it.
        WatchError("A ConnectionError occurred on while watching one or more keys"),
        TimeoutError(),
    ],
)
def test_lost_connections_are_retried(error: Exception) -> None:
    assert is_transient(error)


@pytest.mark.parametrize("error", [ResponseError("WRONGTYPE"), ValueError("bad input")])
def test_mistakes_are_not_retried(error: Exception) -> None:
    assert not is_transient(error)
