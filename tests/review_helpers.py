"""Senders whose formats the rules misread, and driving their mail through the real ingest path
(an mbox mailbox synced by the email worker's functions in burst mode)."""

import uuid
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any

from tests.mail_helpers import create_account, mbox_bytes
from workers.email import WorkerSettings as EmailWorker

EAT = timezone(timedelta(hours=3))
ZURI = "notify@zuripochi.example"


def zuri(
    i: int,
    amount: str,
    merchant: str,
    last4: str = "4411",
    days_ago: int = 1,
    balance: str = "98,000.00",
) -> bytes:
    """ZuriPochi (Swahili wallet alerts; its name says neither bank nor pay, so it reads as a
    shop; "Jina:" is a label no rules know): the rules take the sender for the merchant and
    doubt the amount (the balance stands before it)."""
    received = datetime.now(EAT).replace(microsecond=0) - timedelta(days=days_ago)
    day = received - timedelta(hours=2)
    body = (
        f"Habari,\nSalio lako: KES {balance}\nKiasi kilichotumika: KES {amount}\n"
        f"Jina: {merchant}\nTarehe: {day:%d.%m.%Y}\nPochi: ***{last4}\nAsante, ZuriPochi"
    )
    return _message(
        "ZuriPochi <notify@zuripochi.example>", f"ZuriPochi taarifa {i}", received, f"zp{i}", body
    )


def zuri_received(i: int, amount: str, party: str, days_ago: int = 1) -> bytes:
    """ZuriPochi's other format, money in: enough like its alerts to be their sibling, not the
    same layout; the rules take the sender for the counterparty here too."""
    received = datetime.now(EAT).replace(microsecond=0) - timedelta(days=days_ago)
    body = (
        f"Habari,\nPesa zimeingia kwenye pochi yako.\nKiasi kilichopokelewa: KES {amount}\n"
        f"Jina: {party}\nTarehe: {received:%d.%m.%Y}\nAsante kwa kutumia ZuriPochi"
    )
    return _message(
        "ZuriPochi <notify@zuripochi.example>",
        f"ZuriPochi pesa imeingia {i}",
        received,
        f"zr{i}",
        body,
    )


def digest(i: int, amount: str = "2,400.00", shop: str = "") -> bytes:
    """ZuriPochi's weekly digest: an amount and money words, read as no transaction (with a
    `shop`, the one shop of the week is named)."""
    received = datetime.now(EAT).replace(microsecond=0) - timedelta(hours=5)
    where = f"at {shop}" if shop else "across 3 shops"
    body = f"Summary: KES {amount} in payments this week {where}."
    return _message(
        "ZuriPochi <notify@zuripochi.example>", f"ZuriPochi digest {i}", received, f"zd{i}", body
    )


def _message(sender: str, subject: str, received: datetime, key: str, body: str) -> bytes:
    return (
        f"From: {sender}\r\nTo: me@example.com\r\nSubject: {subject}\r\n"
        f"Date: {format_datetime(received)}\r\n"
        f"Message-ID: <{key}-{uuid.uuid4().hex[:8]}@mail.example>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


async def ingest(
    client: Any, settings: Any, session_factory: Any, user: Any, run_email_jobs: Any, raws: list
) -> None:
    """Sync a new mbox mailbox holding `raws`, extraction included, as the email worker would."""
    user_id = uuid.UUID(user.user["id"])
    relative = f"{user_id}/{uuid.uuid4().hex}/export.mbox"
    path = settings.upload_dir / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(mbox_bytes(raws))
    account_id = await create_account(
        session_factory,
        settings,
        user_id,
        "mbox",
        f"{uuid.uuid4().hex[:8]}.mbox",
        {"file": relative, "filename": "export.mbox"},
    )
    response = await client.post(
        f"/api/v1/connected-accounts/{account_id}/sync", headers=user.headers
    )
    assert response.status_code == 202, response.text
    await run_email_jobs(EmailWorker.functions)


async def run_jobs(run_email_jobs: Any) -> None:
    """Run what the email queue holds (a re-extraction), as the email worker would."""
    await run_email_jobs(EmailWorker.functions)


async def transactions(client: Any, user: Any) -> list[dict[str, Any]]:
    page = (await client.get("/api/v1/transactions?limit=200", headers=user.headers)).json()
    return page["items"]


async def emails_of(client: Any, user: Any, sender: str = "zuripochi") -> list[dict[str, Any]]:
    page = await client.get(
        "/api/v1/emails", params={"sender": sender, "limit": 200}, headers=user.headers
    )
    assert page.status_code == 200, page.text
    return sorted(page.json()["items"], key=lambda e: e["subject"])


async def detail(client: Any, user: Any, email_id: str) -> dict[str, Any]:
    response = await client.get(f"/api/v1/emails/{email_id}", headers=user.headers)
    assert response.status_code == 200, response.text
    return response.json()


async def review_items(client: Any, user: Any, **params: Any) -> list[dict[str, Any]]:
    response = await client.get(
        "/api/v1/review", params={"limit": 200, **params}, headers=user.headers
    )
    assert response.status_code == 200, response.text
    return response.json()["items"]


def span_of(text: str, value: str) -> list[int]:
    start = text.index(value)
    return [start, start + len(value)]


def now_utc() -> datetime:
    return datetime.now(UTC)
