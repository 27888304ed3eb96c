"""The IMAP provider against a real Dovecot (STARTTLS and implicit TLS, a self-signed CA),
through the real sync routine and PostgreSQL."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from app.core.security import encrypt_secret
from app.ingest.sync import sync_account
from app.models import ConnectedAccount
from app.providers import ProviderAccount, ProviderAuthError, ProviderError, ProviderFactory
from tests.mail_helpers import (
    BROKEN_MESSAGE,
    RecordingProgress,
    alert,
    count_by_status,
    create_account,
    create_user,
    demo_mailbox,
    load_account,
    recent_alerts,
    uow_of,
)


async def _imap_account(session_factory, settings, login, **account_settings):
    user_id = await create_user(session_factory)
    account_id = await create_account(
        session_factory,
        settings,
        user_id,
        "imap",
        login.username,
        login.account_settings(**account_settings),
        {"password": login.password},
    )
    return user_id, account_id


async def test_initial_incremental_rerun_and_a_broken_message(
    session_factory, imap_settings, imap_login
):
    now = datetime.now(UTC)
    old = now - timedelta(days=270)  # outside a 6-month window
    mailbox = demo_mailbox(120)
    imap_login.server.append(
        imap_login.username,
        imap_login.password,
        [
            (alert("An old alert", old), old),
            (alert("Another old one", old), old),
            *mailbox[:60],
            (BROKEN_MESSAGE, now - timedelta(days=3)),
            *mailbox[60:],
        ],
    )
    user_id, account_id = await _imap_account(session_factory, imap_settings, imap_login)

    progress = RecordingProgress()
    result = await sync_account(
        uow_of(session_factory), imap_settings, account_id, "initial", 6, progress
    )
    assert (result.new, result.failed, result.duplicate) == (120, 1, 0)
    assert (progress.processed, progress.failed) == (121, 1)
    assert progress.totals == [121]  # counted up front with ESEARCH
    assert [kind for kind, _, _ in progress.errors] == ["parse"]
    account = await load_account(session_factory, account_id)
    uidvalidity = account.sync_cursor["uidvalidity"]
    assert account.sync_cursor == {"uidvalidity": uidvalidity, "last_uid": 123}

    imap_login.server.append(imap_login.username, imap_login.password, recent_alerts(4))
    progress = RecordingProgress()
    result = await sync_account(
        uow_of(session_factory), imap_settings, account_id, "incremental", 6, progress
    )
    assert (result.new, result.duplicate, progress.processed) == (4, 0, 4)
    assert (await load_account(session_factory, account_id)).sync_cursor["last_uid"] == 127

    again = await sync_account(uow_of(session_factory), imap_settings, account_id, "incremental")
    assert (again.new, again.duplicate) == (0, 0)
    full = await sync_account(uow_of(session_factory), imap_settings, account_id, "initial")
    assert (full.new, full.failed, full.duplicate) == (0, 0, 125)
    assert await count_by_status(session_factory, user_id) == {"stored": 124, "failed": 1}


async def test_a_changed_uidvalidity_resyncs_the_window(session_factory, imap_settings, imap_login):
    server = imap_login.server
    first = recent_alerts(3, "Card spend")
    server.append(imap_login.username, imap_login.password, first, folder="Banking")
    _, account_id = await _imap_account(
        session_factory, imap_settings, imap_login, security="tls", folder="Banking"
    )
    assert (
        await sync_account(uow_of(session_factory), imap_settings, account_id, "initial")
    ).new == 3
    before = (await load_account(session_factory, account_id)).sync_cursor

    # The folder is rebuilt (a server migration): same mail, new UIDs, one more message.
    connection = server.connect(imap_login.username, imap_login.password)
    connection.delete('"Banking"')
    connection.logout()
    later = recent_alerts(1, "Salary credited")
    server.append(imap_login.username, imap_login.password, first + later, folder="Banking")

    result = await sync_account(uow_of(session_factory), imap_settings, account_id, "incremental")
    assert (result.new, result.duplicate) == (1, 3)
    after = (await load_account(session_factory, account_id)).sync_cursor
    assert after["uidvalidity"] != before["uidvalidity"]


async def test_a_crashed_initial_sync_resumes(session_factory, imap_settings, imap_login):
    imap_login.server.append(imap_login.username, imap_login.password, demo_mailbox(130))
    _, account_id = await _imap_account(session_factory, imap_settings, imap_login)

    class CrashAfterFirstBatch(RecordingProgress):
        async def save_cursor(self, cursor):
            raise RuntimeError("worker killed")

    with pytest.raises(RuntimeError):
        await sync_account(
            uow_of(session_factory), imap_settings, account_id, "initial", 6, CrashAfterFirstBatch()
        )
    cursor = (await load_account(session_factory, account_id)).sync_cursor
    assert cursor["phase"] == "initial" and cursor["last_uid"] == 100

    progress = RecordingProgress()
    result = await sync_account(
        uow_of(session_factory), imap_settings, account_id, "initial", 6, progress
    )
    assert (result.new, progress.processed) == (30, 30)


async def test_wrong_password_untrusted_certificate_and_missing_folder(
    session_factory, imap_settings, imap_login
):
    def provider(settings, password=imap_login.password, **account_settings):
        account = ProviderAccount(
            id=uuid.uuid4(),
            provider="imap",
            address=imap_login.username,
            settings=imap_login.account_settings(**account_settings),
            credentials={"password": password},
        )
        return ProviderFactory.create(account, settings)

    await provider(imap_settings, security="tls").check_connection()
    await provider(imap_settings, security="starttls").check_connection()
    with pytest.raises(ProviderAuthError, match="AUTHENTICATIONFAILED"):
        await provider(imap_settings, password="wrong").check_connection()
    untrusting = imap_settings.model_copy(update={"imap_ca_file": None})
    with pytest.raises(ProviderError, match=r"certificate .* could not be verified"):
        await provider(untrusting, security="tls").check_connection()
    with pytest.raises(ProviderError, match="no folder 'Nope'"):
        await provider(imap_settings, folder="Nope").check_connection()

    # A password changed on the server: the sync fails for good and says why.
    _, account_id = await _imap_account(session_factory, imap_settings, imap_login)
    async with session_factory() as session, session.begin():
        account = await session.get(ConnectedAccount, account_id)
        account.credentials = encrypt_secret(imap_settings, '{"password": "changed"}')
    with pytest.raises(ProviderAuthError):
        await sync_account(uow_of(session_factory), imap_settings, account_id, "incremental")
    account = await load_account(session_factory, account_id)
    assert account.status == "error" and "refused the login" in account.last_error
