"""Streaming readers for uploaded mail exports: an .mbox file, a single .eml, a .zip of .eml files.

Every reader yields ArchiveMessage(cursor, raw) one message at a time, so a 2 GB export never sits
in memory. `cursor` is the position just past the message (a byte offset in an mbox, a member
index + 1 in a zip, 1 for an .eml): store the cursor of the last message handled and pass it back
as `start` to resume after a crash. `cursor / archive_extent(path)` is the progress fraction.

The kind of file is told from its content, not its name, and anything else is refused with an
ArchiveError that says what was expected and, where it can, what the file looks like instead.
"""

import os
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO, NamedTuple

MAX_MESSAGE_BYTES = 64 * 1024 * 1024  # a 25 MB attachment is ~34 MB once base64-encoded
MAX_LINE_BYTES = 1024 * 1024  # an mbox is read in lines of at most this, so no line is unbounded
MAX_ZIP_MEMBER_BYTES = MAX_MESSAGE_BYTES
MAX_ZIP_TOTAL_BYTES = 16 * 1024 * 1024 * 1024
MAX_ZIP_RATIO = 100  # mail compresses ~3-10x; a bomb compresses 1000x and more
RATIO_CHECK_MIN_BYTES = 1024 * 1024  # tiny members can have big ratios harmlessly
MAX_ZIP_ENTRIES = 1_000_000  # zipfile holds every directory entry in memory
SNIFF_BYTES = 64 * 1024

StrPath = str | os.PathLike[str]


class ArchiveKind(StrEnum):
    MBOX = "mbox"
    EML = "eml"
    ZIP = "zip"
    UNKNOWN = "unknown"


class ArchiveError(Exception):
    """An upload that is not a readable email archive, or is unsafe to unpack; the message is
    meant for the person who uploaded it."""


class ArchiveMessage(NamedTuple):
    cursor: int  # pass as `start` to resume with the message after this one
    raw: bytes


def detect_kind(path: StrPath) -> ArchiveKind:
    """What the file is, judged by its first bytes."""
    with open(path, "rb") as file:
        return _kind_of(file.read(SNIFF_BYTES))


def iter_archive(path: StrPath, start: int = 0) -> Iterator[ArchiveMessage]:
    """Messages of an mbox, eml or zip upload, whichever the content says it is."""
    kind = detect_kind(path)
    if kind is ArchiveKind.MBOX:
        return iter_mbox(path, start)
    if kind is ArchiveKind.EML:
        return iter_eml(path, start)
    if kind is ArchiveKind.ZIP:
        return iter_zip(path, start)
    raise ArchiveError(_not_an_archive_message(path))


def archive_extent(path: StrPath) -> int:
    """The cursor value at the end of the archive (bytes of an mbox, entries of a zip, 1 for an
    eml), so that a job can report cursor / extent as its progress."""
    kind = detect_kind(path)
    if kind is ArchiveKind.MBOX:
        return os.path.getsize(path)
    if kind is ArchiveKind.EML:
        return 1
    if kind is ArchiveKind.ZIP:
        with _open_zip(path) as archive:
            return len(archive.infolist())
    raise ArchiveError(_not_an_archive_message(path))


# --- mbox --------------------------------------------------------------------------------------


def iter_mbox(path: StrPath, start: int = 0) -> Iterator[ArchiveMessage]:
    """Messages of an mbox file, read line by line. ">From " lines are unescaped (mboxrd); a
    "From " line in a body only separates messages when it carries a date, as real separators
    do ("From sender Mon Jan  1 10:00:00 2024"). A message over MAX_MESSAGE_BYTES is truncated
    (the parser copes with truncated MIME)."""
    with open(path, "rb") as file:
        if start:
            file.seek(start)
            first_line = file.readline(MAX_LINE_BYTES)
            if not first_line:  # resumed at the end: nothing left
                return
            if not first_line.startswith(b"From "):
                raise ArchiveError(
                    f"cannot resume {Path(path).name} at byte {start}: no message starts there "
                    "(was the file replaced?)"
                )
            file.seek(start)
        else:
            head = file.read(SNIFF_BYTES)
            if _kind_of(head) is not ArchiveKind.MBOX:
                raise ArchiveError(_not_an_archive_message(path, expected="an mbox file"))
            start = len(_UTF8_BOM) if head.startswith(_UTF8_BOM) else 0
            file.seek(start)
        yield from _read_mbox(file, start)


def _read_mbox(file: BinaryIO, offset: int) -> Iterator[ArchiveMessage]:
    lines: list[bytes] = []
    size = 0
    in_message = False
    at_line_start = True
    position = offset
    while line := file.readline(MAX_LINE_BYTES):
        line_start = at_line_start
        at_line_start = line.endswith(b"\n")
        if line_start and line.startswith(b"From ") and (not in_message or _is_separator(line)):
            if in_message:
                yield ArchiveMessage(position, _join_message(lines))
            lines, size, in_message = [], 0, True
        elif in_message and size < MAX_MESSAGE_BYTES:
            if line_start and line.startswith(b">") and _ESCAPED_FROM.match(line):
                line = line[1:]
                position += 1  # the advance below counts the unescaped line
            lines.append(line)
            size += len(line)
        position += len(line)
    if in_message:
        yield ArchiveMessage(position, _join_message(lines))


def _is_separator(line: bytes) -> bool:
    return _SEPARATOR.match(line) is not None


def _join_message(lines: list[bytes]) -> bytes:
    """The message without the blank line that the mbox format puts before the next "From "."""
    if lines and lines[-1] in (b"\n", b"\r\n"):
        lines.pop()
    return b"".join(lines)


# --- eml ---------------------------------------------------------------------------------------


def iter_eml(path: StrPath, start: int = 0) -> Iterator[ArchiveMessage]:
    """The one message of an .eml file (cursor 1), truncated at MAX_MESSAGE_BYTES."""
    with open(path, "rb") as file:
        if _kind_of(file.read(SNIFF_BYTES)) is not ArchiveKind.EML:
            raise ArchiveError(_not_an_archive_message(path, expected="an .eml message"))
        if start >= 1:
            return
        file.seek(0)
        raw = file.read(MAX_MESSAGE_BYTES)
    yield ArchiveMessage(1, raw)


# --- zip ---------------------------------------------------------------------------------------


def iter_zip(path: StrPath, start: int = 0) -> Iterator[ArchiveMessage]:
    """The email messages in a zip, member by member (cursor = member index + 1). Members that
    are not email (a README, a PDF) are skipped after a look at their first bytes. Raises
    ArchiveError for a zip bomb, an encrypted or corrupt member, or a zip holding no email."""
    _check_entry_count(path)
    with _open_zip(path) as archive:
        members = archive.infolist()
        _check_declared_sizes(members[start:])
        budget = _ZipBudget()
        found_email = False
        for index in range(start, len(members)):
            raw = _read_email_member(archive, members[index], budget)
            if raw is not None:
                found_email = True
                yield ArchiveMessage(index + 1, raw)
        if not found_email and start == 0:
            raise ArchiveError(f"{Path(path).name} holds no email messages (.eml files)")


class _ZipBudget:
    """Counts the bytes really unpacked: sizes declared in a zip can lie."""

    def __init__(self) -> None:
        self.total = 0

    def spend(self, amount: int) -> None:
        self.total += amount
        if self.total > MAX_ZIP_TOTAL_BYTES:
            raise ArchiveError(
                f"the zip unpacks to more than {MAX_ZIP_TOTAL_BYTES // 2**30} GB; "
                "refusing it as a possible zip bomb"
            )


def _open_zip(path: StrPath) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise ArchiveError(f"{Path(path).name} is not a readable zip file ({error})") from error


def _check_entry_count(path: StrPath) -> None:
    """Refuse a zip with millions of entries before zipfile loads its directory into memory."""
    count = _zip_entry_count(path)
    if count is not None and count > MAX_ZIP_ENTRIES:
        raise ArchiveError(f"the zip has {count:,} entries; at most {MAX_ZIP_ENTRIES:,} allowed")


def _zip_entry_count(path: StrPath) -> int | None:
    """Entries declared in the end-of-central-directory record (zip64 aware); None if unreadable,
    which leaves the verdict to zipfile."""
    with open(path, "rb") as file:
        file.seek(0, os.SEEK_END)
        tail_start = max(0, file.tell() - 65_557)  # the record (22 B) plus the longest comment
        file.seek(tail_start)
        tail = file.read()
    record = tail.rfind(b"PK\x05\x06")
    if record < 0 or len(tail) < record + 22:
        return None
    count: int = struct.unpack_from("<H", tail, record + 10)[0]
    locator = record - 20
    if count == 0xFFFF and locator >= 0 and tail.startswith(b"PK\x06\x07", locator):
        (zip64_offset,) = struct.unpack_from("<Q", tail, locator + 8)
        with open(path, "rb") as file:
            file.seek(zip64_offset)
            zip64_record = file.read(56)
        if zip64_record.startswith(b"PK\x06\x06") and len(zip64_record) == 56:
            count = struct.unpack_from("<Q", zip64_record, 32)[0]
    return count


def _check_declared_sizes(members: list[zipfile.ZipInfo]) -> None:
    declared_total = 0
    for member in members:
        if member.is_dir():
            continue
        _check_member_size(member.filename, member.file_size, member.compress_size)
        declared_total += member.file_size
    if declared_total > MAX_ZIP_TOTAL_BYTES:
        raise ArchiveError(
            f"the zip unpacks to {declared_total / 2**30:.1f} GB; at most "
            f"{MAX_ZIP_TOTAL_BYTES // 2**30} GB allowed"
        )


def _check_member_size(name: str, size: int, compressed_size: int) -> None:
    if size > MAX_ZIP_MEMBER_BYTES:
        raise ArchiveError(
            f"zip member {name!r} unpacks to {size / 2**20:.0f} MB; at most "
            f"{MAX_ZIP_MEMBER_BYTES // 2**20} MB per message allowed"
        )
    if size > RATIO_CHECK_MIN_BYTES and size > MAX_ZIP_RATIO * max(compressed_size, 1):
        raise ArchiveError(
            f"zip member {name!r} is compressed {size // max(compressed_size, 1)}:1; "
            "refusing it as a possible zip bomb"
        )


def _read_email_member(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, budget: _ZipBudget
) -> bytes | None:
    """The member's bytes if it is an email message, else None (read no further than a peek)."""
    if member.is_dir() or _is_os_junk(member.filename):
        return None
    if member.flag_bits & 0x1:
        raise ArchiveError(
            f"zip member {member.filename!r} is encrypted; upload an unencrypted zip"
        )
    try:
        with archive.open(member) as stream:
            head = stream.read(SNIFF_BYTES)
            budget.spend(len(head))
            kind = _kind_of(head)
            if kind is ArchiveKind.MBOX:
                raise ArchiveError(
                    f"zip member {member.filename!r} is an mbox file; unzip it and upload the "
                    ".mbox itself"
                )
            if kind is not ArchiveKind.EML:
                return None
            rest = stream.read(MAX_ZIP_MEMBER_BYTES + 1 - len(head))
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, EOFError, OSError) as error:
        raise ArchiveError(f"zip member {member.filename!r} cannot be read ({error})") from error
    budget.spend(len(rest))
    _check_member_size(member.filename, len(head) + len(rest), member.compress_size)
    return head + rest


def _is_os_junk(name: str) -> bool:
    base = name.rsplit("/", 1)[-1]
    return name.startswith("__MACOSX/") or base.startswith("._") or base in {".DS_Store"}


# --- telling kinds apart -----------------------------------------------------------------------


def _kind_of(head: bytes) -> ArchiveKind:
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return ArchiveKind.ZIP
    text = head.removeprefix(_UTF8_BOM).lstrip(b"\r\n")
    if text.startswith(b"From "):
        return ArchiveKind.MBOX
    if _FIRST_HEADER_LINE.match(text) and _MAIL_HEADER.search(text):
        return ArchiveKind.EML
    return ArchiveKind.UNKNOWN


def _not_an_archive_message(path: StrPath, expected: str = "") -> str:
    with open(path, "rb") as file:
        head = file.read(SNIFF_BYTES)
    name = Path(path).name
    wanted = expected or "an mbox export, a single .eml message or a .zip of .eml files"
    looks_like = _what_it_looks_like(head)
    return f"{name} is not {wanted}" + (f": it looks like {looks_like}" if looks_like else "")


def _what_it_looks_like(head: bytes) -> str:
    if not head.strip():
        return "an empty file"
    for magic, description in _MAGIC_NUMBERS:
        if head.startswith(magic):
            return description
    if len(head) > 262 and head[257:262] == b"ustar":
        return "a tar archive (unpack it and upload the .mbox inside)"
    if head.startswith(b"PK"):
        return "a zip file"
    if head.lstrip()[:1] in (b"{", b"["):
        return "JSON"
    if head.lstrip()[:1] == b"<":
        return "HTML or XML"
    return ""


_MAGIC_NUMBERS = (
    (b"\x1f\x8b", "a gzip-compressed file (decompress it and upload the .mbox inside)"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an Outlook .msg or other Office file (export as .eml or .mbox)"),
    (b"!BDN", "an Outlook .pst file (export as .mbox)"),
)
_DAY = rb"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_MONTH = rb"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
# "From sender Wed Jan  3 10:11:12 2024", also with a zone before the year (Gmail Takeout) or
# no sender at all; the same test mutt applies.
_SEPARATOR = re.compile(
    rb"From (?:\S+\s+)?"
    + _DAY
    + rb",?\s+"
    + _MONTH
    + rb"\s+\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:\S+\s+)?\d{4}",
    re.I,
)
_ESCAPED_FROM = re.compile(rb">+From ")
_UTF8_BOM = b"\xef\xbb\xbf"
_FIRST_HEADER_LINE = re.compile(rb"[!-9;-~]+[ \t]*:")
_MAIL_HEADER = re.compile(
    rb"^(?:from|date|subject|message-id|received|return-path|mime-version|delivered-to)[ \t]*:",
    re.I | re.M,
)
