"""exchange rates: where each came from (an admin's entry or ECB's refresh)

An admin's rate is never replaced by a refresh; ECB's rates refreshed after the series bundled
with the code are stored as source 'ecb'.

Revision ID: 0014
Revises: 0011
Create Date: 2026-12-03 15:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "exchange_rates",
        sa.Column("source", sa.String(length=5), server_default="admin", nullable=False),
    )
    op.create_check_constraint(
        op.f("ck_exchange_rates_source"), "exchange_rates", "source IN ('admin', 'ecb')"
    )


def downgrade() -> None:
    op.drop_constraint(op.f("ck_exchange_rates_source"), "exchange_rates", type_="check")
    op.drop_column("exchange_rates", "source")
