"""Hostile mail: a corpus of broken messages and broken uploads, through the real upload API and
the real sync. Nothing crashes; every message ends up stored or failed with its reason; uploads
that are not mail are refused with a clear 4xx; memory stays bounded."""

import base64
import io
import os
import threading
import time
import uuid
import zipfile
from datetime import UTC, datetime, timedelta

import psutil
import pytest
from sqlalchemy import select

from app.ingest.sync import sync_account
from app.mail.message import EmailParseError
from app.mail.parse import parse_email
from app.models import Email
from tests.mail_helpers import mbox_bytes, uow_of

pytestmark = pytest.mark.slow

UPLOAD = "/api/v1/connected-accounts/upload"
MB = 1024 * 1024


def _headers(subject: str, message_id: str, extra: str = "") -> bytes:
    date = (datetime.now(UTC) - timedelta(days=1)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    return (
        f"From: HDFC Bank <alerts@hdfcbank.net>\nTo: me@example.com\nSubject: {subject}\n"
        f"Date: {date}\nMessage-ID: <{message_id}@hostile.test>\nMIME-Version: 1.0\n{extra}"
    ).encode()


def truncated_mime() -> bytes:
    return _headers("truncated", "truncated", 'Content-Type: multipart/mixed; boundary="XYZ"\n') + (
        b"\n--XYZ\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        b"UnMgNTAwIGRlYml0ZWQgZnJvbSB5b3VyIGFjY291bnQ"  # cut mid-base64, no closing boundary
    )


def wrong_charset() -> bytes:
    return (
        _headers("wrong charset", "wrong-charset", "Content-Type: text/plain; charset=utf-8\n")
        + b"\nRs 500 d\xe9bit\xe9 \xff\xfe\x80 from a/c XX1234\n"
    )


def unknown_charset() -> bytes:
    return (
        _headers(
            "unknown charset",
            "unknown-charset",
            "Content-Type: text/plain; charset=x-klingon-9000\n",
        )
        + b"\nRs 500 debited \x8f\x90 from a/c XX1234\n"
    )


def million_lines() -> bytes:
    return _headers("a million lines", "million", "Content-Type: text/plain\n") + (
        b"\n" + b"Rs 1 debited\n" * 1_000_000
    )


def huge_attachment() -> bytes:
    payload = base64.encodebytes(os.urandom(25 * MB))
    return _headers("25 MB attachment", "huge", 'Content-Type: multipart/mixed; boundary="B"\n') + (
        b"\n--B\nContent-Type: text/plain\n\nRs 2,500 debited from a/c XX1234\n"
        b"--B\nContent-Type: application/pdf\nContent-Disposition: attachment; "
        b'filename="statement.pdf"\nContent-Transfer-Encoding: base64\n\n' + payload + b"--B--\n"
    )


def nested(depth: int = 100) -> bytes:
    body = b"Content-Type: text/plain\n\nRs 7 debited at the bottom\n"
    for level in range(depth):
        body = (
            f'Content-Type: multipart/mixed; boundary="L{level}"\n\n--L{level}\n'.encode()
            + body
            + f"\n--L{level}--\n".encode()
        )
    return _headers("nested 100 deep", "nested") + body


def headerless() -> bytes:
    return b"no headers at all, just a line\n"


CORPUS = {
    "truncated": truncated_mime,
    "wrong-charset": wrong_charset,
    "unknown-charset": unknown_charset,
    "million": million_lines,
    "huge": huge_attachment,
    "nested": nested,
    "headerless": headerless,
}


class PeakRss:
    """Peak resident memory of this process above its level at start, sampled every 2 ms."""

    def __init__(self) -> None:
        self.process = psutil.Process()
        self.baseline = self.process.memory_info().rss
        self.peak = self.baseline
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.process.memory_info().rss)
            time.sleep(0.002)

    def __enter__(self) -> "PeakRss":
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.process.memory_info().rss)

    @property
    def growth_mb(self) -> float:
        return (self.peak - self.baseline) / MB


def test_parsing_the_25_mb_message_is_memory_bounded() -> None:
    raw = huge_attachment()
    with PeakRss() as rss:
        parsed = parse_email(raw)
    assert "2,500 debited" in parsed.text
    assert rss.growth_mb < 200, f"parse grew RSS by {rss.growth_mb:.0f} MB"


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_each_hostile_message_parses_or_fails_with_a_reason(name: str) -> None:
    try:
        parsed = parse_email(CORPUS[name]())
    except EmailParseError as exc:  # the one failure the parser is allowed: it carries a reason
        assert name == "headerless" and exc.reason
    else:
        assert name != "headerless" and parsed.subject


async def test_hostile_corpus_through_upload_and_sync(client, settings, session_factory, make_user):
    user = await make_user("hostile@example.com")
    mailbox = mbox_bytes([make() for make in CORPUS.values()])
    upload = await client.post(
        f"{UPLOAD}?filename=hostile.mbox", content=mailbox, headers=user.headers
    )
    assert upload.status_code == 201, upload.text
    account_id = uuid.UUID(upload.json()["id"])

    with PeakRss() as rss:
        result = await sync_account(uow_of(session_factory), settings, account_id, "initial")
    assert result.outcome == "completed"
    assert rss.growth_mb < 400, f"sync grew RSS by {rss.growth_mb:.0f} MB"

    async with session_factory() as session:
        emails = (
            (
                await session.execute(
                    select(Email).where(Email.user_id == uuid.UUID(user.user["id"]))
                )
            )
            .scalars()
            .all()
        )
    # Every message is accounted for: stored, or failed with a reason.
    assert len(emails) == len(CORPUS), [e.subject for e in emails]
    for email in emails:
        assert email.status in ("stored", "failed"), email.status
        if email.status == "failed":
            assert email.failure_reason, email.subject
    by_subject = {e.subject: e for e in emails}
    assert by_subject["nested 100 deep"].status == "stored"
    assert "Rs 7 debited" in (by_subject["nested 100 deep"].body_text or "")
    assert "2,500 debited" in (by_subject["25 MB attachment"].body_text or "")
    assert "Rs 500" in (by_subject["wrong charset"].body_text or "")
    assert "Rs 500" in (by_subject["unknown charset"].body_text or "")
    failed = [e for e in emails if e.status == "failed"]
    assert failed and all(e.failure_reason for e in failed)

    listing = await client.get("/api/v1/emails?limit=200", headers=user.headers)
    assert listing.status_code == 200 and listing.json()["total"] == len(CORPUS)
    for item in listing.json()["items"]:
        one = await client.get(f"/api/v1/emails/{item['id']}", headers=user.headers)
        assert one.status_code == 200, one.text


def _zip_bomb(unpacked: int = 200 * MB) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("mail.eml", "w", force_zip64=True) as member,
    ):
        member.write(_headers("bomb", "bomb") + b"\n")
        zeros = bytes(MB)
        for _ in range(unpacked // MB):
            member.write(zeros)
    return out.getvalue()


def _nested_zip() -> bytes:
    inner = _zip_bomb(50 * MB)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for i in range(10):
            archive.writestr(f"inner{i}.zip", inner)
    return out.getvalue()


PNG = b"\x89PNG\r\n\x1a\n" + os.urandom(4096)

BAD_UPLOADS = {
    "zip bomb": ("bomb.zip", _zip_bomb),
    "zip of zip bombs": ("nested.zip", _nested_zip),
    "png": ("photo.mbox", lambda: PNG),
    "random bytes": ("export.mbox", lambda: os.urandom(64 * 1024)),
    "plain text": ("notes.txt", lambda: b"just some notes\nnot mail at all\n" * 100),
    "csv": ("bank.mbox", lambda: b"date,amount\n2026-01-01,5\n" * 100),
    "truncated zip": ("cut.zip", lambda: _zip_bomb(2 * MB)[:200]),
    "empty": ("empty.mbox", lambda: b""),
}


@pytest.mark.parametrize("case", sorted(BAD_UPLOADS))
async def test_broken_uploads_are_refused_with_a_clear_4xx(client, case, make_user):
    user = await make_user("uploader@example.com")
    filename, make = BAD_UPLOADS[case]
    with PeakRss() as rss:
        response = await client.post(
            f"{UPLOAD}?filename={filename}", content=make(), headers=user.headers
        )
    assert 400 <= response.status_code < 500, response.text
    error = response.json()["error"]
    assert error["code"] in ("not_a_mailbox", "empty_upload", "payload_too_large"), error
    assert error["message"]
    assert rss.growth_mb < 400
    listing = await client.get("/api/v1/connected-accounts", headers=user.headers)
    assert listing.json() == [] or listing.json().get("items") == []
