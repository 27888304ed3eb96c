"""Streaming mbox / eml / zip readers: separators, escaping, resuming, kinds, zip bombs."""

import tracemalloc
import zipfile
from datetime import date

import pytest

from app.demo import write_mbox
from app.mail import archive
from app.mail.archive import (
    ArchiveError,
    ArchiveKind,
    archive_extent,
    detect_kind,
    iter_archive,
    iter_eml,
    iter_mbox,
    iter_zip,
)
from app.mail.parse import parse_email


def email(subject: str, body: str = "Rs 100 debited.\n") -> bytes:
    return (
        f"From: HDFC Bank <alerts@hdfcbank.net>\nSubject: {subject}\n"
        f"Date: Sun, 12 May 2024 18:22:31 +0530\nMessage-ID: <{subject}@hdfcbank.net>\n\n{body}"
    ).encode()


MBOX = (
    b"From alerts@hdfcbank.net Sun May 12 12:52:31 2024\n"
    + email("first", "Hello\n>From the desk of your manager\n>>From quoted twice\n")
    + b"\n"
    + b"From MAILER-DAEMON Mon May 13 08:00:00 +0000 2024\n"
    + email("second", "Line one\n\nFrom your account Rs 100 was debited.\nLast line\n")
    + b"\n"
    + b"From - Tue May 14 09:30:00 2024\n"
    + email("third")
)


@pytest.fixture
def mbox_path(tmp_path):
    path = tmp_path / "export.mbox"
    path.write_bytes(MBOX)
    return path


def subjects(messages):
    return [parse_email(raw).subject for _, raw in messages]


# --- mbox --------------------------------------------------------------------------------------


def test_mbox_messages_and_unescaping(mbox_path):
    messages = list(iter_mbox(mbox_path))
    assert subjects(messages) == ["first", "second", "third"]
    first = messages[0].raw
    assert b"\nFrom the desk of your manager\n>From quoted twice\n" in first
    assert not first.endswith(b"\n\n")  # the separator's blank line is not part of the message


def test_from_line_in_a_body_is_not_a_separator(mbox_path):
    second = list(iter_mbox(mbox_path))[1].raw
    assert b"\nFrom your account Rs 100 was debited.\nLast line\n" in second
    assert parse_email(second).text.endswith("Last line")


def test_cursor_resumes_after_a_message(mbox_path):
    messages = list(iter_mbox(mbox_path))
    assert messages[-1].cursor == len(MBOX)
    assert subjects(iter_mbox(mbox_path, start=messages[0].cursor)) == ["second", "third"]
    assert list(iter_mbox(mbox_path, start=messages[-1].cursor)) == []
    assert MBOX[messages[0].cursor :].startswith(b"From MAILER-DAEMON")


def test_resume_at_a_position_that_is_not_a_message_start(mbox_path):
    with pytest.raises(ArchiveError, match="cannot resume"):
        list(iter_mbox(mbox_path, start=10))


def test_crlf_mbox_without_blank_lines_between_messages(tmp_path):
    path = tmp_path / "crlf.mbox"
    path.write_bytes(
        b"From a@b Sun May 12 12:52:31 2024\r\n"
        + email("one").replace(b"\n", b"\r\n")
        + b"From a@b Sun May 12 12:53:31 2024\r\n"
        + email("two").replace(b"\n", b"\r\n")
    )
    assert subjects(iter_mbox(path)) == ["one", "two"]


def test_mbox_with_a_byte_order_mark(tmp_path):
    path = tmp_path / "bom.mbox"
    path.write_bytes(b"\xef\xbb\xbf" + MBOX)
    assert subjects(iter_mbox(path)) == ["first", "second", "third"]


def test_corrupt_zip_member_is_a_clear_error(tmp_path):
    path = make_zip(tmp_path / "bad.zip", {"a.eml": email("a") * 50})
    data = bytearray(path.read_bytes())
    start = data.index(b"a.eml") + len("a.eml")
    data[start + 10 : start + 40] = b"\xff" * 30  # garble the deflate stream
    path.write_bytes(bytes(data))
    with pytest.raises(ArchiveError, match="cannot be read"):
        list(iter_zip(path))


def test_non_mbox_file_is_refused_with_a_clear_error(tmp_path):
    path = tmp_path / "statement.pdf"
    path.write_bytes(b"%PDF-1.7\n%binary stuff\n")
    with pytest.raises(
        ArchiveError, match=r"statement\.pdf is not an mbox file: it looks like a PDF"
    ):
        list(iter_mbox(path))
    with pytest.raises(ArchiveError, match=r"is not an mbox export, a single \.eml"):
        iter_archive(path)
    text = tmp_path / "notes.mbox"
    text.write_bytes(b"just some notes\nnothing like mail\n")
    with pytest.raises(ArchiveError, match=r"notes\.mbox is not an mbox file"):
        list(iter_mbox(text))


def test_mbox_streams_in_flat_memory(tmp_path):
    path = tmp_path / "big.mbox"
    write_mbox(path, count=5000, end=date(2024, 6, 30))
    size = path.stat().st_size
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_mbox(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 5000
    assert size > 8_000_000 and peak < 1_000_000


def test_oversized_message_is_truncated(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "MAX_MESSAGE_BYTES", 1000)
    path = tmp_path / "big.mbox"
    path.write_bytes(
        b"From a@b Sun May 12 12:52:31 2024\n"
        + email("big", "x" * 80 + "\n") * 1
        + b"y" * 79
        + b"\n" * 100
        + b"\nFrom a@b Sun May 12 12:53:31 2024\n"
        + email("after")
    )
    messages = list(iter_mbox(path))
    assert len(messages[0].raw) < 1100
    assert subjects(messages) == ["big", "after"]


# --- eml and kinds -----------------------------------------------------------------------------


def test_eml(tmp_path):
    path = tmp_path / "receipt.eml"
    path.write_bytes(b"Received: from x\n" + email("single"))
    assert detect_kind(path) is ArchiveKind.EML
    assert subjects(iter_eml(path)) == ["single"]
    assert list(iter_eml(path, start=1)) == []
    assert archive_extent(path) == 1


def test_detect_kind_from_content_not_extension(tmp_path, mbox_path):
    disguised = tmp_path / "mail.txt"
    disguised.write_bytes(MBOX)
    zip_path = tmp_path / "mail.mbox"
    with zipfile.ZipFile(zip_path, "w") as bundle:
        bundle.writestr("a.eml", email("zipped"))
    gzip_path = tmp_path / "mail.mbox.gz"
    gzip_path.write_bytes(b"\x1f\x8b\x08\x00rest")
    assert detect_kind(mbox_path) is ArchiveKind.MBOX
    assert detect_kind(disguised) is ArchiveKind.MBOX
    assert detect_kind(zip_path) is ArchiveKind.ZIP
    assert detect_kind(gzip_path) is ArchiveKind.UNKNOWN
    with pytest.raises(ArchiveError, match="gzip"):
        iter_archive(gzip_path)
    assert subjects(iter_archive(zip_path)) == ["zipped"]
    assert subjects(iter_archive(disguised)) == ["first", "second", "third"]
    assert archive_extent(disguised) == len(MBOX)


# --- zip ---------------------------------------------------------------------------------------


def make_zip(path, members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as bundle:
        for name, data in members.items():
            bundle.writestr(name, data)
    return path


def test_zip_of_eml_files_skips_other_members_and_resumes(tmp_path):
    path = make_zip(
        tmp_path / "export.zip",
        {
            "mail/": b"",
            "mail/1.eml": email("one"),
            "mail/README.txt": b"exported by Thunderbird",
            "__MACOSX/mail/._1.eml": b"\x00\x05\x16\x07junk",
            "mail/2.eml": email("two"),
            "mail/cur/1700000000.M1.host:2,S": email("maildir"),
        },
    )
    messages = list(iter_zip(path))
    assert subjects(messages) == ["one", "two", "maildir"]
    assert [message.cursor for message in messages] == [2, 5, 6]
    assert subjects(iter_zip(path, start=2)) == ["two", "maildir"]
    assert archive_extent(path) == 6


def test_zip_bomb_by_ratio_is_refused(tmp_path):
    path = make_zip(tmp_path / "bomb.zip", {"a.eml": email("a"), "b.eml": b"\x00" * 20_000_000})
    with pytest.raises(ArchiveError, match="zip bomb"):
        list(iter_zip(path))


def test_zip_member_and_total_caps(tmp_path, monkeypatch):
    path = make_zip(
        tmp_path / "big.zip",
        {f"{index}.eml": email(str(index), "x" * 5000) for index in range(5)},
        compression=zipfile.ZIP_STORED,
    )
    monkeypatch.setattr(archive, "MAX_ZIP_MEMBER_BYTES", 4000)
    with pytest.raises(ArchiveError, match="per message allowed"):
        list(iter_zip(path))
    monkeypatch.setattr(archive, "MAX_ZIP_MEMBER_BYTES", 64_000)
    monkeypatch.setattr(archive, "MAX_ZIP_TOTAL_BYTES", 12_000)
    with pytest.raises(ArchiveError, match="unpacks to"):
        list(iter_zip(path))


def test_zip_with_too_many_entries_is_refused_before_loading(tmp_path, monkeypatch):
    path = make_zip(tmp_path / "many.zip", {f"{index}.eml": b"x" for index in range(20)})
    monkeypatch.setattr(archive, "MAX_ZIP_ENTRIES", 10)
    with pytest.raises(ArchiveError, match="20 entries"):
        list(iter_zip(path))


def test_zip_refusals_say_why(tmp_path):
    nested_mbox = make_zip(tmp_path / "takeout.zip", {"All mail.mbox": MBOX})
    with pytest.raises(ArchiveError, match="is an mbox file; unzip it"):
        list(iter_zip(nested_mbox))
    no_mail = make_zip(tmp_path / "photos.zip", {"a.png": b"\x89PNG\r\n"})
    with pytest.raises(ArchiveError, match="holds no email"):
        list(iter_zip(no_mail))
    corrupt = tmp_path / "corrupt.zip"
    corrupt.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(ArchiveError, match="not a readable zip"):
        list(iter_zip(corrupt))


def test_encrypted_member_is_refused(tmp_path):
    path = make_zip(tmp_path / "secret.zip", {"a.eml": email("secret")})
    data = bytearray(path.read_bytes())
    # zipfile cannot write encrypted members: set the "encrypted" flag in both headers by hand.
    data[6] |= 0x1
    data[data.index(b"PK\x01\x02") + 8] |= 0x1
    path.write_bytes(bytes(data))
    with pytest.raises(ArchiveError, match="encrypted"):
        list(iter_zip(path))
