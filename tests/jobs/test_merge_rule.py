"""record_drafts, the batch insert of the ingest path, applying the merge rule: against rows
stored by earlier batches and within one batch, in a handful of statements."""

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import text

from app.services.accounts import AccountKey, get_or_create_accounts
from app.services.transactions import NewTransaction, lock_for_time_merges, record_drafts
from tests.ledger_helpers import rows

AT = datetime(2026, 11, 20, 14, 32, tzinfo=UTC)


async def card(worker_ctx, user_id, last4="1842"):
    async with worker_ctx.sessionmaker() as session:
        key = AccountKey("hdfcbank", last4, kind="card", issuer="HDFC Bank")
        ids = await get_or_create_accounts(session, user_id, [key])
        await session.commit()
    return ids[key.identity]


def report(message_id, sender, account_id, **fields):
    base = dict(
        amount=Decimal("1299.00"),
        currency="INR",
        type="debit",
        occurred_at=AT,
        merchant="Amazon",
        sender=sender,
        account_id=account_id,
        account_last4="1842",
        message_id=message_id,
        occurred_at_from_text=True,
    )
    return NewTransaction(**{**base, **fields})


async def record(worker_ctx, user_id, drafts):
    async with worker_ctx.sessionmaker() as session:
        recorded = await record_drafts(session, user_id, drafts)
        await session.commit()
    return recorded


async def test_time_window_against_an_earlier_batch(worker_ctx, make_user):
    user_id = uuid.UUID((await make_user("rule1@example.com")).user["id"])
    account = await card(worker_ctx, user_id)
    [alert] = await record(worker_ctx, user_id, [report("<a>", "alerts@hdfcbank.net", account)])
    [receipt] = await record(
        worker_ctx,
        user_id,
        [report("<r>", "auto-confirm@amazon.in", account, occurred_at=AT + timedelta(minutes=3))],
    )
    assert alert.inserted and not receipt.inserted
    assert receipt.transaction_id == alert.transaction_id and receipt.reason == "time_window"


async def test_three_hours_apart_or_another_card_or_one_sender_are_two_payments(
    worker_ctx, make_user
):
    user_id = uuid.UUID((await make_user("rule2@example.com")).user["id"])
    account = await card(worker_ctx, user_id)
    other_card = await card(worker_ctx, user_id, "5555")
    recorded = await record(
        worker_ctx,
        user_id,
        [
            report("<a1>", "alerts@hdfcbank.net", account),
            # The shop's receipt of another purchase, same amount, same card, 3 hours later.
            report("<r1>", "auto-confirm@amazon.in", account, occurred_at=AT + timedelta(hours=3)),
            # Minutes apart, same amount, but another card.
            report(
                "<r2>",
                "auto-confirm@amazon.in",
                other_card,
                account_last4="5555",
                occurred_at=AT + timedelta(minutes=2),
            ),
            # The same bank's second alert, minutes later: two identical purchases, not one.
            report("<a2>", "alerts@hdfcbank.net", account, occurred_at=AT + timedelta(minutes=4)),
        ],
    )
    assert [r.inserted for r in recorded] == [True, True, True, True]
    # Times from the emails' Date headers only: never merged, however close.
    later = await record(
        worker_ctx,
        user_id,
        [
            report(
                "<r3>",
                "auto-confirm@amazon.in",
                account,
                occurred_at=AT + timedelta(minutes=1),
                occurred_at_from_text=False,
            )
        ],
    )
    assert later[0].inserted


async def test_within_one_batch_the_nearest_report_wins_and_each_sender_counts_once(
    worker_ctx, make_user
):
    user_id = uuid.UUID((await make_user("rule3@example.com")).user["id"])
    account = await card(worker_ctx, user_id)
    two_coffees = [
        report("<a1>", "alerts@hdfcbank.net", account, amount=Decimal("250.00")),
        report(
            "<a2>",
            "alerts@hdfcbank.net",
            account,
            amount=Decimal("250.00"),
            occurred_at=AT + timedelta(minutes=5),
        ),
        report(
            "<r1>",
            "receipts@cafe.example",
            account,
            amount=Decimal("250.00"),
            occurred_at=AT + timedelta(minutes=1),
        ),
        report(
            "<r2>",
            "receipts@cafe.example",
            account,
            amount=Decimal("250.00"),
            occurred_at=AT + timedelta(minutes=6),
        ),
    ]
    a1, a2, r1, r2 = await record(worker_ctx, user_id, two_coffees)
    assert a1.inserted and a2.inserted and a1.transaction_id != a2.transaction_id
    assert (r1.transaction_id, r1.reason) == (a1.transaction_id, "time_window")
    assert (r2.transaction_id, r2.reason) == (a2.transaction_id, "time_window")


async def test_a_shared_reference_across_cards_or_a_month_apart_is_two_payments(
    worker_ctx, make_user
):
    user_id = uuid.UUID((await make_user("rule4@example.com")).user["id"])
    account = await card(worker_ctx, user_id)
    mandate = dict(reference="Txn ID T2503121234567", occurred_at_from_text=False)
    # (Say a bank reused a transaction id.)
    first, same, other_card, next_month = await record(
        worker_ctx,
        user_id,
        [
            report("<m1>", "alerts@hdfcbank.net", account, **mandate),
            report("<m2>", "billing@gym.example", None, account_last4=None, **mandate),
            report("<m3>", "alerts@hdfcbank.net", None, account_last4="9999", **mandate),
            report(
                "<m4>",
                "alerts@hdfcbank.net",
                account,
                **{**mandate, "occurred_at": AT + timedelta(days=30)},
            ),
        ],
    )
    assert first.inserted and (same.transaction_id, same.reason) == (
        first.transaction_id,
        "reference",
    )
    assert other_card.inserted and next_month.inserted
    keys = await rows(
        worker_ctx,
        "SELECT message_id, reference_key FROM transactions ORDER BY message_id",
    )
    assert keys == [
        ("<m1>", "T2503121234567|1299.00|INR|debit"),
        ("<m3>", None),  # it cannot hold the key twice: the first holds it
        ("<m4>", None),
    ]


async def test_concurrent_batches_of_one_user_merge_by_time(worker_ctx, make_user):
    """The batch that comes second waits for the first (lock_for_time_merges) and sees its
    rows: a bank alert and a receipt in two batches running at once are still one payment."""
    user_id = uuid.UUID((await make_user("rule5@example.com")).user["id"])
    account = await card(worker_ctx, user_id)
    alert = report("<a>", "alerts@hdfcbank.net", account)
    receipt = report(
        "<r>", "auto-confirm@amazon.in", account, occurred_at=AT + timedelta(minutes=2)
    )

    async def batch(session, draft):
        await lock_for_time_merges(session, user_id, [draft.amount])
        return await record_drafts(session, user_id, [draft])

    async with worker_ctx.sessionmaker() as first, worker_ctx.sessionmaker() as second:
        [kept] = await batch(first, alert)
        waiting = asyncio.create_task(batch(second, receipt))
        await asyncio.sleep(0.5)
        assert not waiting.done()  # it waits for the first batch's commit
        await first.commit()
        [merged] = await waiting
        await second.commit()
    assert (merged.transaction_id, merged.reason) == (kept.transaction_id, "time_window")


async def test_two_batches_recording_the_same_emails_at_once_agree(worker_ctx, make_user):
    """A sync's batch task and its sweep can read the same emails at the same time: the second
    to insert finds the first's rows (same email, same reference key) and follows them."""
    user_id = uuid.UUID((await make_user("rule7@example.com")).user["id"])
    ids = await stored_emails(worker_ctx, user_id, ["<alert>", "<receipt>"])
    drafts = [
        report(
            "<alert>",
            "alerts@hdfcbank.net",
            None,
            email_id=ids["<alert>"],
            reference="UTR 412345678901",
            occurred_at_from_text=False,
        ),
        report(
            "<receipt>",
            "noreply@swiggy.in",
            None,
            account_last4=None,
            email_id=ids["<receipt>"],
            reference="UPI Ref No. 412345678901",
            occurred_at_from_text=False,
        ),
    ]
    async with worker_ctx.sessionmaker() as first, worker_ctx.sessionmaker() as second:
        alert, receipt = await record_drafts(first, user_id, drafts)
        waiting = asyncio.create_task(record_drafts(second, user_id, drafts))
        await asyncio.sleep(0.5)
        assert not waiting.done()  # its INSERT waits on the first's uncommitted keys
        await first.commit()
        again = await waiting
        await second.commit()
    assert alert.inserted and receipt.reason == "reference"
    assert [r.transaction_id for r in again] == [alert.transaction_id] * 2
    assert not any(r.inserted for r in again)
    assert await rows(worker_ctx, "SELECT count(*) FROM transactions") == [(1,)]
    merges = await rows(worker_ctx, "SELECT transaction_id, email_id FROM transaction_merges")
    assert merges == [(alert.transaction_id, ids["<receipt>"])]


async def test_a_split_pair_is_never_merged_again(worker_ctx, make_user, client):
    """Even when the split-off transaction is gone and its email is read again."""
    from app.services.merges import split_merge

    user = await make_user("rule6@example.com")
    user_id = uuid.UUID(user.user["id"])
    account = await card(worker_ctx, user_id)
    email_ids = await stored_emails(worker_ctx, user_id, ["<a>", "<r>"])
    alert = report("<a>", "alerts@hdfcbank.net", account, email_id=email_ids["<a>"])
    receipt = report(
        "<r>",
        "auto-confirm@amazon.in",
        account,
        email_id=email_ids["<r>"],
        occurred_at=AT + timedelta(minutes=2),
    )
    kept, merged = await record(worker_ctx, user_id, [alert, receipt])
    assert merged.reason == "time_window"
    async with worker_ctx.sessionmaker() as session:
        await session.execute(
            text(
                "INSERT INTO email_extractions (id, email_id, user_id, method, status, "
                "confidence, fields, transaction_id) VALUES (:id, :email, :user, 'rules', "
                "'transaction', 0.9, CAST(:fields AS jsonb), :txn)"
            ),
            {
                "id": uuid.uuid4(),
                "email": email_ids["<r>"],
                "user": user_id,
                "txn": kept.transaction_id,
                "fields": (
                    '{"is_transaction": true, "amount": "1299.00", "currency": "INR", '
                    '"direction": "debit", "account_last4": "1842", '
                    '"occurred_at": "2026-11-20T14:34:00+00:00", "occurred_at_from_text": true}'
                ),
            },
        )
        own = await split_merge(session, user_id, kept.transaction_id, email_ids["<r>"])
        await session.execute(text("DELETE FROM transactions WHERE id = :id"), {"id": own.id})
        await session.commit()
    [again] = await record(worker_ctx, user_id, [receipt])
    assert again.inserted and again.reason is None


async def stored_emails(worker_ctx, user_id, message_ids):
    """Stored emails (what a sync leaves) for drafts to point at: Message-ID → email id."""
    from app.models import ConnectedAccount, Email

    async with worker_ctx.sessionmaker() as session:
        mailbox = ConnectedAccount(user_id=user_id, provider="mbox", address="export.mbox")
        session.add(mailbox)
        await session.flush()
        emails = {
            message_id: Email(
                user_id=user_id,
                account_id=mailbox.id,
                message_id=message_id,
                received_at=AT,
                size=1,
                raw_compressed=b"",
            )
            for message_id in message_ids
        }
        session.add_all(emails.values())
        await session.commit()
        return {message_id: email.id for message_id, email in emails.items()}


async def test_a_batch_costs_the_same_few_statements_whatever_its_size(worker_ctx, make_user):
    """The ingest hot path: what a batch may merge with is ONE query, its rows ONE insert."""
    from sqlalchemy import event

    user_id = uuid.UUID((await make_user("rule8@example.com")).user["id"])
    account = await card(worker_ctx, user_id)
    counts = []
    for size in (1, 5, 150):  # the first makes the merchant: the others find it
        drafts = [
            report(
                f"<{size}-{i}>",
                "alerts@hdfcbank.net",
                account,
                amount=Decimal(100 + i),
                occurred_at=AT + timedelta(hours=i),
                reference=f"UTR {size:03d}{i:09d}",
            )
            for i in range(size)
        ]
        statements: list[str] = []
        async with worker_ctx.sessionmaker() as session:
            engine = (await session.connection()).engine.sync_engine
            listener = statements_into(statements)
            event.listen(engine, "before_cursor_execute", listener)
            try:
                recorded = await record_drafts(session, user_id, drafts, check_budgets=False)
            finally:
                event.remove(engine, "before_cursor_execute", listener)
            await session.commit()
        assert all(r.inserted for r in recorded)
        counts.append(len(statements))
    assert counts[1] == counts[2] <= 4, counts


def statements_into(statements: list[str]):
    def listener(_conn, _cursor, statement, *_args):
        statements.append(statement)

    return listener
