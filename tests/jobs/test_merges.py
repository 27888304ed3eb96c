"""Two emails are one payment only on positive evidence, and every merge is shown on both emails
and can be undone. Mail goes through the real pipeline (mbox → sync → extract → post); where the
merge rule needs a reading these short texts do not carry, the test writes the ExtractionResult
itself."""

import uuid
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from email.utils import format_datetime

import pytest

from app.core.tasks import ExtractEmails
from app.extraction import reader
from app.extraction.result import ExtractionResult
from app.jobs.email_extraction import run_email_extraction
from tests.jobs.test_email_sync import mbox_account
from tests.jobs.test_extraction_pipeline import all_transactions
from tests.ledger_helpers import rows
from workers.email import WorkerSettings as EmailWorker

IST = timezone(timedelta(hours=5, minutes=30))


def mail(message_id: str, sender: str, name: str, subject: str, sent: datetime, body: str) -> bytes:
    return (
        f"From: {name} <{sender}>\nTo: alex.rao@example.com\nSubject: {subject}\n"
        f"Date: {format_datetime(sent)}\nMessage-ID: {message_id}\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


async def sync(client, user, run_email_jobs, months: int = 6):
    response = await client.post(
        f"/api/v1/email-sync/start/{user.user['id']}?months={months}", headers=user.headers
    )
    assert response.status_code == 202, response.text
    await run_email_jobs(EmailWorker.functions)


async def email_ids(client, user) -> dict[str, str]:
    """Message-ID → email id."""
    page = (await client.get("/api/v1/emails?limit=100", headers=user.headers)).json()
    return {e["message_id"]: e["id"] for e in page["items"]}


async def extraction(client, user, email_id):
    response = await client.get(f"/api/v1/emails/{email_id}", headers=user.headers)
    assert response.status_code == 200, response.text
    return response.json()["extraction"]


async def extract_again(worker_ctx, user_id):
    """What a re-extraction does: the emails' results are forgotten and read again."""
    async with worker_ctx.sessionmaker() as session:
        from sqlalchemy import text

        await session.execute(
            text("DELETE FROM email_extractions WHERE user_id = :u"), {"u": user_id}
        )
        await session.commit()
    return await run_email_extraction(worker_ctx, ExtractEmails(user_id=user_id))


@pytest.fixture
def scripted(monkeypatch):
    """Message-ID → the ExtractionResult the extractor returns for that message (others
    are read by the real rules)."""
    answers: dict[str, ExtractionResult] = {}
    real = reader.extract
    monkeypatch.setattr(
        reader, "extract", lambda email: answers.get(email.message_id) or real(email)
    )
    return answers


def salary_alert(month: datetime) -> bytes:
    sent = month.replace(day=28, hour=10, minute=15)
    body = (
        f"Dear Customer, INR 75,000.00 has been credited to your A/c XX4321 on "
        f"{sent:%d-%b-%y} for NEFT Cr-CITI0000002-ACME TECHNOLOGIES PVT LTD-ALEX RAO-SALARY "
        f"{sent:%b %Y}.Avl bal INR 1,10,000.00"
    ).upper()
    return mail(
        f"<salary-{sent:%Y%m}@hdfcbank.net>",
        "alerts@hdfcbank.net",
        "HDFC Bank InstaAlerts",
        "Salary credited to your account",
        sent,
        body,
    )


async def test_twelve_monthly_salaries_sharing_a_bank_code_are_twelve_transactions(
    client, session_factory, settings, run_email_jobs, make_user, worker_ctx
):
    """The IFSC in the NEFT line (CITI0000002) is the payer's branch, not a payment reference:
    before, the twelve credits collapsed into one and eleven salaries vanished."""
    user = await make_user("salaries@example.com")
    first = datetime.now(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    months = [(first - timedelta(days=31 * back)).replace(day=1) for back in range(1, 13)]
    mailbox = [salary_alert(month) for month in months]
    await mbox_account(settings, session_factory, uuid.UUID(user.user["id"]), mailbox)
    await sync(client, user, run_email_jobs, months=14)

    found = await all_transactions(client, user.headers)
    assert len(found) == 12, [t["occurred_at"] for t in found]
    assert {(t["amount"], t["currency"], t["type"]) for t in found} == {
        ("75000.00", "INR", "credit")
    }
    assert await rows(worker_ctx, "SELECT id FROM transaction_merges") == []
    linked = await rows(
        worker_ctx,
        "SELECT count(DISTINCT transaction_id) FROM email_extractions WHERE status = 'transaction'",
    )
    assert linked == [(12,)]  # every email links to its own transaction


def upi_alert(sent: datetime, reference: str) -> bytes:
    return mail(
        "<upi-alert@hdfcbank.net>",
        "alerts@hdfcbank.net",
        "HDFC Bank InstaAlerts",
        "You have done a UPI txn. Check details!",
        sent,
        f"Dear Customer, Rs.749.00 has been debited from account **4321 to VPA swiggy@icici "
        f"SWIGGY on {sent:%d-%m-%y}. Your UPI transaction reference number is {reference}.",
    )


def swiggy_receipt(sent: datetime, reference: str) -> bytes:
    return mail(
        "<order-88123@swiggy.in>",
        "noreply@swiggy.in",
        "Swiggy",
        "Your Swiggy order summary",
        sent,
        f"Thank you for ordering with Swiggy!\nOrder Total: Rs. 749.00\n"
        f"Paid via UPI. UPI transaction reference number is {reference}.",
    )


async def test_a_shared_payment_reference_merges_and_the_split_undoes_it(
    client, session_factory, settings, run_email_jobs, make_user, worker_ctx
):
    user = await make_user("reference@example.com")
    sent = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
    mailbox = [
        upi_alert(sent, "612345678901"),
        swiggy_receipt(sent + timedelta(hours=2), "612345678901"),
    ]
    await mbox_account(settings, session_factory, uuid.UUID(user.user["id"]), mailbox)
    await sync(client, user, run_email_jobs)

    [kept] = await all_transactions(client, user.headers)
    ids = await email_ids(client, user)
    alert_id, receipt_id = ids["<upi-alert@hdfcbank.net>"], ids["<order-88123@swiggy.in>"]
    assert kept["email_id"] == alert_id

    receipt = await extraction(client, user, receipt_id)
    assert receipt["transaction_id"] == kept["id"]
    merged = receipt["merged_into"]
    assert merged["reason"] == "reference" and "612345678901" in merged["evidence"]
    assert merged["transaction_id"] == kept["id"]
    assert merged["transaction_email_id"] == alert_id and merged["amount"] == "749.00"
    alert = await extraction(client, user, alert_id)
    assert alert["merged_into"] is None
    assert [m["email_id"] for m in alert["also_reported_by"]] == [receipt_id]

    split = await client.post(
        f"/api/v1/transactions/{kept['id']}/merges/{receipt_id}/split", headers=user.headers
    )
    assert split.status_code == 201, split.text
    own = split.json()
    assert (own["amount"], own["type"], own["email_id"]) == ("749.00", "debit", receipt_id)
    assert own["reference"] == "612345678901"
    assert len(await all_transactions(client, user.headers)) == 2
    receipt = await extraction(client, user, receipt_id)
    assert receipt["transaction_id"] == own["id"] and receipt["merged_into"] is None
    assert receipt["split"][0]["split_transaction_id"] == own["id"]

    # Extracted again: the reference still matches, and still they stay apart.
    again = await extract_again(worker_ctx, user.user["id"])
    assert again["examined"] == 2 and again["recorded"] == 0
    assert len(await all_transactions(client, user.headers)) == 2
    receipt = await extraction(client, user, receipt_id)
    assert receipt["transaction_id"] == own["id"] and receipt["merged_into"] is None


async def test_the_bank_alert_and_the_shop_receipt_of_one_card_payment_minutes_apart(
    client, session_factory, settings, run_email_jobs, make_user, worker_ctx
):
    """No shared reference: same amount, card and direction, three minutes apart by the times
    the two texts state (as the real extractor reads them). One transaction, the merge shown on
    both emails; split and extracted again, they stay two."""
    user = await make_user("window@example.com")
    paid = (datetime.now(IST) - timedelta(days=1)).replace(
        hour=20, minute=2, second=0, microsecond=0
    )
    mailbox = [
        mail(
            "<card-alert@hdfcbank.net>",
            "alerts@hdfcbank.net",
            "HDFC Bank",
            "Alert: your HDFC Bank Credit Card was used",
            paid + timedelta(minutes=1),
            f"Rs 1,299.00 spent on HDFC Bank Visa Credit Card XX1842 at AMAZON on "
            f"{paid:%d-%m-%Y %H:%M:%S} IST.",
        ),
        mail(
            "<order-1@amazon.in>",
            "auto-confirm@amazon.in",
            "Amazon.in",
            "Your Amazon.in order of 1 item",
            paid + timedelta(minutes=40),
            f"Order placed {paid + timedelta(minutes=3):%d %b %Y %H:%M} IST. Order Total: "
            f"Rs. 1,299.00. Paid with Visa ending in 1842.",
        ),
    ]
    await mbox_account(settings, session_factory, uuid.UUID(user.user["id"]), mailbox)
    await sync(client, user, run_email_jobs)

    [kept] = await all_transactions(client, user.headers)
    ids = await email_ids(client, user)
    alert_id, receipt_id = ids["<card-alert@hdfcbank.net>"], ids["<order-1@amazon.in>"]
    assert kept["email_id"] == alert_id
    assert kept["account_name"] == "HDFC Bank Visa ••1842"
    [merge] = await rows(worker_ctx, "SELECT reason, email_id::text FROM transaction_merges")
    assert merge == ("time_window", receipt_id)
    receipt = await extraction(client, user, receipt_id)
    assert receipt["merged_into"]["reason"] == "time_window"
    assert "3 min apart" in receipt["merged_into"]["evidence"]
    alert = await extraction(client, user, alert_id)
    assert [m["email_id"] for m in alert["also_reported_by"]] == [receipt_id]

    # Only the owner may split it, once, and only a real merge.
    url = f"/api/v1/transactions/{kept['id']}/merges/{receipt_id}/split"
    intruder = await make_user("window-intruder@example.com")
    assert (await client.post(url, headers=intruder.headers)).status_code == 404
    assert (
        await client.get(f"/api/v1/emails/{receipt_id}", headers=intruder.headers)
    ).status_code == 404
    wrong = f"/api/v1/transactions/{kept['id']}/merges/{alert_id}/split"
    response = await client.post(wrong, headers=user.headers)
    assert response.status_code == 404 and "not merged" in response.json()["error"]["message"]
    bad = await client.post(
        f"/api/v1/transactions/{kept['id']}/merges/nope/split", headers=user.headers
    )
    assert bad.status_code == 422
    split = await client.post(url, headers=user.headers)
    assert split.status_code == 201, split.text
    assert split.json()["account_id"] == kept["account_id"]  # the same card
    twice = await client.post(url, headers=user.headers)
    assert twice.status_code == 409 and twice.json()["error"]["code"] == "merge_already_split"
    assert len(await all_transactions(client, user.headers)) == 2
    alert = await extraction(client, user, alert_id)
    assert alert["also_reported_by"] == [] and alert["split"][0]["email_id"] == receipt_id

    again = await extract_again(worker_ctx, user.user["id"])
    assert again["examined"] == 2 and again["recorded"] == 0
    assert len(await all_transactions(client, user.headers)) == 2
    assert await rows(worker_ctx, "SELECT count(*) FROM transaction_merges") == [(1,)]
    receipt = await extraction(client, user, receipt_id)
    assert receipt["transaction_id"] == split.json()["id"] and receipt["merged_into"] is None


def card_receipt(message_id: str, sender: str, name: str, sent: datetime) -> bytes:
    return mail(
        message_id,
        sender,
        name,
        "Your receipt",
        sent,
        f"Total: $18.00\nCharged to Visa ••••1842 on {sent:%b %d, %Y}.",
    )


async def test_one_card_seen_through_four_shops_is_one_account_and_its_bank_names_it(
    client, session_factory, settings, run_email_jobs, make_user, scripted
):
    user = await make_user("onecard@example.com")
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=20)
    shops = [
        ("<r1@amazon.com>", "auto-confirm@amazon.com", "Amazon.com"),
        ("<r2@uber.com>", "noreply@uber.com", "Uber Receipts"),
        ("<r3@apple.com>", "no_reply@email.apple.com", "Apple"),
        ("<r4@paypal.com>", "service@paypal.com", "PayPal"),
    ]
    mailbox = []
    for day, (message_id, sender, name) in enumerate(shops):
        sent = start + timedelta(days=day)
        mailbox.append(card_receipt(message_id, sender, name, sent))
        scripted[message_id] = ExtractionResult(
            is_transaction=True,
            amount=Decimal("18.00") + day,
            currency="USD",
            direction="debit",
            merchant=name.split()[0].removesuffix(".com"),
            account_last4="1842",
            occurred_at=sent,
            confidence=0.9,
            card_network="visa",
        )
    await mbox_account(settings, session_factory, uuid.UUID(user.user["id"]), mailbox)
    await sync(client, user, run_email_jobs)
    [card] = (await client.get("/api/v1/accounts", headers=user.headers)).json()
    assert (card["name"], card["issuer"], card["network"], card["last4"]) == (
        "Visa ••1842",
        "",
        "visa",
        "1842",
    )
    assert card["kind"] == "card"
    found = await all_transactions(client, user.headers)
    assert len(found) == 4 and {t["account_id"] for t in found} == {card["id"]}

    # The issuer's own alert for those digits, later: it names the same card.
    sent = start + timedelta(days=10)
    mailbox.append(
        mail(
            "<a1@chase.com>",
            "no.reply.alerts@chase.com",
            "Chase",
            "Your Visa card transaction",
            sent,
            "A $42.10 transaction was made on your Visa card ending in 1842 at WHOLE FOODS.",
        )
    )
    scripted["<a1@chase.com>"] = ExtractionResult(
        is_transaction=True,
        amount=Decimal("42.10"),
        currency="USD",
        direction="debit",
        merchant="Whole Foods",
        account_last4="1842",
        occurred_at=sent,
        confidence=0.95,
    )
    await mbox_account(settings, session_factory, uuid.UUID(user.user["id"]), mailbox)
    await sync(client, user, run_email_jobs)
    [card] = (await client.get("/api/v1/accounts", headers=user.headers)).json()
    assert (card["name"], card["issuer"], card["network"], card["institution"]) == (
        "Chase Visa ••1842",
        "Chase",
        "visa",
        "chase",
    )
    found = await all_transactions(client, user.headers)
    assert len(found) == 5 and {t["account_id"] for t in found} == {card["id"]}
