"""amounts of three-decimal currencies (JOD, KWD, BHD, OMR, TND, IQD, LYD): ledger amounts and
balances keep a third decimal (numeric(15,3), was numeric(14,2)), so 69.536 JOD is not 69.54

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 18:45:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = [
    ("transactions", "amount", False),
    ("transactions", "balance_after", True),
    ("accounts", "latest_balance", True),
    ("statements", "opening_balance", True),
    ("statements", "closing_balance", True),
    ("statement_entries", "amount", False),
]


def upgrade() -> None:
    for table, column, nullable in COLUMNS:
        op.alter_column(
            table,
            column,
            type_=sa.Numeric(15, 3),
            existing_type=sa.Numeric(14, 2),
            existing_nullable=nullable,
        )


def downgrade() -> None:
    for table, column, nullable in COLUMNS:
        op.alter_column(
            table,
            column,
            type_=sa.Numeric(14, 2),
            existing_type=sa.Numeric(15, 3),
            existing_nullable=nullable,
        )
