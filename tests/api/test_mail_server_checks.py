"""Safe by default (issue #15, findings 4 and 5): the IMAP connection test is no port scanner of
FinCoach's own network, and slow mail servers cannot hold up anyone else's requests."""

import asyncio
import socket
import threading
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from app.ingest.sync import sync_account
from app.providers import PrivateHostRefused
from tests.factories import make_verified_user
from tests.mail_helpers import create_account, mbox_bytes, recent_alerts, uow_of

IMAP = "/api/v1/connected-accounts/imap"


class SilentServer:
    """A TCP port that accepts connections and never says a word (or only a banner)."""

    def __init__(self, banner: bytes = b"") -> None:
        self.banner = banner
        self.accepted = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._held: list[socket.socket] = []
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            self.accepted += 1
            self._held.append(connection)
            if self.banner:
                connection.sendall(self.banner)

    def close(self) -> None:
        self._listener.close()
        for connection in self._held:
            connection.close()


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    server = SilentServer()
    yield server
    server.close()


@pytest.fixture
def banner_service() -> Iterator[SilentServer]:
    server = SilentServer(b"-ERR internal-cache-7.0.15 unknown command\r\n")
    yield server
    server.close()


def _body(host: str, port: int) -> dict[str, object]:
    return {"host": host, "port": port, "security": "starttls", "username": "u", "password": "p"}


async def test_an_imap_test_never_reaches_fincoachs_own_network(
    client_for, mail_settings, session_factory, banner_service
):
    internal = [
        "127.0.0.1",
        "localhost",
        "10.1.2.3",
        "192.168.0.10",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "::1",
        "::ffff:127.0.0.1",
        "fd00::1",
        "224.0.0.1",
    ]
    many = mail_settings.model_copy(update={"mail_checks_per_window": len(internal)})
    async with client_for(many) as client:
        user = await make_verified_user(client, session_factory, "prober@example.com")
        for host in internal:
            response = await client.post(
                IMAP, json=_body(host, banner_service.port), headers=user.headers
            )
            assert response.status_code == 400, (host, response.text)
            assert response.json()["error"]["code"] == "mailbox_host_refused", host
            assert "MAIL_ALLOW_PRIVATE_HOSTS" in response.json()["error"]["message"]
    assert banner_service.accepted == 0  # refused before any connection was opened


async def test_an_allowed_private_host_never_hears_its_banner_repeated(
    client_for, mail_settings, session_factory, banner_service
):
    allowed = mail_settings.model_copy(update={"mail_allow_private_hosts": True})
    async with client_for(allowed) as client:
        user = await make_verified_user(client, session_factory, "home@example.com")
        response = await client.post(
            IMAP, json=_body("127.0.0.1", banner_service.port), headers=user.headers
        )
    assert banner_service.accepted == 1
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "mailbox_unreachable"
    assert error["message"] == (
        f"No IMAP server answered at 127.0.0.1:{banner_service.port}. "
        "Check the host name, the port and the connection security."
    )
    assert "internal-cache" not in response.text and "ERR" not in response.text


async def test_a_host_that_turns_private_after_it_was_added_is_refused_at_sync(
    mail_settings, session_factory, make_user, banner_service
):
    """DNS rebinding: the check runs again at every connect, not only when the account is added
    (here a saved host now resolves to loopback)."""
    user = await make_user("rebind@example.com")
    imap = {"host": "localhost", "port": banner_service.port, "security": "starttls"}
    account_id = await create_account(
        session_factory,
        mail_settings,
        uuid.UUID(user.user["id"]),
        "imap",
        "u@example.com",
        imap,
        {"password": "p"},
    )
    with pytest.raises(PrivateHostRefused):
        await sync_account(uow_of(session_factory), mail_settings, account_id)
    assert banner_service.accepted == 0
    async with session_factory() as session:
        status = await session.scalar(
            text("SELECT status FROM connected_accounts WHERE id = :id"), {"id": account_id}
        )
    assert status == "error"


async def test_connection_tests_are_two_at_a_time_and_counted_per_user(
    client_for, mail_settings, session_factory, silent
):
    limited = mail_settings.model_copy(
        update={
            "mail_allow_private_hosts": True,
            "mail_check_timeout_seconds": 1.5,
            "mail_checks_per_window": 4,
        }
    )
    async with client_for(limited) as client:
        user = await make_verified_user(client, session_factory, "busy@example.com")
        first_three = await asyncio.gather(
            *(
                client.post(IMAP, json=_body("127.0.0.1", silent.port), headers=user.headers)
                for _ in range(3)
            )
        )
        codes = sorted(response.status_code for response in first_three)
        assert codes == [400, 400, 429], [r.text for r in first_three]
        fourth = await client.post(IMAP, json=_body("127.0.0.1", silent.port), headers=user.headers)
        assert fourth.status_code == 400  # the 4th of the minute (the refused one counted too)
        fifth = await client.post(IMAP, json=_body("127.0.0.1", silent.port), headers=user.headers)
        assert fifth.status_code == 429 and "retry-after" in fifth.headers
    assert silent.accepted == 3


async def test_silent_mail_servers_do_not_hold_up_other_users_uploads(
    client_for, mail_settings, session_factory, silent
):
    slow = mail_settings.model_copy(
        update={"mail_allow_private_hosts": True, "mail_check_timeout_seconds": 4}
    )
    async with client_for(slow) as client:
        probers = [
            await make_verified_user(client, session_factory, f"slow{i}@example.com")
            for i in range(8)
        ]
        uploader = await make_verified_user(client, session_factory, "uploader@example.com")
        checks = [
            asyncio.create_task(
                client.post(IMAP, json=_body("127.0.0.1", silent.port), headers=prober.headers)
            )
            for prober in probers
            for _ in range(2)
        ]
        while silent.accepted < 8:  # the mail-server pool is full and the rest wait in line
            await asyncio.sleep(0.05)
        upload = await client.post(
            "/api/v1/connected-accounts/upload?filename=mine.mbox",
            content=mbox_bytes([raw for raw, _ in recent_alerts(2)]),
            headers={**uploader.headers, "Content-Type": "application/mbox"},
        )
        assert upload.status_code == 201, upload.text
        assert not any(check.done() for check in checks)  # answered while all 16 still hang
        answers = await asyncio.gather(*checks)
    for answer in answers:
        assert answer.status_code == 400, answer.text
        assert answer.json()["error"]["code"] == "mailbox_unreachable"
