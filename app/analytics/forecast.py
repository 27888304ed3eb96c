"""Next month's spending per category (docs/analytics.md states the method; keep in step).

forecast = baseline + recurring due, where
- baseline = the median of the category's spending in the last 3 complete months, leaving out
  payments that belong to a detected recurring series (a month without spending counts as 0).
  The median of three is their trimmed mean: one unusual month (a laptop, a holiday) does not
  move it.
- recurring due = the expected amount of every active recurring series of that category for
  each of its expected dates inside the forecast month.
The range is [lowest, highest] of the 3 history months, each plus the recurring due: what the
month would cost if it went like the cheapest or the dearest of the last three.
"""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from statistics import median

HISTORY_MONTHS = 3
CategoryKey = uuid.UUID | None  # None: uncategorised


@dataclass(frozen=True, slots=True)
class CategoryForecast:
    category_id: CategoryKey
    history: tuple[Decimal, ...]  # non-recurring spending of each history month, oldest first
    baseline: Decimal
    recurring_due: Decimal

    @property
    def amount(self) -> Decimal:
        return self.baseline + self.recurring_due

    @property
    def low(self) -> Decimal:
        return (min(self.history) if self.history else Decimal(0)) + self.recurring_due

    @property
    def high(self) -> Decimal:
        return (max(self.history) if self.history else Decimal(0)) + self.recurring_due


def forecast_next_month(
    non_recurring_spend: Mapping[CategoryKey, Mapping[date, Decimal]],
    recurring_due: Mapping[CategoryKey, Decimal],
    history_months: list[date],
) -> list[CategoryForecast]:
    categories = set(non_recurring_spend) | set(recurring_due)
    forecasts = []
    for category in categories:
        by_month = non_recurring_spend.get(category, {})
        history = tuple(by_month.get(month, Decimal(0)) for month in history_months)
        forecasts.append(
            CategoryForecast(
                category_id=category,
                history=history,
                baseline=median(history) if history else Decimal(0),
                recurring_due=recurring_due.get(category, Decimal(0)),
            )
        )
    return sorted(forecasts, key=lambda f: (-f.amount, str(f.category_id)))
