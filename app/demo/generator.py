"""Streams a realistic demo mailbox, deterministic for a seed.

Messages are built from string templates, not email.message objects, so a million of them stream
to disk at tens of thousands per second in flat memory. Time runs forward through the period:
each message takes the next time slot, and a recurring event (salary, rent, a subscription)
takes the slot once its date has come.

Every message carries an X-FinCoach-Demo header with what it is ("kind=card_purchase;
transaction=yes; type=debit; amount=1499.00; currency=INR"), the ground truth for tests and for
scoring extraction. A few messages are broken on purpose, the way real mail is: a truncated
multipart, an unknown charset, a charset label that lies, a missing Message-ID.
"""

import base64
import binascii
import bisect
import functools
import html
import itertools
import os
import random
import re
from collections import deque
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import NamedTuple

from app.demo.catalog import (
    KINDS,
    RECURRING,
    USER_ADDRESS,
    USER_NAME,
    Draft,
    Kind,
    Line,
    Recurring,
    Sender,
)
from app.demo.formats import DAY_ABBREVIATIONS, MONTH_ABBREVIATIONS

DEFAULT_COUNT = 2400
DEFAULT_MONTHS = 6
DEFAULT_SEED = 42
DAYS_PER_MONTH = 30.44

# Broken on purpose, at fixed positions so that every mailbox of a few thousand has some.
_BROKEN_EVERY = (
    (997, 500, "truncated"),
    (1009, 700, "unknown-charset"),
    (1013, 300, "mislabelled-charset"),
    (499, 250, "no-message-id"),
)


class DemoMessage(NamedTuple):
    envelope: bytes  # the mbox "From " line, without its line break
    raw: bytes


def generate_messages(
    count: int = DEFAULT_COUNT,
    months: float = DEFAULT_MONTHS,
    seed: int = DEFAULT_SEED,
    end: date | datetime | None = None,
    start: date | datetime | None = None,
) -> Iterator[bytes]:
    """The raw bytes of `count` demo messages from `start` (default: `months` before `end`) to
    `end` (a date means the end of that day, UTC; default: now)."""
    for message in generate_demo_messages(count, months, seed, end, start):
        yield message.raw


def generate_demo_messages(
    count: int = DEFAULT_COUNT,
    months: float = DEFAULT_MONTHS,
    seed: int = DEFAULT_SEED,
    end: date | datetime | None = None,
    start: date | datetime | None = None,
) -> Iterator[DemoMessage]:
    """Like generate_messages, with each message's mbox envelope line."""
    rng = random.Random(seed)
    start_ts, end_ts = _time_range(months, end, start)
    schedule = deque(_recurring_events(start_ts, end_ts))
    slot = (end_ts - start_ts) / max(count, 1)
    picker = _KindPicker()
    for sequence in range(count):
        timestamp = start_ts + (sequence + rng.random()) * slot
        if schedule and schedule[0][0] <= timestamp:
            timestamp, recurring = schedule.popleft()
            sender, name = recurring.sender, recurring.name
            build = recurring.build
        else:
            kind = picker.pick(rng)
            sender, name, build = kind.sender, kind.name, kind.build
        local_time = datetime.fromtimestamp(timestamp, sender.tz)
        draft = build(rng, local_time)
        yield _render(sequence, seed, sender, name, draft, local_time)


def write_mbox(
    path: str | os.PathLike[str],
    count: int = DEFAULT_COUNT,
    months: float = DEFAULT_MONTHS,
    seed: int = DEFAULT_SEED,
    end: date | datetime | None = None,
    start: date | datetime | None = None,
) -> int:
    """Write the demo mailbox as an mboxrd file; returns the number of messages. Written to a
    temporary file first, so an interrupted run never leaves half a mailbox behind."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    written = 0
    with open(partial, "wb", buffering=1024 * 1024) as file:
        for envelope, raw in generate_demo_messages(count, months, seed, end, start):
            file.write(envelope + b"\n" + _escape_from_lines(raw))
            file.write(b"\n" if raw.endswith(b"\n") else b"\n\n")
            written += 1
    os.replace(partial, target)
    return written


# --- timeline ----------------------------------------------------------------------------------


class _KindPicker:
    """Draws a random kind by weight with one bisect (random.choices re-sums weights per call)."""

    def __init__(self) -> None:
        self.cumulative = list(itertools.accumulate(kind.weight for kind in KINDS))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> Kind:
        return KINDS[bisect.bisect(self.cumulative, rng.random() * self.total)]


def _time_range(
    months: float, end: date | datetime | None, start: date | datetime | None
) -> tuple[float, float]:
    end_time = _as_moment(end) if end is not None else datetime.now(UTC)
    if isinstance(end, date) and not isinstance(end, datetime):
        end_time += timedelta(days=1)  # a date means the whole of that day
    start_time = (
        _as_moment(start)
        if start is not None
        else end_time - timedelta(days=round(months * DAYS_PER_MONTH))
    )
    if start_time >= end_time:
        raise ValueError(f"the demo period is empty: {start_time} is not before {end_time}")
    return start_time.timestamp(), end_time.timestamp()


def _as_moment(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.combine(value, time(), UTC)


def _recurring_events(start_ts: float, end_ts: float) -> list[tuple[float, Recurring]]:
    """Every monthly event inside the period, in time order."""
    first = datetime.fromtimestamp(start_ts, UTC)
    last = datetime.fromtimestamp(end_ts, UTC)
    events = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        for recurring in RECURRING:
            moment = _occurrence(recurring, year, month).timestamp()
            if start_ts <= moment < end_ts:
                events.append((moment, recurring))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    events.sort(key=lambda event: event[0])
    return events


def _occurrence(recurring: Recurring, year: int, month: int) -> datetime:
    day = recurring.day or _last_working_day(year, month)
    minute = (recurring.day * 7 + recurring.hour * 13) % 60  # fixed, but not always :00
    return datetime(year, month, day, recurring.hour, minute, 17, tzinfo=recurring.sender.tz)


def _last_working_day(year: int, month: int) -> int:
    next_month = date(year + month // 12, month % 12 + 1, 1)
    day = next_month - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.day


# --- rendering ---------------------------------------------------------------------------------


def _render(
    sequence: int, seed: int, sender: Sender, kind: str, draft: Draft, local_time: datetime
) -> DemoMessage:
    broken = _broken_variant(sequence)
    date_header = _rfc2822_date(local_time)
    content_headers, body = _body(sequence, seed, sender, draft, broken)
    message_id = f"<{int(local_time.timestamp())}.{sequence}.{seed}@mail.{sender.domain}>"
    message_id_header = "" if broken == "no-message-id" else f"Message-ID: {message_id}\n"
    facts = f"kind={kind}; {draft.facts}" + (f"; broken={broken}" if broken else "")
    headers = (
        f"Return-Path: <bounces@mail.{sender.domain}>\n"
        f"Received: from mail.{sender.domain} (mail.{sender.domain} "
        f"[198.51.100.{sequence % 250 + 1}])\n\tby mx.example.com with ESMTPS id {sequence:x}\n"
        f"\tfor <{USER_ADDRESS}>; {date_header}\n"
        f'From: "{sender.name}" <{sender.address}>\n'
        f"To: {USER_NAME} <{USER_ADDRESS}>\n"
        f"Subject: {_encode_subject(draft.subject)}\n"
        f"Date: {date_header}\n"
        f"{message_id_header}"
        "MIME-Version: 1.0\n"
        f"X-FinCoach-Demo: {facts}\n"
        f"{content_headers}\n"
    )
    head = headers.encode()
    raw = head + body
    if broken == "truncated":
        raw = raw[: len(head) + len(body) * 3 // 5]
    utc_time = local_time.astimezone(UTC)
    envelope = f"From bounces@mail.{sender.domain} {_asctime(utc_time)}".encode()
    return DemoMessage(envelope, raw)


def _broken_variant(sequence: int) -> str:
    for every, offset, variant in _BROKEN_EVERY:
        if sequence % every == offset:
            return variant
    return ""


def _body(sequence: int, seed: int, sender: Sender, draft: Draft, broken: str) -> tuple[str, bytes]:
    """(Content-* header lines, encoded body) in the sender's MIME shape."""
    if broken == "unknown-charset":
        text = _text(draft.lines).encode("cp1252", "replace")
        return (
            'Content-Type: text/plain; charset="x-fincoach-legacy"\n'
            "Content-Transfer-Encoding: 8bit\n",
            text,
        )
    if broken == "mislabelled-charset":
        return (
            "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 8bit\n",
            _text(draft.lines).encode(),
        )
    if sender.style == "plain":
        return _single_part("text/plain", _text(draft.lines), sender.transfer)
    if sender.style == "html":
        return _html_part(sender, draft)
    boundary = f"----=_Part_{sequence}_{seed}.{sender.domain}"
    text_headers, text_body = _single_part("text/plain", _text(draft.lines), sender.transfer)
    html_headers, html_body = _html_part(sender, draft)
    body = (
        b"This is a multi-part message in MIME format.\n\n"
        + f"--{boundary}\n{text_headers}\n".encode()
        + text_body
        + f"\n--{boundary}\n{html_headers}\n".encode()
        + html_body
        + f"\n--{boundary}--\n".encode()
    )
    return f'Content-Type: multipart/alternative;\n\tboundary="{boundary}"\n', body


def _single_part(content_type: str, content: str, transfer: str) -> tuple[str, bytes]:
    data = content.encode()
    encoded = base64.encodebytes(data) if transfer == "base64" else binascii.b2a_qp(data)
    headers = (
        f"Content-Type: {content_type}; charset=UTF-8\nContent-Transfer-Encoding: {transfer}\n"
    )
    return headers, encoded


def _text(lines: list[Line]) -> str:
    """Paragraphs separated by blank lines; consecutive (label, value) rows on their own lines."""
    blocks: list[str] = []
    previous_was_row = False
    for line in lines:
        if isinstance(line, tuple):
            row = f"{line[0]} {line[1]}"
            if previous_was_row:
                blocks[-1] += "\n" + row
            else:
                blocks.append(row)
            previous_was_row = True
        else:
            blocks.append(line)
            previous_was_row = False
    return "\n\n".join(blocks) + "\n"


class _HtmlFrame(NamedTuple):
    """A sender's HTML around the rows, in text and already quoted-printable encoded: the frame
    is most of the HTML and the same in every mail of the sender, so it is encoded once."""

    top: str
    middle: str
    bottom: str
    top_qp: bytes
    middle_qp: bytes
    bottom_qp: bytes


_HTML_TOP = (
    '<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; '
    'charset=utf-8">\n'
)
_HTML_MIDDLE = (
    '<style type="text/css">body{{margin:0;padding:0;font-family:Arial,Helvetica,sans-serif;'
    "color:#222}} .row td{{padding:6px 12px}}</style>\n</head>\n<body>\n"
    '<table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0">\n'
    '<tr><td colspan="2"><img src="https://www.{domain}/email/logo.png" alt="{name}" '
    'width="120" height="40"></td></tr>\n'
)
_HTML_BOTTOM = (
    '</table>\n<table width="600" align="center"><tr><td style="font-size:11px;color:#888">'
    "&copy; {name}. This is a system-generated e-mail;&nbsp;please do not reply."
    "</td></tr></table>\n</body></html>\n"
)


@functools.cache
def _html_frame(sender: Sender) -> _HtmlFrame:
    name = html.escape(sender.name)
    middle = _HTML_MIDDLE.format(domain=sender.domain, name=name)
    bottom = _HTML_BOTTOM.format(name=name)
    return _HtmlFrame(_HTML_TOP, middle, bottom, _qp(_HTML_TOP), _qp(middle), _qp(bottom))


def _html_part(sender: Sender, draft: Draft) -> tuple[str, bytes]:
    """The text/html part's Content-* headers and encoded body."""
    frame = _html_frame(sender)
    title = f"<title>{_escape(draft.subject)}</title>\n"
    rows = "".join(_html_row(line) for line in draft.lines)
    headers = (
        f"Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: {sender.transfer}\n"
    )
    if sender.transfer == "base64":
        markup = frame.top + title + frame.middle + rows + frame.bottom
        return headers, base64.encodebytes(markup.encode())
    # Quoted-printable works line by line, so pieces ending in line breaks encode separately.
    return headers, frame.top_qp + _qp(title) + frame.middle_qp + _qp(rows) + frame.bottom_qp


def _html_row(line: Line) -> str:
    if isinstance(line, tuple):
        return (
            f'<tr class="row"><td style="color:#555">{_escape(line[0])}</td>'
            f"<td><b>{_escape(line[1])}</b></td></tr>\n"
        )
    paragraph = _escape(line).replace("\n", "<br>\n")
    return f'<tr><td colspan="2" style="padding:8px 12px">{paragraph}</td></tr>\n'


def _escape(text: str) -> str:
    """html.escape, skipped for the common text that has nothing to escape."""
    if "&" in text or "<" in text or ">" in text:
        return html.escape(text, quote=False)
    return text


def _qp(text: str) -> bytes:
    return binascii.b2a_qp(text.encode())


@functools.lru_cache(maxsize=4096)  # most subjects repeat word for word
def _encode_subject(subject: str) -> str:
    """RFC 2047 encoded words of at most 45 bytes (75 characters encoded), folded; a word never
    splits a character."""
    if subject.isascii():
        return subject
    words = []
    chunk = ""
    for character in subject:
        if len((chunk + character).encode()) > 45:
            words.append(chunk)
            chunk = ""
        chunk += character
    words.append(chunk)
    return "\n ".join(
        "=?UTF-8?B?" + base64.b64encode(word.encode()).decode() + "?=" for word in words
    )


def _rfc2822_date(moment: datetime) -> str:
    """Sun, 12 May 2024 18:22:31 +0530 (without strftime, which is slow)."""
    zone = _zone(moment.utcoffset() or timedelta())
    return (
        f"{DAY_ABBREVIATIONS[moment.weekday()]}, {moment.day} "
        f"{MONTH_ABBREVIATIONS[moment.month - 1]} {moment.year} "
        f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d} {zone}"
    )


@functools.cache
def _zone(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def _asctime(moment: datetime) -> str:
    """Sun May 12 12:52:31 2024, the date format of an mbox "From " line."""
    return (
        f"{DAY_ABBREVIATIONS[moment.weekday()]} {MONTH_ABBREVIATIONS[moment.month - 1]} "
        f"{moment.day:2d} {moment.hour:02d}:{moment.minute:02d}:{moment.second:02d} {moment.year}"
    )


_FROM_LINE = re.compile(rb"^(>*From )", re.M)


def _escape_from_lines(raw: bytes) -> bytes:
    """mboxrd quoting: a body line starting with "From " (or ">From ") gains a ">"."""
    if b"From " not in raw:
        return raw
    return _FROM_LINE.sub(rb">\1", raw)
