"""Helpers shared by the provider and API tests: realistic mailboxes, a progress recorder, and
direct database access for the checks an API does not show (encrypted columns, cursors)."""

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.config import Settings
from app.core.redis import QueuePools
from app.core.security import encrypt_secret
from app.core.uow import UnitOfWork
from app.crud import roles as roles_crud
from app.crud import users as users_crud
from app.demo import generate_demo_messages
from app.mail.parse import parse_email
from app.models import ConnectedAccount, Email
from app.models.role import USER_ROLE

# Not an email at all: parse_email refuses it ("no email headers").
BROKEN_MESSAGE = b"this line is all there is: no headers and no body\r\n"

Mailbox = list[tuple[bytes, datetime]]


def demo_mailbox(count: int, months: float = 3, seed: int = 7) -> Mailbox:
    """A realistic mailbox (bank alerts, receipts, newsletters) ending now, each message with
    the date a server would have received it."""
    mailbox = []
    for message in generate_demo_messages(count, months, seed):
        mailbox.append((message.raw, parse_email(message.raw).received_at))
    return mailbox


def alert(subject: str, received: datetime, message_id: str | None = None) -> bytes:
    """A bank alert, as a bank's mail server would send it."""
    message_id = message_id or f"<{uuid.uuid4().hex}@alerts.hdfcbank.net>"
    return (
        f"From: HDFC Bank InstaAlerts <alerts@hdfcbank.net>\r\n"
        f"To: Alex Rao <alex.rao@example.com>\r\n"
        f"Subject: {subject}\r\n"
        f"Date: {format_datetime(received)}\r\n"
        f"Message-ID: {message_id}\r\n"
        f"MIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Dear Customer, Rs.1,250.00 has been debited from account **4321 to VPA "
        f"swiggy@icici on {received:%d-%m-%y}.\r\n"
    ).encode()


def recent_alerts(count: int, subject: str = "You have done a UPI txn") -> Mailbox:
    now = datetime.now(UTC).replace(microsecond=0)
    return [
        (alert(f"{subject} #{i}", now - timedelta(minutes=10 + i)), now - timedelta(minutes=10 + i))
        for i in range(count)
    ]


@dataclass
class RecordingProgress:
    """The progress protocol, remembering every call (the job runner's stand-in)."""

    totals: list[int] = field(default_factory=list)
    processed: int = 0
    parsed: int = 0
    failed: int = 0
    cursors: list[dict[str, Any]] = field(default_factory=list)
    errors: list[tuple[str, str, str | None]] = field(default_factory=list)

    async def set_total(self, total: int) -> None:
        self.totals.append(total)

    async def advance(self, processed: int = 0, parsed: int = 0, failed: int = 0) -> None:
        self.processed += processed
        self.parsed += parsed
        self.failed += failed

    async def save_cursor(self, cursor: dict[str, Any]) -> None:
        json.dumps(cursor)  # must be JSON-able: it is stored in a JSONB column
        self.cursors.append(cursor)

    async def record_error(self, kind: str, message: str, item_id: str | None = None) -> None:
        self.errors.append((kind, message, item_id))


SessionFactory = async_sessionmaker[AsyncSession]


async def create_user(session_factory: SessionFactory, email: str | None = None) -> uuid.UUID:
    async with session_factory() as session, session.begin():
        role = await roles_crud.get_by_name(session, USER_ROLE)
        assert role is not None
        user = await users_crud.create(
            session,
            email=email or f"{uuid.uuid4().hex[:8]}@example.com",
            password_hash="not-used",
            is_verified=True,
            role_id=role.id,
        )
        return user.id


async def create_account(
    session_factory: SessionFactory,
    settings: Settings,
    user_id: uuid.UUID,
    provider: str,
    address: str,
    account_settings: dict[str, Any],
    secrets: dict[str, str] | None = None,
) -> uuid.UUID:
    async with session_factory() as session, session.begin():
        account = ConnectedAccount(
            user_id=user_id,
            provider=provider,
            address=address,
            display_name=address,
            credentials=encrypt_secret(settings, json.dumps(secrets)) if secrets else None,
            settings=account_settings,
        )
        session.add(account)
        await session.flush()
        return account.id


async def load_account(session_factory: SessionFactory, account_id: uuid.UUID) -> ConnectedAccount:
    async with session_factory() as session:
        account = await session.get(ConnectedAccount, account_id)
        assert account is not None
        return account


async def stored_emails(session_factory: SessionFactory, user_id: uuid.UUID) -> list[Email]:
    async with session_factory() as session:
        rows = await session.scalars(
            select(Email).where(Email.user_id == user_id).order_by(Email.received_at)
        )
        return list(rows.all())


async def count_by_status(session_factory: SessionFactory, user_id: uuid.UUID) -> dict[str, int]:
    async with session_factory() as session:
        rows = await session.execute(
            text("SELECT status, count(*) FROM emails WHERE user_id = :u GROUP BY status"),
            {"u": user_id},
        )
        return {row.status: row.count for row in rows}


MBOX_SEPARATOR = b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n"


def mbox_bytes(raws: list[bytes]) -> bytes:
    """An mboxrd file of these messages ("From " body lines escaped)."""
    out = []
    for raw in raws:
        body = b"\n".join(
            b">" + line if line.lstrip(b">").startswith(b"From ") else line
            for line in raw.split(b"\n")
        )
        out.append(MBOX_SEPARATOR + body + (b"\n" if body.endswith(b"\n") else b"\n\n"))
    return b"".join(out)


def uow_of(session_factory: SessionFactory) -> UnitOfWork:
    """A unit of work on the test's sessionmaker for code that defers no job (a sync without
    extraction). It has no queues: a deferred job would fail loudly instead of vanishing."""
    return UnitOfWork(session_factory, QueuePools(base=None, email=None))  # type: ignore[arg-type]
