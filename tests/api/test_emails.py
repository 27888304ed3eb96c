"""/api/v1/emails: listing with filters, full-text search, one email, the raw download, and
isolation between users, over emails stored by a real sync."""

import uuid
from datetime import UTC, datetime, timedelta

from app.ingest.sync import sync_account
from tests.factories import make_verified_user
from tests.mail_helpers import BROKEN_MESSAGE, alert, demo_mailbox, mbox_bytes, uow_of

ACCOUNTS = "/api/v1/connected-accounts"
EMAILS = "/api/v1/emails"


async def _import(client, user, settings, session_factory, raws, name="export.mbox"):
    upload = await client.post(
        f"{ACCOUNTS}/upload?filename={name}", content=mbox_bytes(raws), headers=user.headers
    )
    assert upload.status_code == 201, upload.text
    account_id = upload.json()["id"]
    await sync_account(uow_of(session_factory), settings, uuid.UUID(account_id), "initial")
    return account_id


async def test_list_filter_search_read_and_download(client_for, mail_settings, session_factory):
    now = datetime.now(UTC).replace(microsecond=0)
    swiggy = alert("Your Swiggy order is on its way", now - timedelta(days=1))
    hindi = alert("₹500 रुपये डेबिट हुए", now - timedelta(days=2))
    older_at = now - timedelta(days=40, minutes=7)
    older = alert("Statement for October", older_at)
    demo = [raw for raw, _ in demo_mailbox(30)]
    async with client_for(mail_settings) as client:
        user = await make_verified_user(client, session_factory, "reader@example.com")
        account_id = await _import(
            client,
            user,
            mail_settings,
            session_factory,
            [*demo, swiggy, hindi, older, BROKEN_MESSAGE],
        )

        async def page(**params):
            response = await client.get(EMAILS, params=params, headers=user.headers)
            assert response.status_code == 200, response.text
            return response.json()

        everything = await page(limit=200)
        assert everything["total"] == 34
        received = [item["received_at"] for item in everything["items"]]
        assert received == sorted(received, reverse=True)  # newest first
        assert all("body_text" not in item for item in everything["items"])
        assert all(item["snippet"] for item in everything["items"] if item["status"] == "stored")

        assert [i["id"] for i in (await page(limit=5, offset=5))["items"]] == [
            i["id"] for i in everything["items"][5:10]
        ]
        failed = await page(status="failed")
        assert failed["total"] == 1 and "no email headers" in failed["items"][0]["failure_reason"]
        assert (await page(account_id=account_id))["total"] == 34
        assert (await page(account_id=str(uuid.uuid4())))["total"] == 0
        assert (await page(sender="hdfcbank"))["total"] >= 2
        window = await page(
            received_from=older_at.isoformat(),
            received_to=(older_at + timedelta(seconds=1)).isoformat(),
        )
        assert [i["subject"] for i in window["items"]] == ["Statement for October"]

        # Search: words match word starts, in subject, sender or body; all words must match.
        assert [i["subject"] for i in (await page(q="swigg ord"))["items"]] == [
            "Your Swiggy order is on its way"
        ]
        assert (await page(q="hdfcbank"))["total"] >= 2  # the sender's domain
        assert (await page(q="debited 4321"))["total"] >= 2  # the body
        assert (await page(q="zzzqqq"))["total"] == 0
        assert (await page(q="!!!"))["total"] == 0  # no words: nothing, not everything
        assert [i["subject"] for i in (await page(q="रुपये"))["items"]] == ["₹500 रुपये डेबिट हुए"]
        for hostile in ("swiggy & !order", "swiggy:* | x", "o'neil\\", "(((", "a" * 200):
            assert (await page(q=hostile))["total"] in (0, 1), hostile  # never a 500
        bad = await client.get(EMAILS, params={"status": "lost"}, headers=user.headers)
        assert bad.status_code == 422

        email_id = (await page(q="swiggy"))["items"][0]["id"]
        one = await client.get(f"{EMAILS}/{email_id}", headers=user.headers)
        assert one.status_code == 200
        detail = one.json()
        assert detail["sender"] == "alerts@hdfcbank.net" and detail["extraction"] is None
        assert "Rs.1,250.00 has been debited" in detail["body_text"]

        raw = await client.get(f"{EMAILS}/{email_id}/raw", headers=user.headers)
        assert raw.status_code == 200 and raw.headers["content-type"] == "message/rfc822"
        assert raw.content == swiggy
        assert f'filename="{email_id}.eml"' in raw.headers["content-disposition"]
        missing = await client.get(f"{EMAILS}/{uuid.uuid4()}", headers=user.headers)
        assert missing.status_code == 404


async def test_another_users_emails_are_invisible(client_for, mail_settings, session_factory):
    now = datetime.now(UTC)
    async with client_for(mail_settings) as client:
        owner = await make_verified_user(client, session_factory, "owner@example.com")
        other = await make_verified_user(client, session_factory, "other@example.com")
        shared = alert("Same message, both mailboxes", now, "<shared@hdfcbank.net>")
        await _import(client, owner, mail_settings, session_factory, [shared])
        email_id = (await client.get(EMAILS, headers=owner.headers)).json()["items"][0]["id"]

        for path in (f"{EMAILS}/{email_id}", f"{EMAILS}/{email_id}/raw"):
            assert (await client.get(path, headers=other.headers)).status_code == 404
        assert (await client.get(EMAILS, headers=other.headers)).json()["total"] == 0
        assert (await client.get(EMAILS, params={"q": "both"}, headers=other.headers)).json()[
            "total"
        ] == 0

        # The same Message-ID in another user's mailbox is that user's own copy.
        await _import(client, other, mail_settings, session_factory, [shared])
        theirs = (await client.get(EMAILS, headers=other.headers)).json()["items"]
        assert len(theirs) == 1 and theirs[0]["id"] != email_id
