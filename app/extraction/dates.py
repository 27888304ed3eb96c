"""When a transaction happened: the date (and time, and zone) written in the alert.

Rules: a date with a time is read in the zone the text names ("10:32 AM ET", "14:05 IST"), else
in the email's zone. A date without a time is the email's Date when it is the same day, else
midnight that day. No date in the text: the email's Date. Numeric dates are day-first unless the
sender writes month-first (US); a day or month above 12 settles it either way.
"""

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.extraction.patterns import starts, trie

_MONTH_NAMES = {
    1: "jan january januar jänner janvier enero ene",
    2: "feb february februar février fevrier févr febrero",
    3: "mar march märz maerz mars marzo mär",
    4: "apr april avril abril abr",
    5: "may mai mayo",
    6: "jun june juni juin junio",
    7: "jul july juli juillet julio juil",
    8: "aug august août aout agosto ago",
    9: "sep sept september septembre septiembre setiembre",
    10: "oct october oktober octobre octubre okt",
    11: "nov november novembre noviembre",
    12: "dec december dezember décembre decembre diciembre dez déc dic",
}
MONTHS = {name: number for number, names in _MONTH_NAMES.items() for name in names.split()}

_FIXED_ZONES = {
    "IST": 330,
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "BST": 60,
    "WET": 0,
    "WEST": 60,
    "CET": 60,
    "CEST": 120,
    "EET": 120,
    "EEST": 180,
    "MSK": 180,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "AKST": -540,
    "HST": -600,
    "SGT": 480,
    "HKT": 480,
    "JST": 540,
    "KST": 540,
    "GST": 240,
    "EAT": 180,
    "WAT": 60,
    "CAT": 120,
    "SAST": 120,
    "AEST": 600,
    "AEDT": 660,
    "ACST": 570,
    "AWST": 480,
    "NZST": 720,
    "NZDT": 780,
    "PHT": 480,
    "WIB": 420,
    "PKT": 300,
    "NPT": 345,
}
# US zones written without standard/daylight: the offset depends on the date.
_NAMED_ZONES = {
    "ET": ("America/New_York", -300),
    "CT": ("America/Chicago", -360),
    "MT": ("America/Denver", -420),
    "PT": ("America/Los_Angeles", -480),
}
_ZONE_NAMES = "|".join(sorted([*_FIXED_ZONES, *_NAMED_ZONES], key=len, reverse=True))

# Month names only (a trie, matched on lower-cased text), never followed by more letters.
_WORD = rf"{trie(list(MONTHS))}(?![^\W\d_])"
_DATE = re.compile(
    # Digits first: 2024-05-12, 2024/05/12, 12-05-24, 12/05/2024, 12.05.2024, 12 May 2024,
    # 12-May-24, 12May24, 12. Mai 2024, 12 de mayo de 2024, 12 May (no year)
    r"(?=\d)(?:(?<!\d)(?P<iy>20\d\d)(?P<isep>[-/.])(?P<im>\d\d?)(?P=isep)(?P<id>\d\d?)(?!\d)"
    r"|(?<![\d.])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<ny>\d{4}|\d{2})(?!\d)"
    rf"|(?<![\d.,])(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\.?[ -]?(?:de )?(?P<m1>{_WORD})\.?"
    r"(?:[ ,-]{1,3}(?:de )?(?P<y1>\d{4}|\d{2}(?![\d:])))?)"
    # Month first: May 12, 2024 / Sun, May 12, 2024
    rf"|{starts(list(MONTHS))}\b(?P<m2>{_WORD})\.? (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,? "
    r"(?P<y2>\d{4})(?!\d)",
)
_TIME_BODY = (
    r"(?P<h>[01]?\d|2[0-3])(?::|h(?=\d\d))(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d,])"
    r"(?:\s?(?P<ampm>[aApP])\.?\s?[mM]\.?(?![A-Za-z]))?"
    rf"(?:\s?\(?(?P<tz>{_ZONE_NAMES})\)?(?![A-Za-z]))?"
)
_TIME = re.compile(r"(?<![\d:.,])" + _TIME_BODY)
_TIME_JOINED = re.compile(_TIME_BODY)  # "2024-05-12:14:32:10": the time glued to the date
_MAX_CANDIDATES = 6
_PAST_LIMIT = timedelta(days=400)
_FUTURE_LIMIT = timedelta(days=2)


def find_occurred_at(
    text: str, lower: str, received_at: datetime, month_first: bool = False
) -> datetime | None:
    """The transaction's moment as written in `text` (`lower` is the same text lower-cased), or
    None when it gives no usable date. A date with a time next to it wins over an earlier bare
    date."""
    first_bare: date | None = None
    for count, match in enumerate(_DATE.finditer(lower)):
        if count >= _MAX_CANDIDATES:
            break
        day = _date_of(match, received_at, month_first)
        if day is None:
            continue
        moment = _time_near(text, match.start(), match.end(), day, received_at)
        if moment is not None:
            return moment
        if first_bare is None:
            first_bare = day
    if first_bare is None:
        return None
    return date_without_time(first_bare, received_at)


def date_without_time(day: date, received_at: datetime) -> datetime:
    if day == received_at.date():
        return received_at
    return datetime(day.year, day.month, day.day, tzinfo=received_at.tzinfo)


def _date_of(match: re.Match[str], received_at: datetime, month_first: bool) -> date | None:
    try:
        if match["iy"]:
            found = date(int(match["iy"]), int(match["im"]), int(match["id"]))
        elif match["a"]:
            found = _numeric_date(match, month_first)
        elif match["m1"]:
            month = MONTHS.get(match["m1"].lower())
            if month is None:
                return None
            found = _with_year(int(match["d1"]), month, match["y1"], received_at)
        else:
            month = MONTHS.get(match["m2"].lower())
            if month is None:
                return None
            found = date(int(match["y2"]), month, int(match["d2"]))
    except ValueError:  # 31 February and the like
        return None
    received = received_at.date()
    if not received - _PAST_LIMIT <= found <= received + _FUTURE_LIMIT:
        return None
    return found


def _numeric_date(match: re.Match[str], month_first: bool) -> date:
    first, second = int(match["a"]), int(match["b"])
    year = _full_year(match["ny"])
    if match["sep"] == "." or first > 12:
        month_first = False
    elif second > 12:
        month_first = True
    if month_first:
        return date(year, first, second)
    return date(year, second, first)


def _with_year(day: int, month: int, year: str | None, received_at: datetime) -> date:
    if year:
        return date(_full_year(year), month, day)
    # No year ("12 May 14:32"): the latest such date that is not after the email.
    found = date(received_at.year, month, day)
    if found > received_at.date() + _FUTURE_LIMIT:
        found = date(received_at.year - 1, month, day)
    return found


def _full_year(text: str) -> int:
    return int(text) + 2000 if len(text) == 2 else int(text)


def _time_near(
    text: str, start: int, end: int, day: date, received_at: datetime
) -> datetime | None:
    """A time just after the date ("12 May 2024 at 10:32 AM ET"), else just before it
    ("18:41 on 09 Nov 2024")."""
    found = _TIME_JOINED.match(text, end + 1) if text.startswith(":", end) else None
    if found is None:
        found = _TIME.search(text, end, min(len(text), end + 40))
    if found is None:
        before = _TIME.search(text, max(0, start - 30), start)
        if before is None or text.find("\n", before.end(), start) >= 0:
            return None
        found = before
    hour = int(found["h"])
    if found["ampm"]:
        hour = hour % 12 + (12 if found["ampm"] in "pP" else 0)
    naive = datetime(day.year, day.month, day.day, hour, int(found["mi"]), int(found["s"] or 0))
    return naive.replace(tzinfo=_zone(found["tz"], naive, received_at.tzinfo))


def _zone(name: str | None, naive: datetime, default: tzinfo | None) -> tzinfo | None:
    if name is None:
        return default
    if name in _FIXED_ZONES:
        return timezone(timedelta(minutes=_FIXED_ZONES[name]))
    key, standard_offset = _NAMED_ZONES[name]
    try:
        return ZoneInfo(key)
    except ZoneInfoNotFoundError:  # no tz database on this machine: standard time is close
        return timezone(timedelta(minutes=standard_offset))
