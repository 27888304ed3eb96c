"""Savings-goal progress and projected completion (docs/analytics.md, "Goals").

- saved = the sum of contributions (withdrawals are negative contributions);
- projected completion: reached → the day the running total first reached the target; else,
  with something saved, today + remaining / daily rate, where daily rate = saved / days since
  the first contribution (counting at least 30 days, so one deposit made today does not
  promise the moon);
- on track: projected completion on or before the target date;
- required monthly: what is left divided by the months (30.44 days) left to the target date.
"""

import math
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

MIN_RATE_DAYS = 30
DAYS_PER_MONTH = Decimal("30.44")


@dataclass(frozen=True)
class GoalProgress:
    saved: Decimal
    remaining: Decimal
    percent: Decimal
    projected_completion: date | None
    on_track: bool | None
    required_monthly: Decimal | None


def goal_progress(
    target: Decimal,
    contributions: list[tuple[date, Decimal]],
    today: date,
    target_date: date | None,
) -> GoalProgress:
    ordered = sorted(contributions)
    saved = sum((amount for _, amount in ordered), Decimal(0))
    remaining = max(target - saved, Decimal(0))
    projected = _projected(target, ordered, saved, remaining, today)
    required = None
    if target_date and remaining > 0 and target_date > today:
        required = remaining / (Decimal((target_date - today).days) / DAYS_PER_MONTH)
    return GoalProgress(
        saved=saved,
        remaining=remaining,
        percent=(saved * 100 / target).quantize(Decimal("0.1")),
        projected_completion=projected,
        on_track=(projected <= target_date) if projected and target_date else None,
        required_monthly=required,
    )


def _projected(
    target: Decimal,
    ordered: list[tuple[date, Decimal]],
    saved: Decimal,
    remaining: Decimal,
    today: date,
) -> date | None:
    if remaining == 0:
        running = Decimal(0)
        for day, amount in ordered:
            running += amount
            if running >= target:
                return day
    if saved <= 0:
        return None
    days = max(MIN_RATE_DAYS, (today - ordered[0][0]).days + 1)
    daily_rate = saved / days
    return today + timedelta(days=math.ceil(remaining / daily_rate))
