"""When a transaction happened: dates and times in the text, read in the zone the text names or
else the email's zone; date-only texts; month-first US dates; no text date at all."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.extraction.patterns import lowered
from app.extraction.when import find_dates, jalali_to_gregorian

IST = timezone(timedelta(hours=5, minutes=30))
CEST = timezone(timedelta(hours=2))


def occurred(
    text: str, received: datetime, month_first: bool = False, zone: timezone | None = None
) -> datetime | None:
    """The first moment (date and time) in the text, else its first date; read in `zone`, by
    default the email's."""
    found = find_dates(text, lowered(text), received, zone, month_first)
    timed = [when for when in found if when.has_time]
    return (timed or found)[0].moment if found else None


RECEIVED_IST = datetime(2024, 5, 12, 10, 40, 15, tzinfo=IST)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 12-05-2024 10:32:11.", datetime(2024, 5, 12, 10, 32, 11, tzinfo=IST)),
        ("on May 11, 2024 at 23:05:00. Info", datetime(2024, 5, 11, 23, 5, tzinfo=IST)),
        ("Date & Time: 11-05-24, 23:32:11 IST", datetime(2024, 5, 11, 23, 32, 11, tzinfo=IST)),
        ("18:41 on 11 May 2024", datetime(2024, 5, 11, 18, 41, tzinfo=IST)),
        ("5:41 PM, 11 May 2024", datetime(2024, 5, 11, 17, 41, tzinfo=IST)),
        ("on 2024-05-11:14:32:10.", datetime(2024, 5, 11, 14, 32, 10, tzinfo=IST)),
        ("am 11.05.2024 um 14:32 Uhr", datetime(2024, 5, 11, 14, 32, tzinfo=IST)),
        ("le 11/05/2024 à 14h32", datetime(2024, 5, 11, 14, 32, tzinfo=IST)),
        ("el 11 de mayo de 2024 a las 09:05", datetime(2024, 5, 11, 9, 5, tzinfo=IST)),
        ("12. Mai 2024, 08:00", datetime(2024, 5, 12, 8, 0, tzinfo=IST)),
    ],
)
def test_date_and_time_in_the_emails_zone(text: str, expected: datetime) -> None:
    assert occurred(text, RECEIVED_IST) == expected


def test_a_zone_named_in_the_text_wins_over_the_emails_zone() -> None:
    received = datetime(2024, 7, 2, 17, 15, tzinfo=UTC)
    assert occurred("on 02-07-24 22:41:09 IST at", received) == datetime(
        2024, 7, 2, 22, 41, 9, tzinfo=IST
    )
    assert occurred("01 Jul 2024, 14:32 UTC", received) == datetime(2024, 7, 1, 14, 32, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "offset_hours"),
    [
        ("Jan 9, 2024 at 12:31 PM ET", -5),
        ("Jul 9, 2024 at 12:31 PM ET", -4),
        ("Jul 9, 2024 10:32:11 AM PDT", -7),
        ("Jul 9, 2024 at 9:00 AM PT", -7),
    ],
)
def test_us_zone_names_follow_daylight_saving(text: str, offset_hours: int) -> None:
    found = occurred(text, datetime(2024, 7, 10, tzinfo=UTC))
    assert found is not None
    assert found.utcoffset() == timedelta(hours=offset_hours)


def test_a_date_without_time_on_the_emails_day_is_the_emails_date() -> None:
    assert occurred("debited on 12-05-24.", RECEIVED_IST) == RECEIVED_IST


def test_a_date_without_time_on_another_day_is_noon_in_the_senders_zone() -> None:
    # Noon, not midnight: a midnight instant is the day before for anyone west of the zone.
    assert occurred("debited on 10-05-24.", RECEIVED_IST, zone=IST) == datetime(
        2024, 5, 10, 12, tzinfo=IST
    )
    # A sender of no known zone: noon UTC, that day from UTC-11 to UTC+11 (the Date header's
    # zone is often a mail server's, not the sender's).
    assert occurred("debited on 10-05-24.", RECEIVED_IST) == datetime(2024, 5, 10, 12, tzinfo=UTC)


def test_numeric_dates_are_day_first_unless_the_sender_writes_month_first() -> None:
    received = datetime(2024, 5, 12, 20, 0, tzinfo=CEST)
    assert occurred("on 05/04/2024", received, zone=CEST) == datetime(2024, 4, 5, 12, tzinfo=CEST)
    assert occurred("on 05/04/2024", received, month_first=True, zone=CEST) == datetime(
        2024, 5, 4, 12, tzinfo=CEST
    )
    # A day above 12 settles it whatever the sender's habit.
    assert occurred("on 04/25/2024", received, zone=CEST) == datetime(2024, 4, 25, 12, tzinfo=CEST)


def test_a_date_without_a_year_takes_the_latest_year_not_after_the_email() -> None:
    received = datetime(2024, 1, 2, 9, 0, tzinfo=UTC)
    assert occurred("Date & Time: 31 Dec 23:50 (SGT)", received) == datetime(
        2023, 12, 31, 23, 50, tzinfo=timezone(timedelta(hours=8))
    )


def test_a_time_next_to_a_later_date_beats_an_earlier_bare_date() -> None:
    text = "Request dated 12/05/24.\nDate & Time: 12 May 14:32 (SGT)"
    assert occurred(text, RECEIVED_IST) == datetime(
        2024, 5, 12, 14, 32, tzinfo=timezone(timedelta(hours=8))
    )


@pytest.mark.parametrize(
    "text",
    ["no date here", "valid till 10:35", "due 01-01-2019", "on 31-02-2024", "Ref 12-34-5678"],
)
def test_no_usable_date(text: str) -> None:
    assert occurred(text, RECEIVED_IST) is None


@pytest.mark.parametrize(
    ("text", "zone", "expected"),
    [
        ("2025年3月12日 19時42分にご利用", "Asia/Tokyo", "2025-03-12T19:42:00+09:00"),
        ("วันที่: 12 มี.ค. 2568 เวลา 14:22 น.", "Asia/Bangkok", "2025-03-12T14:22:00+07:00"),
        ("วันที่ 12/03/68 14:22", "Asia/Bangkok", "2025-03-12T14:22:00+07:00"),
        ("تاریخ: 1403/12/21 - 14:22", "Asia/Tehran", "2025-03-11T14:22:00+03:30"),
        ("12 de marzo de 2025 a las 14:22", "Europe/Madrid", "2025-03-12T14:22:00+01:00"),
        ("12 марта 2025 г. 14:22 (МСК)", "Europe/Moscow", "2025-03-12T14:22:00+03:00"),
        ("12 Machi 2025 saa 14:22", "Africa/Nairobi", "2025-03-12T14:22:00+03:00"),
        ("12 Mart 2025 14:22 TRT", "Europe/Istanbul", "2025-03-12T14:22:00+03:00"),
        ("on 12-03-2025 at 09:15 PM IST", "Asia/Kolkata", "2025-03-12T21:15:00+05:30"),
        ("12/03/2025 14:22 UTC+03:00", None, "2025-03-12T14:22:00+03:00"),
    ],
)
def test_dates_in_many_calendars_languages_and_zones(
    text: str, zone: str | None, expected: str
) -> None:
    from zoneinfo import ZoneInfo

    received = datetime(2025, 3, 12, 23, 0, tzinfo=UTC)
    moment = occurred(text, received, zone=ZoneInfo(zone) if zone else None)
    assert moment == datetime.fromisoformat(expected)


def test_solar_hijri_dates() -> None:
    assert jalali_to_gregorian(1403, 12, 11).isoformat() == "2025-03-01"
    assert jalali_to_gregorian(1404, 1, 1).isoformat() == "2025-03-21"
