"""Insights: suggested budgets, this month against your usual, unusual payments and
subscription price changes (docs/analytics.md, "Insights", defines each; keep the two in step).

Pure functions over Decimal amounts; the service (app.services.insights) reads the ledger,
converts into the base currency and names things."""

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from statistics import median
from typing import Literal

from app.analytics.recurring import Payment, detect_recurring

HISTORY_MONTHS = 6  # full months before the current one
MIN_MONTHS_WITH_SPENDING = 3  # of those, for a budget suggestion
USUAL_BAND = Decimal("0.25")  # within ±25 % of the usual is "as usual"
UNUSUAL_MIN_HISTORY = 5  # earlier payments to the same merchant needed to judge
UNUSUAL_Z = Decimal("3.5")  # Iglewicz & Hoaglin's cut-off for the modified z-score
Z_SCALE = Decimal("0.6745")  # makes MAD comparable to a standard deviation (normal data)
MAD_FLOOR = Decimal("0.05")  # MAD is taken as at least 5 % of the median
FIXED_PRICE = Decimal("0.02")  # a price is the same within ±2 %
MAX_PRICE_CHANGE = Decimal("0.50")  # a larger jump is another purchase, not a new price
INTERVAL_TOLERANCE = Decimal("0.20")
ACTIVE_INTERVALS = Decimal("1.5")
PERCENT = Decimal("0.1")
HUNDREDTH = Decimal("0.01")

UsualStatus = Literal["above", "below", "as_usual", "new"]


def suggested_budget(monthly_totals: Sequence[Decimal]) -> Decimal | None:
    """The median of the monthly totals (months without spending count as 0), rounded up to a
    whole unit; None with spending in fewer than MIN_MONTHS_WITH_SPENDING of them."""
    if sum(1 for total in monthly_totals if total > 0) < MIN_MONTHS_WITH_SPENDING:
        return None
    return Decimal(median(monthly_totals)).to_integral_value(ROUND_CEILING)


def percent_change(value: Decimal, usual: Decimal) -> Decimal | None:
    return ((value - usual) * 100 / usual).quantize(PERCENT, ROUND_HALF_UP) if usual else None


def usual_status(this_month: Decimal, usual_to_date: Decimal) -> UsualStatus:
    if usual_to_date <= 0:
        return "new"
    if this_month > usual_to_date * (1 + USUAL_BAND):
        return "above"
    if this_month < usual_to_date * (1 - USUAL_BAND):
        return "below"
    return "as_usual"


@dataclass(frozen=True)
class Deviation:
    median: Decimal
    mad: Decimal  # median absolute deviation of the history
    scale: Decimal  # the MAD used: at least MAD_FLOOR x median
    z: Decimal  # Z_SCALE x (amount - median) / scale, two decimals


def robust_z(amount: Decimal, history: Sequence[Decimal]) -> Deviation | None:
    """The modified z-score of `amount` against `history` (None with too little history)."""
    if len(history) < UNUSUAL_MIN_HISTORY:
        return None
    middle = Decimal(median(history))
    mad = Decimal(median(abs(x - middle) for x in history))
    scale = max(mad, MAD_FLOOR * middle)
    if scale <= 0:
        return None
    z = (Z_SCALE * (amount - middle) / scale).quantize(HUNDREDTH, ROUND_HALF_UP)
    return Deviation(median=middle, mad=mad, scale=scale, z=z)


def is_unusual(deviation: Deviation) -> bool:
    """Far above the merchant's normal (a smaller payment than usual is no warning)."""
    return deviation.z > UNUSUAL_Z


@dataclass(frozen=True)
class PriceChange:
    transactor_id: uuid.UUID
    currency: str
    cadence: str
    old_amount: Decimal
    new_amount: Decimal
    changed_on: date  # the first payment at the new price
    payments_at_old_price: int
    payments_at_new_price: int
    last_on: date

    @property
    def change(self) -> Decimal:
        return self.new_amount - self.old_amount

    @property
    def percent(self) -> Decimal:
        return (self.change * 100 / self.old_amount).quantize(PERCENT, ROUND_HALF_UP)


def price_changes(payments: Iterable[Payment], today: date) -> list[PriceChange]:
    """Per transactor and currency: the latest payments at one price (within ±2 % of the
    latest), following a subscription that recurring detection finds in the payments before
    them at another price, one cadence step (±20 %) after its last payment. The new price is
    at most 50 % away from the old, and the latest payment is at most 1.5 intervals old."""
    groups: dict[tuple[uuid.UUID, str], list[Payment]] = {}
    for payment in payments:
        groups.setdefault((payment.transactor_id, payment.currency), []).append(payment)
    found = []
    for group in groups.values():
        change = _price_change(sorted(group, key=lambda p: (p.on, p.id)), today)
        if change is not None:
            found.append(change)
    return sorted(found, key=lambda c: (c.changed_on, str(c.transactor_id)), reverse=True)


def _price_change(group: list[Payment], today: date) -> PriceChange | None:
    latest = group[-1].amount
    split = len(group)
    while split > 0 and abs(group[split - 1].amount - latest) <= FIXED_PRICE * latest:
        split -= 1
    before, after = group[:split], group[split:]
    subscriptions = [s for s in detect_recurring(before, after[0].on) if s.kind == "subscription"]
    if not subscriptions:
        return None
    series = subscriptions[0]
    gap = Decimal((after[0].on - series.last_on).days)
    step = Decimal(series.interval_days)
    old = series.typical_amount
    if abs(gap - step) > INTERVAL_TOLERANCE * step:
        return None
    if not FIXED_PRICE * old < abs(latest - old) <= MAX_PRICE_CHANGE * old:
        return None
    if (today - after[-1].on).days > ACTIVE_INTERVALS * step:
        return None
    return PriceChange(
        transactor_id=series.transactor_id,
        currency=series.currency,
        cadence=series.cadence,
        old_amount=old,
        new_amount=latest,
        changed_on=after[0].on,
        payments_at_old_price=series.occurrences,
        payments_at_new_price=len(after),
        last_on=after[-1].on,
    )
