"""the ledger's keyset index carries what a report sums and groups (issue #19)

The dashboard summary (and every report by day) reads a user's transactions of a period by
(user_id, occurred_at) and needs only type, currency, category_id and amount of each: with
those INCLUDEd, PostgreSQL answers it from the index alone (index-only scan) instead of one
heap page per transaction. The same index keeps serving the ledger's keyset pages, so ingest
still maintains one index here, not two.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-04 16:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_transactions_user_id_occurred_at_id"


def upgrade() -> None:
    op.drop_index(INDEX, table_name="transactions")
    op.create_index(
        INDEX,
        "transactions",
        ["user_id", "occurred_at", "id"],
        postgresql_include=["type", "currency", "category_id", "amount"],
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="transactions")
    op.create_index(INDEX, "transactions", ["user_id", "occurred_at", "id"])
