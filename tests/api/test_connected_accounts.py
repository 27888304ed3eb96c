"""/api/v1/connected-accounts with a real Dovecot, real PostgreSQL and Redis: adding IMAP after
a real login, uploads streamed to disk, removal, sync requests, and who may see what."""

import io
import json
import logging
import uuid
import zipfile

from redis.asyncio import Redis
from sqlalchemy import text

from app.core.redis import server_url
from app.core.security import decrypt_secret
from app.ingest.sync import sync_account
from tests.factories import make_verified_user
from tests.mail_helpers import BROKEN_MESSAGE, mbox_bytes, recent_alerts, uow_of

BASE = "/api/v1/connected-accounts"


def _imap_body(login, security="starttls", **changes):
    settings = login.account_settings(security)
    body = {
        "host": settings["host"],
        "port": settings["port"],
        "security": security,
        "username": login.username,
        "password": login.password,
        "display_name": "Work mail",
    }
    return {**body, **changes}


async def _queued_sync(settings, account_id) -> bool:
    queue = Redis.from_url(server_url(settings.redis_url), db=settings.redis_email_queue_db)
    try:
        return bool(await queue.keys(f"arq:job:email_sync:{account_id}:*:turn0"))
    finally:
        await queue.aclose()


async def test_imap_is_saved_after_a_real_login_and_its_password_never_shows(
    client_for, imap_settings, imap_login, session_factory, caplog
):
    async with client_for(imap_settings) as client:
        logging.getLogger().addHandler(caplog.handler)  # the app reset logging when it started
        caplog.set_level(logging.DEBUG)
        user = await make_verified_user(client, session_factory, "imap@example.com")
        response = await client.post(
            f"{BASE}/imap", json=_imap_body(imap_login), headers=user.headers
        )
        assert response.status_code == 201, response.text
        account = response.json()
        assert account["provider"] == "imap" and account["address"] == imap_login.username
        assert account["settings"] == {
            "host": "127.0.0.1",
            "port": imap_login.server.imap_port,
            "security": "starttls",
            "folder": "INBOX",
            "username": imap_login.username,
        }
        assert await _queued_sync(imap_settings, account["id"])  # the first sync is on its way

        listed = await client.get(BASE, headers=user.headers)
        one = await client.get(f"{BASE}/{account['id']}", headers=user.headers)
        again = await client.post(f"{BASE}/imap", json=_imap_body(imap_login), headers=user.headers)
        assert again.status_code == 409 and again.json()["error"]["code"] == "account_exists"

        imap_login.server.append(imap_login.username, imap_login.password, recent_alerts(2))
        result = await sync_account(
            uow_of(session_factory), imap_settings, uuid.UUID(account["id"])
        )
        assert result.new == 2

    # The password is in no response, and in no log line.
    for body in (response.text, listed.text, one.text):
        assert imap_login.password not in body and "credentials" not in body
    assert caplog.records, "logging was not captured"
    assert not [r for r in caplog.records if imap_login.password in r.getMessage()]

    # At rest it is encrypted: not in the row, but decryptable with the key.
    async with session_factory() as session:
        row = (
            await session.execute(
                text("SELECT credentials, settings::text AS settings FROM connected_accounts")
            )
        ).one()
    assert imap_login.password not in row.credentials and imap_login.password not in row.settings
    assert json.loads(decrypt_secret(imap_settings, row.credentials)) == {
        "password": imap_login.password
    }


async def test_a_refused_imap_login_is_a_clear_400_and_nothing_is_saved(
    client_for, imap_settings, imap_login, session_factory
):
    async with client_for(imap_settings) as client:
        user = await make_verified_user(client, session_factory, "bad@example.com")
        wrong = await client.post(
            f"{BASE}/imap",
            json=_imap_body(imap_login, "tls", password="not-it"),
            headers=user.headers,
        )
        assert wrong.status_code == 400
        assert wrong.json()["error"]["code"] == "mailbox_login_failed"
        assert "AUTHENTICATIONFAILED" in wrong.json()["error"]["message"]
        assert "not-it" not in wrong.text

        closed_port = await client.post(
            f"{BASE}/imap", json=_imap_body(imap_login, port=1), headers=user.headers
        )
        assert closed_port.status_code == 400
        assert closed_port.json()["error"]["code"] == "mailbox_unreachable"

        no_folder = await client.post(
            f"{BASE}/imap", json=_imap_body(imap_login, folder="Nope"), headers=user.headers
        )
        assert no_folder.status_code == 400 and "Nope" in no_folder.json()["error"]["message"]

        invalid = await client.post(
            f"{BASE}/imap", json=_imap_body(imap_login, security="none"), headers=user.headers
        )
        assert invalid.status_code == 422 and imap_login.password not in invalid.text
        assert (await client.get(BASE, headers=user.headers)).json() == []


async def test_uploads_stream_to_disk_and_import(client_for, mail_settings, session_factory):
    mailbox = mbox_bytes([raw for raw, _ in recent_alerts(5)] + [BROKEN_MESSAGE])
    async with client_for(mail_settings) as client:
        user = await make_verified_user(client, session_factory, "upload@example.com")
        raw_body = await client.post(
            f"{BASE}/upload?filename=Takeout%20All%20mail.mbox",
            content=mailbox,
            headers={**user.headers, "Content-Type": "application/mbox"},
        )
        assert raw_body.status_code == 201, raw_body.text
        account = raw_body.json()
        assert account["provider"] == "mbox" and account["address"] == "Takeout All mail.mbox"
        assert account["settings"] == {"filename": "Takeout All mail.mbox", "size": len(mailbox)}
        assert await _queued_sync(mail_settings, account["id"])

        eml, _ = recent_alerts(1, "Single message")[0]
        multipart = await client.post(
            f"{BASE}/upload",
            files={"file": ("receipt.eml", eml, "message/rfc822")},
            data={"note": "ignored"},
            headers=user.headers,
        )
        assert multipart.status_code == 201, multipart.text
        assert multipart.json()["settings"] == {"filename": "receipt.eml", "size": len(eml)}

        archive = io.BytesIO()
        with zipfile.ZipFile(archive, "w") as zipped:
            zipped.writestr("a.eml", recent_alerts(1, "Zipped")[0][0])
        zipped_upload = await client.post(
            f"{BASE}/upload",
            files={"file": ("mail.zip", archive.getvalue())},
            headers=user.headers,
        )
        assert zipped_upload.status_code == 201, zipped_upload.text

    files = list(mail_settings.upload_dir.rglob("*.*"))
    assert sorted(f.name for f in files) == ["Takeout All mail.mbox", "mail.zip", "receipt.eml"]
    result = await sync_account(
        uow_of(session_factory), mail_settings, uuid.UUID(account["id"]), "initial"
    )
    assert (result.new, result.failed) == (5, 1)


async def test_non_email_uploads_are_refused_with_a_clear_4xx(
    client_for, mail_settings, session_factory
):
    small = mail_settings.model_copy(update={"upload_max_bytes": 10_000})
    async with client_for(small) as client:
        user = await make_verified_user(client, session_factory, "junk@example.com")
        pdf = await client.post(
            f"{BASE}/upload",
            files={"file": ("statement.pdf", b"%PDF-1.7\n%binary\n" * 20)},
            headers=user.headers,
        )
        assert pdf.status_code == 400
        assert pdf.json()["error"]["code"] == "not_a_mailbox"
        assert pdf.json()["error"]["message"] == (
            "statement.pdf is not an mbox export, a single .eml message or a .zip of .eml "
            "files: it looks like a PDF document"
        )
        text_file = await client.post(
            f"{BASE}/upload?filename=notes.txt",
            content=b"just some notes\nnothing else\n",
            headers=user.headers,
        )
        assert text_file.status_code == 400 and "notes.txt" in text_file.json()["error"]["message"]
        empty = await client.post(f"{BASE}/upload", content=b"", headers=user.headers)
        assert empty.status_code == 400 and empty.json()["error"]["code"] == "empty_upload"
        no_file = await client.post(
            f"{BASE}/upload",
            data={"a": "b"},
            files={},
            headers={**user.headers, "Content-Type": "multipart/form-data; boundary=xyz"},
        )
        assert no_file.status_code == 400
        huge = mbox_bytes([raw for raw, _ in recent_alerts(40)])
        too_big = await client.post(f"{BASE}/upload", content=huge, headers=user.headers)
        assert too_big.status_code == 413 and too_big.json()["error"]["code"] == "payload_too_large"
        assert (await client.get(BASE, headers=user.headers)).json() == []
    assert not [p for p in small.upload_dir.rglob("*") if p.is_file()]  # nothing left behind


async def test_remove_disables_wipes_credentials_and_stops_syncs(
    client_for, imap_settings, imap_login, session_factory
):
    async with client_for(imap_settings) as client:
        user = await make_verified_user(client, session_factory, "leave@example.com")
        created = await client.post(
            f"{BASE}/imap", json=_imap_body(imap_login), headers=user.headers
        )
        account_id = created.json()["id"]
        sync = await client.post(
            f"{BASE}/{account_id}/sync",
            json={"mode": "initial", "months": 3},
            headers=user.headers,
        )
        assert sync.status_code == 202 and sync.json()["mode"] == "initial"
        assert (
            await client.delete(f"{BASE}/{account_id}", headers=user.headers)
        ).status_code == 204
        assert (await client.get(BASE, headers=user.headers)).json() == []
        for method, path in [
            ("GET", f"{BASE}/{account_id}"),
            ("DELETE", f"{BASE}/{account_id}"),
            ("POST", f"{BASE}/{account_id}/sync"),
        ]:
            assert (await client.request(method, path, headers=user.headers)).status_code == 404

    async with session_factory() as session:
        row = (
            await session.execute(text("SELECT status, credentials FROM connected_accounts"))
        ).one()
    assert (row.status, row.credentials) == ("disabled", None)
    result = await sync_account(uow_of(session_factory), imap_settings, uuid.UUID(account_id))
    assert result.outcome == "skipped"


async def test_another_users_account_is_a_404(client_for, mail_settings, session_factory):
    async with client_for(mail_settings) as client:
        owner = await make_verified_user(client, session_factory, "owner@example.com")
        other = await make_verified_user(client, session_factory, "other@example.com")
        upload = await client.post(
            f"{BASE}/upload?filename=a.mbox",
            content=mbox_bytes([recent_alerts(1)[0][0]]),
            headers=owner.headers,
        )
        account_id = upload.json()["id"]
        for method, path in [
            ("GET", f"{BASE}/{account_id}"),
            ("DELETE", f"{BASE}/{account_id}"),
            ("POST", f"{BASE}/{account_id}/sync"),
        ]:
            response = await client.request(method, path, headers=other.headers)
            assert response.status_code == 404, (method, path)
            assert response.json()["error"]["code"] == "not_found"
        assert (await client.get(BASE, headers=other.headers)).json() == []
        assert len((await client.get(BASE, headers=owner.headers)).json()) == 1
        assert (await client.get(BASE)).status_code == 401
