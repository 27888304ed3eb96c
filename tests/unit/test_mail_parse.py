"""parse_email: headers, charsets, MIME shapes, broken and hostile mail."""

import base64
import time
from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.mail.message import EmailParseError
from app.mail.parse import MAX_TEXT_CHARS, decode_header_value, html_to_text, parse_email

# These guard against unbounded work (a hang or blow-up on hostile input), not speed: speed is
# measured by bench/parse_speed.py. The limit is far above normal times so a busy CI never trips.
HANG_LIMIT_SECONDS = 10.0

DATE = "Sun, 12 May 2024 18:22:31 +0530"
IST = timezone(timedelta(hours=5, minutes=30))


def message(body: str | bytes, *headers: str, date: str | None = DATE) -> bytes:
    """A message with From/Subject/Date/Message-ID unless overridden or removed (value None)."""
    lines = list(headers)
    names = {line.split(":", 1)[0].lower() for line in headers}
    if "from" not in names:
        lines.append("From: HDFC Bank InstaAlerts <Alerts@HDFCBank.net>")
    if "subject" not in names:
        lines.append("Subject: Transaction alert")
    if date is not None and "date" not in names:
        lines.append(f"Date: {date}")
    if "message-id" not in names:
        lines.append("Message-ID: <abc.123@hdfcbank.net>")
    head = "\n".join(lines).encode() + b"\n\n"
    return head + (body.encode() if isinstance(body, str) else body)


# --- headers -----------------------------------------------------------------------------------


def test_basic_fields():
    parsed = parse_email(message("Rs.500.00 debited from a/c **1234."))
    assert parsed.message_id == "<abc.123@hdfcbank.net>"
    assert parsed.sender == "alerts@hdfcbank.net"
    assert parsed.sender_name == "HDFC Bank InstaAlerts"
    assert parsed.subject == "Transaction alert"
    assert parsed.received_at == datetime(2024, 5, 12, 18, 22, 31, tzinfo=IST)
    assert parsed.text == "Rs.500.00 debited from a/c **1234."
    assert parsed.size == len(message("Rs.500.00 debited from a/c **1234."))


def test_rfc2047_subject_split_inside_a_multibyte_character():
    encoded = "₹ 1,250.00 spent".encode()
    first, second = encoded[:2], encoded[2:]  # "₹" is 3 bytes: split it across two words
    subject = (
        f"=?UTF-8?B?{base64.b64encode(first).decode()}?=\n"
        f" =?UTF-8?B?{base64.b64encode(second).decode()}?="
    )
    parsed = parse_email(message("x", f"Subject: {subject}"))
    assert parsed.subject == "₹ 1,250.00 spent"


def test_rfc2047_q_encoding_and_mixed_text():
    parsed = parse_email(message("x", "Subject: Payment =?iso-8859-1?Q?re=E7u_de_=A310?= today"))
    assert parsed.subject == "Payment reçu de £10 today"


def test_rfc2047_display_name_and_quoted_name_with_comma():
    parsed = parse_email(message("x", "From: =?utf-8?q?M=C3=BCller_Bank?= <Info@Bank.DE>"))
    assert (parsed.sender_name, parsed.sender) == ("Müller Bank", "info@bank.de")
    parsed = parse_email(message("x", 'From: "Doe, John" <John.Doe@Example.com>'))
    assert (parsed.sender_name, parsed.sender) == ("Doe, John", "john.doe@example.com")
    parsed = parse_email(message("x", "From: alerts@icicibank.com"))
    assert (parsed.sender_name, parsed.sender) == ("", "alerts@icicibank.com")


def test_encoded_word_in_unknown_charset_does_not_crash():
    assert decode_header_value("=?x-nonsense?Q?caf=E9?=") == "café"  # UTF-8, else cp1252
    assert decode_header_value("=?utf-8?B?not base64!?=") != ""


def test_raw_8bit_headers():
    raw = message("x").replace(b"Subject: Transaction alert", "Subject: Paiement reçu €5".encode())
    assert parse_email(raw).subject == "Paiement reçu €5"
    raw = message("x").replace(b"Subject: Transaction alert", b"Subject: Zahlung \xfcber \x80 5")
    assert parse_email(raw).subject == "Zahlung über € 5"  # cp1252


def test_folded_headers_and_crlf_line_endings():
    raw = (
        b"From: Chase <no.reply.alerts@chase.com>\r\nSubject: Your $12.34\r\n transaction with\r\n"
        b"\tSTARBUCKS\r\nDate: Mon, 13 May 2024 09:00:00 -0400\r\nMessage-ID: <c@chase.com>\r\n"
        b"\r\nAmount: $12.34\r\nMerchant: STARBUCKS\r\n"
    )
    parsed = parse_email(raw)
    assert parsed.subject == "Your $12.34 transaction with STARBUCKS"
    assert parsed.text == "Amount: $12.34\nMerchant: STARBUCKS"


def test_mbox_envelope_line_is_skipped():
    raw = b"From alerts@hdfcbank.net Sun May 12 12:52:31 2024\n" + message("hello")
    assert parse_email(raw).sender == "alerts@hdfcbank.net"


# --- Message-ID and Date -----------------------------------------------------------------------


def test_missing_message_id_gets_a_stable_synthetic_id():
    raw = message("Rs.10 debited").replace(b"Message-ID: <abc.123@hdfcbank.net>\n", b"")
    first = parse_email(raw).message_id
    assert first.endswith("@fincoach.synthetic>") and first.startswith("<")
    assert parse_email(bytes(raw)).message_id == first  # same bytes, same id
    assert parse_email(raw + b"\n\n").message_id == first  # exports differ in trailing newlines
    envelope = b"From x@y Sun May 12 12:52:31 2024\n"
    assert parse_email(envelope + raw).message_id == first
    other = raw.replace(b"Rs.10", b"Rs.11")
    assert parse_email(other).message_id != first


def test_blank_and_overlong_message_ids():
    assert parse_email(message("x", "Message-ID:   ")).message_id.endswith("fincoach.synthetic>")
    long_id = "<" + "a" * 400 + "@x>"
    parsed = parse_email(message("x", f"Message-ID: {long_id}"))
    assert len(parsed.message_id) <= 255 and parsed.message_id.endswith("fincoach.synthetic>")
    parsed = parse_email(message("x", "Message-ID: junk <id@host> (comment)"))
    assert parsed.message_id == "<id@host>"


def test_missing_date_uses_fallback_or_raises():
    raw = message("x", date=None)
    fallback = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert parse_email(raw, fallback_date=fallback).received_at == fallback
    with pytest.raises(EmailParseError) as error:
        parse_email(raw)
    assert "Date" in error.value.reason


def test_invalid_date_uses_fallback_and_naive_means_utc():
    raw = message("x", date="Someday, 99 Smarch 20xx")
    naive = datetime(2024, 1, 2, 3, 4, 5)
    assert parse_email(raw, fallback_date=naive).received_at == naive.replace(tzinfo=UTC)
    assert parse_email(message("x", date="Sun, 12 May 2024 18:22:31 -0000")).received_at == (
        datetime(2024, 5, 12, 18, 22, 31, tzinfo=UTC)
    )


@pytest.mark.parametrize("raw", [b"", b"   \r\n", b"\x00\x01\x02 binary junk", b"%PDF-1.4\n..."])
def test_unusable_input_raises(raw):
    with pytest.raises(EmailParseError):
        parse_email(raw)


# --- bodies, encodings, charsets ---------------------------------------------------------------


def test_quoted_printable_body():
    body = "Amount: =E2=82=B91,250.00 at SWIGGY=\nBANGALORE, balance =3D Rs 10\n"
    raw = message(
        body,
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: Quoted-Printable",
    )
    assert parse_email(raw).text == "Amount: ₹1,250.00 at SWIGGYBANGALORE, balance = Rs 10"


def test_base64_body_including_bad_padding():
    data = base64.encodebytes("You spent €12.40 at LIDL".encode()).decode()
    raw = message(
        data, "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64"
    )
    assert parse_email(raw).text == "You spent €12.40 at LIDL"
    truncated = message(data.strip()[:-3], "Content-Transfer-Encoding: base64")
    assert parse_email(truncated).text.startswith("You spent")


@pytest.mark.parametrize(
    ("charset", "body", "expected"),
    [
        ("iso-8859-1", "£12.30 paid".encode("latin-1"), "£12.30 paid"),
        ("windows-1252", b"\x80 9.99 charged", "€ 9.99 charged"),
        ("koi8-r", "Оплата 500 руб".encode("koi8-r"), "Оплата 500 руб"),
        ("shift_jis", "お支払い 1,200円".encode("shift_jis"), "お支払い 1,200円"),
        (
            "us-ascii",
            "₹500 (8-bit text labelled ASCII)".encode(),
            "₹500 (8-bit text labelled ASCII)",
        ),
        ("x-unknown-charset", "₹500 debited".encode(), "₹500 debited"),
        ('"UTF-8"', "₹500 debited".encode(), "₹500 debited"),
    ],
)
def test_charsets(charset, body, expected):
    raw = message(body, f"Content-Type: text/plain; charset={charset}")
    assert parse_email(raw).text == expected


def test_wrong_and_hostile_charsets_never_crash():
    wrong = message(b"caf\xe9 \xa3 5", "Content-Type: text/plain; charset=utf-8")
    assert parse_email(wrong).text == "caf\ufffd \ufffd 5"
    for charset in ("base64", "idna", "rot13", "utf-7", "zlib", "\x00"):
        raw = message(b"+2D3d- \xff\xfe text", f"Content-Type: text/plain; charset={charset}")
        text = parse_email(raw).text
        text.encode("utf-8")  # no lone surrogates: PostgreSQL must be able to store it


def test_nul_bytes_are_removed():
    raw = message(b"Rs 5\x00 debited", "Subject: a\x00b")
    parsed = parse_email(raw)
    assert "\x00" not in parsed.text and "\x00" not in parsed.subject


# --- MIME structure ----------------------------------------------------------------------------

ALTERNATIVE = """--b1
Content-Type: text/plain; charset=utf-8

Plain: Rs 500 debited
--b1
Content-Type: text/html; charset=utf-8

<p>HTML: Rs 500 debited</p>
--b1--
"""


def test_multipart_alternative_prefers_plain_text():
    raw = message(ALTERNATIVE, 'Content-Type: multipart/alternative; boundary="b1"')
    assert parse_email(raw).text == "Plain: Rs 500 debited"


def test_empty_plain_part_falls_back_to_html():
    body = ALTERNATIVE.replace("Plain: Rs 500 debited", "  ")
    raw = message(body, "Content-Type: multipart/alternative; boundary=b1")
    assert parse_email(raw).text == "HTML: Rs 500 debited"


def test_a_stub_text_part_gives_way_to_the_html_part():
    for stub in (
        "This email is best viewed in HTML.",
        "View this email in your browser: https://bank.example/v/123",
        "Your email client does not support HTML messages.",
    ):
        body = ALTERNATIVE.replace("Plain: Rs 500 debited", stub)
        raw = message(body, 'Content-Type: multipart/alternative; boundary="b1"')
        assert parse_email(raw).text == "HTML: Rs 500 debited", stub


def test_a_stub_finds_the_html_inside_a_related_part():
    body = """--b1
Content-Type: text/plain; charset=utf-8

View this email in your browser.
--b1
Content-Type: multipart/related; boundary="b2"

--b2
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<table><tr><td>Amount</td><td>=E2=82=B91,250.00</td></tr></table>
--b2
Content-Type: image/png
Content-Disposition: inline; filename="logo.png"

iVBORw0KGgo=
--b2--
--b1--
"""
    raw = message(body, 'Content-Type: multipart/alternative; boundary="b1"')
    assert parse_email(raw).text == "Amount\t₹1,250.00"


def test_html_only_mail_becomes_readable_text():
    markup = """<!DOCTYPE html><html><head><title>Alert</title>
<style>td { color: red; }</style><script>var x = "<b>no</b>";</script></head>
<body><!-- tracking --><table><tr><td>Amount Debited:</td><td><b>INR&nbsp;450.00</b></td></tr>
<tr><td>Merchant</td><td>M&amp;S &#8377; &euro; &#x20B9;</td></tr></table>
<p>Dear   Customer,<br>Thank you<BR/>for banking</p><div>with <span>Axis</span> Bank</div>
</body></html>"""
    raw = message(markup, "Content-Type: text/html; charset=utf-8")
    assert parse_email(raw).text == (
        "Amount Debited:\tINR 450.00\nMerchant\tM&S ₹ € ₹\n\nDear Customer,\nThank you\n"
        "for banking\n\nwith Axis Bank"
    )


def test_html_to_text_is_linear_on_hostile_markup():
    for markup in (
        "<" * 200_000,
        "<!--" * 100_000,
        "<script>" * 50_000,
        "<a " * 100_000,
        "<p>" + "<b>x</b>" * 50_000,
    ):
        started = time.perf_counter()
        html_to_text(markup)
        assert time.perf_counter() - started < HANG_LIMIT_SECONDS, markup[:20]


def test_unclosed_style_hides_the_rest_like_a_browser():
    assert html_to_text("<p>Shown</p><style>p{}") == "Shown"


def test_text_attachment_is_not_the_body():
    body = """--m
Content-Type: text/plain; name="statement.csv"
Content-Disposition: attachment; filename="statement.csv"

date,amount
--m
Content-Type: text/plain

The real body
--m--
"""
    raw = message(body, "Content-Type: multipart/mixed; boundary=m")
    assert parse_email(raw).text == "The real body"


def test_forwarded_message_inside_message_rfc822():
    inner = message("Rs 99 debited at IRCTC", "Content-Transfer-Encoding: 7bit")
    body = b"--f\nContent-Type: message/rfc822\n\n" + inner + b"\n--f--\n"
    raw = message(body, "Content-Type: multipart/mixed; boundary=f")
    assert parse_email(raw).text == "Rs 99 debited at IRCTC"


def test_boundary_that_prefixes_another_boundary():
    body = """--abc
Content-Type: multipart/alternative; boundary="abc-2"

--abc-2
Content-Type: text/plain

inner text
--abc-2--
--abc--
"""
    raw = message(body, 'Content-Type: multipart/mixed; boundary="abc"')
    assert parse_email(raw).text == "inner text"


def test_truncated_mime_keeps_what_arrived():
    cut = ALTERNATIVE[: ALTERNATIVE.index("debited") + 3]  # no closing boundary, mid-word
    raw = message(cut, 'Content-Type: multipart/alternative; boundary="b1"')
    assert parse_email(raw).text == "Plain: Rs 500 deb"
    headers_only = b"From: a@b.c\nSubject: cut\nDate: " + DATE.encode() + b"\nContent-Ty"
    parsed = parse_email(headers_only)
    assert (parsed.subject, parsed.text) == ("cut", "")


def test_multipart_without_any_delimiter_has_no_text():
    raw = message("no parts here", "Content-Type: multipart/mixed; boundary=zzz")
    assert parse_email(raw).text == ""


def test_25_mb_attachment_is_skipped_quickly():
    attachment = base64.encodebytes(b"\x00\x01" * (25 * 1024 * 1024 // 2))
    for text_first in (True, False):
        text_part = b"--m\nContent-Type: text/html\n\n<p>Receipt total $54.32</p>\n"
        attachment_part = (
            b"--m\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n"
            b"Content-Disposition: attachment; filename=receipt.pdf\n\n" + attachment
        )
        parts = [text_part, attachment_part] if text_first else [attachment_part, text_part]
        raw = message(b"".join(parts) + b"--m--\n", "Content-Type: multipart/mixed; boundary=m")
        started = time.perf_counter()
        parsed = parse_email(raw)
        assert time.perf_counter() - started < HANG_LIMIT_SECONDS
        assert parsed.text == "Receipt total $54.32"
        assert parsed.size > 25 * 1024 * 1024


def test_100_deep_nested_multiparts():
    body = "innermost: Rs 42 debited\n"
    content_type = "text/plain"
    for depth in range(100):
        boundary = f"level{depth}"
        body = f"--{boundary}\nContent-Type: {content_type}\n\n{body}\n--{boundary}--\n"
        content_type = f'multipart/mixed; boundary="{boundary}"'
    raw = message(body, f"Content-Type: {content_type}")
    started = time.perf_counter()
    assert parse_email(raw).text == "innermost: Rs 42 debited"
    assert time.perf_counter() - started < HANG_LIMIT_SECONDS


def test_thousands_of_parts_are_bounded():
    parts = "".join(f"--p\nContent-Type: image/png\n\n{index}\n" for index in range(50_000))
    raw = message(parts + "--p--\n", "Content-Type: multipart/mixed; boundary=p")
    started = time.perf_counter()
    assert parse_email(raw).text == ""
    assert time.perf_counter() - started < HANG_LIMIT_SECONDS


def test_million_line_body_is_capped():
    body = "".join(f"line {index} of a very long statement\n" for index in range(1_000_000))
    raw = message(body)
    started = time.perf_counter()
    parsed = parse_email(raw)
    assert time.perf_counter() - started < HANG_LIMIT_SECONDS
    assert len(parsed.text) == MAX_TEXT_CHARS
    assert parsed.text.startswith("line 0 of a very long statement\nline 1")


def test_huge_header_block_is_bounded():
    raw = b"Subject: x\nX-Junk: " + b"a" * (5 * 1024 * 1024)
    started = time.perf_counter()
    assert parse_email(raw, fallback_date=datetime.now(UTC)).subject == "x"
    assert time.perf_counter() - started < HANG_LIMIT_SECONDS


def test_hostile_folded_header_is_linear():
    raw = b"Date: " + DATE.encode() + b"\nSubject: x\n" + b" a\n" * 80_000 + b"\nbody"
    started = time.perf_counter()
    parsed = parse_email(raw)
    assert time.perf_counter() - started < HANG_LIMIT_SECONDS
    assert parsed.subject.startswith("x a a") and parsed.text == "body"


def test_a_preformatted_block_keeps_its_lines_and_columns():
    """A fixed-width statement line in <pre>: its line breaks and column gaps are its layout."""
    markup = (
        "<p>Mutasi rekening</p><pre>\nTANGGAL  JAM   KETERANGAN        MUTASI      D/K\n"
        "03/03/26 09:39 TRF DR ADI WIJAYA   1.250.000,00   K\n</pre><p>Terima kasih</p>"
    )
    assert html_to_text(markup) == (
        "Mutasi rekening\n\nTANGGAL\tJAM\tKETERANGAN\tMUTASI\tD/K\n"
        "03/03/26 09:39 TRF DR ADI WIJAYA\t1.250.000,00\tK\n\nTerima kasih"
    )


@pytest.mark.parametrize(
    "stub",
    [
        "Tazama barua pepe hii kwenye kivinjari.\nhttps://taarifa.example.co.tz/v/d325af61",
        "브라우저에서 보기\nhttps://notice.example.kr/v/d2b714de",
        "在浏览器中查看此邮件\nhttps://notice.example.cn/v/af5689a4",
    ],
)
def test_a_view_in_browser_stub_in_any_language_gives_way_to_html(stub):
    """The HTML part is read although it is short: the text part only points to a browser."""
    raw = (
        "From: Bank <alerts@bank.example>\r\nSubject: Alert\r\n"
        "Date: Tue, 03 Mar 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{stub}\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        "<p>Paid TSh 12,500.00 to Apple 03/03/2026</p>\r\n--b--\r\n"
    ).encode()
    email = parse_email(raw)
    assert email.part == "html"
    assert "12,500.00" in email.text


def test_inline_boxes_side_by_side_keep_their_words_apart() -> None:
    """A label and its value as two spans of a flex row, nothing between them, read as two
    cells (as a table's are); a sum whose cents are styled apart, and a word styled in parts,
    stay whole."""
    row = '<div style="display:flex"><span>Van</span><span>HOLLANDSE LOGISTIEK</span></div>'
    assert html_to_text(row) == "Van\tHOLLANDSE LOGISTIEK"
    row = '<div style="display:flex"><span>付款金额</span><span>¥42.50</span></div>'
    assert html_to_text(row) == "付款金额\t¥42.50"
    assert html_to_text("<p>Total <span>$21</span><span>7.23</span></p>") == "Total $217.23"
    assert html_to_text("<p>Mc<b>Donald</b></p>") == "McDonald"


def test_letters_with_combining_marks_come_composed():
    # windows-1258 writes Vietnamese tone marks as combining characters after the letter.
    raw = (
        b"From: bank@example.vn\r\nSubject: test\r\nDate: Thu, 02 Apr 2026 19:30:00 +0700\r\n"
        b"Content-Type: text/plain; charset=windows-1258\r\n\r\n"
        + b"S\xf4\xec d\xfd: 16.854.500 \xf0"  # "So" + circumflex, then a combining acute
    )
    text = parse_email(raw).text
    assert text.startswith("S\u1ed1 d\u01b0:")  # "ố" as one character, as word lists write it
