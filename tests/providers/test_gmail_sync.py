"""The Gmail provider with Google's real client library against a local fake Google (OAuth token
endpoint, REST, batch): paging, batches, history, an expired history, retries, token refresh."""

from datetime import UTC, datetime, timedelta

import pytest

from app.ingest.sync import sync_account
from app.providers import ProviderAuthError, ProviderUnavailable
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
    stored_emails,
    uow_of,
)


async def _gmail_account(session_factory, settings, google):
    user_id = await create_user(session_factory)
    account_id = await create_account(
        session_factory,
        settings,
        user_id,
        "gmail",
        google.address,
        {},
        {"refresh_token": google.grant_refresh_token()},
    )
    return user_id, account_id


def _fill(google, mailbox):
    return [google.add_message(raw, received) for raw, received in mailbox]


async def test_initial_incremental_rerun_and_a_broken_message(
    session_factory, gmail_settings, google
):
    now = datetime.now(UTC)
    old = now - timedelta(days=250)
    _fill(google, [(alert("Old statement", old), old)])
    _fill(google, demo_mailbox(140))
    google.add_message(BROKEN_MESSAGE, now - timedelta(days=2))
    google.add_message(alert("Spam", now), now, labels=("SPAM",))
    user_id, account_id = await _gmail_account(session_factory, gmail_settings, google)

    progress = RecordingProgress()
    result = await sync_account(
        uow_of(session_factory), gmail_settings, account_id, "initial", 6, progress
    )
    assert (result.new, result.failed, result.duplicate) == (140, 1, 0)
    assert (progress.processed, progress.failed, progress.totals) == (141, 1, [141])
    assert google.batch_sizes == [100, 41]  # messages.get(format=raw) in batches of <= 100
    assert len(google.gmail_requests("/messages?")) == 2  # two list pages
    account = await load_account(session_factory, account_id)
    assert account.sync_cursor == {"history_id": str(google.history_id)}

    new_ids = _fill(google, recent_alerts(3))
    progress = RecordingProgress()
    result = await sync_account(
        uow_of(session_factory), gmail_settings, account_id, "incremental", 6, progress
    )
    assert (result.new, result.duplicate, progress.processed) == (3, 0, 3)
    assert google.gmail_requests("startHistoryId")  # history.list, not a date query
    stored = {e.provider_message_id for e in await stored_emails(session_factory, user_id)}
    assert set(new_ids) <= stored

    again = await sync_account(uow_of(session_factory), gmail_settings, account_id, "incremental")
    assert (again.new, again.duplicate) == (0, 0)
    full = await sync_account(uow_of(session_factory), gmail_settings, account_id, "initial")
    assert (full.new, full.duplicate) == (0, 144)
    assert await count_by_status(session_factory, user_id) == {"stored": 143, "failed": 1}


async def test_an_expired_history_falls_back_to_a_date_query(
    session_factory, gmail_settings, google
):
    _fill(google, recent_alerts(5, "Earlier"))
    _, account_id = await _gmail_account(session_factory, gmail_settings, google)
    assert (
        await sync_account(uow_of(session_factory), gmail_settings, account_id, "initial")
    ).new == 5

    _fill(google, recent_alerts(2, "Later"))
    google.expire_history()
    progress = RecordingProgress()
    result = await sync_account(
        uow_of(session_factory), gmail_settings, account_id, "incremental", 6, progress
    )
    # A date query from a day before the last sync: the 2 new, and the 5 seen before skipped.
    assert (result.new, result.duplicate) == (2, 5)
    assert len(google.gmail_requests("q=after%3A")) == 2  # the initial one and the fallback
    account = await load_account(session_factory, account_id)
    assert account.sync_cursor == {"history_id": str(google.history_id)}


async def test_rate_limits_server_errors_and_expired_tokens_are_retried(
    session_factory, gmail_settings, google
):
    _fill(google, recent_alerts(30))
    _, account_id = await _gmail_account(session_factory, gmail_settings, google)
    google.fail_next("/messages?", 500, times=2)  # the list call
    google.fail_next("/batch", 503, times=1)  # the whole batch
    google.fail_next("/messages/", 429, times=7, retry_after=0)  # single messages in a batch
    result = await sync_account(uow_of(session_factory), gmail_settings, account_id, "initial")
    assert (result.new, result.failed) == (30, 0)
    assert len(google.gmail_requests("/messages?")) == 3
    assert len(google.gmail_requests("POST /batch")) == 3  # a 503, then all 30, then 7 again
    assert google.batch_sizes == [30, 7]  # the 7 refused with 429 are retried on their own

    # An access token that stopped working is refreshed with the stored refresh token.
    _fill(google, recent_alerts(2, "After refresh"))
    refreshes = google.token_refreshes
    google.expire_access_tokens()
    result = await sync_account(uow_of(session_factory), gmail_settings, account_id, "incremental")
    assert result.new == 2 and google.token_refreshes > refreshes


async def test_failures_that_outlast_retries_and_revoked_access(
    session_factory, gmail_settings, google
):
    _fill(google, recent_alerts(3))
    _, account_id = await _gmail_account(session_factory, gmail_settings, google)
    google.fail_next("/messages?", 503, times=100)
    with pytest.raises(ProviderUnavailable):
        await sync_account(uow_of(session_factory), gmail_settings, account_id, "initial")
    account = await load_account(session_factory, account_id)
    assert account.status == "active" and "503" in account.last_error  # retried later
    google.faults.clear()

    google.revoke_grants()
    with pytest.raises(ProviderAuthError, match="Reconnect Gmail"):
        await sync_account(uow_of(session_factory), gmail_settings, account_id, "initial")
    account = await load_account(session_factory, account_id)
    assert account.status == "error" and "revoked" in account.last_error


async def test_a_message_deleted_between_list_and_fetch_is_skipped(
    session_factory, gmail_settings, google
):
    ids = _fill(google, recent_alerts(3))
    _, account_id = await _gmail_account(session_factory, gmail_settings, google)
    google.fail_next("/messages/", 404, times=1)  # as if deleted after listing
    progress = RecordingProgress()
    result = await sync_account(
        uow_of(session_factory), gmail_settings, account_id, "initial", 6, progress
    )
    assert (result.new, result.unavailable) == (2, 1)
    [(kind, reason, item_id)] = progress.errors
    assert kind == "fetch" and "deleted" in reason and item_id in ids
