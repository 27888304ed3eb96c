"""Fixtures for the mailbox-ingestion tests (loaded from tests/conftest.py as a plugin):
a real Dovecot IMAP server, a local fake Google, settings pointing at them, an API client for
such settings, and a session factory for calling the sync routine directly."""

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from httpx import ASGITransport, AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.config import Settings
from app.core.db import create_engine, create_sessionmaker
from tests.fakes.gmail_server import FakeGoogle
from tests.servers.dovecot import DovecotServer, ensure_installed


@dataclass(frozen=True)
class ImapLogin:
    server: DovecotServer
    username: str
    password: str

    def account_settings(self, security: str = "starttls", folder: str = "INBOX") -> dict[str, Any]:
        port = self.server.imap_port if security == "starttls" else self.server.imaps_port
        return {
            "host": self.server.host,
            "port": port,
            "security": security,
            "folder": folder,
            "username": self.username,
        }


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    server = DovecotServer(ensure_installed()).start()
    yield server
    server.stop()


@pytest.fixture
def imap_login(dovecot: DovecotServer) -> ImapLogin:
    """A mailbox of its own for each test (a new Dovecot user)."""
    username, password = dovecot.take_user()
    return ImapLogin(dovecot, username, password)


@pytest.fixture
def google() -> Iterator[FakeGoogle]:
    fake = FakeGoogle().start()
    yield fake
    fake.stop()


@pytest.fixture
def mail_settings(settings: Settings, tmp_path: Path) -> Settings:
    return settings.model_copy(
        update={"upload_dir": tmp_path / "uploads", "provider_retry_base_seconds": 0.01}
    )


@pytest.fixture
def imap_settings(mail_settings: Settings, dovecot: DovecotServer) -> Settings:
    return mail_settings.model_copy(
        update={"imap_ca_file": dovecot.cert_path, "mail_allow_private_hosts": True}
    )


@pytest.fixture
def gmail_settings(mail_settings: Settings, google: FakeGoogle) -> Settings:
    return mail_settings.model_copy(update=google.settings_overrides())


@pytest.fixture
async def session_factory(settings: Settings) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = create_engine(settings)
    yield create_sessionmaker(engine)
    await engine.dispose()


@pytest.fixture
def client_for() -> Callable[[Settings], AbstractAsyncContextManager[AsyncClient]]:
    """An API client for an app built with the given settings."""

    @asynccontextmanager
    async def open_client(settings: Settings) -> AsyncIterator[AsyncClient]:
        from asgi_lifespan import LifespanManager

        from app.api.app import create_application

        application = create_application(settings)
        async with LifespanManager(application) as manager:
            transport = ASGITransport(app=manager.app)
            async with AsyncClient(transport=transport, base_url="http://test") as client:
                yield client

    return open_client
