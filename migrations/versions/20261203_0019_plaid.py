"""plaid: bank sync through Plaid; its transactions and the ledger rows they are, source 'plaid'

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03 18:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "plaid_transactions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("connected_account_id", sa.Uuid(), nullable=False),
        sa.Column("plaid_transaction_id", sa.String(length=100), nullable=False),
        sa.Column("plaid_account_id", sa.String(length=100), nullable=False),
        sa.Column("transaction_id", sa.Uuid(), nullable=True),
        sa.Column("own", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("merge_reason", sa.String(length=12), nullable=True),
        sa.Column("merge_evidence", sa.Text(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=15, scale=3), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("type", sa.String(length=6), nullable=False),
        sa.Column("posted_on", sa.Date(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("merchant", sa.String(length=200), nullable=True),
        sa.Column("reference", sa.String(length=100), nullable=True),
        sa.Column("pending", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint("type IN ('debit', 'credit')", name=op.f("ck_plaid_transactions_type")),
        sa.CheckConstraint(
            "merge_reason IN ('reference', 'time_window')",
            name=op.f("ck_plaid_transactions_merge_reason"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_plaid_transactions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["connected_account_id"],
            ["connected_accounts.id"],
            name=op.f("fk_plaid_transactions_connected_account_id_connected_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["transaction_id"],
            ["transactions.id"],
            name=op.f("fk_plaid_transactions_transaction_id_transactions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plaid_transactions")),
        sa.UniqueConstraint(
            "connected_account_id",
            "plaid_transaction_id",
            name="uq_plaid_transactions_item_transaction",
        ),
    )
    op.create_index(
        "ix_plaid_transactions_user_id_transaction_id",
        "plaid_transactions",
        ["user_id", "transaction_id"],
    )
    op.drop_constraint(op.f("ck_transactions_source"), "transactions", type_="check")
    op.create_check_constraint(
        op.f("ck_transactions_source"),
        "transactions",
        "source IN ('email', 'manual', 'csv', 'statement', 'plaid')",
    )


def downgrade() -> None:
    op.execute("DELETE FROM transactions WHERE source = 'plaid'")
    op.drop_constraint(op.f("ck_transactions_source"), "transactions", type_="check")
    op.create_check_constraint(
        op.f("ck_transactions_source"),
        "transactions",
        "source IN ('email', 'manual', 'csv', 'statement')",
    )
    op.drop_index("ix_plaid_transactions_user_id_transaction_id", table_name="plaid_transactions")
    op.drop_table("plaid_transactions")
