"""Sender templates: one sender's format, learned from the user's corrections. Pure: no database.

A sender's alerts are one fixed text with holes: "Rs.<amount> debited from A/c XX<last4> to
<merchant> on <date>". A correction tells where the holes of one message are (each field's span
in the text extraction read, app.extraction.reader.read_text). The template keeps, per field,
the fixed words around the hole (its *anchors*: a few tokens before and after) and the hole's
shape (an amount, a date read day- or month-first, four digits, a name). Reading another message
from the sender finds the place whose surroundings best match the anchors and reads the hole
there by its shape, using the same candidate finders as the rules (amounts, dates), so a
template never invents a value the text does not hold.

How it generalises: one example cannot tell fixed text from a value the user did not mark (a
VPA, a remark), so anchors are matched by a weighted score (the nearest tokens count most) that
tolerates a mismatched token, and a token with digits is never an anchor. A second example of
the same layout *aligns* the two: each anchor keeps only the tokens common to both (the common
suffix before the hole, the common prefix after it) and the layout's skeleton only the words
common to both, so what varies between messages stops being anchored on. A sender with more
than one format (debit and credit alerts, receipts and refunds) gets one layout per format,
chosen by the overlap of the message's fixed words with each layout's skeleton.

Names vary most around them. The words right before a name often change with the payment (a
preposition that follows the direction: "fra Ida" / "til Mikkel", "nan men Wilson" / "bay EDH"; a
description's leading words: "PAIEMENT TPE CARREFOUR" / "PRLV STEG"), so a name may also be placed
by the farther anchor words with the nearer ones replaced (_elastic_candidates), and lower-case
replacements are dropped where the example showed lower-case fixed words before a capitalised
name. Each field is looked for in the part it was taught in (subject line or body): subjects
repeat the body's words. A correction also says what the reader got wrong: the merchant it had
read (often the sender's own name) is kept as known wrong for that sender; a payment of a format
the user has not taught (the credit alert beside the taught debit one) whose rules' merchant is
that known-wrong one, or none, gets only its name read where the taught merchant's anchors match
strictly in it (a sibling format, _name_in_other_format).

Fields constrain each other: they are read amount, date, card digits, then the name, and a
place holding another field's value is never the name's (a line whose anchors match the name's
better than its own: "Montant :" against a taught "Opérateur :"); a name stays on its line. A
name inside a labelled value after other words ("Concepte: COMPRA TARGETA CONDIS") is placed
by the label, and the value's leading words are the sender's fixed text where they recur, else
the rules' name inside the value is taken (the template knows the place, the rules know names).
A cash machine is no counterparty. The direction is read, in this order, from a sign, the
table column or the amount's own line label ("Debit: X" / "Credit: -" both in every message:
only where the amount stands says which), the next cell of the amount's row ("Af" / "Bij"),
and the words beside the amount; a word in the taught example's slot that says nothing known
is a changed verb ("ontvang van" / "betaal aan"), a guess the rules' sure reading overrides.
Dates: a date starting in its place before one running into it, a day equal to its month's
number ordered by the year's place, and a sender that dates its mail in its own zone read at
each message's own offset (summer time).

What the example's words cannot say is not copied as sure: where the word right before the
amount or a labelled line naming the payment's kind ("Mofuta wa tiro: Madi a ntshitswe") reads
otherwise in a message, its direction is unsure and the rules' reading of it stands, where they
have one. A name the person typed is found in either word order ("Marco Rossi" for "Rossi Marco,
Locarno") and read back as they typed it where the same words come again; a date whose month is
named in words no list holds takes its day from the text and its month from the mail's own date.

What one correction cannot say, a second can: a labelled line naming the payment's kind
("Operation: <words>") keeps, per value, the direction each example was taught with; once both
directions are taught, a message's value on that line says its direction (_kind_line_says). The
column of a plain-text table is found by the characters' place under its header, as a tab
table's is by its cells. A field with no words of its own before it ("Rp 72.000,00 04/09/26",
a date right after the amount) is read right after the field it followed where its anchors
are not found; where the sentence before a capitalised name changes ("sent money to X" /
"paid to Y"), the name in capitals after the same word, or the amount's line's one name in
capitals, is read (unsure) when the rules have none. A text whose times are in another zone
than the example's moment (the mail's, left as read) teaches that zone: the text's clock and
the moment a whole number of half hours apart.

A format that reports both ways writes one fixed word for each: where the example had a
direction word of its own direction (after the amount: "డెబిట్"; first on a kind line: "Uttak",
"Débito - Consumo"), another word there says its own direction where the lexicon knows it, else
the other one (_turned). A mark beside the amount turned over ("Af" / "Bij") outranks a cue
word the example had elsewhere (a footer's, which every message repeats). A plain-text table's
header is found over the rule drawn under it, and a date written with dots is never an amount.
Where the example's words after the name are gone, the place is cut by the example's width
alone; a name the rules read from inside it, running on along the line, is taken whole.

Scripts without a colon close their labels otherwise (Armenian "՝", Ethiopic "፦", the
full-width "："): those are labels too. A sign before an amount is the amount's own, turned over
with the direction, never fixed text. A number under a table column that held another value in
the example (the balance's) is not the payment, where an empty cell moved the tabs. The rules'
amount on a line of the example's own fixed text (the balance's) does not overrule the
template's place. A word inside the counterparty's value ("PAGO MOVIL DE ...") does not outvote
the example's cue on the amount's line. One changed word of a kind line's value, a word no
lexicon knows ("Madi a ntshitswe" / "Madi a tsentswe"), is a guess at the other direction the
rules overrule where they read one. A date in a calendar no finder reads is placed by the clock
the person's time names: the mail's day, or the day before where that time had not yet come. A
name the person cleared is no counterparty in the sender's other mail either. Where the example
said its direction by no word, only by a mark beside its amount ("D" in a "MUTASI D/K" column), that
mark turned over ("K") outranks a word the lexicon reads elsewhere ("TRF DR <name>": Indonesian
"dari", from); a name read after the field it followed runs on to the example's word after it.

One format varies between its messages (tests/unit/test_templates_variation.py): a place whose
value is read on its line is scored by the words after it there, not a line further down (an
optional line before a name, an empty cell that moved a header over the row). The example's
direction word still on the amount's line, farther off ("You paid a total of"), is not turned
over; a currency in a column of its own ends the search for a mark (the city before it is
another field). A sign or accounting brackets the example's amount had and this one has not
say the other way, and its place is found without them. A lower-case aside in brackets after
a name ("LOBLAWS (online) on") is the sentence's where the example's name ended before one.

The template is plain JSON (stored per user and sender address in `sender_templates`).
"""

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from decimal import Decimal
from typing import Any, Literal

from app.categorization.merchants import normalise_merchant, without_payment_kind
from app.extraction import currencies, lexicon, origin, parties
from app.extraction.amounts import Amount, find_amounts, minor_units_after, parse_number
from app.extraction.result import ExtractionResult
from app.extraction.when import MONTHS, When, find_dates, zone_named

VERSION = 1
# Fields a template locates in the text; currency and direction are read beside the amount or
# kept as the sender's constant.
LOCATED = ("amount", "merchant", "occurred_at", "account_last4")
# The order a message's fields are read in: the name last, where no other field's value is.
READ_ORDER = ("amount", "occurred_at", "account_last4", "merchant")
ANCHOR_TOKENS = 4
# A message belongs to a layout when this share of the fixed words overlap (Jaccard).
SAME_LAYOUT = 0.5
# A "not a transaction" layout also needs the same subject words: a bank's OTPs and its
# alerts share much of their wording, and refusing a payment is the costlier mistake.
NOT_TRANSACTION_MATCH = 0.6
TEMPLATE_CONFIDENCE = 0.95
AMOUNT_WINDOW = 24  # characters either side of an amount's region its currency mark may take
# A field the template only assumes (its example's constant) gives way to the rules' reading
# when they are this sure of it.
SURE_RULES = 0.9
UNSURE_CONFIDENCE = 0.5

Kind = Literal["transaction", "not_transaction"]
# Where a reading's direction came from: the layout's example, cue words the example had too,
# or words of the message's own.
Source = Literal["constant", "learned", "spoken"]

_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,'\u00a0\u202f]\d+| \d{3}(?!\d))*")


def _mark_ranges() -> str:
    """Every combining mark of the Basic Multilingual Plane (categories Mn, Mc, Me) as
    character-class ranges: a vowel sign or virama belongs to its word in every script (Thai,
    Devanagari, Myanmar, Khmer, Sinhala...), not only in the ones a list would name."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)) in ("Mn", "Mc", "Me"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


# Combining marks (Thai vowels, Devanagari matras, Myanmar medials, accents written apart)
# belong to their word.
_MARKS = _mark_ranges()
GAP = "  "  # a run of spaces: the gap between a table's columns
# Words, numbers (with their separators), line breaks, tabs and gaps (a layout's columns), and
# single marks. A token with a digit is a value, never an anchor.
_TOKEN = re.compile(
    rf"(?P<gap>[ \u00a0]{{2,}})|(?P<word>(?:[^\W\d_]|[{_MARKS}])(?:[^\W_]|[{_MARKS}])*)"
    r"|(?P<number>\d+(?:[.,'\u00a0\u202f]\d+| \d{3}(?!\d))*)"
    rf"|\n|\t|[^\w\s{_MARKS}]"
)
_DIGIT = re.compile(r"\d")


# Not frozen: a message has a few hundred tokens and re-reading a sender's 10,000 emails
# builds them all (a frozen dataclass costs four times as much to make). Never mutated.
@dataclass(slots=True)
class Token:
    key: str  # case-folded text
    start: int
    end: int
    variable: bool  # holds a digit


def tokenise(text: str) -> list[Token]:
    tokens: list[Token] = []
    append = tokens.append
    digit = _DIGIT.search
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        raw = text[start:end]
        if kind is None:  # a mark, a line break or a tab
            append(Token(raw.casefold(), start, end, False))
        elif kind == "word":
            append(Token(raw.casefold(), start, end, digit(raw) is not None))
        elif kind == "number":
            append(Token(raw, start, end, True))
        else:
            append(Token(GAP, start, end, False))
    return tokens


@dataclass(slots=True)
class Example:
    """One corrected message: the text extraction read, what it is, and where each field is."""

    text: str
    sender: str
    received_at: datetime
    kind: Kind
    values: dict[str, Any] = field(default_factory=dict)  # amount, currency, direction, ...
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    # What the reader had made of the fields the person changed ("merchant": the bank's own
    # name on a payment): that reading is known wrong for this sender.
    misread: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class TemplateReading:
    """What a template read from one message."""

    kind: Kind
    values: dict[str, Any]
    spans: dict[str, tuple[int, int]]
    layout: int
    # Fields taken from the layout's constants, not read from this message.
    guessed: frozenset[str] = frozenset()
    # Fields the template doubts here (worth a person's look).
    unsure: frozenset[str] = frozenset()
    # The direction is the other of the example's, by the words that name the payment's kind
    # (_kind_word_swapped): a guess only the rules' sure reading overrules.
    swapped: bool = False


# ---- finding where a typed value sits ------------------------------------------------------


def find_span(
    text: str, sender: str, received_at: datetime, name: str, value: Any
) -> tuple[int, int] | None:
    """Where a value the user typed (not selected) is written in the text, when it is: the
    first amount of that value, the first date on that day, the digits, or the name."""
    if value is None or value == "":
        return None
    if name == "amount":
        wanted = Decimal(str(value))
        country = origin.country_of(sender, text)
        for amount in find_amounts(text, country):
            if amount.value == wanted:
                return amount.start, amount.end
        # A way of writing money the rules do not know ("113,890원"): the number itself.
        for number in _NUMBER.finditer(text):
            if parse_number(number.group(), "") == wanted:
                return number.start(), number.end()
        # ... or the amount in cents, zero-padded, without a separator ("000000062402").
        for digits in _DIGIT_RUN.finditer(text):
            if _in_minor_units(digits.group(), wanted) is not None:
                return digits.start(), digits.end()
        return None
    if name == "occurred_at":
        day = value.date() if isinstance(value, datetime) else value
        # A date alone may stand for the email's own moment: its day in the typed value's zone.
        zone = value.tzinfo if isinstance(value, datetime) else None
        for month_first in (False, True):
            for when in _dates(text, sender, received_at, month_first):
                moment = when.moment.astimezone(zone) if zone else when.moment
                if moment.date() == day:
                    return when.start, when.end
        return (
            _find_loose_date(text, day)
            or _find_numeric_date(text, value)
            or _find_worded_date(text, day)
            or _find_clock(text, value)
        )
    if name == "account_last4":
        found = re.search(re.escape(str(value)) + r"(?!\d)", text)
        return (found.start(), found.end()) if found else None
    if name == "merchant":
        return _find_name(text, str(value))
    return None


# Numbers close together on one line: a date (and time) written in any order and any marks
# ("19.01.", "令和8年1月13日 19時03分", "01/29 19:55"); not inside a code ("REFQX02AB9D").
_NUMBER_RUN = re.compile(r"(?<![A-Za-z\d])\d+(?:[^\d\n]{1,8}\d+){1,5}")


def _find_numeric_date(text: str, value: date | datetime) -> tuple[int, int] | None:
    for run in _NUMBER_RUN.finditer(text):
        if _numeric_layout(run.group(), value) is not None:
            return run.start(), run.end()
    return None


def _numeric_layout(
    written: str, value: date | datetime, month_first: bool = False
) -> dict[str, int | None] | None:
    """Which of the written numbers are the day, the month, the year (and hour, minute) of
    `value`; None when its day and month are not there. A day that is also the month's number
    ("2026 оны 4 сарын 4", "04/04/2026") says no order: after the year the month comes first
    (years lead only in year-month-day), else `month_first` (the sender's country's) says."""
    numbers = [int(n) for n in re.findall(r"\d+", written)]
    day = value.day
    month = value.month
    pairs = [
        (d, m)
        for d in range(len(numbers))
        for m in (d - 1, d + 1)
        if 0 <= m < len(numbers) and numbers[d] == day and numbers[m] == month
    ]
    if len(pairs) > 1:
        year_at = next(
            (i for i, n in enumerate(numbers) if n in (value.year, value.year % 100)), None
        )
        ahead = year_at is not None and all(year_at < min(d, m) for d, m in pairs)
        wanted_first = True if ahead else month_first
        pairs.sort(key=lambda pair: (pair[1] < pair[0]) != wanted_first)
    if not pairs:
        return None
    d, m = pairs[0]
    layout: dict[str, int | None] = {"day": d, "month": m, "year": None}
    for y, number in enumerate(numbers):
        if y not in (d, m) and number in (value.year, value.year % 100):
            layout["year"] = y
            break
    layout["hour"] = layout["minute"] = None
    if isinstance(value, datetime):
        rest = [i for i in range(len(numbers)) if i not in (d, m, layout["year"])]
        for h, mi in itertools.pairwise(rest):
            hour_fits = numbers[h] in (value.hour, value.hour % 12)
            if hour_fits and numbers[mi] == value.minute and mi == h + 1:
                layout["hour"], layout["minute"] = h, mi
                break
    return layout


def _in_minor_units(written: str, value: Decimal) -> int | None:
    """How many minor units make a unit where `written` (digits only) is `value` in them: 100
    or 1000, else None."""
    if not written.isdigit() or len(written) < 3:
        return None
    return next((units for units in (100, 1000) if Decimal(written) / units == value), None)


_DIGIT_RUN = re.compile(r"(?<![\d.,])\d{3,}(?![\d.,]\d|\d)")


def _amount_number(text: str, start: int, end: int) -> re.Match[str] | None:
    """The region's first number that is not part of a time of day or a date ("13:55:20",
    "22-Nov-2026"): a region that runs over a row's first cells must not read the clock."""
    for number in _NUMBER.finditer(text, start, end):
        if (
            not _CLOCK_PART.match(text, number.end())
            and not _CLOCK_PART_BEFORE.search(text, max(0, number.start() - 3), number.start())
            and not _DOTTED_DATE.fullmatch(number.group())
        ):
            return number
    return None


_CLOCK_PART = re.compile(r"[:/-]\d")
_CLOCK_PART_BEFORE = re.compile(r"\d[:/-]$")
# A date written with dots reads as one number ("18.09.2026"); thousands come in threes.
_DOTTED_DATE = re.compile(r"\d{1,2}([.,])\d{1,2}\1\d{2,4}|\d{4}([.,])\d{1,2}\2\d{1,2}")


def _read_numeric_date(
    text: str,
    start: int,
    end: int,
    layout: dict[str, Any],
    received_at: datetime,
    zone: tzinfo | None,
) -> tuple[datetime, tuple[int, int], bool] | None:
    run = _NUMBER_RUN.search(text, start, min(len(text), end + 40))
    if run is None or run.start() >= end:
        return None
    numbers = [int(n) for n in re.findall(r"\d+", run.group())]
    needed = [i for i in layout.values() if i is not None]
    if not needed or max(needed) >= len(numbers):
        return None
    local = received_at.astimezone(zone) if zone else received_at
    year = local.year
    if layout.get("year") is not None:
        written = numbers[layout["year"]]
        year = written if written > 1900 else (2000 + written if written < 100 else year)
    try:
        day = date(year, numbers[layout["month"]], numbers[layout["day"]])
    except ValueError:
        return None
    if layout.get("year") is None and day > local.date():
        day = day.replace(year=year - 1)
    tz = zone or local.tzinfo
    if layout.get("hour") is not None:
        hour, minute = numbers[layout["hour"]], numbers[layout["minute"]]
        if hour < 24 and minute < 60:
            moment = datetime.combine(day, time(hour, minute), tzinfo=tz)
            return moment, (run.start(), run.end()), True
    return datetime.combine(day, time(12), tzinfo=tz), (run.start(), run.end()), False


def _find_clock(text: str, value: date | datetime) -> tuple[int, int] | None:
    """The time of day the person said, where the text writes no date a finder reads (a
    calendar no list holds: "11 سنبله 1405 ساعت 18:04"): the clock alone places the date."""
    if not isinstance(value, datetime):
        return None
    for clock in _COLON_CLOCK.finditer(text):
        if (int(clock.group(1)), int(clock.group(2))) == (value.hour, value.minute):
            return clock.span()
    return None


def _read_clock_date(
    text: str, start: int, end: int, received_at: datetime, zone: tzinfo | None
) -> tuple[datetime, tuple[int, int], bool] | None:
    """A time of day whose date is in a calendar no finder reads: the mail's own local day,
    or the day before where that time had not yet come when the mail was sent (an alert
    follows its payment within hours)."""
    clock = _COLON_CLOCK.search(text, start, min(len(text), end + 8))
    if clock is None or clock.start() >= end:
        return None
    local = received_at.astimezone(zone) if zone else received_at
    moment = datetime.combine(
        local.date(), time(int(clock.group(1)), int(clock.group(2))), tzinfo=local.tzinfo
    )
    if moment > local + timedelta(minutes=MAIL_DELAY):
        moment -= timedelta(days=1)
    return moment, clock.span(), True


# A day, a word and a year: a date whose month is named in a language the date finder does not
# know ("25 Phatwe 2026", "7 Lweti 2026").
_WORDED_DATE = re.compile(r"(?<!\d)(\d{1,2})\.?\s+([^\W\d_]{3,})\.?,?\s+(\d{4})(?!\d)")


def _find_worded_date(text: str, day: date) -> tuple[int, int] | None:
    for found in _WORDED_DATE.finditer(text):
        if int(found.group(1)) == day.day and int(found.group(3)) == day.year:
            return found.span()
    return None


def _read_worded_date(
    text: str, start: int, end: int, received_at: datetime, zone: tzinfo | None
) -> tuple[datetime, tuple[int, int], bool] | None:
    """A day and year around a month's name no list holds: the day from the text, the month
    the latest one with that day not after the message was sent (an alert follows its payment
    within days), the year the text's when it agrees."""
    found = _WORDED_DATE.search(text, start, min(len(text), end + 4))
    if found is None or found.start() >= end:
        return None
    local = (received_at.astimezone(zone) if zone else received_at).date()
    number = int(found.group(1))
    for back in range(0, 3):
        month = (local.month - back - 1) % 12 + 1
        year = local.year - (1 if local.month - back < 1 else 0)
        try:
            day = date(year, month, number)
        except ValueError:
            continue
        if day <= local and year == int(found.group(3)):
            noon = datetime.combine(day, time(12), tzinfo=zone or received_at.tzinfo)
            return noon, found.span(), False
    return None


# Month names the date finder lacks (Malay, Indonesian): a template reads them loosely.
_MORE_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "januari",
            "februari",
            "mac maret",
            "april",
            "mei",
            "jun juni",
            "jul julai juli",
            "ogos ogo agustus",
            "september",
            "oktober",
            "november",
            "dis disember desember",
        ),
        start=1,
    )
    for name in names.split()
}


def _month(key: str) -> int | None:
    return MONTHS.get(key) or _MORE_MONTHS.get(key)


def _find_loose_date(text: str, day: date) -> tuple[int, int] | None:
    """A date written in words the date finder does not know ("Monday the 2nd of February,
    1.11pm"): the month's name with the day's number near it (and the time after, if any)."""
    tokens = tokenise(text)
    for index, token in enumerate(tokens):
        if _month(token.key) != day.month:
            continue
        near = tokens[max(0, index - 4) : index + 4]
        numbers = [t for t in near if t.key.isdigit() and int(t.key) == day.day]
        if numbers:
            start = min(numbers[0].start, token.start)
            end = max(numbers[0].end, token.end)
            when = _loose_moment(text[start : end + 24], day, None)
            return start, (start + when[1]) if when else end
    return None


_CLOCK = re.compile(r"(?<!\d)(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?(?![\d])", re.I)


def _loose_moment(text: str, day: date, zone: tzinfo | None) -> tuple[datetime, int] | None:
    """A time of day right after a date read loosely: (the moment, where the time ends)."""
    found = _CLOCK.search(text)
    if found is None:
        return None
    hour, minute = int(found.group(1)), int(found.group(2))
    second = int(found.group(3) or 0)
    if found.group(4):
        hour = hour % 12 + (12 if found.group(4).lower().startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    moment = datetime.combine(day, time(hour, minute, second), tzinfo=zone or UTC)
    return moment, found.end()


def _read_loose_date(
    text: str, start: int, end: int, received_at: datetime, zone: tzinfo | None
) -> tuple[datetime, tuple[int, int], bool] | None:
    """The region's month name and day (and year, and a time after them)."""
    tokens = tokenise(text[start:end])
    month = next((m for t in tokens if (m := _month(t.key)) is not None), None)
    numbers = [int(t.key) for t in tokens if t.key.isdigit()]
    days = [n for n in numbers if 1 <= n <= 31]
    if month is None or not days:
        return None
    years = [n for n in numbers if 1990 <= n <= 2200]
    local = received_at.astimezone(zone) if zone else received_at
    year = years[0] if years else local.year
    try:
        day = date(year, month, days[0])
    except ValueError:
        return None
    if not years and day > local.date():
        day = day.replace(year=year - 1)
    timed = _loose_moment(text[start:end], day, zone or local.tzinfo)
    if timed is not None:
        return timed[0], (start, start + timed[1]), True
    noon = datetime.combine(day, time(12), tzinfo=zone or local.tzinfo)
    return noon, (start, end), False


def _find_name(text: str, name: str) -> tuple[int, int] | None:
    folded = _fold(text)
    if len(folded) != len(text):
        return None
    # ... as typed, and without its spaces ("Supa Save" typed, "SUPASAVE GADONG" written).
    typed = _fold(name).strip()
    for wanted in dict.fromkeys((typed, _fold_typed(name), typed.replace(" ", ""))):
        at = _find_word(folded, wanted) if wanted else -1
        if at >= 0:
            at = _past_code(folded, wanted, at)
            return at, _name_end(text, at + len(wanted))
    return _find_reordered(text, folded, _fold_typed(name)) or _find_compatible(text, name)


def _find_compatible(text: str, name: str) -> tuple[int, int] | None:
    """A typed name the text writes in compatibility forms: half-width katakana with their
    voicing marks apart ("ｶ)ｹﾞﾝｷｰ" for a typed "ゲンキー"), full-width Latin letters. Each
    letter with its mark is read as one, normalised (NFKC), and the place mapped back."""
    wanted = unicodedata.normalize("NFKC", name).casefold().strip()
    if not wanted or text.isascii():
        return None
    pieces, starts = [], []
    for cluster in _CLUSTER.finditer(text):
        for char in unicodedata.normalize("NFKC", cluster.group()).casefold():
            pieces.append(char)
            starts.append(cluster.start())
    at = "".join(pieces).find(wanted)
    if at < 0:
        return None
    end_index = at + len(wanted)
    end = starts[end_index] if end_index < len(starts) else len(text)
    return starts[at], _name_end(text, end)


# A letter and the voicing mark written apart after it (half-width katakana, combining marks).
_CLUSTER = re.compile("(?s).[\uff9e\uff9f\u3099\u309a]?")


def _find_word(folded: str, wanted: str) -> int:
    """Where `wanted` first stands as words of its own ("SL" on its line, not inside "slutar"),
    else where it first stands at all (a name glued to a code: "AMZN*2K4")."""
    at = folded.find(wanted)
    first = at
    while at >= 0:
        before = folded[at - 1 : at]
        after = folded[at + len(wanted) : at + len(wanted) + 1]
        if not (before.isalnum() or after.isalnum()):
            return at
        at = folded.find(wanted, at + 1)
    return first


def _past_code(folded: str, wanted: str, at: int) -> int:
    """A name joined by a hyphen to the next word ("GRID-GRID PREPAID 5321") is a payment's
    code there (the sender's other messages write "QR-CORNER SHOP", "TRF-ANA RUIZ"): where the
    same name is written again on the line, that later place is the name's."""
    end = at + len(wanted)
    line_end = folded.find("\n", end)
    line_end = len(folded) if line_end < 0 else line_end
    if folded[end : end + 1] == "-" and folded[end + 1 : end + 2].isalnum():
        again = folded.find(wanted, end, line_end)
        if again >= 0:
            return again
    return at


def _fold_typed(name: str) -> str:
    """A typed name folded less its combining marks: the ledger's "İski̇" has a dot its case
    mapping added, which the text's "İSKİ" folds without."""
    return "".join(c for c in _fold(name) if not unicodedata.combining(c)).strip()


_NAME_WORD = re.compile(r"[^\W_]+")


def _find_reordered(text: str, folded: str, wanted: str) -> tuple[int, int] | None:
    """A typed name of two or more words written in another order on one line of the text
    ("Marco Rossi" typed, "Ordinante: Rossi Marco, Locarno" written): banks often write the
    family name first."""
    typed = _NAME_WORD.findall(wanted)
    found = list(_NAME_WORD.finditer(folded))
    # The typed name may spell out a small word the text leaves out ("Port Autonome de
    # Djibouti" typed, "VIR. PORT AUTONOME DJIBOUTI" written).
    for words in (sorted(typed), sorted(w for w in typed if w not in _SMALL_WORDS)):
        if len(words) < 2:
            continue
        for i in range(len(found) - len(words) + 1):
            run = found[i : i + len(words)]
            if "\n" in folded[run[0].start() : run[-1].end()]:
                continue
            if sorted(m.group() for m in run) == words:
                return run[0].start(), run[-1].end()
    return None


_SMALL_WORDS = frozenset(
    ["de", "du", "des", "del", "da", "do", "di", "la", "le", "el", "of", "the", "and", "et", "y"]
)


def _name_end(text: str, end: int) -> int:
    """A typed name is often the start of what the text writes ("Starbucks" in "STARBUCKS
    EMQUARTIER", "ท็อปส์" in a table cell "ท็อปส์ สุขุมวิท 39"): the span grows over the rest of
    the capitalised run, or of the table cell (up to a tab), so the template anchors on the
    fixed text after the whole name, not on its variable tail."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    rest = tokenise(text[end:line_end])
    if rest and rest[0].start == 0 and rest[0].key.isalnum():
        return end  # the name ends inside a word: leave it
    grown = end
    for token in rest:
        raw = text[end + token.start : end + token.end]
        if "  " in text[grown : end + token.start]:
            break  # a column gap
        if raw.isupper() or (token.variable and grown > end and raw.isdigit()):
            grown = end + token.end
            continue
        break
    tab = text.find("\t", end, line_end)
    if grown == end and tab >= 0 and len(tokenise(text[end:tab])) <= 4:
        grown = end + len(text[end:tab].rstrip())
    elif (
        grown == end and 0 < len(rest) <= 3 and not any(t.variable or t.key.isascii() for t in rest)
    ):
        # The rest of a labelled line in a script without capitals ("ローソン　新宿三丁目店").
        grown = end + len(text[end:line_end].rstrip())
    return grown


def _fold(text: str) -> str:
    """Case-folded, accents stripped, one character for one (so offsets stay)."""
    out = []
    for char in text:
        base = unicodedata.normalize("NFKD", char)[:1].casefold()[:1]
        out.append(base or char)
    return "".join(out)


# ---- learning --------------------------------------------------------------------------------


def learn(template: dict[str, Any] | None, example: Example) -> dict[str, Any]:
    """The template with one more corrected example: aligned into the layout it shares (the
    most similar one above SAME_LAYOUT, of the same kind), else added as a new layout."""
    template = {"version": VERSION, "layouts": []} if template is None else _copy(template)
    tokens = tokenise(example.text)
    fresh = _layout_of(example, tokens)
    fixed = _fixed_keys(tokens)
    best, best_score = None, SAME_LAYOUT
    for index, layout in enumerate(template["layouts"]):
        if layout["kind"] != example.kind:
            continue
        score = _jaccard(fixed, set(layout["skeleton"]))
        if score >= best_score:
            best, best_score = index, score
    if best is None:
        template["layouts"].append(fresh)
    else:
        template["layouts"][best] = _align(template["layouts"][best], fresh)
    return template


def examples_in(template: dict[str, Any]) -> int:
    return sum(layout["examples"] for layout in template.get("layouts", []))


def fields_in(template: dict[str, Any]) -> list[str]:
    names: set[str] = set()
    for layout in template.get("layouts", []):
        names |= set(layout["fields"]) | set(layout["constants"])
    return sorted(names)


def _copy(template: dict[str, Any]) -> dict[str, Any]:
    import copy

    return copy.deepcopy(template)


def _layout_of(example: Example, tokens: list[Token]) -> dict[str, Any]:
    subject_end = example.text.find("\n")
    subject_end = len(example.text) if subject_end < 0 else subject_end
    spans = {
        name: span for name, span in example.spans.items() if name in LOCATED and span[0] < span[1]
    }
    lead: list[str] | None = None
    lead_end = 0
    if "merchant" in spans:
        others = [span for name, span in spans.items() if name != "merchant"]
        spans["merchant"], lead, lead_end = _merchant_cell(example, spans["merchant"], others)
    fields = {}
    for name, span in spans.items():
        rule = _field_rule(example, tokens, name, span, spans)
        if rule is not None:
            fields[name] = rule
    if "merchant" in fields:
        merchant = fields["merchant"]
        if lead is not None:
            merchant["lead"] = lead
            merchant["upper"] = _in_capitals(example.text[lead_end : spans["merchant"][1]])
        # The payee as the person calls it, where the text writes it otherwise ("Rossi Marco,
        # Locarno" said to be "Marco Rossi"): the same words in a later message are that payee.
        typed = example.values.get("merchant")
        written = example.text[slice(*spans["merchant"])]
        if typed and normalise_merchant(written)[1] != normalise_merchant(str(typed))[1]:
            merchant["names"] = {_written_key(written): str(typed)}
            family_first = _family_first(written, str(typed))
            if family_first is not None:
                merchant["family_first"] = family_first
        # A cash machine named near the example's name: then it is no sign in the others.
        starts = [t.start for t in tokens]
        merchant["cash"] = _cash_machine(tokens, starts, *spans["merchant"])
    values = example.values
    constants: dict[str, Any] = {}
    # The skeleton is the fixed text: the marked values are not part of it.
    fixed_tokens = [
        t for t in tokens if not any(a < t.end and t.start < b for a, b in spans.values())
    ]
    if example.kind == "transaction":
        constants["currency"] = values.get("currency")
        constants["direction"] = values.get("direction")
        if values.get("merchant") and "merchant" not in example.spans:
            constants["merchant"] = values["merchant"]  # a shop's own receipts
    # (A value in capitals may name the kind too, "Tshaka: YO BVISWA", where the example's
    # name is marked: then no line left in capitals is the counterparty's.)
    kinds = _kind_lines(
        example.text, subject_end, list(example.spans.values()), "merchant" in example.spans
    )
    return {
        "kind": example.kind,
        "examples": 1,
        "skeleton": sorted(_fixed_keys(fixed_tokens)),
        "subject": sorted(_fixed_keys([t for t in fixed_tokens if t.end <= subject_end])),
        "fields": fields,
        "constants": constants,
        "direction_cues": _direction_cues(example),
        "direction_marks": _direction_marks(
            tokens,
            example.spans.get("amount"),
            [span for name, span in example.spans.items() if name != "amount"],
        ),
        "misread": _misread_keys(example),
        "words_after": _words_after_amount(
            example.text,
            tokens,
            example.spans.get("amount"),
            [span for name, span in example.spans.items() if name != "amount"],
        ),
        "kind_lines": kinds,
        "kind_directions": _kind_directions(kinds, example),
    }


def _words_after_amount(
    text: str,
    tokens: list[Token],
    span: tuple[int, int] | None,
    others: Sequence[tuple[int, int]] = (),
) -> list[str]:
    """The first words after the amount (and its currency) on its line, up to three, no other
    field's: "me basika" (went out) or "me kota" (came in) after "Mbongo 135 750,00 FC"."""
    if span is None:
        return []
    line_end = _line_end(text, span[1])
    words: list[str] = []
    for token in tokens[bisect.bisect_left(tokens, span[1], key=_start_of) :]:
        if token.start >= line_end or len(words) == 3:
            break
        if any(a < token.end and token.start < b for a, b in others):
            break
        if token.variable or not token.key.isalpha() or _is_currency(token.key):
            continue
        words.append(token.key)
    return words


def _merchant_cell(
    example: Example, span: tuple[int, int], others: list[tuple[int, int]]
) -> tuple[tuple[int, int], list[str] | None, int]:
    """The span a template places the merchant by, and the words the example's labelled value
    had before the name the person typed (None when the name starts the value).

    A name inside a labelled value after other words ("Concepte: COMPRA TARGETA CONDIS SANTS",
    "Descrição: Pagamento de serviços - ELECTRA", a table's "VIR. SALAIRE MAERSK CAMEROUN SA")
    is placed by the label: the value's leading words may be the sender's fixed text (each
    purchase's "COMPRA TARGETA") or vary with the payment ("Transferência recebida de"), which
    one example cannot tell; the reading tells (_name_in_cell). Also returns where the lead
    ends."""
    text = example.text
    cell = _cell_of(text, span)
    typed = example.values.get("merchant")
    if cell is None or not typed or any(a < cell[1] and cell[0] < b for a, b in others):
        return _whole_cell(text, span), None, 0
    folded = _fold(text[cell[0] : cell[1]])
    at = folded.find(_fold(str(typed)).strip())
    if at < 0:
        at = folded.find(_fold_typed(str(typed)))
    if at <= 0 or len(folded) != cell[1] - cell[0]:
        return _whole_cell(text, span), None, 0
    lead = tokenise(text[cell[0] : cell[0] + at])
    if not any(_LETTER.search(t.key) for t in lead):
        return _whole_cell(text, span), None, 0
    return cell, [t.key for t in lead], cell[0] + at


def _family_first(written: str, typed: str) -> tuple[str, int] | None:
    """Where the text writes a person's name family name first, in capitals, and the person
    typed it last ("VIR SEPA M. DUBOSCQ PIERRE" said to be "Pierre Duboscq"): the value's words
    before the name ("vir sepa m.") and the name's number of words."""
    folded = _fold(written)
    run = (
        _find_reordered(written, folded, _fold_typed(typed))
        if len(folded) == len(written)
        else None
    )
    if run is None or not _in_capitals(written[run[0] : run[1]]):
        return None
    words = _NAME_WORD.findall(folded[run[0] : run[1]])
    if _NAME_WORD.findall(_fold_typed(typed)) != [*words[1:], words[0]]:
        return None
    lead = written[: run[0]].casefold().split()
    if lead and parties._TITLES.match(lead[-1] + " "):
        lead.pop()  # "M." here, "MME" in the next message
    return " ".join(lead), len(words)


def _typed_order(rule: dict[str, Any], raw: str) -> str | None:
    """Another person's name where the person's typed name was written family name first, as
    they would type it: given names first ("VIR SEPA MME LABORDE ANNE" read "Anne Laborde"). Only
    a name of as many words, in capitals, after the same words (a shop's name in the same cell,
    "CB FREE MOBILE", follows other words)."""
    lead, count = rule.get("family_first") or ("", 0)
    if not count or not " ".join(raw.casefold().split()).startswith(lead):
        return None
    words = raw.split()[len(lead.split()) :]
    if words and parties._TITLES.match(words[0] + " "):
        words.pop(0)
    if len(words) != count or not _in_capitals(" ".join(words)):
        return None
    return normalise_merchant(" ".join([*words[1:], words[0]]))[0]


def _in_capitals(text: str) -> bool:
    """Written in capitals ("CONDIS SANTS"; not "Adilson", nor a script without case)."""
    return text.upper() == text and text.lower() != text


# A cash machine is no counterparty: the rules' own words for one ("ATM", "GAB", "bankomat").
_CASH_MACHINE = parties._NO_COUNTERPARTY
# Nor is a word for pay ("SALARY", "GEHALT"): the rules' own words for it.
_PAY_MEMO = parties._PAY_MEMO
# The words before a name that may say it is a cash machine's ("na bankomatu CKB DELTA").
CASH_WORDS_BEFORE = 3


def _cash_machine(tokens: list[Token], starts: list[int], start: int, end: int) -> bool:
    """A word that names a cash machine in [start, end) or in the few words before it; an
    inflected form counts ("bankomatu": the word less one or two letters)."""
    at = bisect.bisect_left(starts, start)
    first = at
    while first > 0 and at - first < CASH_WORDS_BEFORE and tokens[first - 1].key != "\n":
        first -= 1
    for token in tokens[first:]:
        if token.start >= end:
            break
        if _cash_word(token.key):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _cash_word(word: str) -> bool:
    """Cached: a sender's names repeat across its mail."""
    if not word.isalpha():
        return False
    return bool(
        _CASH_MACHINE.fullmatch(word)
        or (len(word) >= 7 and any(_CASH_MACHINE.fullmatch(word[:-cut]) for cut in (1, 2)))
    )


def _cell_of(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The labelled value (after "Label: ", a tab, a bar or a column gap, to the line's or the
    cell's end) that holds `span`, stripped; None outside one or when it is longer than a
    name's line. A gap of spaces parts cells as a tab does: a fixed-width table's columns, a
    "Label        value" line."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    openings = list(_CELL_BREAK.finditer(text, line_start, span[0]))
    if not openings:
        return None
    start = openings[-1].end()
    closing = _CELL_END.search(text, span[1])
    end = closing.start() if closing else len(text)
    cell = text[start:end].strip()
    if not cell or len(cell) > 60:
        return None
    start = text.index(cell, start)
    return start, start + len(cell)


# The marks that end a label in the scripts that do not write a colon: the full-width colon
# (Chinese, Japanese), Armenian's "՝" ("Գումար՝ 148,060.00 AMD"), Ethiopic's preface colon and
# colon ("መጠን፦ 4,292.98"). A label is followed by one of these as by ":".
_COLONS = ":\uff1a\u055d\u1365\u1366"
# What opens a labelled value (a label's colon, a tab, a bar, a column gap) and what ends it.
_CELL_BREAK = re.compile(rf"[{_COLONS}] |\t|\||[ \u00a0]{{2,}}")
_CELL_END = re.compile(r"\t|\n|\||[ \u00a0]{2,}")


def _whole_cell(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A name marked inside a labelled value whose other words are the payment's kind
    ("Descripción\tPAGO QR DELIZIA", "Popis: Trvaly prikaz SPOLOCENSTVO ..."): the whole value,
    when the normaliser makes the same payee of it. The kind's words change from message to
    message ("PAGO ENTEL S.A.", "Prevod z uctu ESET"); the value's place does not."""
    cell = _cell_of(text, span)
    if cell is None or cell == span:
        return span
    if cell[0] == span[0] and _place_tail(text[span[1] : cell[1]]):
        return cell
    same = (
        normalise_merchant(text[cell[0] : cell[1]])[1]
        == normalise_merchant(text[span[0] : span[1]])[1]
    )
    return cell if same else span


def _written_key(text: str) -> str:
    """A name as written, folded (every letter and mark kept: the normaliser's key drops the
    vowel signs of some scripts, which would make different names one)."""
    return " ".join(text.casefold().split())


def _place_tail(text: str) -> bool:
    """The rest of a labelled value after the name a person marked is a place or a company's
    form ("Rossi Marco, Locarno", "Manor AG, Bellinzona"): a few words, no digits. The value's
    end, not the name's, then anchors the name: the tail varies from payee to payee."""
    tokens = tokenise(text)
    words = [t for t in tokens if _LETTER.search(t.key)]
    return 0 < len(words) <= 3 and not any(t.variable or t.key[0].isdigit() for t in tokens)


def _misread_keys(example: Example) -> list[str]:
    """The merchants (as keys) the reader gave this sender's mail and the person corrected."""
    wrong = example.misread.get("merchant")
    if not wrong or not isinstance(wrong, str):
        return []
    right = example.values.get("merchant")
    key = normalise_merchant(wrong)[1]
    if right and normalise_merchant(str(right))[1] == key:
        return []
    return [key]


def _field_rule(
    example: Example,
    tokens: list[Token],
    name: str,
    span: tuple[int, int],
    spans: dict[str, tuple[int, int]],
) -> dict[str, Any] | None:
    inside = [i for i, t in enumerate(tokens) if t.start < span[1] and t.end > span[0]]
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    others = [s for n, s in spans.items() if n != name]

    def is_anchor(token: Token) -> bool:
        return not token.variable and not any(
            t0 < token.end and token.start < t1 for t0, t1 in others
        )

    before: list[str] = []
    for token in reversed(tokens[max(0, first - ANCHOR_TOKENS) : first]):
        if not is_anchor(token):
            break
        before.insert(0, token.key)
    after: list[str] = []
    for token in tokens[last + 1 : last + 1 + ANCHOR_TOKENS]:
        if not is_anchor(token):
            break
        after.append(token.key)
    # The field read right before this one stands just before it ("Rp 72.000,00 04/09/26",
    # a date right after the amount): its end places this one where the words around vary.
    follows = None
    if not before and first > 0:
        previous = tokens[first - 1]
        follows = next(
            (
                other
                for other, (a, b) in spans.items()
                if other != name
                and a < previous.end
                and previous.start < b
                and READ_ORDER.index(other) < READ_ORDER.index(name)
            ),
            None,
        )
    if not before and not after and follows is None:
        return None
    subject_end = example.text.find("\n")
    rule: dict[str, Any] = {
        "before": before,
        "after": after,
        "width": last - first + 1,
        "position": round(first / max(1, len(tokens)), 4),
        "in_subject": subject_end >= 0 and span[0] < subject_end,
    }
    if follows is not None:
        rule["follows"] = follows
    if name == "merchant" and first > 0:
        # A capitalised name after lower-case words ("fra Ida Larsen", "nan men Wilson"):
        # where those words vary, lower-case words before a name are not part of it.
        word = tokens[first - 1]
        written = example.text[word.start : word.end]
        rule["lead_lower"] = bool(
            word.key.isalpha() and written.islower() and example.text[span[0]].isupper()
        )
    if name == "merchant":
        # A name ended by a lower-case word of the sentence ("at TIM HORTONS on ..."): where
        # a lower-case aside comes after a name here ("LOBLAWS (online) on"), it is the
        # sentence's, not the name's.
        nxt = tokens[last + 1] if last + 1 < len(tokens) else None
        rule["tail_lower"] = bool(
            nxt is not None
            and nxt.key.isalpha()
            and example.text[nxt.start : nxt.end].islower()
            and not example.text[span[1] - 1].islower()
        )
        rule["capitals"] = _in_capitals(example.text[span[0] : span[1]])
        # A name followed by a number ("ANA RUIZ 266 5338 0519": a phone, an
        # account): the number is no anchor, and the next message's name ends where its own
        # number starts.
        rule["number_after"] = last + 1 < len(tokens) and tokens[last + 1].key[0].isdigit()
        amount = spans.get("amount")
        rule["amount_line"] = (
            amount is not None
            and "\n" not in example.text[min(amount[0], span[0]) : max(amount[1], span[1])]
        )
        if rule["amount_line"] and "\t" in example.text[span[1] : _line_end(example.text, span[1])]:
            # A row of a table: the name's column, by its header ("Naam / tegenrekening"),
            # places it where a cell before it holds more or fewer words ("Incasso" /
            # "Betaalpas aankoop").
            column = _column_header(example.text, span[0])
            if column is not None:
                rule["column"] = column
    if name == "amount":
        # What stands beside the number ("KES", "円", "Dr"): where a message has the same,
        # the number is read as the example's was, without the amount finder.
        rule["beside"] = _marks_beside(tokens, span)
        # The table column the amount stood in ("Paid in €"), with the payment's direction:
        # an amount under another column of the same table went the other way.
        header = _column_header(example.text, span[0])
        if header is not None and example.values.get("direction") in ("debit", "credit"):
            rule["columns"] = {header: example.values["direction"]}
        filled = _other_number_columns(example.text, span, header) if header else []
        if filled:
            rule["other_columns"] = filled
        label = _line_label(example.text, span[0])
        if label is not None:
            rule["label"] = label
        # How the example's number was written: "413,875" is 413.875 TND but "248,000" is
        # 248000 IQD. The currency whose reading gives the example's value reads the next one.
        rule["currency"] = _reading_currency(example, span)
        # ... or in cents without a separator ("000000062402" for 624.02).
        wanted = example.values.get("amount")
        if wanted is not None:
            units = _in_minor_units(example.text[span[0] : span[1]], Decimal(str(wanted)))
            if units is not None:
                rule["minor_units"] = units
        # The currency the amount finder gives the example's mark, where the person said
        # another ("新臺幣…元" read as CNY, said TWD): that mark means theirs from this sender.
        misread = _finder_currency(example, span)
        if misread is not None:
            rule["currency_as"] = {misread: example.values["currency"]}
    if name == "occurred_at":
        rule["month_first"] = _month_first_of(example, span)
        wanted = example.values.get("occurred_at")
        if isinstance(wanted, datetime) and wanted.utcoffset() is not None:
            # The zone the user's time was in: read the sender's bare times in it when the
            # sender's home zone is unknown (a .com bank writing Seoul times).
            offset = wanted.utcoffset()
            assert offset is not None
            rule["utc_offset_minutes"] = int(offset.total_seconds() // 60)
            # A sender that dates its mail in the zone of its texts' times: each message's own
            # Date offset is then that zone's on its day (summer time included).
            rule["zone_of_date"] = (
                offset != timedelta(0) and example.received_at.utcoffset() == offset
            )
        shift = _text_zone_shift(example, span, wanted)
        if shift is not None:
            rule["text_offset_minutes"] = shift
        if wanted is not None and not _known_date(example, span, wanted):
            # A date the date finder does not read: learn which number is which.
            month_first = origin.month_first(origin.country_of(example.sender, example.text))
            layout = _numeric_layout(example.text[span[0] : span[1]], wanted, month_first)
            if layout is not None:
                rule["numeric"] = layout
            elif _WORDED_DATE.fullmatch(example.text, span[0], span[1]):
                rule["worded"] = True
            elif _COLON_CLOCK.fullmatch(example.text, span[0], span[1]):
                rule["clock"] = True
    return rule


# A sender's texts may state times in another zone than its Date header's ("16:07" in the
# sender's local zone, mailed at 12:07 in its head office's): the zones' offsets differ by
# whole half hours, and the example's moment (the header's, where the person left the date as
# read) trails the text's time by the mail's delay, at most this many minutes.
ZONE_STEP = 30
MAIL_DELAY = 5


def _text_zone_shift(
    example: Example, span: tuple[int, int], wanted: date | datetime | None
) -> int | None:
    """The UTC offset (minutes) of the times the example's text states, where it is not the
    example's moment's: the text's clock against the moment's, a whole number of half hours
    apart."""
    if not isinstance(wanted, datetime) or wanted.utcoffset() is None:
        return None
    clock = _clock_in(example, span)
    if clock is None:
        return None
    offset = int((wanted.utcoffset() or timedelta(0)).total_seconds() // 60)
    said = wanted.hour * 60 + wanted.minute
    apart = (clock[0] * 60 + clock[1] - said + 720) % 1440 - 720
    step = round(apart / ZONE_STEP) * ZONE_STEP
    shifted = offset + step
    if step == 0 or abs(apart - step) > MAIL_DELAY or not -720 <= shifted <= 840:
        return None
    return shifted


_COLON_CLOCK = re.compile(r"(?<!\d)([01]?\d|2[0-3]):([0-5]\d)(?!\d)")


def _clock_in(example: Example, span: tuple[int, int]) -> tuple[int, int] | None:
    """The time of day the example's date span states (hour, minute), if it states one."""
    for when in _dates(example.text, example.sender, example.received_at, False):
        if when.start < span[1] and span[0] < when.end and when.has_time:
            return when.moment.hour, when.moment.minute
    found = _COLON_CLOCK.search(example.text, span[0], span[1])
    return (int(found.group(1)), int(found.group(2))) if found else None


def _finder_currency(example: Example, span: tuple[int, int]) -> str | None:
    """The explicit currency the amount finder reads at the example's amount, when it is not
    the one the person said."""
    said = example.values.get("currency")
    if not said:
        return None
    country = origin.country_of(example.sender, example.text)
    for amount in find_amounts(example.text, country):
        if amount.start < span[1] and span[0] < amount.end:
            if amount.explicit and amount.currency and amount.currency != said:
                return str(amount.currency)
            return None
    return None


def _reading_currency(example: Example, span: tuple[int, int]) -> str:
    currency = str(example.values.get("currency") or "")
    number = _NUMBER.search(example.text, span[0], span[1])
    if not currency or number is None:
        return ""
    read = parse_number(number.group(), currency)
    return currency if read == example.values.get("amount") else ""


def _known_date(example: Example, span: tuple[int, int], wanted: date | datetime) -> bool:
    day = wanted.date() if isinstance(wanted, datetime) else wanted
    return any(
        when.start < span[1] and when.end > span[0] and when.moment.date() == day
        for month_first in (False, True)
        for when in _dates(example.text, example.sender, example.received_at, month_first)
    )


def _month_first_of(example: Example, span: tuple[int, int]) -> bool:
    """Which reading of the example's date gives the day the user said."""
    wanted = example.values.get("occurred_at")
    day = wanted.date() if isinstance(wanted, datetime) else wanted
    fitting = [
        month_first
        for month_first in (False, True)
        if any(
            when.start < span[1] and when.end > span[0] and when.moment.date() == day
            for when in _dates(example.text, example.sender, example.received_at, month_first)
        )
    ]
    if len(fitting) == 1:
        return fitting[0]
    # Both readings agree when a part is above 12 ("01/29"): the order it is written in says.
    parts = re.findall(r"\d+", example.text[span[0] : span[1]])
    if len(parts) >= 2 and len(parts[0]) <= 2 and len(parts[1]) <= 2:
        if int(parts[1]) > 12:
            return True
        if int(parts[0]) > 12:
            return False
    return origin.month_first(origin.country_of(example.sender, example.text))


# Marks written beside an amount that say its direction, in opposite pairs: where a message has
# the other one of a pair than the taught example, its money went the other way.
# (A mark may have more than one opposite: "db" against "cr" and "kr".)
_OPPOSITE_PAIRS = frozenset(
    frozenset(pair)
    for pair in (
        ("+", "-"),
        ("+", "−"),
        ("cr", "dr"),
        ("cr", "db"),
        ("kr", "db"),  # Indonesian and Scandinavian kredit / debet
        ("credit", "debit"),
        ("haben", "soll"),
        ("in", "out"),
        ("tăng", "giảm"),
        ("masuk", "keluar"),
    )
)
_OPPOSITE_MARKS = frozenset(mark for pair in _OPPOSITE_PAIRS for mark in pair)


def _marks_beside(
    tokens: list[Token], span: tuple[int, int] | None, past_currency: bool = False
) -> dict[str, str]:
    """The tokens just before and just after the amount (where a sign or Cr/Dr stands); with
    `past_currency`, the first ones that are not a currency mark ("1 500,00 KGS Дт")."""
    return {side: token.key for side, token in _mark_tokens(tokens, span, past_currency).items()}


def _mark_tokens(
    tokens: list[Token], span: tuple[int, int] | None, past_currency: bool
) -> dict[str, Token]:
    if span is None:
        return {}
    # The tokens overlapping the span, found by halving (this runs for every message read).
    first = bisect.bisect_right(tokens, span[0], key=_start_of) - 1
    if first < 0 or tokens[first].end <= span[0]:
        first += 1
    last = bisect.bisect_left(tokens, span[1], key=_start_of) - 1
    if first > last:
        return {}
    marks = {}
    before, after = first - 1, last + 1
    # Past a table's cell break too: the next cell of the row may say it ("342,48\tAf").
    if past_currency:
        before = _past_marks(tokens, before, -1)
        after = _past_marks(tokens, after, 1)
    if before >= 0 and not (past_currency and _separating_dash(tokens, before)):
        marks["before"] = tokens[before]
    if after < len(tokens):
        marks["after"] = tokens[after]
    return marks


def _start_of(token: Token) -> int:
    return token.start


def _past_marks(tokens: list[Token], at: int, step: int) -> int:
    """The first token from `at` (going `step`) past cell breaks and ONE currency mark: a second
    currency-like word is the direction's ("DB Rp 72.000,00" / "KR Rp 7.708.000,00": "KR" is
    also the krone's mark)."""
    currency = False
    crossed = False  # a cell break between the amount and its currency
    while 0 <= at < len(tokens):
        key = tokens[at].key
        if key in ("\t", GAP) and currency and crossed:
            # The currency stood in a column of its own beside the amount ("WA   USD   6.45"):
            # the column past it is another field's (a city's), not the amount's mark. A
            # currency in the amount's own cell ("980.00 USD\tC") is part of the amount.
            return -1 if step < 0 else len(tokens)
        if key in ("\t", GAP):
            crossed = crossed or not currency
            at += step
        elif not currency and _is_currency(key):
            currency = True
            at += step
        else:
            break
    return at


def _separating_dash(tokens: list[Token], index: int) -> bool:
    """A dash with space on both sides parts a label from its value ("ပမာဏ - ၁၈၀,၇၅၀"); it is
    not the amount's sign."""
    token = tokens[index]
    if token.key not in ("-", "−", "–") or index + 1 >= len(tokens) or index == 0:
        return False
    return tokens[index - 1].end < token.start and token.end < tokens[index + 1].start


def _direction_marks(
    tokens: list[Token], span: tuple[int, int] | None, others: Sequence[tuple[int, int]] = ()
) -> dict[str, str]:
    """The tokens before and after the amount that may say its direction: not a number, nor
    (in the taught example) a word of another field's value (the shop's last word, in the
    cell before the amount's, says nothing of the direction)."""
    return {
        side: token.key
        for side, token in _mark_tokens(tokens, span, past_currency=True).items()
        if not token.variable and not any(a < token.end and token.start < b for a, b in others)
    }


@functools.lru_cache(maxsize=4096)
def _is_currency(key: str) -> bool:
    """Cached: asked of the tokens beside every amount read, which repeat across a sender's
    mail. A mark of a few letters only its home country writes ("Bs" in Bolivia, "Ks") is a
    currency too; one letter ("D", "K"), or a bank's mark ("Db", São Tomé's dobra, is also
    "DB", debit), is more often a bank's debit or credit mark."""
    return any(
        currencies.resolve(form, None) is not None for form in (key, key.upper(), key.capitalize())
    ) or (len(key) > 1 and key.capitalize() in currencies.HOME_ONLY and key not in _BANK_MARKS)


# Banks' own debit and credit marks that a home-only currency mark also spells ("Db", São
# Tomé's dobra): beside an amount they are the mark, not the money.
_BANK_MARKS = frozenset({"db", "dr", "cr", "kr", "dk"})


def _marks_say(layout: dict[str, Any], message: "_Message", span: tuple[int, int]) -> str | None:
    """What the marks beside the amount say against the taught example: "same", "opposite" (a
    sign or Cr/Dr turned over), "unknown" (another word stands there), or None."""
    taught = layout.get("direction_marks") or {}
    here = _mark_tokens(message.tokens, span, past_currency=True)
    verdict = None
    for side, mark in taught.items():
        token = here.get(side)
        seen = token.key if token is not None and not token.variable else None
        if seen is None or seen == mark:
            verdict = verdict or "same"
        elif frozenset((mark, seen)) in _OPPOSITE_PAIRS or (
            _short_word(mark) and _short_word(seen)
        ):
            return "opposite"
        elif mark in _OPPOSITE_MARKS or seen in _OPPOSITE_MARKS:
            verdict = "unknown"
        elif _word_direction(mark) is not None and _mark_on_line(message, span, mark):
            # The example's direction word still stands on the amount's line, farther off:
            # words were put in between ("You paid a total of CAD"), nothing was turned over.
            verdict = verdict or "same"
        elif (turned := _turned(mark, seen, layout["constants"].get("direction"))) is not None:
            return "opposite" if turned != layout["constants"].get("direction") else "same"
        elif side == "after" and token is not None and _verb_like(mark, message, token):
            verdict = "verb"
    return verdict


def _legend_says_of_amount(text: str, span: tuple[int, int]) -> str | None:
    """What the legend says of the first word after the amount on its line, if anything."""
    line_end = _line_end(text, span[1])
    word = _FIRST_WORD_AFTER.match(text, span[1], line_end)
    if word is None:
        return _key_says(text, span[1], line_end)
    return _legend_says(text, word.group(1), (text.rfind("\n", 0, span[0]) + 1, line_end))


def _key_says(text: str, after: int, line_end: int) -> str | None:
    """A one-letter mark in the cell after the amount that a key elsewhere in the message spells
    out ("139,23<tab>D" under "D = débito · C = crédito")."""
    mark = _MARK_CELL.match(text, after, line_end)
    return None if mark is None else _spelled_out(text, mark.group(1))


def _spelled_out(text: str, mark: str, flags: int = 0) -> str | None:
    """The direction a key in the message gives a one- or two-letter mark ("D = debit")."""
    # (The key's word and one more, in brackets or not: "S = Soll (Belastung)".)
    key = re.search(
        rf"(?<!\w)\(?{re.escape(mark)}\)?\s*[=:]\s*([^\W\d_]+(?:[ \t]*\(?[^\W\d_]+)?)",
        text,
        flags,
    )
    if key is None:
        return None
    said = _directions_in(key.group(1).lower())
    return said.pop() if len(said) == 1 else None


def _kind_key_says(layout: dict[str, Any], message: "_Message") -> str | None:
    """The direction of a kind line's one-letter value as the message's key spells it out
    ("evt.dc=C" under "dc D = debit, C = credit"), where the key spells out the example's value
    as the direction the person gave it: the line is then the format's debit/credit mark."""
    direction = layout["constants"].get("direction")
    if direction not in ("debit", "credit"):
        return None
    found = set()
    for label, taught in (layout.get("kind_lines") or {}).items():
        here = message.kind_lines.get(label)
        if here is None or not _MARK_VALUE.fullmatch(taught) or not _MARK_VALUE.fullmatch(here):
            continue
        if _spelled_out(message.text, taught, re.IGNORECASE) != direction:
            continue
        said = _spelled_out(message.text, here, re.IGNORECASE)
        if said is not None:
            found.add(said)
    return found.pop() if len(found) == 1 else None


_MARK_VALUE = re.compile(r"[^\W\d_]{1,2}")


def _directions_in(lower: str) -> set[str]:
    """The direction classes (debit, credit) of the cue words in `lower`."""
    return {cls for _, _, cues in lexicon.scan(lower) for cls in cues if cls in _DIRECTIONS}


# A cell of one or two letters right after the amount ("\tD\t", " C "), past its currency
# code, in brackets or not ("2.230,17 TL (B)" under "(B): Borç").
_MARK_CELL = re.compile(r"[ \t]+(?:[A-Z]{2,3}[ \t]+)?\(?([^\W\d_]{1,2})\)?(?=[ \t]|$)")


# A word in brackets or alone after the amount, as a mark stands: "$207.77 (red)".
_FIRST_WORD_AFTER = re.compile(r"[ \t]*\(?([^\W\d_]{3,})\)?[ \t]*(?:\n|$)")


def _legend_says(text: str, mark: str, amounts_line: tuple[int, int]) -> str | None:
    """The direction the message's own legend gives a mark ("Amounts shown in red are
    withdrawals. Amounts shown in green are deposits.": "red" is money out): the one direction
    word in the sentences, apart from the amount's own line, that name the mark."""
    said = set()
    named = re.compile(rf"(?<!\w){re.escape(mark.lower())}(?!\w)")  # (once, not per sentence)
    for sentence in _SENTENCE.finditer(text):
        if amounts_line[0] <= sentence.start() < amounts_line[1]:
            continue
        lower = sentence.group().lower()
        if named.search(lower):
            said |= _directions_in(lower)
            # ... and a table's words for them ("withdrawals", "deposits"), long ones only:
            # "in" and "out" are everyday words.
            said |= {
                cls
                for word in _LEGEND_WORD.findall(lower)
                for cls in lexicon.HEADING_DIRECTIONS.get(word, ())
            }
    return said.pop() if len(said) == 1 else None


_SENTENCE = re.compile(r"[^.;!?\n]+")
_LEGEND_WORD = re.compile(r"[^\W\d_]{5,}")


def _mark_on_line(message: "_Message", span: tuple[int, int], mark: str) -> bool:
    """The word `mark` stands on the amount's line (the amount itself aside)."""
    text = message.text
    line = (text.rfind("\n", 0, span[0]) + 1, _line_end(text, span[1]))
    tokens = message.tokens
    return any(
        line[0] <= tokens[at].start < line[1] and not span[0] <= tokens[at].start < span[1]
        for at in message.positions.get(mark, ())
    )


def _verb_like(mark: str, message: "_Message", token: Token) -> bool:
    """Two different words in lower case (or in a script without case: Tibetan, Thai) after
    the amount, neither a direction word the lexicon knows (those are read as
    cues): the sentence's verb changed."""
    written = message.text[token.start : token.end]
    return (
        _word(mark)
        and len(mark) >= 4
        and _word(written)
        and (written.islower() or _caseless(written))
        and len(written) >= 4
        and not _says_direction(mark)
        and not _says_direction(token.key)
    )


def _word(text: str) -> bool:
    """Letters only, with their combining marks (a vowel sign is part of its word) and the
    invisible joiners some scripts write inside a word (Mongolian's vowel separator, the
    Persian and Indic zero-width (non-)joiners)."""
    return any(c.isalpha() for c in text) and all(
        c.isalpha() or unicodedata.category(c) in _IN_WORD for c in text
    )


_IN_WORD = {"Mn", "Mc", "Me", "Cf"}


def _caseless(text: str) -> bool:
    """Written in a script without case (Tibetan, Thai, Arabic...)."""
    return text.lower() == text.upper()


# Signs, and the arrows some banks print instead, explained in a legend ("▼ money out · ▲ money
# in"): compared between the taught example and a message, so only the pairing matters.
_SIGNS = {"+": "+", "-": "-", "−": "-", "▲": "+", "▼": "-", "↑": "+", "↓": "-", "⬆": "+", "⬇": "-"}
_DIRECTIONS = {lexicon.DEBIT, lexicon.CREDIT}


def _sign_says(layout: dict[str, Any], message: "_Message", span: tuple[int, int]) -> str | None:
    """ "same" or "opposite" where the taught example and this message both sign the amount;
    "credit" where only this message does, with a plus (a minus may be only a dash)."""
    taught = layout.get("direction_marks") or {}
    here = _direction_marks(message.tokens, span)
    for side, mark in taught.items():
        seen = here.get(side)
        if mark in _SIGNS and seen in _SIGNS:
            return "same" if _SIGNS[mark] == _SIGNS[seen] else "opposite"
        if mark in _SIGNS or (side == "before" and mark == "(" and taught.get("after") == ")"):
            if mark == "(" and seen == "(":
                return "same"
            # The example's amount was signed (or in accounting brackets) and this one is
            # not: a format that marks one way only ("-45,00" or "(45.00)" paid, "1.200,00"
            # received) left the mark off the other way.
            return "opposite"
    if here.get("before") == "+" and taught.get("before") not in _SIGNS:
        return "credit"
    if here.get("before") == "(" and here.get("after") == ")" and taught.get("before") != "(":
        return "opposite"  # "(24,30)" where the example was bare: accounting's other way
    return None


def _short_word(key: str) -> bool:
    """A bank's own one-to-three-letter direction mark ("DUG"/"POT", "DB"/"KR", "S"/"H"): the
    fixed text of a layout does not change, so where the taught example had one short word
    beside the amount and this message has another, the money went the other way. Currency
    marks ("EUR", "Kč", "TL") are not such words: they change with the payment's currency.
    Consulted only where no direction word of the message's settles it (_direction). A vowel
    sign is part of its word ("ରୁ" / "ରେ", from / into an account, in Odia)."""
    return (
        _word(key)
        and len(key) <= 3
        and not lexicon.scan(key.lower())  # "at"/"to" name a counterparty, "cr"/"dr" are paired
        and not _is_currency(key)
    )


def _direction_cues(example: Example) -> dict[str, str]:
    """The direction words of the example (debited, credited, received...) → its direction.
    Not a word in the counterparty's labelled value ("Pihak sanès: GAJI PERKEBUNAN TAMBI"):
    that names this payment, not the format, and the format's other messages lack it."""
    direction = example.values.get("direction")
    if example.kind != "transaction" or direction not in ("debit", "credit"):
        return {}
    lower = example.text.lower()
    party = example.spans.get("merchant")
    cell = _cell_of(example.text, party) if party else None
    found = [
        (start, end, classes)
        for start, end, classes in _spoken_cues(lower)
        if (lexicon.DEBIT in classes or lexicon.CREDIT in classes)
        and not (cell and cell[0] <= start and end <= cell[1])
    ]
    # A line of prose with words of both ways ("DB = debet (dana keluar), CR = kredit (dana
    # masuk)"), not the amount's, is a legend every message repeats: its words teach nothing.
    # (A table's "Debit  Credit" headings are not prose.)
    said: dict[int, set[str]] = {}
    for start, _, classes in found:
        said.setdefault(lower.rfind("\n", 0, start), set()).update(classes)
    amount = example.spans.get("amount")
    own_line = lower.rfind("\n", 0, amount[0]) if amount else None
    legends = {
        line
        for line, classes in said.items()
        if classes >= _DIRECTIONS
        and line != own_line
        and not _TABLE_GAP.search(lower, line + 1, _line_end(lower, line + 1))
    }
    return {
        lower[start:end]: direction
        for start, end, _ in found
        if lower.rfind("\n", 0, start) not in legends
    }


_TABLE_GAP = re.compile(r"\t|  ")


_PAIR_GAP = re.compile(r"[\s/|,&-]{0,5}")


def _spoken_cues(lower: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """The lexicon's cues, less the direction words that stand as a pair: "Debit / Credit",
    "Dr/Cr", "مدين / دائن" name a field, and its value says the direction."""
    found = lexicon.scan(lower)
    paired: set[int] = set()
    for i in range(len(found) - 1):
        (_, e1, c1), (s2, _, c2) = found[i], found[i + 1]
        one, two = set(c1) & _DIRECTIONS, set(c2) & _DIRECTIONS
        if one and two and one != two and _PAIR_GAP.fullmatch(lower[e1:s2]):
            paired |= {i, i + 1}
    return [cue for i, cue in enumerate(found) if i not in paired]


def _align(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Two examples of one layout: keep what is common to both."""
    fields = {}
    for name in set(old["fields"]) | set(new["fields"]):
        a, b = old["fields"].get(name), new["fields"].get(name)
        if a is None or b is None:
            fields[name] = a or b
            continue
        before = _common_suffix(a["before"], b["before"])
        after = _common_prefix(a["after"], b["after"])
        if not before and not after:  # nothing in common: keep the newer example's
            fields[name] = b
            continue
        fields[name] = {
            **b,
            "columns": {**a.get("columns", {}), **b.get("columns", {})},
            # A column one example had its payment in holds no other value.
            "other_columns": sorted(
                (set(a.get("other_columns", ())) | set(b.get("other_columns", ())))
                - set(a.get("columns", {}))
                - set(b.get("columns", {}))
            ),
            "names": {**a.get("names", {}), **b.get("names", {})},
            "family_first": a.get("family_first") or b.get("family_first"),
            "before": before,
            "after": after,
            "width": max(a["width"], b["width"]),
            "beside": b.get("beside") if a.get("beside") == b.get("beside") else None,
            "position": round((a["position"] + b["position"]) / 2, 4),
        }
    constants = {}
    for name in set(old["constants"]) | set(new["constants"]):
        a, b = old["constants"].get(name), new["constants"].get(name)
        if name == "merchant" and name in fields:
            continue
        if a == b or a is None or b is None:
            constants[name] = b if b is not None else a
        # Differing values (debit and credit alerts in one layout): read from the cues.
    cues = dict(old["direction_cues"])
    for cue, direction in new["direction_cues"].items():
        if cues.get(cue, direction) != direction:
            cues[cue] = ""  # said both ways: no evidence
        else:
            cues[cue] = direction
    return {
        "kind": new["kind"],
        "examples": old["examples"] + new["examples"],
        "skeleton": sorted(set(old["skeleton"]) & set(new["skeleton"])),
        "subject": sorted(set(old["subject"]) & set(new["subject"])),
        "fields": fields,
        "constants": constants,
        "direction_cues": {cue: d for cue, d in cues.items() if d},
        "misread": sorted(set(old.get("misread", ())) | set(new.get("misread", ()))),
        # A line whose value differs between two examples of one direction says no kind.
        "kind_lines": {
            label: value
            for label, value in (new.get("kind_lines") or {}).items()
            if (old.get("kind_lines") or {}).get(label, value) == value
            or old["constants"].get("direction") != new["constants"].get("direction")
        },
        "kind_directions": _merge_kind_directions(
            old.get("kind_directions") or {}, new.get("kind_directions") or {}
        ),
    }


def _kind_directions(kinds: dict[str, str], example: Example) -> dict[str, dict[str, str]]:
    """Each labelled kind line's value → the example's direction ("Operation: Money in" →
    credit). One example says what one value means; a second of the other
    direction, with another value on the same line, says what the line tells."""
    direction = example.values.get("direction")
    if example.kind != "transaction" or direction not in ("debit", "credit"):
        return {}
    return {label: {value: direction} for label, value in kinds.items()}


def _merge_kind_directions(
    old: dict[str, dict[str, str]], new: dict[str, dict[str, str]]
) -> dict[str, dict[str, str]]:
    """The values each kind line was taught with; a value said both ways means nothing."""
    merged: dict[str, dict[str, str]] = {}
    for label in set(old) | set(new):
        values = dict(old.get(label, {}))
        for value, direction in new.get(label, {}).items():
            values[value] = direction if values.get(value, direction) == direction else ""
        merged[label] = {value: d for value, d in values.items() if d}
    return merged


def _kind_line_says(layout: dict[str, Any], message: "_Message") -> str | None:
    """The direction a kind line's value says, where the person taught that line with both
    directions (one correction of each: "Money in" credit, "Money out" debit) and this
    message's value is one of them."""
    taught = {
        label: values
        for label, values in (layout.get("kind_directions") or {}).items()
        if len(set(values.values())) == 2
    }
    if not taught:
        return None
    said = message.kind_lines
    found = {values[said[label]] for label, values in taught.items() if said.get(label) in values}
    return found.pop() if len(found) == 1 else None


def _kind_line_turned(layout: dict[str, Any], message: "_Message") -> str | None:
    """The direction a kind line says where one example taught it: its value's first word was
    a direction word of the example's direction ("Type: Uttak", "Débito - Consumo") and this
    message has another word there (_turned: "Innskot", "Crédito - Pago de nómina")."""
    taught = {
        label: values
        for label, values in (layout.get("kind_directions") or {}).items()
        if len(set(values.values())) == 1
    }
    if not taught:
        return None
    said = message.kind_lines
    found = set()
    for label, values in taught.items():
        value = said.get(label)
        if value is None or value in values:
            continue
        for old, direction in values.items():
            turned = _turned(_first_word(old), _first_word(value), direction)
            if turned is not None:
                found.add(turned)
    return found.pop() if len(found) == 1 else None


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _kind_word_swapped(
    layout: dict[str, Any], message: "_Message", amount: tuple[int, int]
) -> str | None:
    """The other direction, where a few words of a kind line's value, words no lexicon knows,
    stand for other such words and the rest of the value is the same ("Type: ወጻኢ" taught as
    money out, "Type: ኣታዊ" here; "Madi a ntshitswe" / "Madi a tsentswe"; a heading's "Argid
    ceaut" / "Argid currit stiagh"): a format that reports both ways names each with words of
    its own. So too the amount's own label ("Oimaliwa ya tumwa: 6.766,84 Kz" taught,
    "Oimaliwa ya tambulwa: ..." here). Only a guess, kept unsure: the rules' sure reading, where
    they have one, decides (as_result)."""
    direction = layout["constants"].get("direction")
    if direction not in ("debit", "credit"):
        return None
    said = dict(message.kind_lines)
    lines = dict(layout.get("kind_lines") or {})
    taught_label = layout["fields"]["amount"].get("label")
    here_label = _line_label(message.text, amount[0])
    if taught_label and here_label:
        said[_AMOUNT_LABEL] = here_label
        lines[_AMOUNT_LABEL] = taught_label
    # ... and the word right before the amount ("Imali engenileko R46 474,38" taught, "Imali
    # ephumileko R2 472,30" here).
    taught_word = (layout.get("direction_marks") or {}).get("before")
    here_word = _direction_marks(message.tokens, amount).get("before")
    gap = _COLUMN_GAP_BEFORE.search(message.text, max(0, amount[0] - 12), amount[0])
    if taught_word and here_word and gap is None:
        # (Not a table's last cell before the amount's column: "Kartenzahlung girocard   29,05
        # S" names what was bought, not which way.)
        said[_WORD_BEFORE] = here_word
        lines[_WORD_BEFORE] = taught_word
    for label, value in lines.items():
        here = said.get(label)
        if here is None or here == value:
            continue
        taught, seen = value.split(), here.split()
        kept = len(_common_prefix(taught, seen))
        kept_end = len(_common_suffix(taught[kept:], seen[kept:]))
        was, now = taught[kept : len(taught) - kept_end], seen[kept : len(seen) - kept_end]
        one_word = len(was) == len(now) == 1 and not label.startswith("¶")
        # "Argid ceaut" / "Argid currit stiagh": the same line, a word or two changed.
        a_few = kept + kept_end > 0 and len(was) <= 2 and len(now) <= 2
        if (one_word or a_few) and all(
            # Words, whatever marks a script writes inside them (Tibetan's tsheg and shad).
            _LETTER.search(word)
            and not _DIGIT.search(word)
            and not _ROMAN.fullmatch(word)  # "die iv mensis" / "die xx mensis": a date
            and not lexicon.scan(word)
            for word in was + now
        ):
            return "credit" if direction == "debit" else "debit"
    return None


# The amount's own label and the word right before it, compared as a kind line's value is (keys
# no line's label can be: those end before a colon; one word changed is enough, as on a line).
_AMOUNT_LABEL = "the amount's label"
# A column gap (a tab, or three spaces), then at most a currency mark, right before the amount.
_COLUMN_GAP_BEFORE = re.compile(r"(?:\t|   )[ \t]*(?:\S{1,4}[ \t]?)?$")
_ROMAN = re.compile(r"m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
_WORD_BEFORE = "the word before the amount"


def _first_word(text: str) -> str:
    word = _NAME_WORD.search(text)
    return word.group().casefold() if word else ""


def _word_direction(key: str) -> str | None:
    """The one direction the lexicon's cues in a word say, if they say one."""
    classes = {c for _, _, cues in lexicon.scan(key.lower()) for c in cues if c in _DIRECTIONS}
    return classes.pop() if len(classes) == 1 else None


def _turned(taught: str, here: str, direction: str | None) -> str | None:
    """The direction a word says standing where the example had a direction word of its own
    direction ("డెబిట్" debited, "Uttak" withdrawal): the word's own where the lexicon knows
    it, else the other direction. A format that reports both ways writes a fixed word for each,
    and the example's word is the one for its way; a word for the same way the lexicon would
    know ("debited" / "withdrawn"), a currency mark or a number says nothing."""
    if direction not in ("debit", "credit") or not taught or not here or taught == here:
        return None
    if _word_direction(taught) != direction or not _word(here) or _is_currency(here):
        return None
    said = _word_direction(here)
    if said is not None:
        return said
    if lexicon.scan(here.lower()):
        return None  # a cue of another kind (a fee, a payment): not a direction's word
    return "credit" if direction == "debit" else "debit"


def _common_suffix(a: Sequence[str], b: Sequence[str]) -> list[str]:
    common: list[str] = []
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        common.insert(0, x)
    return common


def _common_prefix(a: Sequence[str], b: Sequence[str]) -> list[str]:
    common = []
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common.append(x)
    return common


_LETTER = re.compile(r"[^\W\d_]")


def _fixed_keys(tokens: Sequence[Token]) -> set[str]:
    letter = _LETTER.search
    return {t.key for t in tokens if not t.variable and letter(t.key)}


def _jaccard(a: set[str], b: set[str] | Sequence[str]) -> float:
    """Jaccard of a message's fixed words and a layout's skeleton (its words are distinct,
    so the stored list serves without a set being built per message)."""
    common = sum(1 for key in b if key in a)
    union = len(a) + len(b) - common
    return common / union if union else 0.0


# ---- reading ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Message:
    text: str
    sender: str
    received_at: datetime
    tokens: list[Token]
    keys: list[str]
    positions: dict[str, list[int]]
    subject_end: int  # where the subject line ends (the text is the subject, then the body)
    starts: list[int]  # each token's start
    # What is known of messages of this one's shape (apply's `cache`): the layouts' ranking and
    # each field's regions, which depend on nothing else.
    plan: dict[Any, Any] | None = None
    # The rules' reading of the message, and the merchants (keys) known wrong for the sender.
    base: ExtractionResult | None = None
    misread: set[str] = field(default_factory=set)
    _dates: dict[bool, list[When]] = field(default_factory=dict)
    _country: str | None = ""  # "": not yet worked out (country_of reads the whole text)
    _kinds: dict[str, str] | None = None

    @property
    def kind_lines(self) -> dict[str, str]:
        """The message's kind lines (_kind_lines), read once: four checks ask for them."""
        if self._kinds is None:
            self._kinds = _kind_lines(self.text, self.subject_end, (), capitals=True)
        return self._kinds

    @property
    def country(self) -> str | None:
        if self._country == "":
            # Messages of one shape write the same words (only numbers differ): one sender's
            # 10,000 emails of a format are placed once, not 10,000 times.
            shape = self.plan if self.plan is not None else {}
            if "country" not in shape:
                shape["country"] = origin.country_of(self.sender, self.text)
            self._country = shape["country"]
        return self._country

    def amounts_near(self, start: int, end: int) -> list[Amount]:
        """The amounts the rules' finder sees around [start, end) (a window, not the whole
        text: re-reading 10,000 emails must stay cheap)."""
        lo, hi = max(0, start - AMOUNT_WINDOW), min(len(self.text), end + AMOUNT_WINDOW)
        found = find_amounts(self.text[lo:hi], self.country)
        return [
            a._replace(
                start=a.start + lo,
                end=a.end + lo,
                mark_start=a.mark_start + lo,
                mark_end=a.mark_end + lo,
            )
            for a in found
            if a.value > 0
        ]

    def dates(self, month_first: bool) -> list[When]:
        if month_first not in self._dates:
            self._dates[month_first] = _dates_in(
                self.text, self.country, self.received_at, month_first
            )
        return self._dates[month_first]


def apply(
    template: dict[str, Any],
    text: str,
    sender: str,
    received_at: datetime,
    base: ExtractionResult | None = None,
    cache: dict[Any, Any] | None = None,
) -> TemplateReading | None:
    """The template's reading of a message from its sender, or None when no layout fits (the
    message is of a format the user has not taught: the rules read it). With `base` (the
    rules' reading), a payment of an untaught format whose merchant the rules missed or got
    as the person said they get it wrong may still have its name read (_name_in_other_format).

    `cache` (a dict kept across many messages read with this one template) remembers, per
    message shape (its tokens, with every number and every word with a digit as a blank),
    where the layouts' fields were placed: a sender's mail repeats its few shapes, with the
    same shops and only the amounts, dates and card digits changing, so re-reading 10,000 of
    its emails places the fields a few hundred times, not 10,000."""
    tokens = tokenise(text)
    keys = [t.key for t in tokens]
    positions: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        positions.setdefault(key, []).append(index)
    subject_end = text.find("\n")
    subject_end = len(text) if subject_end < 0 else subject_end
    message = _Message(
        text, sender, received_at, tokens, keys, positions, subject_end, [t.start for t in tokens]
    )
    message.base = base
    message.misread = misread_merchants(template)
    layouts = template.get("layouts", [])
    if cache is not None:
        shape = _shape(text, tokens)
        if shape not in cache:
            if len(cache) >= SHAPES_KEPT:
                cache.clear()
            cache[shape] = {}
        message.plan = cache[shape]
    if message.plan is not None and "ranked" in message.plan:
        scores = message.plan["ranked"]
    else:
        fixed = _fixed_keys(tokens)
        scores = sorted(
            ((index, _jaccard(fixed, layout["skeleton"])) for index, layout in enumerate(layouts)),
            key=lambda pair: -pair[1],
        )
        if message.plan is not None:
            message.plan["ranked"] = scores
    ranked = [(index, layouts[index], score) for index, score in scores]
    for index, layout, score in ranked:
        if layout["kind"] == "not_transaction":
            if score < NOT_TRANSACTION_MATCH:
                continue
            subject = _fixed_keys([t for t in tokens if t.end <= subject_end])
            if subject == set(layout["subject"]):
                return TemplateReading("not_transaction", {}, {}, index)
            continue
        if score < SAME_LAYOUT:
            break
        reading = _read_layout(layout, message, index)
        if reading is not None and not _other_format(layout, message, reading, base):
            return reading
    if _merchant_in_doubt(template, base):
        return _name_in_other_format(ranked, message)
    return None


def _other_format(
    layout: dict[str, Any],
    message: "_Message",
    reading: TemplateReading,
    base: ExtractionResult | None,
) -> bool:
    """Is this message of another of the sender's formats, which the layout only seemed to fit?
    Its amount was placed without any of the words the example had before it ("To'lov: X so'm"
    read by a layout taught on "qabul qilindi: +X so'm"), and the rules read a different amount:
    the rules' reading stands. (Where the rules read nothing, the layout's placement is the
    best there is: a credit alert read by the taught debit one's layout.)"""
    if base is None or not base.is_transaction or base.amount is None:
        return False
    if reading.values.get("amount") == base.amount:
        return False
    # A direction mark before the amount ("DR" taught, "CR" here) is the same format's other
    # direction, not another format.
    words = {
        key
        for key in layout["fields"]["amount"]["before"]
        if _LETTER.search(key) and key not in _OPPOSITE_MARKS and not _says_direction(key)
    }
    if not words:
        return False
    if _rules_amount_on_fixed_line(layout, message, base):
        return False
    return words.isdisjoint(_keys_before(message, reading.spans["amount"][0], ANCHOR_TOKENS + 2))


def _rules_amount_on_fixed_line(
    layout: dict[str, Any], message: "_Message", base: ExtractionResult
) -> bool:
    """The rules' amount stands after words of the layout's own fixed text on its line (the
    balance's "Available balance:"): the example had that line too, and the person put the
    payment elsewhere, so that place is not this message's payment either (the word before
    the payment only changed with its direction: "ରୁ" from / "ରେ" into an account)."""
    span = base.spans.get("amount")
    if span is None:  # a stored reading keeps no spans: where its amount is written
        span = next(
            (
                (a.start, a.end)
                for a in find_amounts(message.text, message.country)
                if a.value == base.amount
            ),
            None,
        )
    if span is None:
        return False
    line_start = message.text.rfind("\n", 0, span[0]) + 1
    first = bisect.bisect_left(message.starts, line_start)
    last = bisect.bisect_left(message.starts, span[0])
    words = [key for key in message.keys[first:last] if _LETTER.search(key)]
    skeleton = set(layout["skeleton"])
    return bool(words) and all(key in skeleton for key in words)


def _merchant_in_doubt(template: dict[str, Any], base: ExtractionResult | None) -> bool:
    """The rules read a payment but no merchant, or one the person corrected for this sender."""
    if base is None or not base.is_transaction or base.amount is None:
        return False
    return not base.merchant or normalise_merchant(base.merchant)[1] in misread_merchants(template)


# How many message shapes apply's cache keeps before it starts again.
SHAPES_KEPT = 512


def _shape(text: str, tokens: list[Token]) -> tuple[str, ...]:
    """The message as its tokens, values blanked: what the placing of fields depends on (the
    words as written, for their case, and which blanks hold letters)."""
    return tuple(
        text[t.start : t.end] if not t.variable else ("\x00w" if _LETTER.search(t.key) else "\x00n")
        for t in tokens
    )


# A message of a format the user has not taught still shares this much of a taught layout's
# fixed words when it is a sibling of it (the credit alert beside the taught debit alert).
SIBLING_LAYOUT = 0.35


def misread_merchants(template: dict[str, Any]) -> set[str]:
    """The merchants (keys) the person said the reader got wrong for this sender."""
    return {key for layout in template.get("layouts", []) for key in layout.get("misread", ())}


def _name_in_other_format(
    ranked: list[tuple[int, dict[str, Any], float]], message: _Message
) -> TemplateReading | None:
    """The counterparty of a payment in a sibling format of a taught layout ("misto: BENZINA"
    taught, "od: Jana Svobodova" in the credit alert): the taught merchant's anchors matched
    strictly (the word right before the name, most of the rest, and the words after it), the
    name on one line and without numbers. Only the name is read; the rest stays the rules'."""
    for index, layout, score in ranked:
        if score < SIBLING_LAYOUT:
            break
        rule = layout["fields"].get("merchant")
        if layout["kind"] != "transaction" or rule is None:
            continue
        found = _strict_name(rule, message) or _capitals_after_word(layout, message, {})
        if found is not None:
            name, span = found
            return TemplateReading(
                "transaction",
                {"merchant": name},
                {"merchant": span},
                index,
                unsure=frozenset({"merchant"}),
            )
    return None


def _capitals_after_word(
    layout: dict[str, Any], message: _Message, spans: dict[str, tuple[int, int]]
) -> tuple[str, tuple[int, int]] | None:
    """A name in capitals right after the word the example's name followed, where the words
    before that word vary with the payment ("You sent money to ANA RUIZ" taught, "You paid to
    CITY GAS PREPAY" here): the word is the sentence's preposition, the same in every message.
    Only where the example's name was in capitals, and only the one such place of the message
    (in the part the name was taught in, holding no other field, not the layout's fixed
    words)."""
    rule = layout["fields"]["merchant"]
    before = rule["before"]
    if not rule.get("capitals") or not before or not _word(before[-1]) or len(before[-1]) < 2:
        return None
    text, fixed = message.text, set(layout["skeleton"])
    found = []
    for p in message.positions.get(before[-1], ()):
        if p + 1 >= len(message.tokens):
            continue
        start = message.tokens[p + 1].start
        if (
            rule.get("in_subject") is not None
            and (start < message.subject_end) != rule["in_subject"]
        ):
            continue
        run = _CAPITALS.match(text, start)
        if (
            run is None
            or run.group().upper() != run.group()
            or any(a < run.end() and start < b for a, b in spans.values())
            or all(word in fixed for word in run.group().casefold().split())
        ):
            continue
        found.append(run)
    if len(found) != 1:
        return None
    return normalise_merchant(found[0].group())[0], found[0].span()


def _strict_name(rule: dict[str, Any], message: _Message) -> tuple[str, tuple[int, int]] | None:
    before, after = rule["before"], rule["after"]
    if not before or not after:
        return None
    keys, tokens = message.keys, message.tokens
    ends = sorted(
        {p - j for j, key in enumerate(after[:2]) for p in message.positions.get(key, ())}
    )
    longest = max(rule["width"] * 3, rule["width"] + 8)
    best: tuple[float, int, int] | None = None
    for p in message.positions.get(before[-1], ()):
        start = p + 1
        one_side = _before_score(before, keys, start)
        if one_side < 0.75 * _weight(before):
            continue
        # The first place the words after it match, before a number or a line break.
        end, after_score = None, 0.0
        for at in ends[bisect.bisect_right(ends, start) :]:
            if at > start + longest or any(
                t.variable or t.key in ("\n", "\t") for t in tokens[start:at]
            ):
                break
            after_score = _after_score(after, keys, at)
            if after_score >= 0.5 * _weight(after):
                end = at
                break
        if end is None:
            continue
        in_subject = tokens[start].start < message.subject_end
        if rule.get("in_subject") is not None and in_subject != rule["in_subject"]:
            continue
        if best is None or one_side + after_score > best[0]:
            best = (one_side + after_score, start, end)
    if best is None:
        return None
    found = _read_raw_value(
        "merchant", rule, message, tokens[best[1]].start, tokens[best[2] - 1].end
    )
    return None if found is None else (found[0], found[1])


def _read_layout(layout: dict[str, Any], message: _Message, index: int) -> TemplateReading | None:
    values: dict[str, Any] = {}
    spans: dict[str, tuple[int, int]] = {}
    rules = layout["fields"]
    if "amount" not in rules:
        return None
    for name in READ_ORDER:
        rule = rules.get(name)
        if rule is None:
            continue
        taken = tuple(spans.values()) if name == "merchant" else ()
        found = _read_field(name, rule, message, index, taken)
        if found is None and rule.get("follows") in spans:
            found = _read_after_field(name, rule, message, spans[rule["follows"]])
        if found is not None:
            values[name], spans[name], extra = found
            if values[name] is None:
                del spans[name]  # no counterparty here (a cash machine): nothing to point at
            values.update({k: v for k, v in extra.items() if k != "zone_stated"})
    if "amount" not in values:
        return None  # the payment's place was not found: not this layout after all
    column = rules.get("merchant", {}).get("column")
    cell = _cell_under(message.text, spans["amount"][0], column) if column else None
    if cell is not None:  # the name's table column: its place, whatever the cells before hold
        party, spans["merchant"], _ = _name_at(
            rules["merchant"], message, cell[0], message.text[cell[0] : cell[1]]
        )
        values["merchant"] = party
        if party is None:
            del spans["merchant"]
    elif "merchant" in spans and _rules_name_the_party(rules["merchant"], message, spans):
        del values["merchant"], spans["merchant"]
    if "merchant" in spans and values["merchant"] is not None:
        longer = _rules_name_runs_on(rules["merchant"], message, spans["merchant"])
        if longer is not None:
            values["merchant"], spans["merchant"] = longer
        elif (ending := _rules_name_ending_the_value(message, spans["merchant"])) is not None:
            # "MOBILE TRANSFER FROM J LAVILLE" where the example's value was a name alone:
            # the words before the rules' name say what happened, the rules' name is who.
            values["merchant"] = ending
    unsure = set()
    if "merchant" in spans and _sentence_words(rules["merchant"], message, spans["merchant"]):
        # The example's name was in capitals; here the place holds the sentence's own words
        # (a sibling sentence: "... mai i a MERE TAKERE ki tō pūtea"): the line's one run of
        # capitals not the layout's fixed text is the name, else there is none to read.
        capitals = _capitals_on_line(layout, message, spans)
        del values["merchant"], spans["merchant"]
        if capitals is not None:
            values["merchant"] = normalise_merchant(capitals[0])[0]
            spans["merchant"] = capitals[1]
            unsure.add("merchant")
    base = message.base
    if (
        "merchant" not in values
        and "merchant" in rules
        and (
            base is None
            or not base.is_transaction
            or not base.merchant
            or normalise_merchant(base.merchant)[1] in message.misread
        )
    ):
        # The example's place for the name was not found: a name in capitals after the word
        # the example's followed, where the rules read none (or one known wrong).
        capitals = _capitals_after_word(layout, message, spans)
        if capitals is None and rules["merchant"].get("amount_line"):
            # Where the name was on the amount's line, the line's one name in capitals: the
            # sentence around it is another ("Paid R… at-MEGA MART …" taught, "Got R… into
            # account … sent by-ANA RUIZ …" here).
            capitals = _capitals_on_line(layout, message, spans, "amount")
            if capitals is not None:
                capitals = normalise_merchant(capitals[0])[0], capitals[1]
        if capitals is not None:
            values["merchant"], spans["merchant"] = capitals
            unsure.add("merchant")
    if (
        "merchant" not in values
        and "merchant" not in rules
        and base is not None
        and base.merchant
        and normalise_merchant(base.merchant)[1] in message.misread
    ):
        # The person cleared the name the rules read ("Relation Clients" from a footer, on a
        # cash withdrawal): the same reading in this message is no counterparty either.
        values["merchant"] = None
    constants = layout["constants"]
    guessed = set()
    if "currency" not in values and constants.get("currency"):
        values["currency"] = constants["currency"]
        guessed.add("currency")
    if "merchant" not in values and constants.get("merchant"):
        values["merchant"] = constants["merchant"]
    name_cell = None
    if spans.get("merchant"):
        name_cell = _cell_of(message.text, spans["merchant"]) or spans["merchant"]
    direction, source = _direction(layout, message.text, name_cell, spans["amount"])
    by_constant = source == "constant"
    swapped = None
    kind_says = _kind_line_says(layout, message)
    if kind_says is None and source != "spoken":
        kind_says = _kind_line_turned(layout, message)
    if kind_says is not None:
        # A line naming the payment's kind whose values the person taught both ways, or whose
        # taught direction word another word stands in place of.
        direction, by_constant, source = kind_says, False, "spoken"
    under = _column_says(rules["amount"], message.text, spans["amount"][0])
    if under is None:
        under = _label_says(rules["amount"], message, spans["amount"][0], constants)
    if under is not None:
        # Where the amount stands in a table says more than words every message repeats (a
        # header's "Paid in" / "Paid out" is in each of them).
        direction, by_constant, source = under, False, "spoken"
    legend = _legend_says_of_amount(message.text, spans["amount"]) or _kind_key_says(
        layout, message
    )
    if legend is not None:
        # A word after the amount that the message's own legend gives a direction ("$207.77
        # (red)" under "Amounts shown in red are withdrawals"): this payment's, whatever the
        # example's was.
        direction, by_constant, source = legend, False, "spoken"
    signed = _sign_says(layout, message, spans["amount"])
    if signed is not None and constants.get("direction") in ("debit", "credit"):
        # A sign on the amount outranks words: "+334,20" after a taught "-393,88" is money in.
        taught = constants["direction"]
        if signed == "credit":
            direction = "credit"
        else:
            flipped = "credit" if taught == "debit" else "debit"
            direction = taught if signed == "same" else flipped
        by_constant, source = False, "spoken"
    if (
        direction is not None
        and source == "learned"
        and _marks_say(layout, message, spans["amount"]) == "opposite"
    ):
        # A cue word the example had may be fixed text every message repeats (a footer's
        # "ontvangen"); a mark beside the amount turned over ("Af" / "Bij") is this payment's.
        direction, source = ("credit" if direction == "debit" else "debit"), "spoken"
    elif (
        source == "spoken"
        and not layout["direction_cues"]
        and constants.get("direction") in ("debit", "credit")
        and _marks_say(layout, message, spans["amount"]) == "opposite"
    ):
        # The example said its direction by no word, only by its mark beside the amount ("D"
        # in a D/K column): that mark turned over outranks a word elsewhere ("TRF DR <name>",
        # Indonesian "dari", from, read as debit).
        direction = "credit" if constants["direction"] == "debit" else "debit"
    if direction is not None:
        if by_constant:
            marks = _marks_say(layout, message, spans["amount"])
            if marks == "opposite":
                direction, by_constant = ("credit" if direction == "debit" else "debit"), False
            elif marks == "unknown":
                unsure.add("direction")
            elif marks == "verb" and direction == "credit":
                # Another verb after the amount than the taught credit's "received": money in
                # has few words, money out many (paid, withdrawn, sent). Still a guess: the
                # rules' own sure reading of the direction wins (as_result).
                direction = "debit"
                unsure.add("direction")
        values["direction"] = direction
        if source != "spoken" and (
            _kind_changed(layout, message, spans["amount"])
            or (source == "constant" and layout["direction_cues"])
        ):
            # The example's words for what happened are not this message's: its direction
            # is no more the example's than the other (the rules' reading, else a person's).
            # So too where the example said its direction in words ("Você recebeu um Pix")
            # and none of them is in this message ("Pix enviado", "Quem recebeu"): a
            # template must not make the rules' right reading of another kind wrong.
            by_constant = True
            unsure.add("direction")
            swapped = _kind_word_swapped(layout, message, spans["amount"])
            values["direction"] = swapped or direction
        if by_constant:
            guessed.add("direction")
    return TemplateReading(
        "transaction",
        values,
        spans,
        index,
        frozenset(guessed),
        frozenset(unsure),
        swapped=swapped is not None,
    )


def _sentence_words(rule: dict[str, Any], message: _Message, span: tuple[int, int]) -> bool:
    """A name placed where the example's was written in capitals holds only lower-case words."""
    placed = message.text[span[0] : span[1]]
    return bool(rule.get("capitals")) and placed.lower() == placed and placed.upper() != placed


# Capitalised words in a row (two letters or more each): a name as alerts write it.
_CAPITALS = re.compile(r"(?<![^\W\d_])[^\W\d_a-z]{2,}(?:[ &'.-]+[^\W\d_a-z]{2,})*(?![^\W\d_])")


def _capitals_on_line(
    layout: dict[str, Any],
    message: _Message,
    spans: dict[str, tuple[int, int]],
    line_of: str = "merchant",
) -> tuple[str, tuple[int, int]] | None:
    """The one run of capitals on the line of `line_of`'s span (the placed name's) that is
    neither another field's, nor the layout's fixed text, nor part of a code ("REF12345")."""
    text = message.text
    start = text.rfind("\n", 0, spans[line_of][0]) + 1
    end = text.find("\n", spans[line_of][1])
    end = len(text) if end < 0 else end
    fixed = set(layout["skeleton"])
    runs = [
        run
        for run in _CAPITALS.finditer(text, start, end)
        if run.group().upper() == run.group()
        and run.group().lower() != run.group()
        and not any(
            a < run.end() and run.start() < b for n, (a, b) in spans.items() if n != "merchant"
        )
        and not all(word in fixed for word in run.group().casefold().split())
        and not text[run.end() : run.end() + 1].isdigit()
    ]
    if len(runs) != 1:
        return None
    return runs[0].group(), runs[0].span()


def _kind_changed(layout: dict[str, Any], message: _Message, span: tuple[int, int]) -> bool:
    """Does this message name its payment's kind in other words than the example did: another
    word right before the amount ("Kukhokhwe R2 834,69" taught, "Kufakwe R14 666,83" here), or
    another value on a line that gave the example's kind ("Mofuta wa tiro: Madi a ntshitswe"
    taught, "... Madi a tsentswe" here)? Words that stand in the same place in every message of
    a format (a debit and a credit alike) say nothing of a direction."""
    taught = (layout.get("direction_marks") or {}).get("before")
    here = _direction_marks(message.tokens, span).get("before")
    if (
        taught
        and here
        and taught != here
        and min(len(taught), len(here)) > 3
        and taught.isalpha()
        and here.isalpha()
    ):
        return True
    # Another label on the amount's own line ("Indsat: kr. 71,00" taught, "Hævet: kr. 49,35"
    # here), one whose words say no direction (else _label_says read it): the label names
    # what happened, and this is not what happened in the example.
    label = layout["fields"]["amount"].get("label")
    here_label = _line_label(message.text, span[0])
    if label and here_label and here_label != label:
        return True
    # Another verb in the words after the amount ("Mbongo … FC me kota na konti" taught,
    # "… me basika na konti" here).
    taught_after = layout.get("words_after") or []
    here_after = _words_after_amount(message.text, message.tokens, span)
    if len(taught_after) == len(here_after) and any(
        a != b and len(a) > 3 and len(b) > 3 for a, b in zip(taught_after, here_after, strict=True)
    ):
        return True
    kinds = layout.get("kind_lines") or {}
    if not kinds:
        return False
    said = message.kind_lines
    return any(
        label in said and said[label] != value and not _numerals_apart(said[label], value)
        for label, value in kinds.items()
    )


def _numerals_apart(one: str, other: str) -> bool:
    """Two values that differ only in Roman numerals ("die iv mensis octobris" / "die xx
    mensis octobris"): a date or a count, no other kind of payment."""
    a, b = one.split(), other.split()
    return len(a) == len(b) and all(
        x == y or (_ROMAN.fullmatch(x) and _ROMAN.fullmatch(y)) for x, y in zip(a, b, strict=True)
    )


# A "Label: value" line (a colon, a tab or a column gap after the label).
_LABEL_LINE = re.compile(
    rf"^[ \t]*(?P<label>[^\W\d_][^{_COLONS}\t\n]{{0,40}}?)[ \t]*(?:[{_COLONS}]|\t|  )[ \t]*"
    r"(?P<value>[^\n]+)$",
    re.M,
)
# A kind's value is a few words ("Ensimbi ziyingidde", "Accredito - Bonifico in entrata").
KIND_WORDS = 6
# A key=value cell of a line of them, parted by "|" or ";".
_KEY_VALUE_CELL = re.compile(
    r"(?:^|(?<=[|;]))[ \t]*(?P<label>[^\W\d_][\w .'-]{0,30}?)[ \t]*=[ \t]*"
    r"(?P<value>[^|;=\n]+?)[ \t]*(?=[|;]|$)",
    re.M,
)


def _kind_lines(
    text: str, subject_end: int, spans: Sequence[tuple[int, int]], capitals: bool = False
) -> dict[str, str]:
    """The body's labelled lines whose value is a few words without digits and holds no
    field: label → value, case-folded (what kind of payment the message reports). A heading
    line of a few words ("Money in" over the details, "𞤑𞤢𞥄𞤤𞤭𞤧 𞤲𞤢𞥄𞤼𞤭𞥅") is one too, keyed
    by its place among the body's lines: a format writes its heading on the same line."""
    kinds = {}
    for line in _LABEL_LINE.finditer(text, subject_end):
        value = line.group("value").strip()
        if any(a < line.end() and line.start() < b for a, b in spans):
            continue
        if _few_words(value, capitals):
            kinds[" ".join(line.group("label").casefold().split())] = " ".join(
                value.casefold().split()
            )
    # ... and the cells of a key=value line ("akhawunti=****6208|mhaka=YI NGHENILE|...").
    for cell in _KEY_VALUE_CELL.finditer(text, subject_end):
        value = cell.group("value").strip()
        if any(a < cell.end() and cell.start() < b for a, b in spans):
            continue
        if _few_words(value, capitals):
            label = " ".join(cell.group("label").casefold().split())
            kinds.setdefault(label, " ".join(value.casefold().split()))
    place = 0
    for line in _LINE.finditer(text, subject_end):
        value = line.group().strip()
        if not value:
            continue
        place += 1
        if (
            not _LABEL_LINE.fullmatch(line.group())
            and not any(a < line.end() and line.start() < b for a, b in spans)
            and _few_words(value, capitals)
        ):
            kinds[f"¶{place}"] = " ".join(value.casefold().split())
    return kinds


_LINE = re.compile(r"[^\n]+")


def _few_words(value: str, capitals: bool = False) -> bool:
    """A few words without digits, not a name (alerts write those in capitals: "Kwa WUC"),
    which varies by payee, unless `capitals` are allowed."""
    words = value.split()
    return (
        0 < len(words) <= KIND_WORDS
        and not _DIGIT.search(value)
        and _LETTER.search(value) is not None
        and (
            capitals
            or not any(len(word) >= 2 and word.isupper() for word in _NAME_WORD.findall(value))
        )
    )


def _rules_name_the_party(
    rule: dict[str, Any], message: _Message, spans: dict[str, tuple[int, int]]
) -> bool:
    """Does the rules' counterparty stand where the template's placing is weak? The example's
    words right before its name ("Uwakiriye :", "to") are missing before this message's place
    (a sibling line of the same layout: "Umudandaza : BUJA CAFE" in a payment, "Igikorwa :
    Kuriha" picked by the colon alone), or its name was in capitals and the place holds
    lower-case words, and the rules read a name the person never said was wrong for this
    sender: the rules' name stands."""
    base = message.base
    if base is None or not base.is_transaction or not base.merchant:
        return False
    rules_name = normalise_merchant(base.merchant)[1]
    if rules_name in message.misread:
        return False
    placed = message.text[slice(*spans["merchant"])]
    if normalise_merchant(placed)[1] == rules_name:
        return False
    if rule.get("capitals") and placed.islower():
        return True  # the example's name was in capitals; these are the sentence's words
    nearest = next((key for key in reversed(rule["before"]) if _LETTER.search(key)), None)
    if nearest is None:
        return False
    return nearest not in _keys_before(message, spans["merchant"][0], ANCHOR_TOKENS)


def _rules_name_ending_the_value(message: _Message, span: tuple[int, int]) -> str | None:
    """The rules' counterparty, where the placed value ends with it after words of money moved
    ("Mobile Transfer From" before "J Laville"; not one word, "REFUND EXPRESS LTD" is a name)."""
    base = message.base
    if base is None or not base.is_transaction or not base.merchant:
        return None
    name = normalise_merchant(base.merchant)[1]
    if not name or name in message.misread:
        return None
    words = message.text[span[0] : span[1]].split()
    for cut in range(1, len(words)):
        if normalise_merchant(" ".join(words[cut:]))[1] != name:
            continue
        lead = " ".join(words[:cut]).lower()
        if cut > 1 and any(_MOVED & set(cue[2]) for cue in lexicon.scan(lead)):
            return base.merchant
        return None
    return None


_MOVED = frozenset({lexicon.PAYMENT, lexicon.CREDIT, lexicon.DEBIT})


def _rules_name_runs_on(
    rule: dict[str, Any], message: _Message, span: tuple[int, int]
) -> tuple[str, tuple[int, int]] | None:
    """The rules' name where the template's place for the name was cut by width alone: the
    words the example had after its name are not there ("SAFEWAY #1743" taught, "ZELLE FROM
    BRIAN TRAN" here), and the rules read a name on the same line that runs past the place's
    end from inside it ("Brian Tran"). The template knows the place, the rules know names."""
    base = message.base
    if base is None or not base.is_transaction or not base.merchant:
        return None
    text = message.text
    found = base.spans.get("merchant")
    if found is None:  # a stored reading keeps no spans: where its name is on the line
        line_end = text.find("\n", span[0])
        line_end = len(text) if line_end < 0 else line_end
        on_line = _find_name(text[span[0] : line_end], base.merchant)
        found = (span[0] + on_line[0], span[0] + on_line[1]) if on_line is not None else None
    if found is None or not (span[0] <= found[0] < span[1] < found[1]):
        return None
    if "\n" in text[span[0] : found[1]] or normalise_merchant(base.merchant)[1] in message.misread:
        return None
    after = rule.get("after") or []
    at = bisect.bisect_left(message.starts, span[1])
    if after and at < len(message.tokens) and message.tokens[at].key == after[0]:
        return None  # the example's words after the name close it here too
    return base.merchant, found


def _keys_before(message: _Message, start: int, count: int) -> list[str]:
    """The keys of the `count` tokens before the one at `start`: where a field's anchor words
    should stand."""
    first = bisect.bisect_left(message.starts, start)
    return message.keys[max(0, first - count) : first]


def _cell_under(text: str, at: int, header: str) -> tuple[int, int] | None:
    """The span of the cell of `at`'s table row that stands under `header`; None where the row
    has no such column or its cell there is empty or a number."""
    start = text.rfind("\n", 0, at) + 1
    end = _line_end(text, at)
    for cell in re.finditer(r"[^\t]+", text[start:end]):
        value = cell.group().strip()
        if not value or _DIGIT.match(value) or not _LETTER.search(value):
            continue
        if _column_header(text, start + cell.start()) == header:
            first = start + cell.start() + cell.group().index(value)
            return first, first + len(value)
    return None


def _column_header(text: str, start: int) -> str | None:
    """The header of the table column a value at `start` stands in: a row of three or more
    tab-separated cells (as the reader writes an HTML table; two are a label and its value),
    under the nearest line above with as many cells whose cell there is words, not a value;
    else a plain-text table's column, by the characters' place (_spaced_header)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    cells = text.count("\t", line_start, line_end) + 1
    if cells < 3:
        return _spaced_header(text, start, line_start)
    index = text.count("\t", line_start, start)
    above = line_start - 1
    while above > 0:
        above_start = text.rfind("\n", 0, above) + 1
        row = text[above_start:above].split("\t")
        # A row may lack its last, empty cell (a text line loses its trailing tab).
        if len(row) not in (cells, cells + 1):
            return None  # the table starts below this line: no header
        header = " ".join(row[index].split()).casefold()
        if any(c.isalpha() for c in header) and not any(c.isdigit() for c in header):
            return header
        above = above_start - 1
    return None


# A fixed-width table's cell: words apart by single spaces (two or more part the cells).
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")
# A cell of the line ruled under a fixed-width table's header: dashes, equals or box lines.
_RULE_CELL = re.compile(r"[-=_~\u2500-\u257f]+")
# How many lines above an amount its fixed-width table's header may stand (rules, other rows).
HEADER_REACH = 8


def _spaced_header(text: str, start: int, line_start: int) -> str | None:
    """The header of the fixed-width table column a number at `start` stands under (plain
    text tables: "Paid out    Paid in" over "… 496.17              11,114.14"): the nearest line
    above of three or more cells of words alone, and of its cells the one the number's
    characters overlap most."""
    number = _NUMBER.match(text, start)
    if number is None:
        return None
    column = (start - line_start, number.end() - line_start)
    above = line_start - 1
    for _ in range(HEADER_REACH):
        if above <= 0:
            return None
        above_start = text.rfind("\n", 0, above) + 1
        cells = list(_SPACED_CELL.finditer(text[above_start:above]))
        if len(cells) >= 3 and not any(_DIGIT.search(cell.group()) for cell in cells):
            if all(_RULE_CELL.fullmatch(cell.group()) for cell in cells):
                above = above_start - 1  # the rule under the header ("----------  -----")
                continue
            if not all(_LETTER.search(cell.group()) for cell in cells):
                return None
            overlap, cell = max(
                (min(column[1], c.end()) - max(column[0], c.start()), c.group()) for c in cells
            )
            return " ".join(cell.split()).casefold() if overlap > 0 else None
        above = above_start - 1
    return None


def _other_number_columns(text: str, span: tuple[int, int], header: str) -> list[str]:
    """The headers of the other columns of the amount's table row that held a number in the
    example (the balance's "Saldo"): the person put the payment elsewhere, so a number under
    one of them is not the payment in another message, where an empty cell moved the tabs
    ("TELASI\t549,85 ₾\t\t5 988,02 ₾" after a taught "… — NAME\t\t2 260,02 ₾\t6 944,02 ₾")."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    found = set()
    for number in _NUMBER.finditer(text, line_start, _line_end(text, span[1])):
        if span[0] <= number.start() < span[1]:
            continue
        other = _column_header(text, number.start())
        if other is not None and other != header:
            found.add(other)
    return sorted(found)


def _other_column(rule: dict[str, Any], text: str, start: int) -> bool:
    """Is the number at `start` under a column that held another value in the example?"""
    others = rule.get("other_columns") or ()
    return bool(others) and _column_header(text, start) in others


def _column_says(rule: dict[str, Any], text: str, start: int) -> str | None:
    """The direction the amount's table column says, where the examples' columns tell: under
    another column than the examples' (all of one direction) it is the other direction ("Paid
    out €" where the taught credit had "Paid in €"); where examples of both directions stood
    in different columns, the column's. The example's own column alone says nothing (one
    "Amount" column with the direction in another cell). None outside a table."""
    columns = rule.get("columns") or {}
    header = _column_header(text, start) if columns else None
    if header is None:
        return None
    taught = set(columns.values())
    if header in columns:
        return str(columns[header]) if len(taught) == 2 else None
    if len(taught) == 1:
        return "credit" if taught == {"debit"} else "debit"
    return None


def _line_label(text: str, start: int) -> str | None:
    """The label of a "Label: value" line whose value starts at `start` (past a currency mark:
    "Debit: ₹ 6,825.00"), case-folded; None where the value does not follow a label."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    found = _LABELLED.match(head)
    if found is None:
        return None
    label = " ".join(found.group("label").split()).casefold()
    mark = found.group("mark").strip()
    if _DIGIT.search(label) or (mark and not _is_currency(mark)):
        return None
    return label


# A line's label, its colon, tab or column gap, and at most a currency mark before the value.
_LABELLED = re.compile(
    rf"(?P<label>[^\W\d_][^{_COLONS}\t\n]{{0,40}}?)\s*(?:[{_COLONS}]|\t|  )"
    r"\s*(?P<mark>\S{0,4}\s?)$"
)


def _label_says(
    rule: dict[str, Any], message: _Message, start: int, constants: dict[str, Any]
) -> str | None:
    """The direction the amount's own line label says, in a layout of "Label: value" lines
    with a line for each direction ("Debit: ₹ 6,825.00 / Credit: -" in one message, "Debit: - /
    Credit: ₹ 14,100.00" in the next: both words are in every message, so they are no cue).
    Under the example's label: nothing to say. Under another: the direction its words say,
    else, where the example's label still heads a line of this message (its value moved),
    the other direction."""
    taught = rule.get("label")
    here = _line_label(message.text, start)
    if not taught or here is None or here == taught:
        return None
    classes = {c for _, _, cues in _spoken_cues(here) for c in cues if c in _DIRECTIONS}
    if len(classes) == 1:
        return classes.pop()
    direction = constants.get("direction")
    if direction in ("debit", "credit") and re.search(
        rf"(?:^|\n)\s*{re.escape(taught)}\s*(?:[{_COLONS}]|\t|  )", message.text.casefold()
    ):
        return "credit" if direction == "debit" else "debit"
    return None


def _direction(
    layout: dict[str, Any],
    text: str,
    name_cell: tuple[int, int] | None = None,
    amount: tuple[int, int] | None = None,
) -> tuple[str | None, Source]:
    """A cue word the user's examples used settles it ("learned"); else the lexicon's direction
    words, when they all point one way ("spoken"); else the layout's constant ("constant": only
    guessed). A word inside the counterparty's value (`name_cell`: "Origen: PAGO MOVIL DE
    JOSE RIVAS") names how that party paid, not which way this message's money went: it does
    not outvote a cue word the example had on the amount's own line ("Abono en cuenta por
    Bs. 4.337,54"); it does outvote one of a table's header ("Withdrawal  Lodgement"), which
    every message repeats."""
    lower = text.lower()
    found = _spoken_cues(lower)
    learned = layout["direction_cues"]
    votes = {learned[lower[s:e]] for s, e, _ in found if lower[s:e] in learned}
    if name_cell is not None and amount is not None:
        line = (text.rfind("\n", 0, amount[0]) + 1, _line_end(text, amount[1]))
        if not any(lower[s:e] in learned and line[0] <= s < line[1] for s, e, _ in found):
            name_cell = None
    unlearned = {
        cls
        for s, e, cues in found
        if lower[s:e] not in learned
        and not (name_cell is not None and name_cell[0] <= s < name_cell[1])
        for cls in cues
        if cls in _DIRECTIONS
    }
    if len(unlearned) == 1 and votes and votes != unlearned:
        # A direction word the example did not have, against the example's: what this message
        # says that the example did not ("vous avez payé" where the example had "reçu").
        return unlearned.pop(), "spoken"
    if len(votes) == 1:
        source: Source = "spoken" if unlearned == votes else "learned"
        return votes.pop(), source
    classes = {
        cls for _, _, cues in found for cls in cues if cls in (lexicon.DEBIT, lexicon.CREDIT)
    }
    constant = layout["constants"].get("direction")
    if not votes and len(classes) == 1 and constant is not None:
        spoken = classes.pop()
        if spoken == constant:
            return constant, "spoken"  # the message's own words agree with the example's
        if not any(lower[s:e] in learned for s, e, _ in found):
            return spoken, "spoken"
    return constant, "constant"


def _read_field(
    name: str,
    rule: dict[str, Any],
    message: _Message,
    layout: int,
    taken: tuple[tuple[int, int], ...] = (),
) -> tuple[Any, tuple[int, int], dict[str, Any]] | None:
    """The field's value at the best of its regions that reads as one. A name's region that
    holds a value another field already took (`taken`) is not the name's: one line's words can
    match a name's anchors better than the name's own line ("Montant   : 46 300,00 DA" against
    a name taught after "Opérateur   :", where this message says "Donneur d'ordre :")."""
    plan = message.plan
    if plan is None:
        regions = _regions(name, rule, message)
    elif (layout, name) in plan:
        regions = plan[(layout, name)]
    else:
        regions = plan[(layout, name)] = _regions(name, rule, message)
    found = _first_value(name, rule, message, regions, taken)
    if (
        found is None
        and name == "amount"
        and not any(_DIGIT.search(message.text, *_span_of(message, r)) for r in regions)
        and (bare := _unmarked(rule)) is not None
    ):
        # The example's amount was in brackets or signed and this one is not (accounting
        # brackets on debits only): its place is found by the anchors without those marks,
        # where the marked anchors placed no number (or only in a header: "Soma (€)").
        found = _first_value(name, rule, message, _regions(name, bare, message), taken)
    return found


def _span_of(message: _Message, region: tuple[int, int]) -> tuple[int, int]:
    return message.tokens[region[0]].start, message.tokens[region[1] - 1].end


def _first_value(
    name: str,
    rule: dict[str, Any],
    message: _Message,
    regions: list[tuple[int, int]],
    taken: tuple[tuple[int, int], ...],
) -> tuple[Any, tuple[int, int], dict[str, Any]] | None:
    """The value read at the first of `regions` that holds one."""
    tokens = message.tokens
    for first, end in regions:
        start, stop = tokens[first].start, tokens[end - 1].end
        if taken:
            if any(a <= start < b for a, b in taken):
                continue
            stop = min([stop, *(a for a, _ in taken if start < a < stop)])
        found = _read_value(name, rule, message, start, stop)
        if (
            found is not None
            and name == "amount"
            and (
                _other_column(rule, message.text, found[1][0])
                or _a_standing_figure(message.text, found[1][0])
            )
        ):
            continue
        if found is not None:
            return found
    return None


def _a_standing_figure(text: str, start: int) -> bool:
    """The line says the figure is a balance or a limit ("دستیاب بیلنس: Rs. 575,886.14"): where
    the taught amount's anchors are as vague as its currency mark, the balance's line matches
    them too."""
    line = text[text.rfind("\n", 0, start) + 1 : start].casefold()
    cues = lexicon.scan(line)
    # The label just before it, not a balance a sentence mentions ("bol zostatok Vasho uctu ...
    # znizeny o 127,73 EUR": the balance was lowered by the payment).
    return (
        bool(cues)
        and bool({lexicon.BALANCE, lexicon.LIMIT} & set(cues[-1][2]))
        and (len(line) - cues[-1][1] <= _LABEL_GAP)
    )


# Characters at most between a label and its figure ("Available balance: Rs. ").
_LABEL_GAP = 12


# Marks of the amount's own that a format writes one way only: a sign, accounting brackets.
_OWN_MARKS = {"-", "+", "−", "("}


def _unmarked(rule: dict[str, Any]) -> dict[str, Any] | None:
    """The amount's rule without the marks of its own the example had beside it, None when it
    had none."""
    before, after = rule["before"], rule["after"]
    cut_before = bool(before) and before[-1] in _OWN_MARKS
    cut_after = bool(after) and after[0] == ")" and cut_before and before[-1] == "("
    if not cut_before:
        return None
    return rule | {"before": before[:-1], "after": after[1:] if cut_after else after}


def _read_after_field(
    name: str, rule: dict[str, Any], message: _Message, span: tuple[int, int]
) -> tuple[Any, tuple[int, int], dict[str, Any]] | None:
    """The field right after the one it followed in the example (its anchors were not found:
    the words around it vary), read in as many tokens as it had, on that line."""
    first = bisect.bisect_left(message.starts, span[1])
    tokens = message.tokens
    last = first
    while last < len(tokens) and last - first < rule["width"] and tokens[last].key != "\n":
        last += 1
    if last == first:
        return None
    if rule["after"] and tokens[last - 1].key != "\n":
        # The word after it in the example (a cell's tab) still ends it, a few words on:
        # "TRF DR BAIQ NURUL AINI<tab>" where the example's name was one word.
        reach = last
        while reach < min(len(tokens), first + rule["width"] + 6) and tokens[reach].key != "\n":
            if tokens[reach].key == rule["after"][0]:
                last = reach
                break
            reach += 1
    return _read_value(name, rule, message, tokens[first].start, tokens[last - 1].end)


def _words_after(message: _Message, start: int, end: int, rule: dict[str, Any]) -> bool:
    """A word right after a number (before `end`), other than a currency or direction mark
    ("CR", "Дт"): where the example's amount was a lone number between its anchors, a number
    followed by a word is part of a name ("365 ONLINE EIR"). Not a word in lower case (or in a
    script without case, as the example's was) where the example had a word after its amount:
    that is the sentence's verb, which changes with the payment's kind ("N$3 190,00 ontvang
    van" taught, "N$441,57 betaal aan" read; a Tibetan or Thai verb)."""
    at = bisect.bisect_left(message.starts, start)
    if at >= len(message.tokens):
        return False
    token = message.tokens[at]
    if token.start >= end or token.variable or not _LETTER.search(token.key):
        return False
    after = rule["after"]
    written = message.text[token.start : token.end]
    sentence_word = written.islower() or (
        _caseless(written) and _caseless(after[0] if after else "")
    )
    if after and _word(after[0]) and sentence_word:
        return False
    return not (
        token.key in _OPPOSITE_MARKS
        or _is_currency(token.key)
        or _short_word(token.key)
        or _says_direction(token.key)
    )


def _says_direction(key: str) -> bool:
    """A direction word of the lexicon's ("जमा", "debited", "tagastus"): where the example had
    "नावे" after its amount, this message's "जमा" is the same slot saying the other way."""
    return any(_DIRECTIONS & set(classes) for _, _, classes in lexicon.scan(key.lower()))


def _beside_amount(
    rule: dict[str, Any], message: _Message, start: int, end: int
) -> tuple[Any, tuple[int, int], dict[str, Any]] | None:
    """The region's first number when the same marks stand beside it as beside the example's
    amount, read as the example's was (without the amount finder)."""
    number = _NUMBER.search(message.text, start, end)
    if number is None or _DOTTED_DATE.fullmatch(number.group()):
        return None
    span = (number.start(), number.end())
    if _marks_beside(message.tokens, span) != rule["beside"]:
        return None
    value = parse_number(number.group(), rule.get("currency") or "")
    mark = _mark_tokens(message.tokens, span, False).get("after")
    if value is not None and mark is not None and value == value.to_integral_value():
        minor = minor_units_after(message.text, mark.end)  # "18 973 сом 40 кап."
        value += minor[0] if minor is not None else 0
    return (value, span, {}) if value is not None and value > 0 else None


def _regions(name: str, rule: dict[str, Any], message: _Message) -> list[tuple[int, int]]:
    """Token ranges [start, end) where the field may sit, best first: the anchors' weighted
    match (nearest tokens weigh most), then closeness to where it sat in the example. A field
    is looked for in the part it was taught in (the subject line or the body): a sender's
    subject often repeats the body's words ("Kvittering fra MobilePay" over "... fra Ida")."""
    before, after = rule["before"], rule["after"]
    keys, count = message.keys, len(message.keys)
    longest = max(rule["width"] * 3, rule["width"] + 8)
    starts: set[int] = set()
    for j, key in enumerate(reversed(before[-2:])):
        for same in _SIGNS if key in _SIGNS else (key,):
            starts |= {p + 1 + j for p in message.positions.get(same, ())}
    ends: set[int] = set()
    for j, key in enumerate(after[:2]):
        ends |= {p - j for p in message.positions.get(key, ())}
    if after[:1] and after[0] in _SIGNS and len(after) > 1:
        ends |= set(message.positions.get(after[1], ()))  # the sign left off: see _after_score
    ordered_ends = sorted(ends)
    before_weight, after_weight = _weight(before), _weight(after)
    total = before_weight + after_weight
    candidates = []
    for start in starts if before else ():
        if start >= count:
            continue
        one_side = _before_score(before, keys, start)
        # Half of all the anchor text, or most of the text before it (the words after a
        # value often carry its variable parts: "+ EUR (Haben)" where the example had
        # "- EUR (Soll)").
        if one_side + after_weight < 0.5 * total and one_side < 0.75 * before_weight:
            continue
        end, after_score = _end_after(after, keys, start, longest, ordered_ends)
        if end is not None and "\n" in keys[start + 1 : end]:
            # The value is read on its own line: the words after it there say whether this is
            # its place, not the ones a line further down ("Contactless" over an optional
            # line's end, a header cell "Amount (EUR)" over the row below it). Where the
            # example's words after it broke the line too, they are aligned on that break.
            cut = keys.index("\n", start + 1, end) - (after.index("\n") if "\n" in after else 0)
            after_score = _after_score(after, keys, max(cut, start + 1))
        if end is None:
            end = min(count, start + rule["width"] + (2 if after else 6))
            # What of the words after still stands right after a value of the example's width
            # (a table row's next cell break, where the cells after it vary).
            after_score = _after_score(after, keys, start + rule["width"])
        score = one_side + after_score
        if score < 0.5 * total and one_side < 0.75 * before_weight:
            continue
        candidates.append((score, start, end))
    if name == "merchant" and before:
        candidates += _elastic_candidates(rule, message, starts, ordered_ends, longest)
    if not any(start < end for _, start, end in candidates):
        # Nothing before the field matched (the example's word there varies: "debited" where
        # this message says "credited"): the words after it alone place it, when they stand
        # in one place only ("so'm" after both the payment and the balance places neither).
        placed = [(_after_score(after, keys, end), end) for end in ordered_ends]
        placed = [(score, end) for score, end in placed if score >= 0.5 * total]
        best = max((score for score, _ in placed), default=0.0)
        tied = [end for score, end in placed if score == best]
        end = _clearly_nearest(tied, rule["width"], rule["position"], count)
        if end is not None:
            candidates.append((best, _start_before(message.tokens, end, rule["width"]), end))
        elif name == "amount":
            candidates += _amount_after_other_words(rule, message)
    in_subject = rule.get("in_subject")
    ranked = []
    for score, start, end in candidates:
        if start >= end:
            continue
        if in_subject is not None and (message.tokens[start].start < message.subject_end) != (
            in_subject
        ):
            continue
        closeness = abs(start / max(1, count) - rule["position"])
        ranked.append((-score, closeness, start, end))
    ranked.sort()
    return [(s, e) for _, _, s, e in ranked[:8]]


def _clearly_nearest(ends: list[int], width: int, position: float, count: int) -> int | None:
    """Of places where the words after a value stand alike ("р" after the payment and after
    the balance), the one where the value starts as near the example's place as the others are
    far: a sender's format keeps its lines in order. None when no one is clearly nearest."""
    if len(ends) <= 1:
        return ends[0] if ends else None
    ranked = sorted(ends, key=lambda end: abs((end - width) / max(1, count) - position))
    near, next_near = (abs((end - width) / max(1, count) - position) for end in ranked[:2])
    return ranked[0] if near * 3 < next_near else None


# How many words right before an amount may be the payment's own ("Kukhokhwe R2 834,69" paid,
# "Kufakwe R14 666,83" received) where the farther words stand as in the example.
VARYING_VERB = 2


def _amount_after_other_words(
    rule: dict[str, Any], message: _Message
) -> list[tuple[float, int, int]]:
    """Places for an amount whose nearest words before it differ from the example's (the
    sentence's verb changes with the direction) and whose words after it differ too: the
    farther words before it all match, with a word of letters among them, and the amount
    follows within the replaced words' reach."""
    before, keys = rule["before"], message.keys
    out = []
    for j in range(1, min(VARYING_VERB, len(before) - 1) + 1):
        farther = before[: len(before) - j]
        if not any(_LETTER.search(key) for key in farther):
            break
        if not before[-j].isalpha():
            continue
        for p in message.positions.get(farther[-1], ()):
            start = p + 1
            if start >= len(keys) or not keys[start].isalpha():
                continue
            if (
                _before_score(before, keys, start, skip=j)
                < _weight(before) - _weight(before[-j:]) - 1e-9
            ):
                continue
            end = min(len(keys), start + j + rule["width"] + 1)
            out.append((_before_score(before, keys, start, skip=j), start, end))
    return out


# A name's nearest fixed words that may be replaced by others (at most this many).
ELASTIC_WORDS = 3


def _elastic_candidates(
    rule: dict[str, Any],
    message: _Message,
    exact: set[int],
    ends: list[int],
    longest: int,
) -> list[tuple[float, int, int]]:
    """Places for a name whose nearest words before it differ from the example's: the words
    that stand between a label and a name often vary with the payment ("fra Ida Larsen" in a
    credit, "til Mikkel Hansen" in a debit; "nan men Wilson" / "bay EDH"; "PAIEMENT TPE
    CARREFOUR" / "PRLV STEG" after one "Libellé :"). The farther anchor words are matched and
    the words in between are taken as the varying ones: dropped when they are lower case where
    the example's were and its name was capitalised (the shape the example showed), else kept
    as part of the name. Needs the anchor after the name too (the left side is loose) and stays
    on one line."""
    before, after = rule["before"], rule["after"]
    if not after:
        return []
    keys, tokens, count = message.keys, message.tokens, len(message.keys)
    before_weight, after_weight = _weight(before), _weight(after)
    total = before_weight + after_weight
    # Only word tokens may be dropped: a label's colon or a line break stays fixed.
    droppable = 0
    for key in reversed(before):
        if droppable == ELASTIC_WORDS or not key.isalpha():
            break
        droppable += 1
    out = []
    for j in range(1, min(droppable, len(before) - 1) + 1):
        for p in message.positions.get(before[-1 - j], ()):
            start = p + 1
            if start >= count or start in exact:
                continue
            one_side = _before_score(before, keys, start, skip=j)
            end, after_score = _end_after(after, keys, start, longest, ends)
            if end is None or end <= start:
                continue
            score = one_side + after_score
            if score < 0.5 * total or any(t.key in ("\n", "\t") for t in tokens[start:end]):
                continue
            if rule.get("lead_lower"):
                dropped = 0
                while (
                    dropped <= j
                    and start + 1 < end
                    and tokens[start].key.isalpha()
                    and message.text[tokens[start].start : tokens[start].end].islower()
                ):
                    start, dropped = start + 1, dropped + 1
            out.append((score, start, end))
    return out


def _start_before(tokens: list[Token], end: int, width: int) -> int:
    """Where a value that ends at `end` and has no anchor before it starts: back over the
    words (tokens with letters: "GS25 역삼점"), never over a bare number (a time before a name)
    or across a line or a column."""
    start = end
    while start > 0 and end - start < width + 4:
        token = tokens[start - 1]
        if token.key in ("\n", "\t") or not any(c.isalpha() for c in token.key):
            break
        start -= 1
    return start if start < end else max(0, end - width)


_WEIGHTS = [sum(1 / (1 + j) for j in range(n)) for n in range(ANCHOR_TOKENS + 1)]


def _weight(anchor: Sequence[str]) -> float:
    return _WEIGHTS[len(anchor)] if len(anchor) <= ANCHOR_TOKENS else _WEIGHTS[-1]


def _before_score(before: Sequence[str], keys: list[str], start: int, skip: int = 0) -> float:
    """The weighted match of the anchor before `start`; with `skip`, of its farther part only
    (its `skip` nearest tokens replaced by whatever stands there), weighted as in the example."""
    score = 0.0
    for j, key in enumerate(reversed(before)):
        if j < skip:
            continue
        at = start - 1 - (j - skip)
        if at >= 0 and (keys[at] == key or (key in _SIGNS and keys[at] in _SIGNS)):
            score += 1 / (1 + j)
    return score


def _after_score(after: Sequence[str], keys: list[str], end: int) -> float:
    """The weighted match of the anchor after `end`. A sign matches either sign, here as
    before a value: it is the amount's own ("-1.900,32" taught, "+1.330,74" here), turned
    over with the payment's direction, not fixed text."""
    score = 0.0
    for j, key in enumerate(after):
        if end + j < len(keys) and (
            keys[end + j] == key or (key in _SIGNS and keys[end + j] in _SIGNS)
        ):
            score += 1 / (1 + j)
    if after and after[0] in _SIGNS and (end >= len(keys) or keys[end] not in _SIGNS):
        # A sign written after the example's amount ("47.59-") and none after this one
        # ("1,739.17"): the other way, the rest of the anchor one token nearer.
        unsigned = 1.0 + sum(
            1 / (1 + j)
            for j, key in enumerate(after[1:], start=1)
            if end + j - 1 < len(keys) and keys[end + j - 1] == key
        )
        score = max(score, unsigned)
    return score


def _end_after(
    after: Sequence[str], keys: list[str], start: int, longest: int, ends: list[int]
) -> tuple[int | None, float]:
    """The first place after `start` where the after-anchor matches best (within `longest`;
    where the anchor starts with a line break, the value's own line's end too: a labelled
    value longer than the example's, "Place: ATM CITY BANK, 12 Main av., Town 168"); `ends` are the
    places where its first or second token stands, in order."""
    if not after:
        return None, 0.0
    best, best_score = None, 0.0
    need = 0.5 * _weight(after)
    for end in ends[bisect.bisect_right(ends, start) :]:
        if end > start + longest and (after[0] != "\n" or "\n" in keys[start:end]):
            break
        score = _after_score(after, keys, end)
        if score > best_score and score >= need:
            best, best_score = end, score
            if score == _weight(after):
                break
    return best, best_score


def _read_value(
    name: str, rule: dict[str, Any], message: _Message, start: int, end: int
) -> tuple[Any, tuple[int, int], dict[str, Any]] | None:
    found = _read_raw_value(name, rule, message, start, end)
    if found is None or name != "occurred_at":
        return found
    if "text_offset_minutes" in rule and not found[2].get("zone_stated"):
        # The zone the example showed its text's times to be in: the same wall time there.
        zone = timezone(timedelta(minutes=rule["text_offset_minutes"]))
        return found[0].replace(tzinfo=zone), found[1], found[2]
    if "utc_offset_minutes" not in rule:
        return found
    if origin.home_zone(message.country) is not None or found[2].get("zone_stated"):
        return found
    learned: tzinfo = timezone(timedelta(minutes=rule["utc_offset_minutes"]))
    if rule.get("zone_of_date") and message.received_at.utcoffset() is not None:
        learned = timezone(message.received_at.utcoffset() or timedelta(0))
    moment = found[0].replace(tzinfo=learned)  # the same wall time, in the learned zone
    return moment, found[1], {"occurred_at_from_text": found[2].get("occurred_at_from_text")}


def _read_raw_value(
    name: str, rule: dict[str, Any], message: _Message, start: int, end: int
) -> tuple[Any, tuple[int, int], dict[str, Any]] | None:
    text = message.text
    if name == "amount":
        if rule.get("minor_units"):
            cents = _DIGIT_RUN.search(text, start, end)
            if cents is None or int(cents.group()) == 0:
                return None
            return Decimal(cents.group()) / rule["minor_units"], cents.span(), {}
        if rule.get("beside"):
            beside = _beside_amount(rule, message, start, end)
            if beside is not None:
                return beside
        inside = [a for a in message.amounts_near(start, end) if start <= a.start < end]
        if inside:
            amount = inside[0]
            if rule["width"] == 1 and _words_after(message, amount.end, end, rule):
                return None
            currency = (rule.get("currency_as") or {}).get(amount.currency, amount.currency)
            extra = {"currency": currency} if amount.explicit else {}
            return amount.value, (amount.start, amount.end), extra
        number = _amount_number(text, start, end)
        if number is None or (
            rule["width"] == 1 and _words_after(message, number.end(), end, rule)
        ):
            return None
        value = parse_number(number.group(), rule.get("currency") or "")
        if value is None or value <= 0:
            return None
        return value, (number.start(), number.end()), {}
    if name == "occurred_at":
        if rule.get("numeric"):
            zone = zone_named(origin.home_zone(message.country))
            read = _read_numeric_date(text, start, end, rule["numeric"], message.received_at, zone)
            if read is not None:
                return read[0], read[1], {"occurred_at_from_text": read[2]}
        if rule.get("clock"):
            zone = zone_named(origin.home_zone(message.country))
            if zone is None and "utc_offset_minutes" in rule:
                # The zone the person's time was in: the mail's day is counted there.
                zone = timezone(timedelta(minutes=rule["utc_offset_minutes"]))
            read = _read_clock_date(text, start, end, message.received_at, zone)
            if read is not None:
                return read[0], read[1], {"occurred_at_from_text": read[2]}
        if rule.get("worded"):
            zone = zone_named(origin.home_zone(message.country))
            read = _read_worded_date(text, start, end, message.received_at, zone)
            if read is not None:
                return read[0], read[1], {"occurred_at_from_text": read[2]}
        dates = message.dates(bool(rule.get("month_first")))
        # A date that starts in the region before one that only runs into it: the date finder
        # may join a name's "28 MAY" to the next line's date.
        starting = [w for w in dates if start <= w.start < end]
        when = next(iter(starting or [w for w in dates if w.start <= start < w.end]), None)
        if when is not None:
            moment = when.moment
            if not when.has_time:  # noon: the same day in every zone near the sender's
                # (the day in the sender's zone: a date alone may stand for the email's own
                # moment, given in UTC, a day earlier there)
                local = moment.astimezone(
                    zone_named(origin.home_zone(message.country)) or moment.tzinfo
                )
                moment = datetime.combine(local.date(), time(12), tzinfo=local.tzinfo)
            facts = {"occurred_at_from_text": when.has_time, "zone_stated": when.zone_stated}
            return moment, (when.start, when.end), facts
        zone = zone_named(origin.home_zone(message.country))
        loose = _read_loose_date(text, start, end, message.received_at, zone)
        if loose is not None:
            return loose[0], loose[1], {"occurred_at_from_text": loose[2]}
        return None
    if name == "account_last4":
        digits = [m for m in re.finditer(r"\d", text[start:end])]
        if len(digits) < 4:
            return None
        last = digits[-4:]
        return (
            "".join(m.group() for m in last),
            (start + last[0].start(), start + last[-1].end()),
            {},
        )
    if name == "merchant":
        # A name stays on its line: a region the anchors after it did not close runs on.
        lead_in = start + len(text[start:end]) - len(text[start:end].lstrip())
        line_end = text.find("\n", lead_in)
        end = min(end, line_end) if line_end >= 0 else end
        # And in its table cell: a place cut by the example's width alone must not run into
        # the next cell ("ACH DEBIT HAWAIIAN TELCOM AUTOPAY\t$316.55": no "$" in the name).
        cell_end = text.find("\t", lead_in)
        end = min(end, cell_end) if cell_end >= 0 else end
        if rule.get("lead") is not None:
            start, end = _name_in_cell(rule, message, start, end)
        if rule.get("number_after"):
            end = _before_number(message, start, end)
        raw = text[start:end].strip(" \t\n.,:;-–|*")
        if rule.get("tail_lower"):
            raw = _without_lower_tail(raw)
        if not raw or not any(c.isalpha() for c in raw):
            return None
        return _name_at(rule, message, start + text[start:end].find(raw), raw)
    return None


def _name_at(
    rule: dict[str, Any], message: _Message, begin: int, raw: str
) -> tuple[str | None, tuple[int, int], dict[str, Any]]:
    """The counterparty written `raw` at `begin`, as the person calls it: none for a cash
    machine or a value that says the payment was pay."""
    span = (begin, begin + len(raw))
    if not rule.get("cash") and _cash_machine(message.tokens, message.starts, *span):
        return None, span, {}
    if _PAY_MEMO.fullmatch(raw.casefold()):
        # The value says the payment was pay ("SALARY"), not who paid it.
        return None, span, {}
    named = (rule.get("names") or {}).get(_written_key(raw))
    named = named or _typed_order(rule, raw)
    if named:
        return named, span, {}
    name = normalise_merchant(raw)[0]
    # The name is what follows the payment's kind ("ZELLE FROM" before "BRIAN TRAN"), unless
    # the kind's words say which way the money went ("REFUND EXPRESS LTD": the cell is the
    # name, its words no cue of direction).
    kept = without_payment_kind(raw)
    if kept != raw and raw.endswith(kept):
        lead = raw[: len(raw) - len(kept)].lower()
        if not any(_MOVED & set(cue[2]) for cue in lexicon.scan(lead)):
            span = (span[1] - len(kept), span[1])
    return name, span, {}


_LOWER_ASIDE = re.compile(r"\s*\(([^()]*)\)$")


def _without_lower_tail(raw: str) -> str:
    """A name less a lower-case aside in brackets it ends with ("LOBLAWS (online)"). Bare
    lower-case words stay: they are often the name's own ("Café de flore")."""
    aside = _LOWER_ASIDE.search(raw)
    if aside is None or not aside.group(1).islower() or aside.start() == 0:
        return raw
    return raw[: aside.start()]


def _before_number(message: _Message, start: int, end: int) -> int:
    """Where the first number after a name's first word starts (else `end`)."""
    first = bisect.bisect_right(message.starts, start)
    for token in message.tokens[first:]:
        if token.start >= end:
            break
        if token.key[0].isdigit():
            return token.start
    return end


def _name_in_cell(rule: dict[str, Any], message: _Message, start: int, end: int) -> tuple[int, int]:
    """The name in a labelled value whose example had other words before its name (the
    rule's `lead`): after the same words when this value starts with them (the sender's
    fixed text); else the rules' name, where they read one inside the value (they know names;
    the template knows the place); else from the first word written in capitals when the
    example's name was (the lead's words vary: "Transferência recebida de ADILSON TAVARES"
    after a taught "Pagamento de serviços - ELECTRA"); else the whole value."""
    lead = rule["lead"]
    first = bisect.bisect_left(message.starts, start)
    region = []
    for token in message.tokens[first:]:
        if token.start >= end:
            break
        region.append(token)
    if len(region) > len(lead) and [t.key for t in region[: len(lead)]] == lead:
        return region[len(lead)].start, end
    if len(region) > len(lead) and _lead_shape(lead, region):
        # The lead's words vary, its separators stand ("SALARY - SYSTEMS LIMITED" where
        # "ECOM - DARAZ.PK" was taught): the kind's word, then the name after the same mark.
        return region[len(lead)].start, end
    base = message.base
    if base is not None and base.is_transaction and base.merchant and "merchant" in base.spans:
        a, b = base.spans["merchant"]
        if start <= a < b <= end and normalise_merchant(base.merchant)[1] not in message.misread:
            return a, b
    if rule.get("upper"):
        text = message.text
        for token in region:
            written = text[token.start : token.end]
            # A word with a digit in capitals is a name too ("A1 MOBILE").
            if len(written) >= 2 and _LETTER.search(token.key) and _in_capitals(written):
                return token.start, end
    return start, end


def _lead_shape(lead: Sequence[str], region: Sequence[Token]) -> bool:
    """The value starts as the lead did, word for word in kind: each of the lead's marks ("-",
    "/") at its place, each of its words a word (no number), and at least one mark."""
    marks = 0
    for key, token in zip(lead, region, strict=False):
        if _word(key):
            if token.variable or not _word(token.key):
                return False
        elif key != token.key or key in ("\n", "\t", GAP):
            return False
        else:
            marks += 1
    return marks > 0


def _dates(text: str, sender: str, received_at: datetime, month_first: bool) -> list[When]:
    return _dates_in(text, origin.country_of(sender, text), received_at, month_first)


def _dates_in(
    text: str, country: str | None, received_at: datetime, month_first: bool
) -> list[When]:
    """The dates of a text from a sender of `country`, bare times read in its home zone."""
    zone = zone_named(origin.home_zone(country))
    return find_dates(text, text.lower(), received_at, zone, month_first)


# ---- the reading as an extraction result -----------------------------------------------------


def as_result(
    reading: TemplateReading, base: ExtractionResult | None, received_at: datetime
) -> ExtractionResult | None:
    """The template's fields over `base` (the rules' reading, or the one stored): a field the
    template read wins, the rest stay as `base` had them. None when the result would not be a
    whole transaction (no currency or direction from anywhere)."""
    if reading.kind == "not_transaction":
        result = ExtractionResult.rejected("taught_not_transaction", TEMPLATE_CONFIDENCE)
        result.method = "template"
        return result
    values = reading.values
    base_tx = base if base is not None and base.is_transaction else None
    if "amount" not in values:
        # Only a name read in an untaught sibling format: the rules' reading with it.
        if base_tx is None:
            return None
        spans = {**base_tx.spans, **reading.spans}
        return replace(base_tx, merchant=values["merchant"], spans=spans, method="template")
    currency = values.get("currency") or (base_tx.currency if base_tx else None)
    direction = values.get("direction") or (base_tx.direction if base_tx else None)
    if (
        "direction" in reading.guessed
        and base_tx is not None
        and base_tx.direction
        and (
            base_tx.field_confidence.get("direction", 0.0) >= SURE_RULES
            or ("direction" in reading.unsure and not reading.swapped)
        )
    ):
        # The layout only assumes its example's direction; the rules read this one's words.
        # Where the words naming the payment's kind changed, the other direction outranks
        # rules that only lean one way.
        direction = base_tx.direction
    if not currency or direction not in ("debit", "credit"):
        return None
    occurred_at = values.get("occurred_at") or (base_tx.occurred_at if base_tx else None)
    # The base's span of a field the template read differently would point at the wrong words.
    spans = {
        name: span
        for name, span in (base_tx.spans.items() if base_tx else ())
        if name not in values or name in reading.spans
    }
    spans.update(reading.spans)
    result = ExtractionResult(
        is_transaction=True,
        amount=values["amount"],
        currency=currency,
        direction=direction,
        merchant=values.get("merchant", base_tx.merchant if base_tx else None),
        account_last4=values.get("account_last4", base_tx.account_last4 if base_tx else None),
        occurred_at=occurred_at or received_at,
        occurred_at_from_text=bool(
            values.get("occurred_at_from_text")
            if "occurred_at" in values
            else (base_tx.occurred_at_from_text if base_tx else False)
        ),
        balance=base_tx.balance if base_tx else None,
        reference=base_tx.reference if base_tx else None,
        card_network=base_tx.card_network if base_tx else None,
        fee=base_tx.fee if base_tx else None,
        confidence=TEMPLATE_CONFIDENCE,
        method="template",
        spans=spans,
    )
    return result


def template_fields(reading: TemplateReading) -> set[str]:
    """The fields the template itself read (their source is "template")."""
    names = set(reading.values) - {"occurred_at_from_text"}
    return names


def day_of(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value
