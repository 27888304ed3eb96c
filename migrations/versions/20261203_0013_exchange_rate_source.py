"""exchange rates: where each came from (an admin's entry or ECB's refresh)

An admin's rate is never replaced by a refresh; ECB's rates refreshed after the series bundled
with the code are stored as source 'ecb'. Migration 0004's approximate USD rates of 2 January 2025
are removed where ECB covers the currency and nobody changed them: stored as direct USD pairs
they would win over ECB's daily rates for every later day (a direct pair is preferred to a
cross rate). AED and KES, which ECB does not publish, keep their seed.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 15:00:00.000000
"""

import uuid
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# From 0004: 1 USD = rate QUOTE on 2025-01-02, for the currencies ECB publishes.
SEED_AS_OF = "2025-01-02"
SEED_COVERED_BY_ECB = {
    "INR": "85.7500",
    "EUR": "0.9700",
    "GBP": "0.8050",
    "JPY": "157.2000",
    "AUD": "1.6100",
    "CAD": "1.4400",
    "SGD": "1.3650",
    "CHF": "0.9080",
    "CNY": "7.3000",
    "HKD": "7.7700",
    "SEK": "11.0500",
    "NZD": "1.7800",
    "ZAR": "18.8000",
    "BRL": "6.1800",
    "MXN": "20.6000",
}


def upgrade() -> None:
    op.add_column(
        "exchange_rates",
        sa.Column("source", sa.String(length=5), server_default="admin", nullable=False),
    )
    op.create_check_constraint(
        op.f("ck_exchange_rates_source"), "exchange_rates", "source IN ('admin', 'ecb')"
    )
    for quote, rate in SEED_COVERED_BY_ECB.items():
        op.execute(
            sa.text(
                "DELETE FROM exchange_rates WHERE base = 'USD' AND quote = :quote "
                "AND as_of = :as_of AND rate = :rate"
            ).bindparams(quote=quote, as_of=date.fromisoformat(SEED_AS_OF), rate=Decimal(rate))
        )


def downgrade() -> None:
    for quote, rate in SEED_COVERED_BY_ECB.items():
        op.execute(
            sa.text(
                "INSERT INTO exchange_rates (id, base, quote, as_of, rate) "
                "VALUES (:id, 'USD', :quote, :as_of, :rate) "
                "ON CONFLICT (base, quote, as_of) DO NOTHING"
            ).bindparams(
                id=uuid.uuid4(),
                quote=quote,
                as_of=date.fromisoformat(SEED_AS_OF),
                rate=Decimal(rate),
            )
        )
    op.drop_constraint(op.f("ck_exchange_rates_source"), "exchange_rates", type_="check")
    op.drop_column("exchange_rates", "source")
