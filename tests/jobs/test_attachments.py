"""Receipts and attachments: files of synced emails are kept once per user (by sha256) and
listed with the transaction; a receipt-only email (the amount is only in its PDF) becomes a
transaction through the real ingest path; hostile PDFs cost only themselves; files are
uploaded, downloaded and deleted through the API, every query scoped to the user."""

import hashlib
import uuid
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from app.core.config import get_settings
from tests.jobs.test_email_sync import mbox_account
from tests.jobs.test_extraction_pipeline import all_transactions, sync
from tests.ledger_helpers import add_txn, error_code, rows
from tests.pdf_helpers import bomb_pdf, encrypted_pdf, malformed_pdf, text_pdf

RECEIPT = text_pdf(
    [
        "Blue Tokai Coffee Roasters",
        "Tax invoice / Receipt",
        "Order 58213",
        "Date: 02 Dec 2026",
        "Paid with card ending 4242",
        "Total paid: INR 1,499.00",
    ]
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def mail(
    subject: str, body: str, files: list[tuple[str, str, bytes]], day: int = 2, inline=False
) -> bytes:
    message = EmailMessage()
    message["From"] = "Blue Tokai Coffee <receipts@bluetokai.com>"
    message["To"] = "me@example.com"
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime(2026, 12, day, 10, 0, tzinfo=UTC))
    message["Message-ID"] = f"<{uuid.uuid4().hex}@bluetokai.com>"
    message.set_content(body)
    for filename, content_type, data in files:
        maintype, subtype = content_type.split("/")
        message.add_attachment(
            data,
            maintype=maintype,
            subtype=subtype,
            filename=filename,
            disposition="inline" if inline else "attachment",
        )
    return message.as_bytes()


RECEIPT_BODY = (
    "Hi,\n\nThank you for shopping with Blue Tokai Coffee. Your receipt for order 58213 is "
    "attached.\n\nTeam Blue Tokai\n"
)


async def _attachments(client, user, transaction_id):
    response = await client.get(
        f"/api/v1/transactions/{transaction_id}/attachments", headers=user.headers
    )
    assert response.status_code == 200, response.text
    return response.json()


async def test_a_receipt_only_email_becomes_a_transaction_with_its_pdf(
    client, session_factory, settings, run_email_jobs, worker_ctx, make_user
):
    user = await make_user("receipts@example.com")
    uid = uuid.UUID(user.user["id"])
    receipt = mail(
        "Your receipt from Blue Tokai Coffee",
        RECEIPT_BODY,
        [("receipt.pdf", "application/pdf", RECEIPT)],
    )
    # The same PDF again in another email, with an inline image and a file type we do not keep.
    resent = mail(
        "Your receipt (copy)",
        "As requested, a copy of an earlier receipt.\n",
        [
            ("receipt.pdf", "application/octet-stream", RECEIPT),
            ("logo.png", "image/png", PNG),
            ("notes.txt", "text/plain", b"not kept"),
        ],
        day=3,
        inline=True,
    )
    await mbox_account(settings, session_factory, uid, [receipt, resent])
    await sync(client, user, run_email_jobs)

    found = await all_transactions(client, user.headers)
    paid = [t for t in found if t["amount"] == "1499.00" and t["currency"] == "INR"]
    assert paid, found
    assert paid[0]["type"] == "debit" and paid[0]["source"] == "email"
    listed = await _attachments(client, user, paid[0]["id"])
    assert [(a["filename"], a["content_type"], a["origin"]) for a in listed] == [
        ("receipt.pdf", "application/pdf", "email")
    ]
    assert listed[0]["size"] == len(RECEIPT) and listed[0]["text_error"] is None

    download = await client.get(
        f"/api/v1/transactions/{paid[0]['id']}/attachments/{listed[0]['id']}",
        headers=user.headers,
    )
    assert download.status_code == 200
    assert download.content == RECEIPT
    assert download.headers["content-type"] == "application/pdf"
    assert "receipt.pdf" in download.headers["content-disposition"]

    # Stored once: one blob for the PDF both emails carry, two links; the image is kept too,
    # the text file is not.
    sha = hashlib.sha256(RECEIPT).hexdigest()
    assert await rows(
        worker_ctx,
        "SELECT count(*) FROM attachment_blobs WHERE user_id = :u AND sha256 = :s",
        u=uid,
        s=sha,
    ) == [(1,)]
    kept = await rows(
        worker_ctx,
        "SELECT a.filename, count(*) FROM attachments a JOIN attachment_blobs b ON b.id = a.blob_id"
        " WHERE a.user_id = :u GROUP BY a.filename ORDER BY a.filename",
        u=uid,
    )
    assert kept == [("logo.png", 1), ("receipt.pdf", 2)]
    # An email's own attachment cannot be deleted through the transaction.
    refused = await client.delete(
        f"/api/v1/transactions/{paid[0]['id']}/attachments/{listed[0]['id']}",
        headers=user.headers,
    )
    assert refused.status_code == 400 and error_code(refused) == "email_attachment"


async def test_hostile_pdfs_get_an_error_each_and_stop_nothing_else(
    client, session_factory, settings, run_email_jobs, worker_ctx, make_user
):
    user = await make_user("hostile@example.com")
    uid = uuid.UUID(user.user["id"])
    hostile = mail(
        "Your receipt from Blue Tokai Coffee",
        RECEIPT_BODY,
        [
            ("bomb.pdf", "application/pdf", bomb_pdf()),
            ("broken.pdf", "application/pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R"),
            ("locked.pdf", "application/pdf", encrypted_pdf()),
            ("receipt.pdf", "application/pdf", RECEIPT),
        ],
    )
    only_bad = mail(
        "Your invoice",
        "Your invoice is attached.\n",
        [("bad.pdf", "application/pdf", malformed_pdf())],
        day=4,
    )
    await mbox_account(settings, session_factory, uid, [hostile, only_bad])
    await sync(client, user, run_email_jobs)

    errors = dict(
        await rows(
            worker_ctx, "SELECT filename, text_error FROM attachments WHERE user_id = :u", u=uid
        )
    )
    assert set(errors) == {"bomb.pdf", "broken.pdf", "locked.pdf", "receipt.pdf", "bad.pdf"}
    assert "decompression bomb" in errors["bomb.pdf"]
    assert "malformed" in errors["broken.pdf"] and "malformed" in errors["bad.pdf"]
    assert "encrypted" in errors["locked.pdf"]
    assert errors["receipt.pdf"] is None
    # The good PDF beside them was still read: the email became its transaction.
    found = await all_transactions(client, user.headers)
    assert [(t["amount"], t["currency"]) for t in found] == [("1499.00", "INR")]
    listed = await _attachments(client, user, found[0]["id"])
    assert {a["filename"]: a["text_error"] is not None for a in listed} == {
        "bomb.pdf": True,
        "broken.pdf": True,
        "locked.pdf": True,
        "receipt.pdf": False,
    }


async def test_an_attachment_over_the_cap_is_not_kept(
    client, session_factory, settings, run_email_jobs, worker_ctx, make_user, monkeypatch
):
    monkeypatch.setattr(get_settings(), "attachment_max_bytes", 2000)
    user = await make_user("cap@example.com")
    uid = uuid.UUID(user.user["id"])
    big = PNG + b"\x01" * 5000
    await mbox_account(
        settings,
        session_factory,
        uid,
        [
            mail(
                "Photos",
                "Two pictures.\n",
                [("big.png", "image/png", big), ("small.png", "image/png", PNG)],
            )
        ],
    )
    await sync(client, user, run_email_jobs)
    assert await rows(worker_ctx, "SELECT filename FROM attachments WHERE user_id = :u", u=uid) == [
        ("small.png",)
    ]


async def test_upload_list_download_and_delete(client, worker_ctx, make_user):
    user = await make_user("upload@example.com")
    txn = await add_txn(client, user, description="Coffee beans")
    other = await add_txn(client, user, description="More coffee")
    api = f"/api/v1/transactions/{txn['id']}/attachments"

    created = await client.post(
        api, headers=user.headers, files={"file": ("receipt.pdf", RECEIPT, "application/pdf")}
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert (body["filename"], body["content_type"], body["size"], body["origin"]) == (
        "receipt.pdf",
        "application/pdf",
        len(RECEIPT),
        "upload",
    )
    assert body["text_error"] is None
    # The same bytes on another transaction, named otherwise: one blob, two attachments.
    again = await client.post(
        f"/api/v1/transactions/{other['id']}/attachments",
        headers=user.headers,
        files={"file": ("copy.pdf", RECEIPT, "application/pdf")},
    )
    assert again.status_code == 201
    sha = hashlib.sha256(RECEIPT).hexdigest()
    assert await rows(
        worker_ctx, "SELECT count(*) FROM attachment_blobs WHERE sha256 = :s", s=sha
    ) == [(1,)]
    # An image is told by its bytes, whatever the client claims.
    image = await client.post(
        api, headers=user.headers, files={"file": ("photo", PNG, "application/octet-stream")}
    )
    assert image.status_code == 201 and image.json()["content_type"] == "image/png"

    listed = await _attachments(client, user, txn["id"])
    assert [a["filename"] for a in listed] == ["receipt.pdf", "photo"]
    download = await client.get(f"{api}/{body['id']}", headers=user.headers)
    assert download.status_code == 200 and download.content == RECEIPT

    deleted = await client.delete(f"{api}/{body['id']}", headers=user.headers)
    assert deleted.status_code == 204
    assert [a["filename"] for a in await _attachments(client, user, txn["id"])] == ["photo"]
    assert (await client.get(f"{api}/{body['id']}", headers=user.headers)).status_code == 404
    # The blob stays while the other transaction still links to it.
    assert await rows(
        worker_ctx, "SELECT count(*) FROM attachment_blobs WHERE sha256 = :s", s=sha
    ) == [(1,)]
    other_listed = await _attachments(client, user, other["id"])
    await client.delete(
        f"/api/v1/transactions/{other['id']}/attachments/{other_listed[0]['id']}",
        headers=user.headers,
    )
    assert await rows(
        worker_ctx, "SELECT count(*) FROM attachment_blobs WHERE sha256 = :s", s=sha
    ) == [(0,)]


@pytest.mark.parametrize(
    ("content", "status", "code"),
    [
        (b"just some text, not a receipt", 415, "unsupported_attachment"),
        (b"<html><body>%PDF-</body></html>", 415, "unsupported_attachment"),
        (b"", 400, "empty_file"),
        (b"%PDF-1.4\n" + b"0" * 3000, 413, "attachment_too_large"),
    ],
)
async def test_bad_uploads_are_refused_with_a_clear_message(
    client, make_user, monkeypatch, content, status, code
):
    monkeypatch.setattr(get_settings(), "attachment_max_bytes", 2000)
    user = await make_user(f"bad{status}{len(content)}@example.com")
    txn = await add_txn(client, user)
    response = await client.post(
        f"/api/v1/transactions/{txn['id']}/attachments",
        headers=user.headers,
        files={"file": ("file.pdf", content, "application/pdf")},
    )
    assert response.status_code == status, response.text
    assert error_code(response) == code
    assert response.json()["error"]["message"]
    assert await _attachments(client, user, txn["id"]) == []


async def test_deleting_a_transaction_deletes_its_uploads(client, worker_ctx, make_user):
    user = await make_user("deleter@example.com")
    txn = await add_txn(client, user)
    keeper = await add_txn(client, user)
    for target, data in ((txn, RECEIPT), (txn, PNG), (keeper, PNG)):
        response = await client.post(
            f"/api/v1/transactions/{target['id']}/attachments",
            headers=user.headers,
            files={"file": ("f", data, "application/octet-stream")},
        )
        assert response.status_code == 201, response.text
    deleted = await client.delete(f"/api/v1/transactions/{txn['id']}", headers=user.headers)
    assert deleted.status_code == 204, deleted.text
    # The receipt only that transaction held is gone; the image the other one holds stays.
    left = await rows(
        worker_ctx,
        "SELECT b.sha256 FROM attachment_blobs b JOIN users u ON u.id = b.user_id"
        " WHERE u.email = :e",
        e="deleter@example.com",
    )
    assert left == [(hashlib.sha256(PNG).hexdigest(),)]
    assert len(await _attachments(client, user, keeper["id"])) == 1


async def test_another_users_transactions_and_files_are_out_of_reach(client, make_user):
    owner = await make_user("owner@example.com")
    stranger = await make_user("stranger@example.com")
    txn = await add_txn(client, owner)
    mine = await add_txn(client, stranger)
    api = f"/api/v1/transactions/{txn['id']}/attachments"
    created = await client.post(
        api, headers=owner.headers, files={"file": ("receipt.pdf", RECEIPT, "application/pdf")}
    )
    attachment_id = created.json()["id"]

    assert (await client.get(api, headers=stranger.headers)).status_code == 404
    assert (await client.get(f"{api}/{attachment_id}", headers=stranger.headers)).status_code == 404
    assert (
        await client.delete(f"{api}/{attachment_id}", headers=stranger.headers)
    ).status_code == 404
    upload = await client.post(
        api, headers=stranger.headers, files={"file": ("x.pdf", RECEIPT, "application/pdf")}
    )
    assert upload.status_code == 404
    # The owner's attachment id under the stranger's own transaction is not found either.
    via_mine = f"/api/v1/transactions/{mine['id']}/attachments/{attachment_id}"
    assert (await client.get(via_mine, headers=stranger.headers)).status_code == 404
    assert (await client.delete(via_mine, headers=stranger.headers)).status_code == 404
    # The stranger uploading the same bytes gets a blob of their own.
    own = await client.post(
        f"/api/v1/transactions/{mine['id']}/attachments",
        headers=stranger.headers,
        files={"file": ("receipt.pdf", RECEIPT, "application/pdf")},
    )
    assert own.status_code == 201
    assert [a["id"] for a in await _attachments(client, owner, txn["id"])] == [attachment_id]
    assert (await client.get(f"{api}/{attachment_id}", headers=owner.headers)).content == RECEIPT


async def test_a_merged_transaction_lists_the_files_of_every_email_merged_into_it(
    client, session_factory, settings, run_email_jobs, make_user
):
    user = await make_user("merged-files@example.com")
    sent = datetime.now(UTC) - timedelta(days=2)
    mails = []
    for index, name in enumerate(("alert-receipt.pdf", "copy-receipt.pdf")):
        message = EmailMessage()
        message["From"] = "HDFC Bank InstaAlerts <alerts@hdfcbank.net>"
        message["To"] = "me@example.com"
        message["Subject"] = "You have done a UPI txn. Check details!"
        message["Date"] = format_datetime(sent + timedelta(minutes=3 * index))
        message["Message-ID"] = f"<merged-{index}@hdfc>"
        message.set_content(
            "Dear Customer, Rs.749.00 has been debited from account **4321 to VPA "
            f"swiggy@icici SWIGGY on {sent:%d-%m-%y}. Your UPI transaction reference number "
            "is 612345678901.\n"
        )
        message.add_attachment(
            text_pdf([f"Receipt {index}", "Total INR 749.00"]),
            maintype="application",
            subtype="pdf",
            filename=name,
        )
        mails.append(message.as_bytes())
    await mbox_account(settings, session_factory, uuid.UUID(user.user["id"]), mails)
    await sync(client, user, run_email_jobs)

    [only] = await all_transactions(client, user.headers)  # the second report was merged
    listed = await _attachments(client, user, only["id"])
    assert sorted(a["filename"] for a in listed) == ["alert-receipt.pdf", "copy-receipt.pdf"]
    for item in listed:
        download = await client.get(
            f"/api/v1/transactions/{only['id']}/attachments/{item['id']}", headers=user.headers
        )
        assert download.status_code == 200 and download.content.startswith(b"%PDF-")
