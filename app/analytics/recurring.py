"""Recurring payments and subscriptions, found in the history of debits (docs/analytics.md gives
the definition with its reasons; keep the two in step).

For each transactor and currency:
1. The series is the largest set of its debits whose amounts lie within ±10 % of one of them
   (the anchor; on a tie, the most recent anchor). Fewer than 3 → not recurring.
2. The median interval between consecutive payments of the series must lie within ±20 % of a
   cadence: weekly 7, fortnightly 14, monthly 30.44, quarterly 91.31 or yearly 365.25 days.
3. Regular: at most ⌊n/4⌋ of its n intervals may differ from the median interval by more
   than 20 % (a late payment makes one long and one short interval: among 8 or more intervals
   that is forgiven).
Next expected date = last payment + one cadence step: 7 or 14 days, or 1, 3 or 12 calendar
months (same day of the month, or the month's last day when it is shorter), so a bill paid on
the 5th is expected on the 5th. Next expected amount = median of the last three payments.
Active = the last payment is at most 1.5 median intervals old. A subscription is a series
whose every amount is within ±2 % of its median (a fixed price); other series (a phone bill
that varies) are "recurring".
"""

import uuid
from bisect import bisect_left, bisect_right
from calendar import monthrange
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from statistics import median

MIN_PAYMENTS = 3
AMOUNT_TOLERANCE = Decimal("0.10")
INTERVAL_TOLERANCE = Decimal("0.20")
FIXED_PRICE_TOLERANCE = Decimal("0.02")
ACTIVE_INTERVALS = Decimal("1.5")
STEP_DAYS = {"weekly": 7, "fortnightly": 14}
STEP_MONTHS = {"monthly": 1, "quarterly": 3, "yearly": 12}
CADENCES: dict[str, Decimal] = {
    "weekly": Decimal(7),
    "fortnightly": Decimal(14),
    "monthly": Decimal("30.44"),
    "quarterly": Decimal("91.31"),
    "yearly": Decimal("365.25"),
}


@dataclass(frozen=True, slots=True)
class Payment:
    id: uuid.UUID
    transactor_id: uuid.UUID
    currency: str
    amount: Decimal
    on: date
    category_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class RecurringSeries:
    transactor_id: uuid.UUID
    currency: str
    cadence: str
    interval_days: int
    kind: str  # "subscription" (fixed price) or "recurring" (amount varies)
    payment_ids: tuple[uuid.UUID, ...]
    occurrences: int
    typical_amount: Decimal  # median of the series
    first_on: date
    last_on: date
    next_expected_on: date
    next_expected_amount: Decimal
    active: bool
    category_id: uuid.UUID | None  # of the latest payment

    def occurrences_between(self, start: date, end: date) -> list[date]:
        """Expected payment dates in [start, end), projected forward from the last payment."""
        dates, steps = [], 1
        day = advance(self.last_on, self.cadence, steps)
        while day < end:
            if day >= start:
                dates.append(day)
            steps += 1
            day = advance(self.last_on, self.cadence, steps)
        return dates


def advance(day: date, cadence: str, steps: int) -> date:
    """`steps` cadence steps after `day` (months keep the day of the month where they can)."""
    if cadence in STEP_DAYS:
        return day + timedelta(days=STEP_DAYS[cadence] * steps)
    index = day.year * 12 + day.month - 1 + STEP_MONTHS[cadence] * steps
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def detect_recurring(payments: Iterable[Payment], today: date) -> list[RecurringSeries]:
    groups: dict[tuple[uuid.UUID, str], list[Payment]] = defaultdict(list)
    for payment in payments:
        groups[(payment.transactor_id, payment.currency)].append(payment)
    found = [_series(group, today) for group in groups.values()]
    return sorted(
        (series for series in found if series is not None),
        key=lambda s: (s.next_expected_on, str(s.transactor_id)),
    )


def _series(group: list[Payment], today: date) -> RecurringSeries | None:
    members = _largest_similar_set(group)
    if len(members) < MIN_PAYMENTS:
        return None
    members.sort(key=lambda p: (p.on, p.id))
    intervals = [Decimal((b.on - a.on).days) for a, b in pairwise(members)]
    typical_interval = median(intervals)
    cadence = _cadence(typical_interval)
    if cadence is None or not _regular(intervals, typical_interval):
        return None
    amounts = [p.amount for p in members]
    typical_amount = median(amounts)
    step = int(typical_interval.to_integral_value(ROUND_HALF_UP))
    last = members[-1]
    fixed = all(abs(a - typical_amount) <= FIXED_PRICE_TOLERANCE * typical_amount for a in amounts)
    return RecurringSeries(
        transactor_id=last.transactor_id,
        currency=last.currency,
        cadence=cadence,
        interval_days=step,
        kind="subscription" if fixed else "recurring",
        payment_ids=tuple(p.id for p in members),
        occurrences=len(members),
        typical_amount=typical_amount,
        first_on=members[0].on,
        last_on=last.on,
        next_expected_on=advance(last.on, cadence, 1),
        next_expected_amount=median(amounts[-3:]),
        active=(today - last.on).days <= ACTIVE_INTERVALS * typical_interval,
        category_id=last.category_id,
    )


def _largest_similar_set(group: list[Payment]) -> list[Payment]:
    """The most payments within ±10 % of one anchor amount (ties: the latest anchor)."""
    by_amount = sorted(group, key=lambda p: p.amount)
    amounts = [p.amount for p in by_amount]
    best: tuple[int, date] | None = None
    best_slice = (0, 0)
    for anchor in by_amount:
        low = bisect_left(amounts, anchor.amount * (1 - AMOUNT_TOLERANCE))
        high = bisect_right(amounts, anchor.amount * (1 + AMOUNT_TOLERANCE))
        score = (high - low, anchor.on)
        if best is None or score > best:
            best, best_slice = score, (low, high)
    return by_amount[best_slice[0] : best_slice[1]]


def _cadence(interval: Decimal) -> str | None:
    for name, days in CADENCES.items():
        if abs(interval - days) <= INTERVAL_TOLERANCE * days:
            return name
    return None


def _regular(intervals: list[Decimal], typical: Decimal) -> bool:
    off = sum(1 for gap in intervals if abs(gap - typical) > INTERVAL_TOLERANCE * typical)
    return off <= len(intervals) // 4
