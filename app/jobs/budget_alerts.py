"""Base-queue job: tell a user a budget crossed 80 % or 100 % (a mail and a WebSocket event).

The alert row is raised once per budget, period and threshold by services.budgets; this job
only delivers it. Jobs run at least once: `sent_at` makes a re-run after success a no-op (a
crash between the mail and the commit can still send the mail twice, never zero times)."""

import uuid
from typing import Any

from app.core.events import publish
from app.services import budgets, mailer

EVENT = "budget.alert"


async def send_budget_alert(ctx: dict[str, Any], alert_id: str) -> str:
    async with ctx["sessionmaker"]() as session:
        notice = await budgets.alert_notice(session, uuid.UUID(alert_id))
        if notice is None:
            return "gone"  # the budget was deleted meanwhile
        if notice.already_sent:
            return "already sent"
        await mailer.send_email(ctx["settings"], notice.email, notice.subject, notice.body)
        await publish(ctx["cache"], notice.user_id, EVENT, notice.event)
        await budgets.mark_alert_sent(session, uuid.UUID(alert_id))
        await session.commit()
    return "sent"
