"""Recurring-payment detection, the forecast and currency conversion, on hand-made histories."""

import uuid
from datetime import date, timedelta
from decimal import Decimal

from app.analytics.forecast import forecast_next_month
from app.analytics.fx import Converter, Rate, RateTable, cents
from app.analytics.recurring import Payment, detect_recurring

TODAY = date(2026, 3, 20)


def pay(merchant, on, amount, currency="INR", category=None):
    return Payment(
        uuid.uuid4(), merchant, currency, Decimal(amount), date.fromisoformat(on), category
    )


def test_a_monthly_subscription_is_found_with_its_next_date_and_amount():
    netflix = uuid.uuid4()
    dates = ["2025-10-05", "2025-11-05", "2025-12-05", "2026-01-05", "2026-02-05", "2026-03-05"]
    [series] = detect_recurring([pay(netflix, d, "649.00") for d in dates], TODAY)
    assert (series.transactor_id, series.cadence, series.kind) == (
        netflix,
        "monthly",
        "subscription",
    )
    assert series.interval_days == 31  # median of 31, 30, 31, 31, 28
    assert series.next_expected_on == date(2026, 4, 5)
    assert series.next_expected_amount == Decimal("649.00")
    assert (series.occurrences, series.active) == (6, True)


def test_one_off_and_irregular_payments_are_not_recurring():
    shop, cafe = uuid.uuid4(), uuid.uuid4()
    payments = [
        pay(shop, "2026-01-10", "4999.00"),  # a one-off
        pay(cafe, "2026-01-01", "500.00"),  # three alike, but 3 then 40 days apart
        pay(cafe, "2026-01-04", "500.00"),
        pay(cafe, "2026-02-13", "500.00"),
    ]
    assert detect_recurring(payments, TODAY) == []


def test_two_payments_are_not_enough():
    gym = uuid.uuid4()
    assert (
        detect_recurring([pay(gym, "2026-01-01", "900"), pay(gym, "2026-02-01", "900")], TODAY)
        == []
    )


def test_a_varying_bill_is_recurring_but_not_a_subscription():
    power = uuid.uuid4()
    amounts = {
        "2025-12-12": "1800",
        "2026-01-11": "2100",
        "2026-02-12": "1950",
        "2026-03-12": "2050",
    }
    [series] = detect_recurring([pay(power, d, a) for d, a in amounts.items()], TODAY)
    assert (series.cadence, series.kind) == ("monthly", "recurring")
    assert series.typical_amount == Decimal("2000")  # median of the four
    assert series.next_expected_amount == Decimal("2050")  # median of the last three


def test_a_subscription_hidden_among_other_orders_of_the_same_merchant():
    amazon = uuid.uuid4()
    prime = [pay(amazon, d, "1499.00") for d in ("2025-12-15", "2026-01-15", "2026-02-15")]
    orders = [
        pay(amazon, d, a)
        for d, a in (("2025-12-20", "250.00"), ("2026-01-02", "4999.00"), ("2026-02-27", "780.00"))
    ]
    [series] = detect_recurring(prime + orders, TODAY)
    assert set(series.payment_ids) == {p.id for p in prime}


def test_weekly_and_yearly_cadences_and_one_late_payment_forgiven():
    paper, domain = uuid.uuid4(), uuid.uuid4()
    start = date(2026, 1, 2)
    weekly = [
        pay(paper, (start + timedelta(days=7 * i + (3 if i == 4 else 0))).isoformat(), "60")
        for i in range(10)
    ]
    yearly = [pay(domain, d, "999") for d in ("2023-06-01", "2024-06-01", "2025-06-01")]
    found = {s.transactor_id: s for s in detect_recurring(weekly + yearly, TODAY)}
    assert found[paper].cadence == "weekly" and found[paper].occurrences == 10
    assert (found[domain].cadence, found[domain].next_expected_on) == ("yearly", date(2026, 6, 1))


def test_a_stopped_series_is_inactive():
    old = uuid.uuid4()
    dates = ["2025-09-01", "2025-10-01", "2025-11-01", "2025-12-01"]
    [series] = detect_recurring([pay(old, d, "199") for d in dates], TODAY)
    assert series.active is False


def test_occurrences_in_a_month_project_from_the_last_payment():
    paper = uuid.uuid4()
    [series] = detect_recurring(
        [pay(paper, d, "60") for d in ("2026-03-02", "2026-03-09", "2026-03-16")], TODAY
    )
    april = series.occurrences_between(date(2026, 4, 1), date(2026, 5, 1))
    assert april == [date(2026, 4, d) for d in (6, 13, 20, 27)]


def test_forecast_is_the_median_of_three_months_plus_recurring_due():
    food, bills = uuid.uuid4(), uuid.uuid4()
    months = [date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]
    spend = {
        food: {
            months[0]: Decimal("9000"),
            months[1]: Decimal("30000"),
            months[2]: Decimal("11000"),
        },
        bills: {months[2]: Decimal("500")},
    }
    forecasts = {
        f.category_id: f for f in forecast_next_month(spend, {bills: Decimal("649")}, months)
    }
    assert forecasts[food].amount == Decimal("11000")  # the 30,000 month does not move it
    assert forecasts[bills].history == (Decimal(0), Decimal(0), Decimal("500"))
    assert forecasts[bills].amount == Decimal("649")  # median 0 + the subscription


def test_rates_latest_on_or_before_the_day_inverse_and_cross():
    table = RateTable(
        [
            Rate("USD", "INR", date(2026, 1, 1), Decimal("85")),
            Rate("USD", "INR", date(2026, 2, 1), Decimal("86")),
            Rate("USD", "EUR", date(2026, 1, 1), Decimal("0.5")),
        ]
    )
    assert table.rate("USD", "INR", date(2026, 1, 31)) == Decimal("85")
    assert table.rate("USD", "INR", date(2026, 2, 1)) == Decimal("86")
    assert table.rate("USD", "INR", date(2025, 12, 31)) is None
    assert cents(table.convert(Decimal("172"), "INR", "USD", date(2026, 2, 2))) == Decimal("2")
    assert cents(table.convert(Decimal("10"), "EUR", "INR", date(2026, 2, 2))) == Decimal("1720")
    converter = Converter(table, "INR")
    assert converter.convert(Decimal("5"), "KES", date(2026, 2, 2), count=3) is None
    assert converter.unconverted() == [{"currency": "KES", "amount": Decimal("5"), "count": 3}]
