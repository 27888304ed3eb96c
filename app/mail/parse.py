"""Raw RFC 822 bytes → ParsedEmail: the ingest hot path, fast and bounded on any input.

Why not `email.parser` for the whole message: even with `policy=compat32` it splits every line of
every part into Python strings, so a 25 MB attachment costs seconds and hundreds of MB, and the
header parse alone takes ~25 µs. Here the message stays one `bytes` object: MIME parts are located
with `bytes.find` as (start, end) offsets, only the header lines we need are read, and only the
chosen text part is ever decoded (capped). Attachments are never decoded or copied.

Limits (each one keeps hostile or broken mail from costing unbounded time or memory):
header blocks are read up to MAX_HEADER_BYTES, MIME trees up to MAX_MIME_DEPTH levels and
MAX_MIME_PARTS parts, a text part up to MAX_TEXT_PART_BYTES encoded bytes, and the stored text up
to MAX_TEXT_CHARS characters.
"""

import binascii
import codecs
import email.utils
import functools
import hashlib
import html
import re
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime

from app.mail.message import EmailParseError, ParsedEmail, TextPart

MAX_TEXT_CHARS = 64 * 1024
MAX_TEXT_PART_BYTES = 1024 * 1024
MAX_HEADER_BYTES = 256 * 1024
MAX_MIME_DEPTH = 128
MAX_MIME_PARTS = 1000
MAX_SUBJECT_CHARS = 1000
MAX_MESSAGE_ID_CHARS = 255

_MESSAGE_HEADERS = frozenset(
    {
        b"from",
        b"subject",
        b"date",
        b"message-id",
        b"content-type",
        b"content-transfer-encoding",
        b"content-disposition",
    }
)
_IDENTIFYING_HEADERS = frozenset({b"from", b"subject", b"date", b"message-id"})
_PART_HEADERS = frozenset({b"content-type", b"content-transfer-encoding", b"content-disposition"})

Headers = dict[bytes, bytes]


def parse_email(raw: bytes, fallback_date: datetime | None = None) -> ParsedEmail:
    """Parse one message; `fallback_date` (e.g. the provider's internal date) stands in for a
    missing or invalid Date header. Raises EmailParseError only for mail that cannot be used."""
    start = _message_start(raw)
    if start >= len(raw):
        raise EmailParseError("empty message")
    headers, body_start = _read_headers(raw, start, len(raw), _MESSAGE_HEADERS)
    if not headers.keys() & _IDENTIFYING_HEADERS:
        raise EmailParseError("no email headers (From, Date, Subject or Message-ID) found")
    sender_name, sender = _parse_from(headers.get(b"from"))
    text, part = _TextFinder(raw).find(headers, body_start, len(raw))
    return ParsedEmail(
        message_id=_message_id(headers.get(b"message-id"), raw, start),
        sender=sender,
        sender_name=sender_name,
        subject=_one_line(_header_text(headers.get(b"subject", b"")))[:MAX_SUBJECT_CHARS],
        received_at=_parse_date(headers.get(b"date"), fallback_date),
        text=text,
        size=len(raw),
        part=part,
    )


def html_to_text(markup: str) -> str:
    """Readable text from HTML: scripts, styles and comments dropped, a line break per block
    element (a blank line around paragraphs and tables), table cells separated by spaces,
    entities decoded. One regex split, then each tag replaced by its break mark in place: about
    twice as fast as a regex pass per rule, and linear on any input."""
    if _HIDING_STYLE.search(markup):
        markup = _without_hidden_elements(markup)
    pieces = _HTML_TAG_SPLIT.split(markup)  # text, tag name (None: comment...), text, ...
    tags = [tag.lower() if tag is not None else "" for tag in pieces[1::2]]  # "": a comment
    pieces[1::2] = [_HTML_TAG_BREAKS.get(tag, "") for tag in tags]
    _part_adjacent_inlines(pieces, tags)
    _drop_hidden(pieces, tags)
    if "pre" in tags:
        _keep_preformatted(pieces, tags)
    text = "".join(pieces)
    if "&" in text:
        text = html.unescape(text)
    if not text.isascii():
        text = _INVISIBLE_CHARS.sub("", text)
    text = " ".join(text.split())  # HTML whitespace, source line breaks included, is one space
    text = _CELL_RUN.sub("\t", text)
    text = _LINE_BREAK_RUN.sub("\n", text)
    text = _PARAGRAPH_BREAK_RUN.sub("\n\n", text)
    if "\t" in text:
        text = _EDGE_TABS.sub("", text)
    return text.strip()


def _without_hidden_elements(markup: str) -> str:
    """The markup less the elements styled never to show: a preheader ("Share your code and
    you both get £9.00 ..." in a display:none div before the alert) is for the inbox's
    preview line, not the message, and its sums are offers."""
    kept, position = [], 0
    for opening in _HIDDEN_ELEMENT.finditer(markup):
        if opening.start() < position:
            continue  # inside an element already dropped
        end = _element_end(markup, opening.group(1).lower(), opening.end())
        kept.append(markup[position : opening.start()])
        position = end
    kept.append(markup[position:])
    return "".join(kept)


def _element_end(markup: str, tag: str, start: int) -> int:
    """Where the element whose opening tag ends at `start` closes (after its closing tag),
    counting the same tag nested inside; the end of the markup when it never closes."""
    depth = 1
    for found in re.finditer(rf"<(/?){tag}\b[^>]*>", markup[start:], re.IGNORECASE):
        depth += -1 if found.group(1) else 1
        if depth == 0:
            return start + found.end()
    return len(markup)


# An inline style that hides its element: the one test every hidden preheader passes.
_HIDING_STYLE = re.compile(r"display\s*:\s*none|mso-hide\s*:\s*all", re.IGNORECASE)
_HIDDEN_ELEMENT = re.compile(
    r"<(div|span|p|td|table)\b[^>]*\bstyle\s*=\s*[\"'][^\"']*"
    r"(?:display\s*:\s*none|mso-hide\s*:\s*all)[^>]*>",
    re.IGNORECASE,
)


def _part_adjacent_inlines(pieces: list[str], tags: list[str]) -> None:
    """One inline element closed and the next opened with nothing between them ("<span>Van</span>
    <span>HOLLANDSE</span>" without the line break, "<span>付款金额</span><span>¥42.50</span>")
    are two boxes side by side (a flex row of a label and its value): two cells, as a table's
    would be, so that the label is read as one."""
    for k in range(len(tags) - 1):
        if (
            tags[k] in _CLOSING_INLINES
            and tags[k + 1] in _INLINE_TAGS
            and not pieces[2 * k + 2]
            and pieces[2 * k][-1:].isalpha()  # words, not a sum's digits styled in parts
            and pieces[2 * k + 4][:1].strip()
        ):
            pieces[2 * k + 1] = "\x03"


_INLINE_TAGS = frozenset({"span", "a", "b", "strong", "em", "i", "font", "label"})
_CLOSING_INLINES = frozenset("/" + tag for tag in _INLINE_TAGS)


def _keep_preformatted(pieces: list[str], tags: list[str]) -> None:
    """A <pre> block's layout is its meaning (a fixed-width statement line: date, time,
    description, amount, D/K, balance): its line breaks stay breaks and its runs of spaces part
    cells, instead of collapsing into one line of single spaces."""
    inside = False
    for index, tag in enumerate(tags):
        if tag in ("pre", "/pre"):
            inside = tag == "pre"
        if inside:
            text = pieces[2 * index + 2].replace("\r", "").replace("\n", "\x01")
            pieces[2 * index + 2] = _PRE_GAP.sub("\x03", text)


def _drop_hidden(pieces: list[str], tags: list[str]) -> None:
    """Blank what a hidden element (script, style, title...) holds in the split markup (tag i
    is pieces[2i + 1], the text after it pieces[2i + 2]): from its opening tag to its closing
    one, or to the end when it is not closed. The text after the closing tag stays. Tags are
    looked at only where a hidden one opens, not one by one (most HTML mail has a <style> or a
    <title>: a loop over every tag was a third of the parse of an HTML alert)."""
    end = -1
    for opening in [i for i, tag in enumerate(tags) if tag in _HTML_HIDDEN_TAGS]:
        if opening <= end:
            continue  # inside the hidden element before: its text, not a tag that counts
        try:
            end = tags.index("/" + tags[opening], opening + 1)
        except ValueError:
            end = len(tags)
        pieces[2 * opening + 1 : 2 * end + 1] = [""] * (2 * (end - opening))
        if end < len(tags):
            pieces[2 * end + 1] = ""  # the closing tag's own mark (hidden tags have none)


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode text in its declared charset; an absent, unknown or wrong charset never raises.
    Letters come composed (NFC): windows-1258 writes Vietnamese tone marks as combining
    characters after their letters, which no word list would match."""
    text = _decode(data, charset)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _decode(data: bytes, charset: str | None) -> str:
    codec = _codec_name(charset or "")
    if codec is None:
        return _bytes_to_text(data)
    try:
        text = data.decode(codec, "replace")
    except (LookupError, ValueError):  # not a text codec, or one without "replace" (idna)
        return data.decode("utf-8", "replace")
    if codec not in _SURROGATE_FREE_CODECS:
        # Codecs such as UTF-7 can produce lone surrogates, which PostgreSQL cannot store.
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def decode_header_value(value: str) -> str:
    """Decode RFC 2047 encoded words ("=?UTF-8?B?...?="); adjacent words of one charset are
    joined before decoding because senders split multi-byte characters across them."""
    if "=?" not in value:
        return value
    pieces: list[str] = []
    pending = bytearray()
    pending_charset = ""
    last_end = 0
    for match in _ENCODED_WORD.finditer(value):
        gap = value[last_end : match.start()]
        charset = match[1].split("*", 1)[0].lower()  # drop an RFC 2231 language suffix
        joins_previous = last_end > 0 and not gap.strip()
        if not joins_previous or charset != pending_charset:
            pieces.append(decode_bytes(bytes(pending), pending_charset))
            pending.clear()
        if not joins_previous:
            pieces.append(gap)
        pending += _decode_encoded_word(match[2], match[3])
        pending_charset = charset
        last_end = match.end()
    pieces.append(decode_bytes(bytes(pending), pending_charset))
    pieces.append(value[last_end:])
    return "".join(pieces)


# --- headers -----------------------------------------------------------------------------------


def _message_start(raw: bytes) -> int:
    """Skip leading blank lines and an mbox "From " envelope line, which are not headers."""
    start = 0
    while start < len(raw) and raw[start] in b"\r\n":  # no lstrip(): it would copy 25 MB
        start += 1
    if raw.startswith(b"From ", start):
        line_end = raw.find(b"\n", start)
        start = len(raw) if line_end < 0 else line_end + 1
    return start


def _read_headers(
    raw: bytes, start: int, end: int, wanted: frozenset[bytes]
) -> tuple[Headers, int]:
    """The `wanted` headers (first occurrence, unfolded, raw bytes) of the entity at raw[start:end]
    and the offset where its body starts. Lines that are not headers are skipped."""
    block_end, body_start = _split_header_block(raw, start, end)
    folded: dict[bytes, list[bytes]] = {}  # joined at the end: += per line would be quadratic
    current: list[bytes] | None = None
    for line in raw[start:block_end].split(b"\n"):
        if line[:1] in (b" ", b"\t"):
            if current is not None:
                current.append(line.strip())
            continue
        current = None
        name, colon, value = line.partition(b":")
        name = name.rstrip().lower()
        if colon and name in wanted and name not in folded:
            current = folded[name] = [value.strip()]
    return {name: b" ".join(lines) for name, lines in folded.items()}, body_start


def _split_header_block(raw: bytes, start: int, end: int) -> tuple[int, int]:
    """(end of the header block, start of the body). Without a blank line within
    MAX_HEADER_BYTES the entity is taken as headers only (truncated mail)."""
    if raw.startswith(b"\n", start, end):
        return start, start + 1
    if raw.startswith(b"\r\n", start, end):
        return start, start + 2
    limit = min(end, start + MAX_HEADER_BYTES)
    lf = raw.find(b"\n\n", start, limit)
    crlf = raw.find(b"\n\r\n", start, lf if lf >= 0 else limit)
    if crlf >= 0:
        return crlf, crlf + 3
    if lf >= 0:
        return lf, lf + 2
    return limit, end


def _header_text(value: bytes) -> str:
    return decode_header_value(_bytes_to_text(value))


def _bytes_to_text(data: bytes) -> str:
    """Undeclared 8-bit text: UTF-8 when it is valid, else Windows-1252 (the common legacy)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _one_line(text: str) -> str:
    return " ".join(text.replace("\x00", "").split())


def _parse_from(value: bytes | None) -> tuple[str, str]:
    """(display name, lower-cased address) of a From header."""
    if not value:
        return "", ""
    text = _bytes_to_text(value)
    simple = _SIMPLE_FROM.fullmatch(text)
    if simple:  # the common shapes, without email.utils' slow general parser
        name = simple["quoted"] or simple["bare"] or ""
        address = simple["angle"] or simple["alone"]
    else:
        name, address = email.utils.parseaddr(text)
    if not address:
        found = _ADDRESS.search(text)
        address = found[0] if found else ""
    return _one_line(decode_header_value(name)), address.strip().lower()


def _parse_date(value: bytes | None, fallback: datetime | None) -> datetime:
    parsed = None
    if value:
        try:
            parsed = email.utils.parsedate_to_datetime(value.decode("ascii", "replace"))
        except (TypeError, ValueError, IndexError, OverflowError):
            parsed = None
    if parsed is None:
        if fallback is None:
            raise EmailParseError("missing or invalid Date header and no fallback date")
        parsed = fallback
    # A "-0000" zone (and a naive fallback) means "UTC, local zone unknown".
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _message_id(value: bytes | None, raw: bytes, start: int) -> str:
    """The Message-ID, else a synthetic one that is the same for the same message bytes
    (hashed without the mbox envelope line and trailing line breaks, which exports vary)."""
    message_id = "".join(_bytes_to_text(value).split()).replace("\x00", "") if value else ""
    opening = message_id.find("<")
    closing = message_id.find(">", opening + 1)
    if opening >= 0 and closing > opening + 1:
        message_id = message_id[opening : closing + 1]
    if len(message_id) > MAX_MESSAGE_ID_CHARS:
        return _synthetic_id(message_id.encode())
    if message_id.strip("<>"):
        return message_id
    end = len(raw)
    while end > start and raw[end - 1] in b"\r\n":
        end -= 1
    return _synthetic_id(memoryview(raw)[start:end])


def _synthetic_id(data: bytes | memoryview) -> str:
    return f"<{hashlib.sha256(data).hexdigest()}@fincoach.synthetic>"


# --- MIME structure ----------------------------------------------------------------------------


class _TextFinder:
    """Walks the MIME tree for the first text/plain part, remembering the first text/html part
    as the fallback; stops as soon as plain text is found, so later attachments are not even
    scanned."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        self.parts_left = MAX_MIME_PARTS
        self.html: tuple[Headers, str | None, int, int] | None = None

    def find(self, headers: Headers, body_start: int, end: int) -> tuple[str, TextPart | None]:
        """The body text and the part it was read from (None when there is no body text)."""
        text = self._visit(headers, body_start, end, depth=0)
        part: TextPart = "text"
        if self.html is not None and (text is None or _is_stub(text) or len(text) < 400):
            part_headers, charset, start, part_end = self.html
            from_html = html_to_text(self._decode_part(part_headers, charset, start, part_end))
            if text is None or (from_html and (_is_stub(text) or _richer(from_html, text))):
                text, part = from_html, "html"
        cleaned = _clean_text(text or "")
        return cleaned, (part if cleaned else None)

    def _visit(self, headers: Headers, body_start: int, end: int, depth: int) -> str | None:
        if self.parts_left <= 0 or depth > MAX_MIME_DEPTH:
            return None
        self.parts_left -= 1
        content_type, params = _content_type(headers.get(b"content-type"))
        if content_type.startswith("multipart/") and params.get("boundary"):
            return self._visit_multipart(params["boundary"], body_start, end, depth)
        if content_type == "message/rfc822":
            inner_headers, inner_body = _read_headers(self.raw, body_start, end, _PART_HEADERS)
            return self._visit(inner_headers, inner_body, end, depth + 1)
        if _is_attachment(headers.get(b"content-disposition")):
            return None
        if content_type == "text/html":
            if self.html is None:
                self.html = (headers, params.get("charset"), body_start, end)
            return None
        if content_type != "text/plain" and not content_type.startswith("multipart/"):
            return None
        # text/plain, or a multipart without a boundary (broken mail): read it as plain text.
        text = self._decode_part(headers, params.get("charset"), body_start, end)
        return text if text.strip() else None

    def _visit_multipart(self, boundary: str, body_start: int, end: int, depth: int) -> str | None:
        found = None
        for part_start, part_end in _iter_parts(self.raw, boundary.encode(), body_start, end):
            part_headers, part_body = _read_headers(self.raw, part_start, part_end, _PART_HEADERS)
            if found is not None:
                # Plain text is found; look on only for its HTML alternative, in case the plain
                # part is a stub ("view this email in your browser") or says less.
                if self.html is not None or not (_is_stub(found) or len(found) < 400):
                    return found
                content_type, params = _content_type(part_headers.get(b"content-type"))
                if content_type == "text/html" and self.parts_left > 0:
                    self.parts_left -= 1
                    self.html = (part_headers, params.get("charset"), part_body, part_end)
                elif content_type.startswith("multipart/"):  # multipart/related around it
                    self._visit(part_headers, part_body, part_end, depth + 1)
                continue
            found = self._visit(part_headers, part_body, part_end, depth + 1)
            if self.parts_left <= 0:
                break
        return found

    def _decode_part(self, headers: Headers, charset: str | None, start: int, end: int) -> str:
        data = self.raw[start : min(end, start + MAX_TEXT_PART_BYTES)]
        encoding = headers.get(b"content-transfer-encoding", b"").lower()
        if encoding == b"base64":
            data = _decode_base64(data)
        elif encoding == b"quoted-printable":
            data = binascii.a2b_qp(data)
        return decode_bytes(data, charset)


# What senders put in the text part when the real message is the HTML one.
_STUB = re.compile(
    r"view (?:this|the) (?:e-?mail|message) (?:in|on) (?:your|a|the) (?:web )?browser"
    r"|best viewed in html|(?:does not|doesn't|cannot|can't) (?:support|display) html"
    r"|html[- ](?:compatible|capable|version)|switch (?:your )?(?:mail|e-?mail) (?:client|program)"
    r"|(?:view|read|see) (?:it|this) online|(?:click|open) (?:here|the link) to view",
    re.IGNORECASE,
)
_STUB_WORDS = ("browser", "html", "switch", "online", "to view")
# "Browser" in the languages mail is written in: a short text part that names one asks to be
# read there ("브라우저에서 보기", "在浏览器中查看此邮件", "اعرض هذه الرسالة في المتصفح").
_BROWSER = re.compile(
    r"browser|navegador|navigateur|kivinjari|tarayıcı|peramban|penyemak imbas|trình duyệt"
    r"|браузер|브라우저|ブラウザ|浏览器|瀏覽器|المتصفح|מרשתת|דפדפן|เบราว์เซอร์|webbläsare"
    r"|nettleser|selain|przeglądar|prohlížeč|prehliadač|böngésző|brskalnik|preglednik"
    r"|πρόγραμμα περιήγησης|ब्राउज़र|ব্রাউজার|براؤزر|مرورگر|brauzer|navigator"
    # ... or its online version ("consultez la version en ligne").
    r"|version en ligne|versión en línea|versão online|online-version|online version"
    r"|versione online|webversie|web version",
    re.IGNORECASE,
)


def _is_stub(text: str) -> bool:
    """A text part that stands in for the HTML one: a "view in your browser" line, or almost
    nothing (a few words, no figures)."""
    head = text[:2000]
    if _may_be_stub(head) and _STUB.search(head):
        return True
    if len(head) < 300 and _BROWSER.search(head):  # "Tazama barua pepe hii kwenye kivinjari."
        return True
    return len(head.split()) < 12 and not _count_digits(head)


def _may_be_stub(head: str) -> bool:
    """False when _STUB cannot match, found without it (it tries every offset: ~45 us): ASCII
    text, the common case, that holds none of the words each of its alternatives spells out."""
    if not head.isascii():
        return True
    lowered = head.lower()
    return any(word in lowered for word in _STUB_WORDS)


def _richer(html_text: str, plain: str) -> bool:
    """The HTML part says clearly more than a short plain one: more figures (amounts, dates,
    card digits) and more text."""
    more_figures = _count_digits(html_text[:20000]) > _count_digits(plain)
    return more_figures and len(html_text) > 1.5 * len(plain)


def _count_digits(text: str) -> int:
    """How many characters of `text` are digits (str.isdigit). ASCII text, the common case, is
    counted with ten C-level scans: a Python loop per character was ~20 % of parsing."""
    if text.isascii():
        return sum(map(text.count, "0123456789"))
    return sum(map(str.isdigit, text))


def _iter_parts(raw: bytes, boundary: bytes, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) offsets of the body parts of a multipart body at raw[start:end]. A missing
    closing delimiter (truncated mail) makes the last part run to the end."""
    delimiter = b"--" + boundary
    position = _next_delimiter(raw, delimiter, start, end)
    while position >= 0:
        after = position + len(delimiter)
        if raw.startswith(b"--", after, end):
            return
        line_end = raw.find(b"\n", after, end)
        if line_end < 0:
            return
        part_start = line_end + 1
        position = _next_delimiter(raw, delimiter, part_start, end)
        if position < 0:
            yield part_start, end
            return
        # The line break before a delimiter belongs to the delimiter, not to the part.
        part_end = position - 2 if raw.startswith(b"\r\n", position - 2) else position - 1
        yield part_start, max(part_start, part_end)


def _next_delimiter(raw: bytes, delimiter: bytes, start: int, end: int) -> int:
    """Offset of the next line that starts with `delimiter` (and is not a longer boundary that
    merely begins with it), or -1."""
    if raw.startswith(delimiter, start, end) and _ends_delimiter(raw, start + len(delimiter), end):
        return start
    needle = b"\n" + delimiter
    found = raw.find(needle, start, end)
    while found >= 0:
        if _ends_delimiter(raw, found + len(needle), end):
            return found + 1
        found = raw.find(needle, found + 1, end)
    return -1


def _ends_delimiter(raw: bytes, index: int, end: int) -> bool:
    return index >= end or raw[index] in b"\r\n \t" or raw.startswith(b"--", index, end)


def _content_type(value: bytes | None) -> tuple[str, dict[str, str]]:
    """("type/subtype" lower-cased, parameters). Absent or malformed means text/plain."""
    if not value:
        return "text/plain", {}
    text = _bytes_to_text(value)
    main, _, rest = text.partition(";")
    content_type = main.strip().lower()
    if "/" not in content_type:
        content_type = "text/plain"
    params = {name.lower(): quoted or bare for name, quoted, bare in _PARAM.findall(rest)}
    return content_type, params


def _is_attachment(value: bytes | None) -> bool:
    return value is not None and value.lstrip()[:10].lower() == b"attachment"


def _decode_base64(data: bytes) -> bytes:
    try:
        return binascii.a2b_base64(data)
    except binascii.Error:  # bad padding, usually a truncated part: decode what is whole
        clean = _NOT_BASE64.sub(b"", data)
        return binascii.a2b_base64(clean[: len(clean) - len(clean) % 4])


def _clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:  # PostgreSQL text cannot hold NUL
        text = text.replace("\x00", "")
    return text.strip()[:MAX_TEXT_CHARS]


# --- charsets ----------------------------------------------------------------------------------

# Labels that mail gets wrong in a known way: supersets decode what the label promises and more.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "ks_c_5601-1987": "cp949",
}
_SURROGATE_FREE_CODECS = frozenset({"utf-8", "ascii", "cp1252", "iso8859-1", "gb18030", "cp949"})


@functools.lru_cache(maxsize=256)
def _codec_name(charset: str) -> str | None:
    """Python's codec for a MIME charset label; None for absent, unknown or "us-ascii" labels,
    which are decoded as UTF-8-else-cp1252 (8-bit text mislabelled as ASCII is common)."""
    label = charset.strip().strip("\"'").lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except (LookupError, ValueError):
        return None
    return None if name == "ascii" else name


def _decode_encoded_word(encoding: str, payload: str) -> bytes:
    data = payload.encode("ascii", "replace")
    if encoding in "qQ":
        return binascii.a2b_qp(data, header=True)
    try:
        return binascii.a2b_base64(data + b"=" * (-len(data) % 4))
    except binascii.Error:
        return data


# --- regular expressions -----------------------------------------------------------------------

_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([qQbB])\?([^?\s]*)\?=")
_PARAM = re.compile(r'([\w.*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))')
# "Name" <a@b>, Name <a@b>, <a@b> and a@b; anything else goes to email.utils.parseaddr.
_SIMPLE_FROM = re.compile(
    r'\s*(?:(?:"(?P<quoted>[^"\\]*)"|(?P<bare>[^"<>,;:\\()@]*?))\s*<(?P<angle>[^<>\s"@]+@[^<>\s"]+)>'
    r'|(?P<alone>[^<>\s"@,;:()]+@[^<>\s",;:()]+))\s*'
)
_ADDRESS = re.compile(r"[^\s<>\"',;:()]+@[^\s<>\"',;:()]+")
_NOT_BASE64 = re.compile(rb"[^A-Za-z0-9+/]")

# Linear on any input: an unclosed comment runs to the end (as in a browser), and a tag stops at
# the next "<", so "<<<<" or a stray "<a" cannot cause quadratic rescans.
_HTML_TAG_SPLIT = re.compile(
    r"<(/?[A-Za-z][A-Za-z0-9]*)[^<>]*>?|<!--.*?(?:-->|\Z)|<[!?][^<>]*>?", re.S
)
_HTML_HIDDEN_TAGS = frozenset({"script", "style", "title", "template", "noscript"})
_HTML_PARAGRAPH_TAGS = (
    "p h1 h2 h3 h4 h5 h6 table ul ol blockquote pre hr section article header footer center form"
)
_HTML_LINE_TAGS = "br tr li div dd dt dl caption address main nav aside tbody thead tfoot"
# Line breaks are marked with control characters that str.split() does not treat as whitespace,
# so they survive the whitespace collapse: \x01 a line break, \x02 a paragraph break.
_HTML_TAG_BREAKS = {
    **{name: "\x02" for tag in _HTML_PARAGRAPH_TAGS.split() for name in (tag, "/" + tag)},
    **{name: "\x01" for tag in _HTML_LINE_TAGS.split() for name in (tag, "/" + tag)},
    **{name: "\x03" for name in ("td", "th")},
}
# Table cells stay apart as tab-separated columns ("Amount\tRs 500"): a label and its value
# are then one line, and two cells never run together as one phrase. Each cell starts with
# one tab, empty cells too, so that a row's values stay under their column headings.
_CELL_RUN = re.compile(r" ?\x03 ?")
_PRE_GAP = re.compile(r" {2,}")
_EDGE_TABS = re.compile(r"^\t+|\t+$", re.MULTILINE)
_LINE_BREAK_RUN = re.compile(r"[ \t]?\x01[ \t\x01]*")
_PARAGRAPH_BREAK_RUN = re.compile(r"[ \t\n]*\x02[ \t\n\x02]*")
_INVISIBLE_CHARS = re.compile("[\u200b\u200c\u200d\u2060\ufeff\xad]")
