"""Email-queue tasks that turn stored emails into transactions. Plain ARQ functions rather than
BaseJobs: they are steps of a sync (whose job record shows the progress), idempotent, and cheap
to run again; a sweep after each sync picks up any batch whose task was lost."""

import uuid
from typing import Any

from app.services import categorisation
from app.services.extraction import extract_emails


async def run_email_extraction(
    ctx: dict[str, Any], user_id: str, email_ids: list[str] | None = None
) -> dict[str, int]:
    summary = await extract_emails(
        ctx["sessionmaker"],
        ctx["cache"],
        uuid.UUID(user_id),
        [uuid.UUID(i) for i in email_ids] if email_ids is not None else None,
        ctx.get("llm"),
    )
    return vars(summary)


async def retrain_categoriser(ctx: dict[str, Any], user_id: str) -> int:
    """Base queue: after a user corrects categories, learn from it."""
    async with ctx["sessionmaker"]() as session:
        examples = await categorisation.retrain(session, uuid.UUID(user_id))
        await session.commit()
    return examples
