"""The mbox provider through the real sync routine and real PostgreSQL: an uploaded export is
imported once, grows, is re-read without duplicates, and a broken message is kept as failed."""

import io
import zipfile
import zlib

import pytest
from sqlalchemy import select

from app.ingest.sync import sync_account
from app.models import ConnectedAccount, Email
from app.providers import ProviderError
from tests.mail_helpers import (
    BROKEN_MESSAGE,
    RecordingProgress,
    count_by_status,
    create_account,
    create_user,
    demo_mailbox,
    load_account,
    mbox_bytes,
    recent_alerts,
    stored_emails,
    uow_of,
)


async def _mbox_account(session_factory, settings, user_id, name, content):
    relative = f"{user_id}/test/{name}"
    path = settings.upload_dir / relative
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    account_id = await create_account(
        session_factory, settings, user_id, "mbox", name, {"file": relative, "filename": name}
    )
    return account_id, path


async def test_initial_incremental_rerun_and_a_broken_message(session_factory, mail_settings):
    user_id = await create_user(session_factory)
    mailbox = [raw for raw, _ in demo_mailbox(130)]
    content = mbox_bytes([*mailbox[:70], BROKEN_MESSAGE, *mailbox[70:]])
    account_id, path = await _mbox_account(
        session_factory, mail_settings, user_id, "export.mbox", content
    )

    progress = RecordingProgress()
    result = await sync_account(
        uow_of(session_factory), mail_settings, account_id, "initial", 6, progress
    )
    assert (result.outcome, result.new, result.failed, result.duplicate) == ("completed", 130, 1, 0)
    assert (progress.processed, progress.parsed, progress.failed) == (131, 130, 1)
    assert progress.totals[-1] == 131
    assert len(progress.cursors) == 2  # two batches: 100 + 31
    [(kind, reason, item_id)] = progress.errors
    assert kind == "parse" and "no email headers" in reason and item_id.endswith(".unparsed>")
    account = await load_account(session_factory, account_id)
    assert account.sync_cursor == {"position": len(content)}
    assert account.status == "active" and account.last_synced_at is not None

    # The export grows: an incremental sync reads only what was appended.
    new_mail = [raw for raw, _ in recent_alerts(3)]
    with open(path, "ab") as file:
        file.write(mbox_bytes(new_mail))
    progress = RecordingProgress()
    result = await sync_account(
        uow_of(session_factory), mail_settings, account_id, "incremental", 6, progress
    )
    assert (result.new, result.duplicate, result.failed, progress.processed) == (3, 0, 0, 3)

    # Nothing new: nothing read. A full re-read adds nothing either.
    again = await sync_account(uow_of(session_factory), mail_settings, account_id, "incremental")
    assert (again.new, again.duplicate) == (0, 0)
    full = await sync_account(uow_of(session_factory), mail_settings, account_id, "initial")
    assert (full.new, full.failed, full.duplicate) == (0, 0, 134)
    assert await count_by_status(session_factory, user_id) == {"stored": 133, "failed": 1}

    emails = await stored_emails(session_factory, user_id)
    failed = next(e for e in emails if e.status == "failed")
    assert "no email headers" in failed.failure_reason
    stored = next(e for e in emails if e.status == "stored")
    assert stored.sender and stored.subject and stored.body_text
    assert zlib.decompress(await _raw(session_factory, stored.id)) in mailbox + new_mail


async def test_a_crashed_initial_sync_resumes_after_the_last_stored_batch(
    session_factory, mail_settings
):
    user_id = await create_user(session_factory)
    content = mbox_bytes([raw for raw, _ in demo_mailbox(150)])
    account_id, _ = await _mbox_account(session_factory, mail_settings, user_id, "a.mbox", content)

    class CrashAfterFirstBatch(RecordingProgress):
        async def save_cursor(self, cursor):
            await super().save_cursor(cursor)
            raise RuntimeError("worker killed")

    with pytest.raises(RuntimeError):
        await sync_account(
            uow_of(session_factory), mail_settings, account_id, "initial", 6, CrashAfterFirstBatch()
        )
    account = await load_account(session_factory, account_id)
    assert account.sync_cursor["phase"] == "initial"  # committed with the first batch

    progress = RecordingProgress()
    result = await sync_account(
        uow_of(session_factory), mail_settings, account_id, "initial", 6, progress
    )
    assert (result.new, result.duplicate, progress.processed) == (50, 0, 50)
    assert len(await stored_emails(session_factory, user_id)) == 150


async def test_a_zip_of_eml_files_and_a_missing_file(session_factory, mail_settings):
    user_id = await create_user(session_factory)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for index, (raw, _) in enumerate(recent_alerts(3)):
            archive.writestr(f"mail/{index}.eml", raw)
        archive.writestr("README.txt", "exported by a mail client")
    account_id, path = await _mbox_account(
        session_factory, mail_settings, user_id, "export.zip", buffer.getvalue()
    )
    result = await sync_account(uow_of(session_factory), mail_settings, account_id, "initial")
    assert (result.new, result.failed) == (3, 0)

    path.unlink()
    with pytest.raises(ProviderError, match="no longer on the server"):
        await sync_account(uow_of(session_factory), mail_settings, account_id, "initial")
    account = await load_account(session_factory, account_id)
    assert account.status == "error" and "no longer on the server" in account.last_error


async def test_a_removed_account_is_not_synced(session_factory, mail_settings):
    user_id = await create_user(session_factory)
    content = mbox_bytes([raw for raw, _ in recent_alerts(2)])
    account_id, _ = await _mbox_account(session_factory, mail_settings, user_id, "a.mbox", content)
    async with session_factory() as session, session.begin():
        account = await session.get(ConnectedAccount, account_id)
        account.status = "disabled"
    result = await sync_account(uow_of(session_factory), mail_settings, account_id, "initial")
    assert result.outcome == "skipped" and await stored_emails(session_factory, user_id) == []


async def _raw(session_factory, email_id):
    async with session_factory() as session:
        return await session.scalar(select(Email.raw_compressed).where(Email.id == email_id))
