"""The reconciliation rule, on its own."""

import uuid
from datetime import date
from decimal import Decimal

from app.statements.match import LedgerRow, reconcile
from app.statements.model import StatementLine


def _line(day: int, amount: str, type_: str = "debit", ref: str | None = None) -> StatementLine:
    return StatementLine(date(2026, 3, day), Decimal(amount), type_, "x", ref)


def _row(day: int, amount: str, type_: str = "debit", ref: str | None = None) -> LedgerRow:
    return LedgerRow(uuid.uuid4(), date(2026, 3, day), Decimal(amount), type_, ref)


def test_match_missing_and_flagged():
    lines = [_line(2, "45.90"), _line(5, "2500.00", "credit"), _line(9, "12.50")]
    alert, salary_wrong_way, extra, outside = (
        _row(1, "45.90"),
        _row(5, "2500.00", "debit"),
        _row(20, "99.00"),
        _row(31, "5.00"),
    )
    result = reconcile(
        lines, [alert, salary_wrong_way, extra, outside], date(2026, 3, 1), date(2026, 3, 30)
    )
    assert result.matched == [(lines[0], alert)]
    assert result.missing == [lines[1], lines[2]]
    assert result.flagged == [salary_wrong_way, extra]  # 31 March is outside the period


def test_nearest_day_wins_and_a_row_is_used_once():
    lines = [_line(10, "20.00"), _line(11, "20.00")]
    far, near = _row(6, "20.00"), _row(11, "20.00")
    result = reconcile(lines, [far, near], date(2026, 3, 1), date(2026, 3, 31))
    # Day 11 takes its same-day row; day 10 still reaches day 6 (4 days): nothing is missing.
    assert result.matched == [(lines[0], far), (lines[1], near)]
    assert result.missing == [] and result.flagged == []


def test_a_shared_reference_matches_across_a_different_amount_and_wins_over_the_amount():
    lines = [_line(3, "101.50", ref="UTR-7781"), _line(3, "100.00")]
    same_amount, same_ref = _row(3, "100.00"), _row(2, "100.00", ref="utr7781")
    result = reconcile(lines, [same_amount, same_ref], date(2026, 3, 1), date(2026, 3, 31))
    assert result.matched == [(lines[0], same_ref), (lines[1], same_amount)]
    assert result.missing == [] and result.flagged == []


def test_too_far_apart_is_not_a_match():
    result = reconcile(
        [_line(20, "10.00")], [_row(10, "10.00")], date(2026, 3, 1), date(2026, 3, 31)
    )
    assert result.matched == [] and len(result.missing) == 1 and len(result.flagged) == 1
