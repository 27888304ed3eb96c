"""Email → transaction inside the email worker: a synced demo mailbox becomes transactions with
the right amounts and none from non-transaction mail; re-running adds nothing; the same payment
reported twice is one transaction; the LLM path is logged; a correction is learned."""

import dataclasses
import re
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from app.core.config import get_settings
from app.core.tasks import ExtractEmails
from app.extraction.llm import LlmExtractor
from app.jobs.email_extraction import run_email_extraction
from app.mail.parse import parse_email
from tests.fakes.openai_server import FakeOpenAI
from tests.jobs.test_email_sync import mbox_account
from tests.ledger_helpers import rows
from tests.mail_helpers import demo_mailbox, uow_of
from workers.email import WorkerSettings as EmailWorker


def demo_facts(raw: bytes) -> dict[str, str]:
    header = re.search(rb"^X-FinCoach-Demo: (.*)$", raw, re.M)
    assert header
    return dict(part.split("=", 1) for part in header.group(1).decode().split("; "))


async def all_transactions(client, headers):
    items, cursor = [], None
    while True:
        url = "/api/v1/transactions?limit=200" + (f"&cursor={cursor}" if cursor else "")
        page = (await client.get(url, headers=headers)).json()
        items += page["items"]
        if not (cursor := page["next_cursor"]):
            return items


async def sync(client, user, run_email_jobs):
    response = await client.post(
        f"/api/v1/email-sync/start/{user.user['id']}", headers=user.headers
    )
    assert response.status_code == 202
    await run_email_jobs(EmailWorker.functions)


async def test_a_synced_mailbox_becomes_transactions(
    client, session_factory, settings, run_email_jobs, worker_ctx, make_user
):
    user = await make_user("ledger@example.com")
    mailbox = [raw for raw, _ in demo_mailbox(240)]
    await mbox_account(settings, session_factory, uuid.UUID(user.user["id"]), mailbox)
    await sync(client, user, run_email_jobs)

    # Every payment the mailbox reports is in the ledger once: none missed, none merged into
    # another (each demo message is a payment of its own), none invented. Deliberately broken
    # messages may or may not be readable.
    payments: Counter[tuple[Decimal, str, str]] = Counter()
    broken: Counter[tuple[Decimal, str, str]] = Counter()
    for raw in mailbox:
        facts = demo_facts(raw)
        if facts.get("transaction") == "yes":
            key = (Decimal(facts["amount"]), facts["currency"], facts["type"])
            (broken if "broken" in facts else payments)[key] += 1
    found = await all_transactions(client, user.headers)
    ledger = Counter((Decimal(t["amount"]), t["currency"], t["type"]) for t in found)
    assert not payments - ledger, f"missing or merged: {payments - ledger}"
    assert not ledger - (payments + broken), f"no email reported: {ledger - payments - broken}"
    assert await rows(worker_ctx, "SELECT count(*) FROM transaction_merges") == [(0,)]
    assert all(t["source"] == "email" and t["email_id"] for t in found)
    # ... each at its true instant: the demo writes the payment's local time (in the sender's
    # zone) into the text and sends the mail at that moment.
    sent = {email.message_id: email.received_at for email in map(parse_email, mailbox)}
    stored = await rows(
        worker_ctx,
        "SELECT e.message_id, t.occurred_at FROM transactions t JOIN emails e ON e.id = t.email_id",
    )
    shifted = [
        (message_id, at, sent[message_id])
        for message_id, at in stored
        if message_id in sent and abs(at - sent[message_id]) > timedelta(minutes=1)
    ]
    assert not shifted, shifted[:5]
    now = datetime.now(UTC)
    assert all(at <= now for _, at in stored), "in the future"

    # Running extraction again over the whole mailbox adds nothing.
    again = await run_email_extraction(worker_ctx, ExtractEmails(user_id=user.user["id"]))
    assert again["examined"] == 0
    assert len(await all_transactions(client, user.headers)) == len(found)

    # Each email shows what was extracted from it.
    detail = (
        await client.get(f"/api/v1/emails/{found[0]['email_id']}", headers=user.headers)
    ).json()
    assert detail["extraction"]["status"] == "transaction"
    assert detail["extraction"]["transaction_id"] == found[0]["id"]
    assert Decimal(detail["extraction"]["fields"]["amount"]) == Decimal(found[0]["amount"])


def bank_alert(message_id: str, sent: datetime, reference: str, payee: str = "SWIGGY") -> bytes:
    return (
        f"From: HDFC Bank InstaAlerts <alerts@hdfcbank.net>\nTo: me@example.com\n"
        f"Subject: You have done a UPI txn. Check details!\n"
        f"Date: {sent.strftime('%a, %d %b %Y %H:%M:%S +0000')}\nMessage-ID: {message_id}\n"
        f"Content-Type: text/plain; charset=utf-8\n\n"
        f"Dear Customer, Rs.749.00 has been debited from account **4321 to VPA "
        f"{payee.lower()}@icici {payee} on {sent.strftime('%d-%m-%y')}. "
        f"Your UPI transaction reference number is {reference}.\n"
    ).encode()


async def test_the_same_payment_reported_twice_is_one_transaction(
    client, session_factory, settings, run_email_jobs, make_user
):
    user = await make_user("twice@example.com")
    sent = datetime.now(UTC) - timedelta(days=2)
    mail = [
        bank_alert("<a1@hdfc>", sent, "612345678901"),
        bank_alert("<a2@hdfc>", sent + timedelta(minutes=3), "612345678901"),
    ]
    await mbox_account(settings, session_factory, uuid.UUID(user.user["id"]), mail)
    await sync(client, user, run_email_jobs)
    [only] = await all_transactions(client, user.headers)
    assert (only["amount"], only["currency"], only["type"]) == ("749.00", "INR", "debit")


@pytest.fixture
def fake_openai():
    server = FakeOpenAI().start()
    yield server
    server.stop()


UNKNOWN_RECEIPT = (
    "From: Tiny Shop <billing@tinyshop.example>\nTo: me@example.com\nSubject: Thanks!\n"
    "Date: {date}\nMessage-ID: <r1@tinyshop.example>\nContent-Type: text/plain\n\n"
    "Order 8812 total 1,299.00 INR. Thanks for shopping with Tiny Shop!\n"
)


async def test_the_llm_reads_what_the_rules_cannot_and_every_call_is_logged(
    client, session_factory, settings, fake_openai, worker_ctx, make_user
):
    user = await make_user("llm@example.com")
    sent = datetime.now(UTC) - timedelta(days=1)
    raw = UNKNOWN_RECEIPT.format(date=sent.strftime("%a, %d %b %Y %H:%M:%S +0000")).encode()
    await mbox_account(settings, session_factory, uuid.UUID(user.user["id"]), [raw])
    from app.ingest.sync import sync_account

    accounts = (await client.get("/api/v1/connected-accounts", headers=user.headers)).json()
    await sync_account(
        uow_of(session_factory), get_settings(), uuid.UUID(accounts[0]["id"]), "initial"
    )
    fake_openai.answer_json(
        {
            "is_transaction": True,
            "amount": "1299.00",
            "currency": "INR",
            "direction": "debit",
            "merchant": "Tiny Shop",
            "reference": "8812",
        }
    )
    llm_settings = get_settings().model_copy(update={"llm_base_url": fake_openai.base_url})
    ctx = dataclasses.replace(worker_ctx, llm=LlmExtractor(llm_settings))
    summary = await run_email_extraction(ctx, ExtractEmails(user_id=user.user["id"]))
    assert summary["llm_calls"] == 1 and summary["recorded"] == 1

    [txn] = await all_transactions(client, user.headers)
    assert txn["amount"] == "1299.00" and txn["transactor_name"] == "Tiny Shop"
    [call] = (await client.get("/api/v1/llm-transactions", headers=user.headers)).json()
    assert call["outcome"] == "ok" and call["prompt_tokens"] == 420
    other = await make_user("nosy@example.com")
    assert (await client.get("/api/v1/llm-transactions", headers=other.headers)).json() == []


async def test_a_category_correction_is_learned(
    client, run_base_jobs, session_factory, settings, run_email_jobs, make_user
):
    user = await make_user("learn@example.com")
    base = datetime.now(UTC) - timedelta(days=20)
    first = [
        bank_alert(f"<l{i}@hdfc>", base + timedelta(days=i), f"7000000000{i:02d}", "ZOMATO")
        for i in range(3)
    ]
    await mbox_account(settings, session_factory, uuid.UUID(user.user["id"]), first)
    await sync(client, user, run_email_jobs)
    txns = await all_transactions(client, user.headers)
    categories = (await client.get("/api/v1/categories", headers=user.headers)).json()
    groceries = next(c["id"] for c in _flatten(categories) if c["name"].lower() == "groceries")
    assert all(t["category_id"] != groceries for t in txns)

    assert all(t["category_name"].lower() == "dining" for t in txns)  # the seed model's guess
    for txn in txns:  # the person says: Zomato is groceries for me (its grocery service)
        response = await client.patch(
            f"/api/v1/transactions/{txn['id']}",
            json={"category_id": groceries},
            headers=user.headers,
        )
        assert response.status_code == 200
    await run_base_jobs()  # the retrain job the corrections queued

    later = [
        bank_alert(f"<n{i}@hdfc>", base + timedelta(days=10 + i), f"8000000000{i:02d}", "ZOMATO")
        for i in range(2)
    ]
    await mbox_account(settings, session_factory, uuid.UUID(user.user["id"]), first + later)
    await sync(client, user, run_email_jobs)
    new = [
        t
        for t in await all_transactions(client, user.headers)
        if t["id"] not in {x["id"] for x in txns}
    ]
    assert len(new) == 2
    assert all(t["category_id"] == groceries and t["category_source"] == "model" for t in new)


def _flatten(categories):
    for category in categories:
        yield category
        yield from _flatten(category.get("children", []))


async def test_a_budget_crossed_by_ingested_mail_sends_its_alert(
    client, smtp, run_base_jobs, session_factory, settings, run_email_jobs, make_user
):
    """Transactions that come from email cross budgets like those typed in: the alert rows
    raised by an extraction batch are delivered once the batch commits."""
    user = await make_user("ingest-budget@example.com")
    overall = await client.post(
        "/api/v1/budgets", headers=user.headers, json={"category_id": None, "amount": "1000"}
    )
    assert overall.status_code == 201, overall.text
    now = datetime.now(UTC).replace(microsecond=0)
    mail = [
        bank_alert(f"<b{i}@hdfc>", now - timedelta(minutes=30 - i), f"61234567890{i}")
        for i in range(2)
    ]
    await mbox_account(settings, session_factory, uuid.UUID(user.user["id"]), mail)
    await sync(client, user, run_email_jobs)
    assert len(await all_transactions(client, user.headers)) == 2  # 2 × 749 = 1,498 of 1,000

    await run_base_jobs()
    subjects = [m["Subject"] for m in smtp.messages_to(user.email) if "Budget" in m["Subject"]]
    assert subjects == ["Budget alert: overall is used up"], subjects
