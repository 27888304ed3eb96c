"""The email worker's cron: an incremental sync for every connected mailbox."""

from app.core.tasks import SCHEDULE_INCREMENTAL_SYNCS, NoArgs
from app.jobs.context import WorkerContext
from app.jobs.registry import handler
from app.services import sync_requests


@handler(SCHEDULE_INCREMENTAL_SYNCS)
async def schedule_incremental_syncs(worker: WorkerContext, args: NoArgs) -> int:
    """Start one incremental sync per active mailbox; a mailbox whose sync is still running
    keeps that one (the job's dedupe key), so no mailbox is ever synced twice at once."""
    async with worker.uow.begin() as session:
        return await sync_requests.start_incremental_syncs(session)
