"""The balances a batch of alerts reports are written in one statement: per account the newest
report of the batch, and only over an older stored one (an alert processed late changes
nothing); another user's account is never touched."""

import asyncio
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from app.models import Account, Transaction
from app.services import accounts
from tests.mail_helpers import create_user


async def _account(session_factory, user_id, last4, balance=None, at=None):
    async with session_factory() as session, session.begin():
        account = Account(
            user_id=user_id,
            last4=last4,
            name=f"Card ••{last4}",
            latest_balance=balance,
            balance_at=at,
        )
        session.add(account)
        await session.flush()
        return account.id


async def test_a_batch_keeps_the_newest_balance_of_each_account(session_factory):
    user = await create_user(session_factory)
    stranger = await create_user(session_factory)
    now = datetime(2026, 11, 20, 12, tzinfo=UTC)
    fresh = await _account(session_factory, user, "1111")
    stale = await _account(session_factory, user, "2222", Decimal("10.00"), now - timedelta(days=1))
    newer = await _account(session_factory, user, "3333", Decimal("99.00"), now + timedelta(days=1))
    theirs = await _account(session_factory, stranger, "4444")

    async with session_factory() as session, session.begin():
        await accounts.record_balances(
            session,
            user,
            [
                (fresh, Decimal("500.00"), now - timedelta(hours=2)),
                (fresh, Decimal("450.00"), now),  # the newest of the batch wins
                (fresh, Decimal("475.00"), now - timedelta(hours=1)),
                (stale, Decimal("20.00"), now),  # newer than the stored one
                (newer, Decimal("1.00"), now),  # older than the stored one: ignored
                (theirs, Decimal("7.00"), now),  # not this user's account
            ],
        )
    async with session_factory() as session:
        stored = {
            row.id: (row.latest_balance, row.balance_at)
            for row in await session.scalars(select(Account))
        }
    assert stored[fresh] == (Decimal("450.00"), now)
    assert stored[stale] == (Decimal("20.00"), now)
    assert stored[newer] == (Decimal("99.00"), now + timedelta(days=1))
    assert stored[theirs] == (None, None)


async def _record_and_commit(session, user_id, account_id, balance, at):
    """One batch's end: its transaction (already inserted: its foreign key check holds a key-share
    lock on the account's row), then the balances, then the commit."""
    await accounts.record_balances(session, user_id, [(account_id, balance, at)])
    await session.commit()


async def test_two_batches_recording_one_accounts_balance_do_not_deadlock(session_factory):
    """Two extraction batches of one user, each with a transaction on the same account, write
    its balance at the same time: the second waits for the first instead of deadlocking (the
    balance statement's row lock must not conflict with the foreign-key checks' key-share locks
    that both batches already hold)."""
    user = await create_user(session_factory)
    card = await _account(session_factory, user, "1234")
    now = datetime(2026, 11, 20, 12, tzinfo=UTC)
    first, second = session_factory(), session_factory()
    try:
        for session, amount in ((first, "5.00"), (second, "7.00")):
            await session.begin()
            session.add(
                Transaction(
                    user_id=user,
                    account_id=card,
                    amount=Decimal(amount),
                    currency="EUR",
                    type="debit",
                    occurred_at=now,
                )
            )
            await session.flush()
        outcomes = await asyncio.gather(
            _record_and_commit(first, user, card, Decimal("100.00"), now),
            _record_and_commit(second, user, card, Decimal("90.00"), now + timedelta(hours=1)),
            return_exceptions=True,
        )
    finally:
        await first.close()
        await second.close()
    assert outcomes == [None, None]
    async with session_factory() as session:
        stored = await session.get(Account, card)
        assert stored is not None
        assert (stored.latest_balance, stored.balance_at) == (
            Decimal("90.00"),
            now + timedelta(hours=1),
        )
