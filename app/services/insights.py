"""Insights over the user's ledger, in their days and base currency (definitions:
app.analytics.insights and docs/analytics.md, "Insights")."""

import uuid
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from statistics import median

from sqlalchemy.ext.asyncio import AsyncSession

from app.analytics import insights as rules
from app.analytics.classify import classify
from app.analytics.fx import cents
from app.analytics.periods import add_months, month_start
from app.analytics.recurring import Payment
from app.core.timezones import local_today
from app.crud import budgets as budgets_crud
from app.crud import transactors as transactors_crud
from app.schemas.insights import (
    BudgetSuggestion,
    CategoryVsUsual,
    CurrentBudget,
    Insights,
    MonthTotal,
    SubscriptionPriceChange,
    UnusualTransaction,
)
from app.services.auth import Identity
from app.services.forecasting import LOOKBACK_DAYS, load_history

UNCATEGORISED = "Uncategorised"
Key = uuid.UUID | None


async def insights(session: AsyncSession, user: Identity, *, as_of: date | None) -> Insights:
    as_of = as_of or local_today(user.timezone)
    this_month = month_start(as_of)
    history = [add_months(this_month, -i) for i in range(rules.HISTORY_MONTHS, 0, -1)]
    first = min(as_of - timedelta(days=LOOKBACK_DAYS), history[0])
    rows, found, tree, converter = await load_history(session, user, first, as_of)

    # Spending less refunds per top-level category (a budget counts its subcategories too).
    totals: dict[Key, dict[date, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    to_date: dict[Key, dict[date, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    current: dict[Key, Decimal] = defaultdict(Decimal)
    for row in rows:
        month = month_start(row.day)
        flow = classify(row.type, tree.kind(row.category_id))
        if flow not in ("expense", "refund") or (month not in history and month != this_month):
            continue
        value = converter.convert(row.amount, row.currency, row.day)
        if value is None:
            continue
        signed = value if flow == "expense" else -value
        key = tree.top_level(row.category_id)
        if month == this_month:
            current[key] += signed
            continue
        totals[key][month] += signed
        if row.day.day <= as_of.day:
            to_date[key][month] += signed

    def name(key: Key) -> str:
        return tree.names.get(key, UNCATEGORISED) if key else UNCATEGORISED

    budgets = {b.category_id: b for b in await budgets_crud.list_for_user(session, user.id)}
    suggestions, versus = [], []
    for key in sorted({*totals, *current}, key=lambda k: name(k).lower()):
        monthly = [totals[key][m] for m in history]
        suggested = rules.suggested_budget(monthly)
        if suggested is not None and key is not None and tree.kind(key) == "expense":
            budget = budgets.get(key)
            suggestions.append(
                BudgetSuggestion(
                    category_id=key,
                    name=name(key),
                    suggested=suggested,
                    median=cents(Decimal(median(monthly))),
                    mean=cents(sum(monthly, Decimal(0)) / len(monthly)),
                    months_with_spending=sum(1 for m in monthly if m > 0),
                    monthly_totals=[
                        MonthTotal(month=m, amount=cents(t))
                        for m, t in zip(history, monthly, strict=True)
                    ],
                    current_budget=CurrentBudget(
                        id=budget.id, amount=budget.amount, currency=budget.currency
                    )
                    if budget
                    else None,
                )
            )
        usual = cents(Decimal(median([to_date[key][m] for m in history])))
        spent = cents(current[key])
        if spent == 0 and usual == 0:
            continue
        versus.append(
            CategoryVsUsual(
                category_id=key,
                name=name(key),
                this_month=spent,
                usual_to_date=usual,
                usual_month=cents(Decimal(median(monthly))),
                difference=spent - usual,
                percent=rules.percent_change(spent, usual),
                status=rules.usual_status(spent, usual),
            )
        )
    versus.sort(key=lambda v: (-abs(v.difference), v.name.lower()))

    payments = [
        Payment(row.id, row.transactor_id, row.currency, row.amount, row.day, row.category_id)
        for row in rows
        if row.type == "debit" and row.transactor_id is not None
    ]
    in_series = {payment_id for series in found for payment_id in series.payment_ids}
    by_merchant: dict[tuple[uuid.UUID, str], list[Payment]] = defaultdict(list)
    for payment in payments:
        by_merchant[(payment.transactor_id, payment.currency)].append(payment)
    unusual = []
    for payment in payments:
        if payment.on < this_month or payment.id in in_series:
            continue
        earlier = [
            p.amount
            for p in by_merchant[(payment.transactor_id, payment.currency)]
            if p.on <= payment.on and p.id != payment.id
        ]
        deviation = rules.robust_z(payment.amount, earlier)
        if deviation is not None and rules.is_unusual(deviation):
            unusual.append((payment, deviation, len(earlier)))
    changes = rules.price_changes(payments, as_of)

    names = {
        t.id: t.name
        for t in await transactors_crud.get_many_for_user(
            session,
            user.id,
            list({*(p.transactor_id for p, _, _ in unusual), *(c.transactor_id for c in changes)}),
        )
    }
    return Insights(
        as_of=as_of,
        currency=user.base_currency,
        history_months=history,
        budget_suggestions=suggestions,
        month_vs_usual=versus,
        unusual_transactions=[
            UnusualTransaction(
                transaction_id=p.id,
                transactor_id=p.transactor_id,
                merchant=names.get(p.transactor_id, ""),
                date=p.on,
                amount=p.amount,
                currency=p.currency,
                median=cents(d.median),
                mad=cents(d.mad),
                z_score=d.z,
                history_count=n,
            )
            for p, d, n in sorted(unusual, key=lambda u: (-u[1].z, u[0].on))
        ],
        price_changes=[
            SubscriptionPriceChange(
                transactor_id=c.transactor_id,
                merchant=names.get(c.transactor_id, ""),
                currency=c.currency,
                cadence=c.cadence,
                old_amount=cents(c.old_amount),
                new_amount=cents(c.new_amount),
                change=cents(c.change),
                percent=c.percent,
                changed_on=c.changed_on,
                payments_at_old_price=c.payments_at_old_price,
                payments_at_new_price=c.payments_at_new_price,
            )
            for c in changes
        ],
        unconverted=converter.unconverted(),
        rates_used=converter.rates_used(),
    )
