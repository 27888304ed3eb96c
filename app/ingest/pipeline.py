"""Stored emails → ledger: extract → categorise → post, one batch at a time, one unit of work
per batch. Idempotent: an email already extracted is skipped, and `record_transactions` never
inserts one email twice."""

import asyncio
import uuid
from collections.abc import Sequence

from redis.asyncio import Redis

from app.core import events
from app.core.uow import UnitOfWork
from app.crud import extractions as extractions_crud
from app.crud import review as review_crud
from app.extraction.llm import LlmExtractor
from app.ingest import attachments, statements
from app.ingest.categorise import categorise
from app.ingest.extract import ask_llm_where_unsure, read_with_rules
from app.ingest.post import ExtractionSummary, post
from app.services import categories

BATCH_SIZE = 1000  # at least EMAIL_STORE_BATCH_MESSAGES: one stored batch, one pass


async def extract_emails(
    uow: UnitOfWork,
    cache: "Redis",
    user_id: uuid.UUID,
    email_ids: Sequence[uuid.UUID] | None,
    llm: LlmExtractor | None,
) -> ExtractionSummary:
    """Extract the given emails, or (None) every stored email of the user not extracted yet."""
    summary = ExtractionSummary()
    while True:
        async with uow.begin() as session:
            emails = await extractions_crud.emails_to_extract(
                session, user_id, email_ids, BATCH_SIZE
            )
            # What the user taught about these senders is read first (app.extraction.templates).
            taught = await review_crud.templates_for(
                session, user_id, sorted({email.sender for email in emails})
            )
        if not emails:
            return summary
        # Files come out of the raw messages here, off the store hot path; a PDF's text lets a
        # receipt-only email be read.
        collected = await attachments.collect(uow, user_id, emails)
        # The rules are pure CPU: a thread keeps the event loop (and the sync job sharing this
        # worker) responsive. Only the unsure ones then wait on the LLM.
        read = await asyncio.to_thread(read_with_rules, emails, taught, collected.texts)
        # An email carrying a statement is the statement's, not one transaction (nor a
        # question for the LLM).
        aside = {found.email_id for found in collected.statements}
        extracted = statements.set_aside(
            [
                item if item.email_id in aside else await ask_llm_where_unsure(item, llm)
                for item in read
            ],
            collected.statements,
        )
        # One unit of work per batch: the budget alerts its transactions raise are sent once
        # it commits.
        async with uow.begin() as session:
            await categories.ensure_default_categories(session, user_id)
            categorised = await categorise(session, user_id, extracted)
            batch = await post(session, user_id, extracted, categorised)
            # After the batch's alerts are posted, so a statement finds them to match.
            await statements.import_found(session, user_id, collected.statements)
        summary.add(batch)
        if batch.recorded:
            await events.publish(cache, user_id, "transaction.created", {"count": batch.recorded})
        # The given ids fit one batch, or fewer than a batch were left: all done, no query
        # more to find nothing (a stored batch is exactly BATCH_SIZE emails).
        if email_ids is not None and (len(emails) < BATCH_SIZE or len(email_ids) <= BATCH_SIZE):
            return summary
