"""Upkeep on the base queue: find jobs that lost their worker or their queue entry and queue them
again. This is what makes a SIGKILLed worker or a flushed Redis lose no work."""

from datetime import timedelta

from arq.jobs import Job as ArqJob
from arq.jobs import JobStatus

from app.core.tasks import REQUEUE_LOST_JOBS, Upkeep
from app.jobs.context import WorkerContext
from app.jobs.registry import handler
from app.services import jobs as job_service

# A pending job younger than this may simply not have been picked up yet.
PENDING_GRACE = timedelta(minutes=2)


@handler(REQUEUE_LOST_JOBS)
async def requeue_lost_jobs(worker: WorkerContext, args: Upkeep) -> int:
    settings = worker.settings
    grace = (
        timedelta(seconds=args.pending_grace_seconds)
        if args.pending_grace_seconds is not None
        else PENDING_GRACE
    )
    stale_after = timedelta(seconds=settings.job_stale_seconds)
    async with worker.uow.begin() as session:
        lost = list(await job_service.stale_jobs(session, stale_after))
        for job in await job_service.old_pending_jobs(session, grace):
            if not await _still_queued(worker, job.queue, job.arq_job_id):
                lost.append(job)
        requeued = 0
        for job in lost:
            # What was read above may be out of date (a worker claimed the job meanwhile): the
            # record decides, in the requeue's own UPDATE.
            if await job_service.requeue(
                session, job, stale_after=stale_after, pending_grace=grace
            ):
                requeued += 1
    return requeued


async def _still_queued(worker: WorkerContext, queue: str, arq_job_id: str | None) -> bool:
    if arq_job_id is None:
        return False
    status = await ArqJob(arq_job_id, worker.queues.for_queue(queue)).status()
    # "in progress" does not count: a runner working on the job would have marked it processing,
    # so ARQ's in-progress mark on a pending job belongs to a worker that died (it would block
    # the job until ARQ's job timeout expires).
    return status in (JobStatus.queued, JobStatus.deferred)
