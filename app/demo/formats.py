"""How institutions write amounts and dates in their alerts (used by the demo catalog)."""

import random
import re
from datetime import datetime

MONTH_ABBREVIATIONS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAY_ABBREVIATIONS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_LAKH_GROUPS = re.compile(r"(\d)(?=(\d\d)+$)")


def cents_between(rng: random.Random, low: float, high: float) -> int:
    """A random amount in cents (paise), low..high in whole currency units."""
    return rng.randint(int(low * 100), int(high * 100))


def round_amount(rng: random.Random, low: int, high: int, step: int) -> int:
    """A random round amount in cents: people pay friends 500, not 487.13."""
    return rng.randint(low // step, high // step) * step * 100


def amount(cents: int) -> str:
    """1,250.00"""
    return f"{cents // 100:,}.{cents % 100:02d}"


def bare_amount(cents: int) -> str:
    """1250.00"""
    return f"{cents // 100}.{cents % 100:02d}"


def lakh_amount(cents: int) -> str:
    """Indian grouping: 1,25,000.00"""
    rupees = str(cents // 100)
    if len(rupees) > 3:
        rupees = _LAKH_GROUPS.sub(r"\1,", rupees[:-3]) + "," + rupees[-3:]
    return f"{rupees}.{cents % 100:02d}"


def dd_mm_yy(moment: datetime, separator: str = "-") -> str:
    """12-05-24"""
    return f"{moment.day:02d}{separator}{moment.month:02d}{separator}{moment.year % 100:02d}"


def dd_mm_yyyy(moment: datetime) -> str:
    """12-05-2024"""
    return f"{moment.day:02d}-{moment.month:02d}-{moment.year}"


def dd_mon_yy(moment: datetime) -> str:
    """12-May-24"""
    return f"{moment.day:02d}-{MONTH_ABBREVIATIONS[moment.month - 1]}-{moment.year % 100:02d}"


def ddmonyy(moment: datetime) -> str:
    """12May24 (SBI)"""
    return f"{moment.day:02d}{MONTH_ABBREVIATIONS[moment.month - 1]}{moment.year % 100:02d}"


def us_date(moment: datetime) -> str:
    """May 12, 2024"""
    return f"{MONTH_NAMES[moment.month - 1]} {moment.day}, {moment.year}"


def uk_date(moment: datetime) -> str:
    """12 May 2024"""
    return f"{moment.day} {MONTH_NAMES[moment.month - 1]} {moment.year}"


def mon_d_yyyy(moment: datetime) -> str:
    """May 12, 2024 with the short month (ICICI)"""
    return f"{MONTH_ABBREVIATIONS[moment.month - 1]} {moment.day:02d}, {moment.year}"


def hh_mm_ss(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}"


def twelve_hour(moment: datetime) -> str:
    """6:22 PM"""
    return f"{(moment.hour % 12) or 12}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def part_of_day(moment: datetime) -> str:
    """Uber's "Tuesday evening" wording."""
    hour = moment.hour
    if 5 <= hour < 12:
        period = "morning"
    elif 12 <= hour < 17:
        period = "afternoon"
    elif 17 <= hour < 21:
        period = "evening"
    else:
        period = "night"
    return f"{DAY_NAMES[moment.weekday()]} {period}"


def digits(rng: random.Random, length: int) -> str:
    return str(rng.randrange(10 ** (length - 1), 10**length))


def code(rng: random.Random, alphabet: str, length: int) -> str:
    return "".join(rng.choices(alphabet, k=length))
