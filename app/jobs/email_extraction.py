"""Email-queue tasks that turn stored emails into transactions, and the base-queue retraining.

Light tasks rather than BaseJobs: they are steps of a sync (whose job record shows the
progress), idempotent, and cheap to run again; a sweep after each sync picks up any batch whose
task was lost."""

import uuid
from dataclasses import asdict

from app.core.tasks import EXTRACT_EMAILS, RETRAIN_CATEGORISER, ExtractEmails, UserTask
from app.ingest import categorise
from app.ingest.pipeline import extract_emails
from app.jobs.context import WorkerContext
from app.jobs.registry import handler


@handler(EXTRACT_EMAILS)
async def run_email_extraction(worker: WorkerContext, args: ExtractEmails) -> dict[str, int]:
    summary = await extract_emails(
        worker.uow,
        worker.cache,
        uuid.UUID(args.user_id),
        [uuid.UUID(i) for i in args.email_ids] if args.email_ids is not None else None,
        worker.llm,
    )
    return asdict(summary)


@handler(RETRAIN_CATEGORISER)
async def retrain_categoriser(worker: WorkerContext, args: UserTask) -> int:
    """After a user corrects categories, learn from it."""
    async with worker.uow.begin() as session:
        return await categorise.retrain(session, uuid.UUID(args.user_id))
