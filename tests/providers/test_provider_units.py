"""Small pure pieces of mailbox ingestion: the provider registry, backoff, the sync window,
file names and mbox counting."""

import uuid
from datetime import UTC, datetime

import pytest

from app.core.config import Settings
from app.ingest.sync import months_before, sync_window
from app.ingest.uploads import safe_filename
from app.providers import EmailProvider, ProviderAccount, ProviderError, ProviderFactory
from app.providers import mbox as mbox_module
from app.providers.base import backoff_delay
from app.providers.mbox import count_mbox_messages, upload_path
from tests.mail_helpers import mbox_bytes, recent_alerts


def _account(provider: str) -> ProviderAccount:
    return ProviderAccount(uuid.uuid4(), provider, "a@example.com", {}, {"password": "s3cret"})


def test_the_factory_finds_providers_by_name_and_refuses_others():
    assert ProviderFactory.provider_class("imap").name == "imap"
    assert ProviderFactory.provider_class("gmail").name == "gmail"
    assert ProviderFactory.provider_class("mbox") is mbox_module.MboxProvider
    for name in ("outlook", "../etc", "IMAP", ""):
        with pytest.raises(ProviderError, match="no mailbox provider"):
            ProviderFactory.provider_class(name)


def test_a_new_provider_registers_itself_without_touching_the_factory():
    @ProviderFactory.register
    class FakeOutlook(EmailProvider):
        name = "fake_outlook"

        def list_messages(self, window, cursor):  # pragma: no cover - never listed
            raise NotImplementedError

        async def fetch_messages(self, refs):  # pragma: no cover
            raise NotImplementedError

    try:
        provider = ProviderFactory.create(_account("fake_outlook"), Settings())
        assert isinstance(provider, FakeOutlook)
    finally:
        ProviderFactory._providers.pop("fake_outlook")


def test_credentials_never_show_in_a_repr():
    assert "s3cret" not in repr(_account("imap"))


def test_backoff_grows_with_jitter_and_honours_retry_after():
    settings = Settings(provider_retry_base_seconds=1.0)
    delays = [backoff_delay(settings, attempt) for attempt in range(4) for _ in range(50)]
    assert all(0.5 <= d <= 1 for d in delays[:50]) and all(4 <= d <= 8 for d in delays[150:])
    assert len(set(delays[:50])) > 10  # jittered, not lock-step
    assert backoff_delay(settings, 20) <= 60 and backoff_delay(settings, 0, 7) == 7


def test_months_before_and_the_sync_window():
    assert months_before(datetime(2024, 3, 31, 12, tzinfo=UTC), 1) == datetime(
        2024, 2, 29, 12, tzinfo=UTC
    )
    assert months_before(datetime(2024, 1, 15, tzinfo=UTC), 6) == datetime(2023, 7, 15, tzinfo=UTC)
    now = datetime(2024, 6, 10, tzinfo=UTC)
    fresh = sync_window("initial", 6, None, now)
    assert fresh.start == fresh.since == datetime(2023, 12, 10, tzinfo=UTC)
    later = sync_window("incremental", 6, datetime(2024, 6, 1, tzinfo=UTC), now)
    assert later.since == datetime(2024, 5, 31, tzinfo=UTC)


def test_upload_names_and_paths_are_safe(tmp_path):
    assert safe_filename("../../etc/passwd") == "passwd"
    assert safe_filename("C:\\Users\\me\\All mail.mbox") == "All mail.mbox"
    assert safe_filename("..") == "upload" and safe_filename(None) == "upload"
    assert safe_filename("x; rm -rf $HOME.mbox") == "x_ rm -rf _HOME.mbox"
    settings = Settings(upload_dir=tmp_path)
    assert upload_path(settings, "u/1/a.mbox") == tmp_path / "u/1/a.mbox"
    for escaping in ("../outside.mbox", "/etc/passwd", ""):
        with pytest.raises(ProviderError):
            upload_path(settings, escaping)


def test_mbox_messages_are_counted_across_read_chunks(tmp_path, monkeypatch):
    path = tmp_path / "a.mbox"
    path.write_bytes(mbox_bytes([raw for raw, _ in recent_alerts(25)]))
    monkeypatch.setattr(mbox_module, "_COUNT_CHUNK_BYTES", 7)  # separators split across reads
    assert count_mbox_messages(path) == 25
