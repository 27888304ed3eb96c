"""The insight rules (app.analytics.insights) on small hand-computed cases."""

import uuid
from datetime import date
from decimal import Decimal as D

from app.analytics.insights import price_changes, robust_z, suggested_budget, usual_status
from app.analytics.recurring import Payment

NETFLIX = uuid.uuid4()


def monthly(amounts: list[str], start: date = date(2026, 1, 5)) -> list[Payment]:
    return [
        Payment(uuid.uuid4(), NETFLIX, "INR", D(a), date(start.year, start.month + i, start.day))
        for i, a in enumerate(amounts)
    ]


def test_budget_needs_three_months_and_rounds_the_median_up():
    assert suggested_budget([D(0), D(0), D(0), D(0), D(100), D(200)]) is None  # 2 months
    # 0 0 0 100 200 301 -> median (0 + 100) / 2 = 50
    assert suggested_budget([D(0), D(100), D(0), D(200), D(0), D(301)]) == D(50)
    # 10.2 10.4 10.6 ... -> median (10.4 + 10.6) / 2 = 10.5, rounded up to 11
    assert suggested_budget([D("10.2"), D("10.4"), D("10.6"), D("10.8")]) == D(11)


def test_usual_status_bands():
    assert usual_status(D(125), D(100)) == "as_usual"  # exactly +25 %: still usual
    assert usual_status(D("125.01"), D(100)) == "above"
    assert usual_status(D(75), D(100)) == "as_usual"
    assert usual_status(D("74.99"), D(100)) == "below"
    assert usual_status(D(10), D(0)) == "new"


def test_robust_z_with_mad_and_its_floor():
    assert robust_z(D(500), [D(100)] * 4) is None  # 4 earlier payments: too few
    # 100 x5: MAD 0, floor 5 % of 100 = 5; z = 0.6745 x 20 / 5 = 2.70
    flat = robust_z(D(120), [D(100)] * 5)
    assert flat is not None and (flat.mad, flat.scale, flat.z) == (D(0), D(5), D("2.70"))
    # 90 95 100 105 110: median 100, |dev| 10 5 0 5 10 -> MAD 5; z = 0.6745 x 100 / 5 = 13.49
    spread = robust_z(D(200), [D(90), D(95), D(100), D(105), D(110)])
    assert spread is not None
    assert (spread.median, spread.mad, spread.z) == (D(100), D(5), D("13.49"))


def test_price_change_found_after_the_new_price_and_not_otherwise():
    four_old_two_new = monthly(["649", "649", "649", "649", "799", "799"])  # Jan-Jun 5th
    [change] = price_changes(four_old_two_new, date(2026, 6, 20))
    assert (change.old_amount, change.new_amount, change.percent) == (D(649), D(799), D("23.1"))
    assert (change.changed_on, change.payments_at_new_price) == (date(2026, 5, 5), 2)
    # No change: one price all along.
    assert price_changes(monthly(["649"] * 6), date(2026, 6, 20)) == []
    # A jump of more than 50 % is another purchase, not a new price: 649 -> 1,000 (+54 %).
    assert price_changes(monthly(["649", "649", "649", "649", "1000"]), date(2026, 5, 20)) == []
    # Stopped: the latest payment (May 5th) is over 1.5 x 31 days old on July 1st.
    assert price_changes(monthly(["649", "649", "649", "649", "799"]), date(2026, 7, 1)) == []
    # Not one step after the old series: a gap of two months (Apr 5th -> Jun 5th).
    june = Payment(uuid.uuid4(), NETFLIX, "INR", D(799), date(2026, 6, 5))
    late = [*monthly(["649", "649", "649", "649"]), june]
    assert price_changes(late, date(2026, 6, 10)) == []
    # Fewer than 3 payments at the old price: no subscription to compare with.
    assert price_changes(monthly(["649", "649", "799"]), date(2026, 3, 10)) == []
