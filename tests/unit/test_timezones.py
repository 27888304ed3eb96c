"""app.core.timezones: the one place a local day becomes instants and back."""

from datetime import UTC, date, datetime

import pytest

from app.core.timezones import (
    check_timezone,
    day_end,
    day_range,
    day_start,
    local_date,
    local_today,
)


def test_a_local_day_is_the_instants_from_its_midnight_to_the_next():
    assert day_range(date(2026, 4, 1), date(2026, 4, 1), "Asia/Kolkata") == (
        datetime(2026, 3, 31, 18, 30, tzinfo=UTC),
        datetime(2026, 4, 1, 18, 30, tzinfo=UTC),
    )
    assert day_range(date(2026, 3, 1), date(2026, 3, 31), "UTC") == (
        datetime(2026, 3, 1, tzinfo=UTC),
        datetime(2026, 4, 1, tzinfo=UTC),
    )
    assert day_end(date(2026, 3, 31), "UTC") == day_start(date(2026, 4, 1), "UTC")


def test_days_across_daylight_saving_changes():
    # Berlin springs forward on 29 March 2026 (a 23-hour day) and falls back on 25 October.
    start, end = day_range(date(2026, 3, 29), date(2026, 3, 29), "Europe/Berlin")
    assert (end - start).total_seconds() == 23 * 3600
    start, end = day_range(date(2026, 10, 25), date(2026, 10, 25), "Europe/Berlin")
    assert (end - start).total_seconds() == 25 * 3600
    # Santiago skips its midnight (00:00 → 01:00 on 7 September 2025): the day starts at the
    # first local time it has, and no instant is left out between the two days.
    assert day_start(date(2025, 9, 7), "America/Santiago") == datetime(2025, 9, 7, 4, 0, tzinfo=UTC)
    assert day_end(date(2025, 9, 6), "America/Santiago") == day_start(
        date(2025, 9, 7), "America/Santiago"
    )


def test_local_date_and_today():
    moment = datetime(2026, 3, 31, 20, 0, tzinfo=UTC)
    assert local_date(moment, "Asia/Kolkata") == date(2026, 4, 1)
    assert local_date(moment, "UTC") == date(2026, 3, 31)
    assert local_date(moment, "America/Los_Angeles") == date(2026, 3, 31)
    assert local_today("Asia/Kolkata", now=moment) == date(2026, 4, 1)
    assert local_today("Pacific/Honolulu", now=moment) == date(2026, 3, 31)


@pytest.mark.parametrize(
    "name", ["Mars/Olympus", "", "asia/kolkata", "localtime", "../../etc/passwd", "UTC "]
)
def test_unknown_zones_are_refused(name):
    with pytest.raises(ValueError, match="not a known time zone"):
        check_timezone(name)


@pytest.mark.parametrize("name", ["UTC", "Asia/Kolkata", "Asia/Calcutta", "America/New_York"])
def test_iana_names_are_accepted(name):
    assert check_timezone(name) == name
