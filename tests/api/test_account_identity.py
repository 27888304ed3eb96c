"""get_or_create_accounts, batch-shaped: one account per card as a person knows it, whoever
reported it; the issuer fills in the card a receipt made; accounts of the old domain keys are
adopted; a name the person chose stays."""

import uuid

from app.services.accounts import AccountKey, get_or_create_accounts
from tests.ledger_helpers import rows

RECEIPT = AccountKey("", "1842", kind="card", network="visa")
ALERT = AccountKey("hdfcbank", "1842", kind="card", issuer="HDFC Bank")


async def resolve(worker_ctx, user_id, keys):
    async with worker_ctx.sessionmaker() as session:
        found = await get_or_create_accounts(session, user_id, keys)
        await session.commit()
    return found


async def accounts(worker_ctx):
    return await rows(
        worker_ctx,
        "SELECT institution, issuer, network, last4, kind, name FROM accounts ORDER BY name",
    )


async def test_the_issuer_fills_in_the_card_a_receipt_made(worker_ctx, make_user):
    user_id = uuid.UUID((await make_user("ids1@example.com")).user["id"])
    first = await resolve(worker_ctx, user_id, [RECEIPT, RECEIPT])
    assert await accounts(worker_ctx) == [("", "", "visa", "1842", "card", "Visa ••1842")]
    later = await resolve(worker_ctx, user_id, [ALERT, RECEIPT])
    assert later == {ALERT.identity: first[RECEIPT.identity], RECEIPT.identity: first[("", "1842")]}
    assert await accounts(worker_ctx) == [
        ("hdfcbank", "HDFC Bank", "visa", "1842", "card", "HDFC Bank Visa ••1842")
    ]
    # Another bank's card with the same digits is another card; a receipt still finds the first
    # (the one of its network).
    other = AccountKey("chase", "1842", kind="card", network="mastercard", issuer="Chase")
    found = await resolve(worker_ctx, user_id, [other, RECEIPT])
    assert found[other.identity] != found[RECEIPT.identity] == first[RECEIPT.identity]


async def test_in_one_batch_the_receipt_joins_the_issuers_card(worker_ctx, make_user):
    user_id = uuid.UUID((await make_user("ids2@example.com")).user["id"])
    found = await resolve(worker_ctx, user_id, [RECEIPT, ALERT])
    assert found[RECEIPT.identity] == found[ALERT.identity]
    assert [a[5] for a in await accounts(worker_ctx)] == ["HDFC Bank Visa ••1842"]


async def test_old_domain_accounts_are_adopted_and_chosen_names_kept(worker_ctx, make_user):
    user_id = uuid.UUID((await make_user("ids3@example.com")).user["id"])
    async with worker_ctx.sessionmaker() as session:
        from sqlalchemy import text

        await session.execute(
            text(
                "INSERT INTO accounts (id, user_id, institution, issuer, last4, kind, name) "
                "VALUES (:a, :u, 'hdfcbank.net', 'hdfcbank.net', '4321', 'bank', "
                "'hdfcbank.net ••4321'), (:b, :u, '', '', '1842', 'card', 'My travel card')"
            ),
            {"a": uuid.uuid4(), "b": uuid.uuid4(), "u": user_id},
        )
        await session.commit()
    savings = AccountKey("hdfcbank", "4321", kind="bank", issuer="HDFC Bank")
    await resolve(worker_ctx, user_id, [savings, ALERT])
    assert await accounts(worker_ctx) == [
        ("hdfcbank", "HDFC Bank", None, "4321", "bank", "HDFC Bank ••4321"),
        ("hdfcbank", "HDFC Bank", None, "1842", "card", "My travel card"),
    ]
