"""Email-queue tasks that turn stored emails into transactions, and the base-queue retraining.

Light tasks rather than BaseJobs: they are steps of a sync (whose job record shows the
progress), idempotent, and cheap to run again; a sweep after each sync picks up any batch whose
task was lost."""

import asyncio
import contextlib
import uuid
from collections.abc import Sequence
from dataclasses import asdict

from arq.connections import ArqRedis
from arq.constants import job_key_prefix

from app.core.tasks import EXTRACT_EMAILS, RETRAIN_CATEGORISER, ExtractEmails, UserTask
from app.ingest import categorise
from app.ingest.pipeline import extract_emails
from app.jobs.context import WorkerContext
from app.jobs.registry import handler

# How long a sweep waits for its sync's batch tasks at most, and how often it looks. Past the
# wait it reads anyway: extraction is idempotent, a second reading only costs CPU.
SWEEP_WAIT_SECONDS = 300.0
SWEEP_POLL_SECONDS = 0.2


@handler(EXTRACT_EMAILS)
async def run_email_extraction(worker: WorkerContext, args: ExtractEmails) -> dict[str, int]:
    if args.after_jobs:
        await wait_for_jobs(worker.queues.email, args.after_jobs)
    summary = await extract_emails(
        worker.uow,
        worker.cache,
        uuid.UUID(args.user_id),
        [uuid.UUID(i) for i in args.email_ids] if args.email_ids is not None else None,
        worker.llm,
    )
    return asdict(summary)


async def wait_for_jobs(queue: ArqRedis, job_ids: Sequence[str]) -> None:
    """Until none of these ARQ jobs is queued or running (ARQ deletes a job's key when it
    finishes or fails for good, and keeps it through retries), or SWEEP_WAIT_SECONDS."""
    keys = [job_key_prefix + job_id for job_id in job_ids]
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(SWEEP_WAIT_SECONDS):
            while True:  # polled: the keys live in Redis, not in this process
                if not await queue.exists(*keys):
                    return
                await asyncio.sleep(SWEEP_POLL_SECONDS)


@handler(RETRAIN_CATEGORISER)
async def retrain_categoriser(worker: WorkerContext, args: UserTask) -> int:
    """After a user corrects categories, learn from it."""
    async with worker.uow.begin() as session:
        return await categorise.retrain(session, uuid.UUID(args.user_id))
