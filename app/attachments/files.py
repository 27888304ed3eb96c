"""Which files we keep (PDFs and images, told by their first bytes, not by what a sender or
an upload claims) and finding them in a raw message."""

import email
import re
from dataclasses import dataclass
from email.message import Message

PDF = "application/pdf"
MAX_FILENAME_CHARS = 255
# Each PDF costs a child process of up to 15 s: a message with hundreds must not stall a batch.
MAX_FILES_PER_MESSAGE = 10
# A message with no such header has no file we keep: skip the MIME parse. Matched on the
# lower-cased bytes (what IGNORECASE would do for ASCII), where a plain find can go first.
_DISPOSITION = re.compile(rb"content-disposition:\s*(attachment|inline)")


@dataclass(frozen=True, slots=True)
class FilePart:
    filename: str
    content_type: str
    data: bytes


def sniff(data: bytes) -> str | None:
    """The content type of a kept file, from its magic bytes; None for anything else."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def clean_filename(name: str | None, content_type: str) -> str:
    """A name safe to show and to send back in Content-Disposition."""
    name = re.sub(r"[\x00-\x1f\"\\/]", "_", (name or "").strip())[-MAX_FILENAME_CHARS:]
    if name:
        return name
    return "attachment." + content_type.rsplit("/", 1)[-1]


def may_hold_files(raw: bytes) -> bool:
    """Whether a message can hold a file we keep or a statement (it has a part marked
    attachment or inline). Told once when the message is stored, so that extraction reads
    back only the raw messages that may (most alerts hold none)."""
    lowered = raw.lower()
    start = lowered.find(b"content-disposition")  # a literal find: ~6x faster than the regex
    return start >= 0 and _DISPOSITION.search(lowered, start) is not None


def files_in(raw: bytes, max_bytes: int) -> list[FilePart]:
    """The first PDF and image parts of a message marked attachment or inline, each at most
    `max_bytes` (larger ones are skipped: mail is no file store)."""
    if not may_hold_files(raw):
        return []
    message = email.message_from_bytes(raw)
    found = []
    for part in message.walk():
        kept = _kept(part, max_bytes)
        if kept is not None:
            found.append(kept)
            if len(found) == MAX_FILES_PER_MESSAGE:
                break
    return found


def _kept(part: Message, max_bytes: int) -> FilePart | None:
    if part.is_multipart() or part.get_content_disposition() not in ("attachment", "inline"):
        return None
    declared = part.get_content_type()
    if not (declared == PDF or declared.startswith("image/") or declared.endswith("octet-stream")):
        return None
    encoded = part.get_payload()
    # base64 is 4/3 of the bytes: a part far over the cap is skipped before decoding it.
    if not isinstance(encoded, str) or len(encoded) * 3 // 4 > max_bytes + 4096:
        return None
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes) or not data or len(data) > max_bytes:
        return None
    content_type = sniff(data)
    if content_type is None:
        return None
    return FilePart(clean_filename(part.get_filename(), content_type), content_type, data)


# Statements by mail: a file is looked at as a statement when its name or declared type says
# it is one of the statement formats, or (a PDF) when the subject or its name says statement.
STATEMENT_EXTENSIONS = (".ofx", ".qfx", ".qif", ".csv", ".sta", ".mt940", ".940", ".xml")
STATEMENT_TYPES = (
    "text/csv",
    "application/csv",
    "application/x-ofx",
    "application/ofx",
    "application/vnd.intu.qfx",
    "application/x-qfx",
    "application/qif",
    "application/x-qif",
)
STATEMENT_WORDS = re.compile(
    r"statement|kontoauszug|relev[eé]|extracto|estado de cuenta|estratto|afschrift|"
    r"rekeningoverzicht",
    re.IGNORECASE,
)


def statement_files_in(raw: bytes, max_bytes: int, subject: str) -> list[FilePart]:
    """The attached files of a message that may be statements (see above), each at most
    `max_bytes`. Whether one really is, its parser decides."""
    if not may_hold_files(raw):
        return []
    message = email.message_from_bytes(raw)
    found = []
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() != "attachment":
            continue
        name = part.get_filename() or ""
        declared = part.get_content_type()
        by_name = name.lower().endswith(STATEMENT_EXTENSIONS) or declared in STATEMENT_TYPES
        maybe_pdf = (
            declared == PDF or declared.endswith("octet-stream") or name.lower().endswith(".pdf")
        )
        if not (by_name or maybe_pdf):
            continue
        encoded = part.get_payload()
        if not isinstance(encoded, str) or len(encoded) * 3 // 4 > max_bytes + 4096:
            continue
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes) or not data or len(data) > max_bytes:
            continue
        if sniff(data) == PDF:
            if not (STATEMENT_WORDS.search(subject) or STATEMENT_WORDS.search(name)):
                continue
            found.append(FilePart(clean_filename(name, PDF), PDF, data))
        elif by_name:
            found.append(FilePart(clean_filename(name, "text/plain"), declared, data))
        if len(found) == MAX_FILES_PER_MESSAGE:
            break
    return found
