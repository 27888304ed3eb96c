"""How long a light task stays claimed by a worker that may have died.

ARQ claims a job by setting `arq:in-progress:<job id>` with a lifetime of the worker's longest
function timeout + 10 s (an hour here, for the mailbox fetch). A worker killed mid-task leaves the
claim behind, and the job, still in the queue, waits out that hour. BaseJobs are found sooner by
their records' heartbeats (app.jobs.upkeep); a light task instead keeps its claim short and renews
it while it runs: once its worker is gone the claim lapses within `task_lease_seconds` and the
next worker takes the job again."""

import asyncio
import contextlib
from collections.abc import AsyncIterator

from arq.constants import in_progress_key_prefix
from redis.asyncio import Redis


@contextlib.asynccontextmanager
async def renewed_claim(redis: Redis, job_id: str, lease_seconds: float) -> AsyncIterator[None]:
    key = in_progress_key_prefix + job_id
    lease_ms = int(lease_seconds * 1000)

    async def renew() -> None:
        while True:
            await redis.pexpire(key, lease_ms)  # a released (deleted) claim stays released
            await asyncio.sleep(lease_seconds / 3)

    renewal = asyncio.create_task(renew())
    try:
        yield
    finally:
        renewal.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await renewal
