"""Issue #13 through the API: provenance spans, the review inbox and each action, teaching a
sender from one and from two corrections, re-extraction that keeps the user's word, tombstones,
and isolation between users. Mail goes through the real ingest path (mbox sync, email worker
functions in burst mode); the re-extraction job runs in-process the same way."""

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from tests.ledger_helpers import rows
from tests.review_helpers import (
    ZURI,
    _message,
    detail,
    digest,
    emails_of,
    ingest,
    review_items,
    run_jobs,
    span_of,
    transactions,
    zuri,
    zuri_received,
)

MERCHANTS = ["Java House", "Naivas Westlands", "KPLC Prepaid", "Mama Oliech", "Carrefour TRM"]
AMOUNTS = ["1,250.00", "80.00", "15,000.50", "640.00", "3,210.75"]


def mailbox(count: int = 5) -> list[bytes]:
    return [zuri(i, AMOUNTS[i], MERCHANTS[i], days_ago=i + 1) for i in range(count)]


async def _setup(client, settings, session_factory, run_email_jobs, make_user, email, raws):
    user = await make_user(email)
    await ingest(client, settings, session_factory, user, run_email_jobs, raws)
    return user


async def _teach_merchant(client, user, email_id, merchant):
    """The person selects the merchant's name in the highlighted message."""
    text = (await detail(client, user, email_id))["reading"]["text"]
    response = await client.post(
        f"/api/v1/emails/{email_id}/correction",
        json={
            "action": "edit",
            "fields": {"merchant": merchant},
            "spans": {"merchant": span_of(text, merchant)},
        },
        headers=user.headers,
    )
    assert response.status_code == 200, response.text
    return response.json()


def by_email(items):
    return {t["email_id"]: t for t in items}


async def test_the_reading_gives_every_field_its_span(
    client, settings, session_factory, run_email_jobs, make_user
):
    user = await _setup(
        client,
        settings,
        session_factory,
        run_email_jobs,
        make_user,
        "spans@example.com",
        mailbox(1),
    )
    [email] = await emails_of(client, user)
    reading = (await detail(client, user, email["id"]))["reading"]
    text = reading["text"]
    assert text.startswith("ZuriPochi taarifa 0\nHabari,")
    assert reading["part"] == "text"
    fields = {f["field"]: f for f in reading["fields"]}
    assert {"amount", "currency", "direction", "merchant", "account_last4", "occurred_at"} <= set(
        fields
    )
    for name, shown in fields.items():
        assert 0 <= shown["start"] < shown["end"] <= len(text), name
        assert shown["source"] == "rules" and shown["confidence"] is not None, name

    def says(name):
        return text[fields[name]["start"] : fields[name]["end"]]

    assert says("amount") == "1,250.00" and fields["amount"]["value"] == "1250.00"
    assert says("currency") == "KES"
    assert says("account_last4").endswith("4411")
    assert says("occurred_at") in text.splitlines()[5]  # the "Tarehe:" line
    assert says("balance") == "98,000.00"


async def test_one_correction_teaches_the_sender_and_rereads_its_mail(
    client, settings, session_factory, run_email_jobs, make_user, worker_ctx
):
    user = await _setup(
        client, settings, session_factory, run_email_jobs, make_user, "teach@example.com", mailbox()
    )
    before = await transactions(client, user)
    assert len(before) == 5 and all(t["transactor_name"] == "ZuriPochi" for t in before)
    emails = await emails_of(client, user)
    doubts = await review_items(client, user, reason="low_confidence")
    assert {item["email_id"] for item in doubts} == {email["id"] for email in emails}
    assert all("occurred_at" not in item["detail"] for item in doubts)  # named for people

    taught = await _teach_merchant(client, user, emails[0]["id"], "Java House")
    assert taught["template_learned"] and taught["reextract_job_id"]
    await run_jobs(run_email_jobs)
    # Read surely now, the sender's other emails need no person any more.
    assert await review_items(client, user, reason="low_confidence") == []

    job = (
        await client.get(f"/api/v1/jobs/{taught['reextract_job_id']}", headers=user.headers)
    ).json()
    assert job["type"] == "sender_reextract" and job["status"] == "completed"
    assert job["progress"] == 100.0 and job["total"] == 5

    after = by_email(await transactions(client, user))
    for index, email in enumerate(emails):
        row = after[email["id"]]
        assert row["transactor_name"].casefold() == MERCHANTS[index].casefold(), row
        assert Decimal(row["amount"]) == Decimal(AMOUNTS[index].replace(",", ""))
    other = (await detail(client, user, emails[3]["id"]))["reading"]
    merchant = next(f for f in other["fields"] if f["field"] == "merchant")
    assert merchant["source"] == "template" and merchant["value"] == "Mama Oliech"
    assert other["text"][merchant["start"] : merchant["end"]] == "Mama Oliech"
    corrected = (await detail(client, user, emails[0]["id"]))["reading"]
    assert next(f for f in corrected["fields"] if f["field"] == "merchant")["source"] == "user"

    # Future mail from the sender is read by the template first.
    await ingest(
        client,
        settings,
        session_factory,
        user,
        run_email_jobs,
        [zuri(9, "55.00", "Uchumi Kilimani")],
    )
    new = [t for t in await transactions(client, user) if t["email_id"] not in after]
    assert [(t["transactor_name"], t["amount"]) for t in new] == [("Uchumi Kilimani", "55.00")]

    # The sender, its template and the template's accuracy since it was taught.
    senders = (await client.get("/api/v1/senders", headers=user.headers)).json()
    [sender] = [s for s in senders["items"] if s["address"] == ZURI]
    assert sender["has_template"] and sender["emails"] == 6 and sender["transactions"] == 6
    assert sender["id"] == taught["sender_id"]
    shown = (await client.get(f"/api/v1/senders/{sender['id']}", headers=user.headers)).json()
    assert shown["template"]["examples"] == 1 and "merchant" in shown["template"]["fields"]
    assert shown["accuracy_since_template"]["checked"] == 4
    assert shown["accuracy_since_template"]["accuracy"] == 1.0
    assert len(shown["recent_emails"]) == 6

    deleted = await client.delete(f"/api/v1/senders/{sender['id']}/template", headers=user.headers)
    assert deleted.status_code == 204
    again = await client.delete(f"/api/v1/senders/{sender['id']}/template", headers=user.headers)
    assert again.status_code == 404
    assert await rows(worker_ctx, "SELECT count(*) FROM sender_templates") == [(0,)]


async def test_two_corrections_align_the_template(
    client, settings, session_factory, run_email_jobs, make_user
):
    user = await _setup(
        client, settings, session_factory, run_email_jobs, make_user, "two@example.com", mailbox()
    )
    emails = await emails_of(client, user)
    await _teach_merchant(client, user, emails[0]["id"], "Java House")
    await run_jobs(run_email_jobs)
    second = await _teach_merchant(client, user, emails[1]["id"], "Naivas Westlands")
    await run_jobs(run_email_jobs)
    shown = (
        await client.get(f"/api/v1/senders/{second['sender_id']}", headers=user.headers)
    ).json()
    assert shown["template"]["examples"] == 2 and shown["template"]["layouts"] == 1
    after = by_email(await transactions(client, user))
    assert [after[e["id"]]["transactor_name"] for e in emails] == MERCHANTS


async def test_a_sibling_format_gets_the_counterparty_the_rules_misread(
    client, settings, session_factory, run_email_jobs, make_user, worker_ctx
):
    raws = [*mailbox(2), zuri_received(7, "5,000.00", "Amina Odhiambo", days_ago=4)]
    user = await _setup(
        client, settings, session_factory, run_email_jobs, make_user, "sibling@example.com", raws
    )
    received = next(
        t for t in await transactions(client, user) if Decimal(t["amount"]) == Decimal("5000")
    )
    assert received["transactor_name"] == "ZuriPochi"  # the rules' reading of the other format
    [alert] = [e for e in await emails_of(client, user) if e["subject"] == "ZuriPochi taarifa 0"]
    await _teach_merchant(client, user, alert["id"], "Java House")
    await run_jobs(run_email_jobs)
    # The person said "ZuriPochi" is not who was paid: the template remembers it for the sender.
    assert await rows(
        worker_ctx, "SELECT template -> 'layouts' -> 0 -> 'misread' FROM sender_templates"
    ) == [(["zuripochi"],)]
    after = by_email(await transactions(client, user))
    sibling = after[received["email_id"]]
    # Only the name is the template's: the other format's amount and direction stay the rules'.
    assert sibling["transactor_name"] == "Amina Odhiambo"
    assert (Decimal(sibling["amount"]), sibling["type"]) == (Decimal("5000"), received["type"])


async def test_a_cash_machine_the_template_reads_clears_the_counterparty(
    client, settings, session_factory, run_email_jobs, make_user
):
    raws = [*mailbox(2), zuri(5, "2,000.00", "ATM KENCOM HOUSE", days_ago=3)]
    user = await _setup(
        client, settings, session_factory, run_email_jobs, make_user, "atm@example.com", raws
    )
    cash = next(
        t for t in await transactions(client, user) if Decimal(t["amount"]) == Decimal("2000")
    )
    assert cash["transactor_name"] is None  # the rules: cash from a machine pays no one
    [alert] = [e for e in await emails_of(client, user) if e["subject"] == "ZuriPochi taarifa 0"]
    await _teach_merchant(client, user, alert["id"], "Java House")
    await run_jobs(run_email_jobs)
    after = by_email(await transactions(client, user))
    assert after[cash["email_id"]]["transactor_name"] is None  # a withdrawal names no one
    assert Decimal(after[cash["email_id"]]["amount"]) == Decimal("2000")
    reading = (await detail(client, user, cash["email_id"]))["reading"]
    merchant = [f for f in reading["fields"] if f["field"] == "merchant"]
    assert merchant == [] or merchant[0]["value"] is None


async def test_reextraction_keeps_hand_set_fields_and_tombstones(
    client, settings, session_factory, run_email_jobs, make_user, worker_ctx
):
    user = await _setup(
        client, settings, session_factory, run_email_jobs, make_user, "word@example.com", mailbox()
    )
    emails = await emails_of(client, user)
    ledger = by_email(await transactions(client, user))
    hand = ledger[emails[2]["id"]]
    patched = await client.patch(
        f"/api/v1/transactions/{hand['id']}",
        json={"merchant": "Kenya Power", "amount": "15000.00"},
        headers=user.headers,
    )
    assert patched.status_code == 200, patched.text
    gone = ledger[emails[3]["id"]]
    assert (
        await client.delete(f"/api/v1/transactions/{gone['id']}", headers=user.headers)
    ).status_code == 204
    refused = await client.post(
        f"/api/v1/emails/{emails[4]['id']}/correction",
        json={"action": "not_transaction"},
        headers=user.headers,
    )
    assert refused.status_code == 200, refused.text
    assert refused.json()["transaction_id"] is None

    await _teach_merchant(client, user, emails[0]["id"], "Java House")
    await run_jobs(run_email_jobs)
    after = by_email(await transactions(client, user))
    assert set(after) == {emails[0]["id"], emails[1]["id"], emails[2]["id"]}
    kept = after[emails[2]["id"]]
    assert (kept["transactor_name"], kept["amount"]) == ("Kenya Power", "15000.00")
    assert after[emails[1]["id"]]["transactor_name"] == "Naivas Westlands"
    hand_reading = (await detail(client, user, emails[2]["id"]))["reading"]
    merchant = next(f for f in hand_reading["fields"] if f["field"] == "merchant")
    assert (merchant["source"], merchant["value"]) == ("user", "Kenya Power")

    # The ingest path keeps tombstones too: extracted afresh, the deleted emails stay deleted.
    await rows(worker_ctx, "SELECT 1")
    async with worker_ctx.sessionmaker() as session, session.begin():
        from sqlalchemy import text

        await session.execute(
            text("DELETE FROM email_extractions WHERE email_id = ANY(:ids)"),
            {"ids": [uuid.UUID(emails[3]["id"]), uuid.UUID(emails[4]["id"])]},
        )
    from app.core.tasks import ExtractEmails
    from app.jobs.email_extraction import run_email_extraction

    summary = await run_email_extraction(worker_ctx, ExtractEmails(user_id=user.user["id"]))
    assert summary["examined"] == 2 and summary["recorded"] == 0
    assert set(by_email(await transactions(client, user))) == set(after)


async def test_review_items_and_their_actions(
    client, settings, session_factory, run_email_jobs, make_user, worker_ctx
):
    raws = [*mailbox(3), digest(1)]
    user = await _setup(
        client, settings, session_factory, run_email_jobs, make_user, "inbox@example.com", raws
    )
    items = await review_items(client, user)
    reasons = sorted(i["reason"] for i in items)
    # Each payment's amount was read with doubt, and each merchant is new; the digest looks
    # like money that made no transaction.
    assert reasons.count("low_confidence") == 3 and reasons.count("new_merchant") == 1
    assert reasons.count("missed_money") == 1
    low = [i for i in items if i["reason"] == "low_confidence"]
    assert all("amount" in i["fields"] and i["transaction"]["currency"] == "KES" for i in low)
    summary = (await client.get("/api/v1/review/summary", headers=user.headers)).json()
    assert summary["open"] == len(items) and summary["by_reason"]["missed_money"] == 1
    only = await review_items(client, user, reason="missed_money")
    assert [i["reason"] for i in only] == ["missed_money"]

    # Re-running ingest raises nothing twice.
    from app.core.tasks import ExtractEmails
    from app.jobs.email_extraction import run_email_extraction

    async with worker_ctx.sessionmaker() as session, session.begin():
        from sqlalchemy import text

        await session.execute(text("DELETE FROM email_extractions"))
    await run_email_extraction(worker_ctx, ExtractEmails(user_id=user.user["id"]))
    assert len(await review_items(client, user)) == len(items)

    # confirm
    first = low[0]
    confirmed = await client.post(
        f"/api/v1/review/{first['id']}", json={"action": "confirm"}, headers=user.headers
    )
    assert confirmed.status_code == 200 and confirmed.json()["status"] == "resolved"
    twice = await client.post(
        f"/api/v1/review/{first['id']}", json={"action": "confirm"}, headers=user.headers
    )
    assert twice.status_code == 409

    # "this is a transaction" on the digest
    missed = only[0]
    text_ = (await detail(client, user, missed["email_id"]))["reading"]["text"]
    made = await client.post(
        f"/api/v1/review/{missed['id']}",
        json={
            "action": "is_transaction",
            "fields": {"amount": "2400.00", "currency": "KES", "direction": "debit"},
            "spans": {"amount": span_of(text_, "2,400.00")},
        },
        headers=user.headers,
    )
    assert made.status_code == 200, made.text
    assert made.json()["transaction_id"] and made.json()["template_learned"]
    txn = (
        await client.get(
            f"/api/v1/transactions/{made.json()['transaction_id']}", headers=user.headers
        )
    ).json()
    assert (txn["amount"], txn["currency"], txn["type"]) == ("2400.00", "KES", "debit")

    # edit (typed, not selected: the value is found in the text)
    second = low[1]
    edited = await client.post(
        f"/api/v1/review/{second['id']}",
        json={"action": "edit", "fields": {"merchant": MERCHANTS[1]}},
        headers=user.headers,
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["transaction_id"] == second["transaction_id"]

    # bulk confirm what is left (an id of nobody's is skipped)
    left = await review_items(client, user)
    bulk = await client.post(
        "/api/v1/review/bulk-confirm",
        json={"ids": [i["id"] for i in left] + [str(uuid.uuid4())]},
        headers=user.headers,
    )
    assert bulk.json() == {"confirmed": len(left)}
    assert (await client.get("/api/v1/review/summary", headers=user.headers)).json()["open"] == 0


def _alert(message_id: str, minutes: int, reference: str) -> bytes:
    from datetime import UTC, datetime, timedelta

    from tests.jobs.test_extraction_pipeline import bank_alert

    sent = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1, minutes=-minutes)
    return bank_alert(message_id, sent, reference)


async def test_a_merge_is_reviewed_and_split(
    client, settings, session_factory, run_email_jobs, make_user
):
    raws = [_alert("<m1@hdfc>", 0, "612345678901"), _alert("<m2@hdfc>", 3, "612345678901")]
    user = await _setup(
        client, settings, session_factory, run_email_jobs, make_user, "merge@example.com", raws
    )
    assert len(await transactions(client, user)) == 1
    [merge] = await review_items(client, user, reason="merge")
    assert merge["merge_id"] and merge["transaction"]["amount"] == "749.00"
    split = await client.post(
        f"/api/v1/review/{merge['id']}", json={"action": "split"}, headers=user.headers
    )
    assert split.status_code == 200, split.text
    assert split.json()["transaction_id"] != merge["transaction_id"]
    assert len(await transactions(client, user)) == 2


async def test_unusual_amount_for_the_merchant(
    client, settings, session_factory, run_email_jobs, make_user
):
    usual = [zuri(i, "100.00", "Java House", days_ago=i + 2) for i in range(4)]
    user = await _setup(
        client, settings, session_factory, run_email_jobs, make_user, "usual@example.com", usual
    )
    assert len(await review_items(client, user, reason="unusual_amount")) == 0
    await ingest(
        client, settings, session_factory, user, run_email_jobs, [zuri(7, "950.00", "Java House")]
    )
    [item] = await review_items(client, user, reason="unusual_amount")
    assert item["transaction"]["amount"] == "950.00" and "3×" in item["detail"]
    assert len(await review_items(client, user, reason="new_merchant")) == 1  # only the first


async def test_templates_and_review_items_are_the_teachers_own(
    client, settings, session_factory, run_email_jobs, make_user
):
    alice = await _setup(
        client, settings, session_factory, run_email_jobs, make_user, "alice@example.com", mailbox()
    )
    bob = await _setup(
        client, settings, session_factory, run_email_jobs, make_user, "bob@example.com", mailbox()
    )
    emails = await emails_of(client, alice)
    taught = await _teach_merchant(client, alice, emails[0]["id"], "Java House")
    await run_jobs(run_email_jobs)
    assert all(t["transactor_name"] == "ZuriPochi" for t in await transactions(client, bob))
    bobs = (await client.get("/api/v1/senders", headers=bob.headers)).json()["items"]
    assert [s["has_template"] for s in bobs if s["address"] == ZURI] == [False]
    assert all(s["id"] != taught["sender_id"] for s in bobs)
    for method, url, body in (
        ("GET", f"/api/v1/senders/{taught['sender_id']}", None),
        ("DELETE", f"/api/v1/senders/{taught['sender_id']}/template", None),
        ("POST", f"/api/v1/emails/{emails[1]['id']}/correction", {"action": "not_transaction"}),
    ):
        response = await client.request(method, url, json=body, headers=bob.headers)
        assert response.status_code == 404, (url, response.text)
    alices = await review_items(client, alice)
    bob_view = await client.post(
        f"/api/v1/review/{alices[0]['id']}", json={"action": "confirm"}, headers=bob.headers
    )
    assert bob_view.status_code == 404
    bulk = await client.post(
        "/api/v1/review/bulk-confirm", json={"ids": [i["id"] for i in alices]}, headers=bob.headers
    )
    assert bulk.json() == {"confirmed": 0}
    assert len(await review_items(client, alice)) == len(alices)


async def test_bad_input_is_refused(client, settings, session_factory, run_email_jobs, make_user):
    user = await _setup(
        client, settings, session_factory, run_email_jobs, make_user, "bad@example.com", mailbox(1)
    )
    [email] = await emails_of(client, user)
    [item, *_] = await review_items(client, user, reason="low_confidence")
    cases = [
        (f"/api/v1/review/{uuid.uuid4()}", {"action": "confirm"}, 404),
        (f"/api/v1/review/{item['id']}", {"action": "edit"}, 422),
        (f"/api/v1/review/{item['id']}", {"action": "explode"}, 422),
        (
            f"/api/v1/review/{item['id']}",
            {"action": "is_transaction", "fields": {"amount": "5.00"}},
            422,
        ),
        (f"/api/v1/review/{item['id']}", {"action": "confirm", "fields": {"amount": "1"}}, 422),
        (
            f"/api/v1/review/{item['id']}",
            {"action": "edit", "fields": {"amount": "-3"}},
            422,
        ),
        (
            f"/api/v1/review/{item['id']}",
            {"action": "edit", "fields": {"merchant": "X"}, "spans": {"merchant": [5, 2]}},
            422,
        ),
        (
            f"/api/v1/review/{item['id']}",
            {"action": "edit", "fields": {"merchant": "X"}, "spans": {"merchant": [5, 90000]}},
            400,
        ),
        (f"/api/v1/review/{item['id']}", {"action": "split"}, 400),
        (f"/api/v1/emails/{email['id']}/correction", {"action": "confirm"}, 400),
        (f"/api/v1/emails/{uuid.uuid4()}/correction", {"action": "not_transaction"}, 404),
    ]
    for url, body, status in cases:
        response = await client.post(url, json=body, headers=user.headers)
        assert response.status_code == status, (body, response.text)
        assert "error" in response.json() or "detail" in response.json()
    bad_reason = await client.get("/api/v1/review?reason=nope", headers=user.headers)
    assert bad_reason.status_code == 422
    assert (
        await client.get(f"/api/v1/senders/{uuid.uuid4()}", headers=user.headers)
    ).status_code == 404


async def test_deleting_a_merged_payment_keeps_both_reports_deleted(
    client, settings, session_factory, run_email_jobs, make_user, worker_ctx
):
    raws = [_alert("<d1@hdfc>", 0, "612345678902"), _alert("<d2@hdfc>", 3, "612345678902")]
    user = await _setup(
        client, settings, session_factory, run_email_jobs, make_user, "gone@example.com", raws
    )
    [only] = await transactions(client, user)
    deleted = await client.delete(f"/api/v1/transactions/{only['id']}", headers=user.headers)
    assert deleted.status_code == 204
    assert await rows(
        worker_ctx, "SELECT message_id FROM transaction_tombstones ORDER BY message_id"
    ) == [("<d1@hdfc>",), ("<d2@hdfc>",)]
    from sqlalchemy import text

    from app.core.tasks import ExtractEmails
    from app.jobs.email_extraction import run_email_extraction

    async with worker_ctx.sessionmaker() as session, session.begin():
        await session.execute(text("DELETE FROM email_extractions"))
    summary = await run_email_extraction(worker_ctx, ExtractEmails(user_id=user.user["id"]))
    assert summary["examined"] == 2 and summary["recorded"] == 0
    assert await transactions(client, user) == []


async def test_payments_a_template_finds_are_categorised_like_new_mail(
    client, settings, session_factory, run_email_jobs, make_user
):
    """Mail the rules took for no payment, made transactions by a re-read, gets the learned
    categoriser's category, as mail read the first time does."""
    raws = [digest(i, amount, shop="Carrefour TRM") for i, amount in enumerate(("640.00", "85.50"))]
    user = await _setup(
        client, settings, session_factory, run_email_jobs, make_user, "shops@example.com", raws
    )
    assert await transactions(client, user) == []
    [first, second] = await review_items(client, user, reason="missed_money")
    text_ = (await detail(client, user, first["email_id"]))["reading"]["text"]
    amount = "640.00" if "640.00" in text_ else "85.50"
    taught = await client.post(
        f"/api/v1/review/{first['id']}",
        json={
            "action": "is_transaction",
            "fields": {
                "amount": amount,
                "currency": "KES",
                "direction": "debit",
                "merchant": "Carrefour TRM",
            },
            "spans": {
                "amount": span_of(text_, amount),
                "merchant": span_of(text_, "Carrefour TRM"),
            },
        },
        headers=user.headers,
    )
    assert taught.status_code == 200 and taught.json()["template_learned"], taught.text
    await run_jobs(run_email_jobs)

    found = next(t for t in await transactions(client, user) if t["email_id"] == second["email_id"])
    assert found["category_source"] == "model" and found["category_name"] == "Groceries", found


async def test_editing_a_transaction_from_an_email_teaches_its_sender(
    client, settings, session_factory, run_email_jobs, make_user
):
    """A merchant fixed on the Transactions page (PATCH) is a correction of its email too."""
    user = await _setup(
        client, settings, session_factory, run_email_jobs, make_user, "patch@example.com", mailbox()
    )
    emails = await emails_of(client, user)
    first = by_email(await transactions(client, user))[emails[0]["id"]]
    edited = await client.patch(
        f"/api/v1/transactions/{first['id']}",
        json={"merchant": MERCHANTS[0]},
        headers=user.headers,
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["transactor_name"] == MERCHANTS[0]
    await run_jobs(run_email_jobs)

    after = by_email(await transactions(client, user))
    assert [after[e["id"]]["transactor_name"].casefold() for e in emails] == [
        m.casefold() for m in MERCHANTS
    ]
    reading = (await detail(client, user, emails[0]["id"]))["reading"]
    assert next(f for f in reading["fields"] if f["field"] == "merchant")["source"] == "user"
    assert await review_items(client, user, reason="low_confidence") == []


def kind_notice(i: int, kind: str, amount: str, party: str) -> bytes:
    """A made-up format whose one line names the payment's kind in words no lexicon holds:
    only the person can say which value is money in and which money out."""
    received = datetime.now(UTC).replace(microsecond=0) - timedelta(days=10 - i)
    body = (
        f"Dear customer,\nAccount\t2011****4471\nOperation\t{kind}\nAmount\tKES {amount}\n"
        f"Party\t{party}\nReference\tZP{i:06d}\nThank you for banking with ZuriPochi."
    )
    return _message(
        "ZuriPochi <notify@zuripochi.example>", f"ZuriPochi notice {i}", received, f"k{i}", body
    )


async def test_a_second_correction_of_the_other_direction_teaches_the_kind_line(
    client, settings, session_factory, run_email_jobs, make_user
):
    kinds = ["Vorrel zan", "Vorrel zan", "Melik tor", "Melik tor", "Vorrel zan", "Melik tor"]
    directions = {"Vorrel zan": "debit", "Melik tor": "credit"}
    amounts = ["1,250.00", "80.00", "15,000.50", "640.00", "3,210.75", "99.00"]
    raws = [kind_notice(i, kinds[i], amounts[i], f"SHOP NUMBER {i}") for i in range(6)]
    user = await _setup(
        client, settings, session_factory, run_email_jobs, make_user, "kinds@example.com", raws
    )
    emails = sorted(await emails_of(client, user), key=lambda e: e["subject"])

    async def correct(index: int) -> None:
        text = (await detail(client, user, emails[index]["id"]))["reading"]["text"]
        had = by_email(await transactions(client, user)).get(emails[index]["id"])
        fields = {
            "amount": amounts[index].replace(",", ""),
            "currency": "KES",
            "direction": directions[kinds[index]],
        }
        response = await client.post(
            f"/api/v1/emails/{emails[index]['id']}/correction",
            json={
                "action": "edit" if had else "is_transaction",
                "fields": fields,
                "spans": {"amount": span_of(text, amounts[index])},
            },
            headers=user.headers,
        )
        assert response.status_code == 200, response.text
        await run_jobs(run_email_jobs)

    await correct(0)  # a debit: what the other value means, one example cannot say
    await correct(2)  # a credit: now the line says it
    after = by_email(await transactions(client, user))
    assert [after[e["id"]]["type"] for e in emails] == [directions[k] for k in kinds]


async def test_a_counterparty_the_person_clears_stays_cleared(
    client, settings, session_factory, run_email_jobs, make_user
):
    """The person says a payment has no counterparty (`"merchant": null`): it names no one,
    and re-reading the sender's mail with its template keeps that word."""
    user = await _setup(
        client,
        settings,
        session_factory,
        run_email_jobs,
        make_user,
        "clear@example.com",
        mailbox(3),
    )
    emails = {e["subject"]: e["id"] for e in await emails_of(client, user)}
    await _teach_merchant(client, user, emails["ZuriPochi taarifa 0"], "Java House")
    await run_jobs(run_email_jobs)
    response = await client.post(
        f"/api/v1/emails/{emails['ZuriPochi taarifa 2']}/correction",
        json={"action": "edit", "fields": {"merchant": None}},
        headers=user.headers,
    )
    assert response.status_code == 200, response.text
    await run_jobs(run_email_jobs)
    names = sorted(
        (Decimal(t["amount"]), t["transactor_name"]) for t in await transactions(client, user)
    )
    assert names == [
        (Decimal("80.00"), "Naivas Westlands"),
        (Decimal("1250.00"), "Java House"),
        (Decimal("15000.50"), None),
    ]
