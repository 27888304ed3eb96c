"""The merchant history the review inbox's 'unusual amount' rule reads per extraction batch: per
merchant, currency and direction, the count and the median of the user's earlier amounts,
computed in PostgreSQL (the rows themselves are no longer sent back: they grow with the ledger)."""

import statistics
import uuid
from datetime import UTC, datetime
from decimal import Decimal

from app.crud import review as review_crud
from app.models import Transaction, Transactor
from tests.mail_helpers import create_user


async def test_counts_and_medians_per_merchant_currency_and_direction(session_factory):
    user = await create_user(session_factory)
    stranger = await create_user(session_factory)
    groups = {
        ("shop", "EUR", "debit"): ["1.00", "2.00", "3.00", "10.00"],  # even: mean of the middle two
        ("shop", "EUR", "credit"): ["5.00"],
        ("shop", "USD", "debit"): ["9.50", "7.25", "8.00"],  # odd: the middle one
        ("cafe", "EUR", "debit"): ["4.20", "4.20"],
    }
    at = datetime(2026, 11, 1, tzinfo=UTC)
    async with session_factory() as session, session.begin():
        ids = {}
        for owner in (user, stranger):
            for key in ("shop", "cafe"):
                transactor = Transactor(
                    id=uuid.uuid4(), user_id=owner, key=key, name=key, aliases=[], merged_keys=[]
                )
                session.add(transactor)
                ids[owner, key] = transactor.id
        await session.flush()
        for (key, currency, kind), amounts in groups.items():
            for owner in (user, stranger):
                for amount in amounts if owner == user else ["999.00"]:
                    session.add(
                        Transaction(
                            user_id=owner,
                            transactor_id=ids[owner, key],
                            amount=Decimal(amount),
                            currency=currency,
                            type=kind,
                            occurred_at=at,
                        )
                    )

    async with session_factory() as session, session.begin():
        history = await review_crud.merchant_history(session, user, ["shop", "cafe", "none"])

    expected: dict[str, dict[tuple[str, str], tuple[int, Decimal]]] = {}
    for (key, currency, kind), amounts in groups.items():
        values = [Decimal(a).quantize(Decimal("0.001")) for a in amounts]
        expected.setdefault(key, {})[currency, kind] = (len(values), statistics.median(values))
    assert history == expected
