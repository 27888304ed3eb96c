"""The user's days: which calendar day an instant falls on, and which instants a day covers.

Instants are stored in UTC; days, months, budgets and reports are the user's own days, in the
IANA time zone of their preference (users.timezone, "UTC" by default). Every conversion between
the two goes through here:
- `local_today(tz)`: today's date where the user is;
- `day_start(day, tz)`: the UTC instant at which a local day begins (its first instant, also
  when a daylight-saving change skips local midnight);
- `day_end(day, tz)`: the UTC instant at which it ends (the next local day's start: a bound
  to compare with `<`);
- `day_range(first, last, tz)`: the half-open span [start of `first`, end of `last`) of
  instants a period of local days covers;
- `local_date(moment, tz)`: the local day an instant falls on.
SQL that groups by day does the same with `timezone(:tz, occurred_at)` (app.crud.reports).
"""

from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

DEFAULT_TIMEZONE = "UTC"
# Names the zone database holds that are not places a person lives in: "localtime" is whatever
# the server's zone happens to be, "Factory" and "posixrules" are build artefacts.
_NOT_A_PLACE = frozenset({"localtime", "Factory", "posixrules"})


@cache
def known_timezones() -> frozenset[str]:
    """Every IANA name accepted as a preference (read from the zone database once)."""
    return frozenset(available_timezones() - _NOT_A_PLACE)


def check_timezone(name: str) -> str:
    """`name` if it is a known IANA time zone; ValueError (a 422 in a schema) otherwise."""
    if name not in known_timezones():
        raise ValueError(
            f"{name!r} is not a known time zone: use an IANA name such as 'Asia/Kolkata', "
            "'Europe/Berlin' or 'UTC'"
        )
    return name


@cache
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(check_timezone(name))


def local_today(tz: str, now: datetime | None = None) -> date:
    return (now or datetime.now(UTC)).astimezone(zone(tz)).date()


def day_start(day: date, tz: str) -> datetime:
    """The first instant of local `day`, in UTC. Where a daylight-saving change skips midnight
    (fold=0 reads a skipped time with the offset before the change), that is the first local
    time the day has."""
    return datetime.combine(day, time(), zone(tz)).astimezone(UTC)


def day_end(day: date, tz: str) -> datetime:
    """The instant local `day` is over: the start of the next local day (exclusive bound)."""
    return day_start(day + timedelta(days=1), tz)


def day_range(first: date, last: date, tz: str) -> tuple[datetime, datetime]:
    """Instants [start, end) of local days first..last, both included."""
    return day_start(first, tz), day_end(last, tz)


def local_date(moment: datetime, tz: str) -> date:
    """The local day of an aware instant."""
    return moment.astimezone(zone(tz)).date()


def local_time(moment: datetime, tz: str) -> datetime:
    """An aware instant as the user's wall-clock time (with its UTC offset)."""
    return moment.astimezone(zone(tz))
