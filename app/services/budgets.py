"""Monthly budgets: spent, remaining and percent per period, optional rollover, and the 80 % /
100 % alerts raised once per budget and period.

Spending follows app.analytics.classify: debits count, refunds (credits in an expense
category) count back, transfers never count. A category budget covers its subcategories; an
overall budget covers every expense. Amounts are converted into the budget's currency at the
rate of each transaction's day. Months and days are the user's, in their time zone: "this
month" is the month it is where they are, and a month spans its local first to last day.
"""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.analytics.classify import CategoryTree, classify
from app.analytics.fx import Converter, cents
from app.analytics.periods import add_months, month_start, months_between
from app.core.errors import BadRequest, Conflict, NotFound
from app.core.tasks import SEND_BUDGET_ALERT, BudgetAlert
from app.core.timezones import DEFAULT_TIMEZONE, local_today
from app.crud import budgets as budgets_crud
from app.crud import categories as categories_crud
from app.crud import reports, users
from app.models import Budget, User
from app.models.budget import ALERT_THRESHOLDS
from app.schemas.budget import BudgetCreate, BudgetStatus, BudgetUpdate
from app.services import exchange_rates, reference

PERCENT_STEP = Decimal("0.1")


async def list_budgets(
    session: AsyncSession, user_id: uuid.UUID, tz: str, month: date | None = None
) -> list[BudgetStatus]:
    budgets = await budgets_crud.list_for_user(session, user_id)
    return await _statuses(session, user_id, budgets, month_start(month or local_today(tz)), tz)


async def get_budget(
    session: AsyncSession,
    user_id: uuid.UUID,
    budget_id: uuid.UUID,
    tz: str,
    month: date | None = None,
) -> BudgetStatus:
    budget = await _get(session, user_id, budget_id)
    month = month_start(month or local_today(tz))
    return (await _statuses(session, user_id, [budget], month, tz))[0]


async def create_budget(session: AsyncSession, user: User, data: BudgetCreate) -> BudgetStatus:
    if data.category_id is not None:
        category = await categories_crud.get_for_user(session, user.id, data.category_id)
        if category is None:
            raise NotFound("Category not found.")
        if category.kind != "expense":
            raise BadRequest("Budgets are for expense categories.", code="not_an_expense")
    if await budgets_crud.find_for_category(session, user.id, data.category_id):
        what = "this category" if data.category_id else "overall spending"
        raise Conflict(f"There is already a budget for {what}.", code="budget_exists")
    budget = await budgets_crud.create(
        session,
        user_id=user.id,
        category_id=data.category_id,
        amount=data.amount,
        currency=data.currency or user.base_currency,
        period=data.period,
        rollover=data.rollover,
        starts_on=data.starts_on or month_start(local_today(user.timezone)),
    )
    await check_budgets(session, user.id, tz=user.timezone)
    return await get_budget(session, user.id, budget.id, user.timezone)


async def update_budget(
    session: AsyncSession, user_id: uuid.UUID, budget_id: uuid.UUID, tz: str, data: BudgetUpdate
) -> BudgetStatus:
    budget = await _get(session, user_id, budget_id)
    for field in ("amount", "currency", "rollover", "starts_on"):
        value = getattr(data, field)
        if value is not None:
            setattr(budget, field, value)
    await session.flush()
    await check_budgets(session, user_id, tz=tz)
    return await get_budget(session, user_id, budget_id, tz)


async def delete_budget(session: AsyncSession, user_id: uuid.UUID, budget_id: uuid.UUID) -> None:
    await budgets_crud.delete(session, await _get(session, user_id, budget_id))


async def _get(session: AsyncSession, user_id: uuid.UUID, budget_id: uuid.UUID) -> Budget:
    budget = await budgets_crud.get_for_user(session, user_id, budget_id)
    if budget is None:
        raise NotFound("Budget not found.")
    return budget


async def _statuses(
    session: AsyncSession, user_id: uuid.UUID, budgets: Sequence[Budget], month: date, tz: str
) -> list[BudgetStatus]:
    """Every budget's numbers for `month`, from one aggregate query (local days of zone tz)."""
    if not budgets:
        return []
    tree = await reference.category_tree(session, user_id)
    first = min(_first_month(budget, month) for budget in budgets)
    end = add_months(month, 1)
    rows = await reports.daily_totals(session, user_id, first, end, tz=tz, by_transactor=False)
    rates = await exchange_rates.rate_table(session, first, end - timedelta(days=1))
    return [
        _status(budget, rows, tree, Converter(rates, budget.currency), month) for budget in budgets
    ]


def _first_month(budget: Budget, month: date) -> date:
    """Rollover needs every month since the budget started; otherwise just this one."""
    return min(month_start(budget.starts_on), month) if budget.rollover else month


def _status(
    budget: Budget, rows: Sequence[Any], tree: CategoryTree, converter: Converter, month: date
) -> BudgetStatus:
    spent_by_month = _spending_by_month(budget, rows, tree, converter, _first_month(budget, month))
    carried = Decimal(0)
    if budget.rollover:
        for earlier in months_between(budget.starts_on, month - timedelta(days=1)):
            carried += budget.amount - spent_by_month.get(earlier, Decimal(0))
    available = budget.amount + carried
    spent = spent_by_month.get(month, Decimal(0))
    return BudgetStatus(
        id=budget.id,
        category_id=budget.category_id,
        category_name=tree.names.get(budget.category_id) if budget.category_id else None,
        amount=budget.amount,
        currency=budget.currency,
        period=budget.period,
        rollover=budget.rollover,
        starts_on=budget.starts_on,
        period_start=month,
        period_end=add_months(month, 1) - timedelta(days=1),
        carried_over=cents(carried),
        available=cents(available),
        spent=cents(spent),
        remaining=cents(available - spent),
        percent=(spent * 100 / available).quantize(PERCENT_STEP) if available > 0 else None,
        unconverted=converter.unconverted(),
        created_at=budget.created_at,
    )


def _spending_by_month(
    budget: Budget,
    rows: Sequence[Any],
    tree: CategoryTree,
    converter: Converter,
    first: date,
) -> dict[date, Decimal]:
    family = tree.family(budget.category_id) if budget.category_id else None
    spent: dict[date, Decimal] = defaultdict(Decimal)
    for row in rows:
        if row.day < first or (family is not None and row.category_id not in family):
            continue
        flow = classify(row.type, tree.kind(row.category_id))
        if flow not in ("expense", "refund"):
            continue
        value = converter.convert(row.total, row.currency, row.day, row.n)
        if value is not None:
            spent[month_start(row.day)] += value if flow == "expense" else -value
    return spent


# --- alerts ------------------------------------------------------------------------------------


async def check_budgets(
    session: AsyncSession, user_id: uuid.UUID, today: date | None = None, *, tz: str | None = None
) -> list[uuid.UUID]:
    """Raise the 80 % and 100 % alerts of this month's budgets that crossed them, once per
    budget and month: the unique (budget, period, threshold) row decides, so concurrent checks
    raise it once. When both thresholds are crossed at once only the 100 % alert is sent (the
    80 % one is recorded, so it never fires later). Call after transactions are created or
    changed; the notification is queued to go after the commit. Returns the alerts queued.
    "This month" is the user's: `tz` is their zone, read here when the caller does not have it."""
    every = await budgets_crud.list_for_user(session, user_id)
    if not every:
        return []
    if tz is None:
        tz = await users.get_timezone(session, user_id) or DEFAULT_TIMEZONE
    month = month_start(today or local_today(tz))
    budgets = [b for b in every if month_start(b.starts_on) <= month]
    rows = [
        {
            "id": uuid.uuid4(),
            "budget_id": status.id,
            "period_start": month,
            "threshold": threshold,
            "spent": status.spent,
            "available": status.available,
        }
        for status in await _statuses(session, user_id, budgets, month, tz)
        for threshold in ALERT_THRESHOLDS
        if _crossed(status.spent, status.available, threshold)
    ]
    highest: dict[uuid.UUID, tuple[int, uuid.UUID]] = {}
    for alert_id, budget_id, threshold in await budgets_crud.insert_alerts(session, rows):
        if budget_id not in highest or highest[budget_id][0] < threshold:
            highest[budget_id] = (threshold, alert_id)
    for _, alert_id in highest.values():
        SEND_BUDGET_ALERT.defer(session, BudgetAlert(alert_id=str(alert_id)))
    return [alert_id for _, alert_id in highest.values()]


def _crossed(spent: Decimal, available: Decimal, threshold: int) -> bool:
    return spent > 0 and spent * 100 >= available * threshold


@dataclass(frozen=True)
class AlertNotice:
    """What the notification job sends: a mail and a WebSocket event."""

    user_id: uuid.UUID
    email: str
    subject: str
    body: str
    event: dict[str, Any]
    already_sent: bool
    by_email: bool = True  # the user's preference (users.email_budget_alerts)


async def alert_notice(session: AsyncSession, alert_id: uuid.UUID) -> AlertNotice | None:
    row = await budgets_crud.alert_context(session, alert_id)
    if row is None:
        return None
    alert, budget = row.BudgetAlert, row.Budget
    name = row.category_name or "overall"
    percent = (
        (alert.spent * 100 / alert.available).quantize(Decimal(1)) if alert.available > 0 else None
    )
    money = f"{alert.spent:,.2f} of {alert.available:,.2f} {budget.currency}"
    state = "is used up" if alert.threshold >= 100 else f"has reached {alert.threshold} %"
    month = alert.period_start.strftime("%B %Y")
    return AlertNotice(
        user_id=budget.user_id,
        email=row.email,
        subject=f"Budget alert: {name} {state}",
        body=(
            f"Your {name} budget for {month} {state}: you have spent {money}"
            + (f" ({percent} %)." if percent is not None else ".")
            + "\n\nOpen FinCoach to see where the money went."
        ),
        event={
            "alert_id": str(alert.id),
            "budget_id": str(budget.id),
            "category_id": str(budget.category_id) if budget.category_id else None,
            "category_name": row.category_name,
            "threshold": alert.threshold,
            "period_start": alert.period_start.isoformat(),
            "spent": str(alert.spent),
            "available": str(alert.available),
            "currency": budget.currency,
        },
        already_sent=alert.sent_at is not None,
        by_email=row.email_budget_alerts,
    )


async def mark_alert_sent(session: AsyncSession, alert_id: uuid.UUID) -> None:
    await budgets_crud.mark_alert_sent(session, alert_id)
