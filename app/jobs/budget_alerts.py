"""Base-queue job: tell a user a budget crossed 80 % or 100 % (a mail and a WebSocket event).

The alert row is raised once per budget, period and threshold by services.budgets; this job
only delivers it (the mail only when the user keeps budget alerts by email, in Settings). Jobs
run at least once: `sent_at` makes a re-run after success a no-op (a crash between the mail and
the commit can still send the mail twice, never zero times)."""

import uuid

from app.core.events import publish
from app.core.tasks import SEND_BUDGET_ALERT, BudgetAlert
from app.jobs.context import WorkerContext
from app.jobs.registry import handler
from app.services import budgets, mailer

EVENT = "budget.alert"


@handler(SEND_BUDGET_ALERT)
async def send_budget_alert(worker: WorkerContext, args: BudgetAlert) -> str:
    alert_id = uuid.UUID(args.alert_id)
    async with worker.uow.begin() as session:
        notice = await budgets.alert_notice(session, alert_id)
        if notice is None:
            return "gone"  # the budget was deleted meanwhile
        if notice.already_sent:
            return "already sent"
        if notice.by_email:  # else the WebSocket event only (the user's preference)
            await mailer.send_email(worker.settings, notice.email, notice.subject, notice.body)
        await publish(worker.cache, notice.user_id, EVENT, notice.event)
        await budgets.mark_alert_sent(session, alert_id)
    return "sent"
