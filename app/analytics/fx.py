"""Currency conversion for reports: the latest rate on or before the day of the transaction.

A rate stored as (base, quote, rate) means 1 base = rate quote. The table answers A→B from a
stored A→B or B→A rate (inverted), else through one pivot currency (A→USD→B, then EUR, then any
other), each leg taking its own latest rate on or before the day. No rate on or before the day
means the amount cannot be converted: reports then say so instead of guessing.
"""

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

PREFERRED_PIVOTS = ("USD", "EUR")


@dataclass(frozen=True, slots=True)
class Rate:
    base: str
    quote: str
    as_of: date
    rate: Decimal


class RateTable:
    def __init__(self, rates: Iterable[Rate]) -> None:
        pairs: dict[tuple[str, str], dict[date, Decimal]] = defaultdict(dict)
        for rate in rates:
            if rate.rate <= 0 or rate.base == rate.quote:
                continue
            pairs[(rate.base, rate.quote)][rate.as_of] = rate.rate
            # A stored direct rate wins over an inverted one for the same day.
            pairs[(rate.quote, rate.base)].setdefault(rate.as_of, Decimal(1) / rate.rate)
        self._days = {pair: sorted(series) for pair, series in pairs.items()}
        self._values = {
            pair: [pairs[pair][day] for day in days] for pair, days in self._days.items()
        }
        currencies = {code for pair in pairs for code in pair}
        self._pivots = [*PREFERRED_PIVOTS, *sorted(currencies - set(PREFERRED_PIVOTS))]

    def rate(self, source: str, target: str, on: date) -> Decimal | None:
        found = self.rate_on(source, target, on)
        return None if found is None else found[0]

    def rate_on(self, source: str, target: str, on: date) -> tuple[Decimal, date] | None:
        """The rate for `on` and the day it was published (through a pivot, the older leg's)."""
        if source == target:
            return Decimal(1), on
        direct = self._latest(source, target, on)
        if direct is not None:
            return direct
        for pivot in self._pivots:
            if pivot in (source, target):
                continue
            first, second = self._latest(source, pivot, on), self._latest(pivot, target, on)
            if first is not None and second is not None:
                return first[0] * second[0], min(first[1], second[1])
        return None

    def convert(self, amount: Decimal, source: str, target: str, on: date) -> Decimal | None:
        rate = self.rate(source, target, on)
        return None if rate is None else amount * rate

    def _latest(self, source: str, target: str, on: date) -> tuple[Decimal, date] | None:
        days = self._days.get((source, target))
        if not days:
            return None
        index = bisect_right(days, on)
        return (self._values[(source, target)][index - 1], days[index - 1]) if index else None


class Converter:
    """Converts into one currency and keeps count of what it could not convert, so a report can
    say "12 transactions in KES (4,200.00) are not included: no KES rate on or before them"."""

    def __init__(self, table: RateTable, target: str) -> None:
        self.table = table
        self.target = target
        self._missing: dict[str, list[Decimal | int]] = {}
        self._rate_days: dict[str, tuple[date, date]] = {}

    def convert(self, amount: Decimal, currency: str, on: date, count: int = 1) -> Decimal | None:
        found = self.table.rate_on(currency, self.target, on)
        if found is None:
            entry = self._missing.setdefault(currency, [Decimal(0), 0])
            entry[0] += amount
            entry[1] += count
            return None
        rate, day = found
        if currency != self.target:
            first, last = self._rate_days.get(currency, (day, day))
            self._rate_days[currency] = (min(first, day), max(last, day))
        return amount * rate

    def rates_used(self) -> list[dict[str, object]]:
        """Per converted currency, the oldest and newest rate days its amounts were converted
        at (a report's "at the rates of ..." note)."""
        return [
            {"currency": currency, "first_rate_day": first, "last_rate_day": last}
            for currency, (first, last) in sorted(self._rate_days.items())
        ]

    def unconverted(self) -> list[dict[str, object]]:
        return [
            {"currency": currency, "amount": amount, "count": count}
            for currency, (amount, count) in sorted(self._missing.items())
        ]


CENT = Decimal("0.01")


def cents(amount: Decimal) -> Decimal:
    """Rounded to the cent, half up, as money is shown and stored."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)
