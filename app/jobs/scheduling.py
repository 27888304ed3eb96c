"""The email worker's cron: an incremental sync for every connected mailbox."""

from typing import Any

from app.core.queue import enqueue_deferred
from app.services import sync_requests


async def schedule_incremental_syncs(ctx: dict[str, Any]) -> int:
    """Start one incremental sync per active mailbox; a mailbox whose sync is still running
    keeps that one (the job's dedupe key), so no mailbox is ever synced twice at once."""
    async with ctx["sessionmaker"]() as session:
        started = await sync_requests.start_incremental_syncs(session)
        await session.commit()
        await enqueue_deferred(session, ctx["queues"])
    return started
