"""Reconcile a statement's lines with the ledger's rows for the same account and period.

A line matches an unmatched ledger row going the same way within TOLERANCE_DAYS of it, with
the same amount, or, where both carry the same reference, whatever the amount (the statement's
amount then wins). Pairs sharing a reference go first, then the nearest days, so a reference is
never taken from its line by a look-alike.
What is left: lines with no row (missing from the ledger) and rows inside the statement's period
with no line (flagged: on the ledger, not on the statement)."""

import re
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.statements.model import StatementLine

TOLERANCE_DAYS = 4  # card alerts come at purchase, statements post at settlement


@dataclass(frozen=True, slots=True)
class LedgerRow:
    id: uuid.UUID
    day: date  # the user's local day
    amount: Decimal
    type: str
    reference: str | None
    description: str = ""


@dataclass
class Reconciliation:
    matched: list[tuple[StatementLine, LedgerRow]]
    missing: list[StatementLine]
    flagged: list[LedgerRow]


def reconcile(
    lines: list[StatementLine], ledger: list[LedgerRow], first_day: date, last_day: date
) -> Reconciliation:
    # Every admissible (line, row) pair, best first; taken greedily, so a line does not take
    # the row a closer line needs when it has another within reach.
    by_amount: dict[tuple[str, Decimal], list[LedgerRow]] = defaultdict(list)
    by_reference: dict[str, list[LedgerRow]] = defaultdict(list)
    for row in ledger:
        by_amount[(row.type, row.amount)].append(row)
        reference = normal_reference(row.reference)
        if reference:
            by_reference[reference].append(row)
    pairs = []
    for index, line in enumerate(lines):
        reference = normal_reference(line.reference)
        candidates = {r.id: r for r in by_amount[(line.type, line.amount)]}
        if reference:
            candidates.update((r.id, r) for r in by_reference[reference] if r.type == line.type)
        for row in candidates.values():
            distance = abs((row.day - line.posted_on).days)
            if distance <= TOLERANCE_DAYS:
                same = reference is not None and normal_reference(row.reference) == reference
                pairs.append(((0 if same else 1, distance, index, row.day), index, row))
    pairs.sort(key=lambda pair: pair[0])
    line_rows: dict[int, LedgerRow] = {}
    used: set[uuid.UUID] = set()
    for _, index, row in pairs:
        if index not in line_rows and row.id not in used:
            line_rows[index] = row
            used.add(row.id)
    flagged = sorted(
        (row for row in ledger if row.id not in used and first_day <= row.day <= last_day),
        key=lambda row: (row.day, row.amount),
    )
    return Reconciliation(
        matched=[(line, line_rows[i]) for i, line in enumerate(lines) if i in line_rows],
        missing=[line for i, line in enumerate(lines) if i not in line_rows],
        flagged=flagged,
    )


def normal_reference(value: str | None) -> str | None:
    """References compared without case, spaces or punctuation."""
    cleaned = re.sub(r"[^0-9A-Za-z]", "", value or "").upper()
    return cleaned or None
