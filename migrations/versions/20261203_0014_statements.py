"""statements: imported bank/card statements and their reconciliation with the ledger

statements (one per imported file) and statement_entries (matched, created and flagged rows);
transactions gain confirmed_at and statement_original, and source 'statement'.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 15:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "statements",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=True),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("account_number_last4", sa.String(length=4), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("opening_balance", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("closing_balance", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("line_count", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint(
            "format IN ('ofx', 'qif', 'camt053', 'mt940')", name=op.f("ck_statements_format")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_statements_account_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_statements_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statements")),
    )
    op.create_index(op.f("ix_statements_user_id"), "statements", ["user_id"])
    op.create_index(op.f("ix_statements_account_id"), "statements", ["account_id"])
    op.create_table(
        "statement_entries",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("statement_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("transaction_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=7), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("posted_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("type", sa.String(length=6), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=True),
        sa.CheckConstraint(
            "status IN ('matched', 'created', 'flagged')", name=op.f("ck_statement_entries_status")
        ),
        sa.CheckConstraint("type IN ('debit', 'credit')", name=op.f("ck_statement_entries_type")),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["statements.id"],
            name=op.f("fk_statement_entries_statement_id_statements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["transaction_id"],
            ["transactions.id"],
            name=op.f("fk_statement_entries_transaction_id_transactions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_statement_entries_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statement_entries")),
    )
    op.create_index(
        op.f("ix_statement_entries_statement_id"), "statement_entries", ["statement_id"]
    )
    op.create_index(
        op.f("ix_statement_entries_transaction_id"), "statement_entries", ["transaction_id"]
    )
    op.add_column(
        "transactions", sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.add_column(
        "transactions",
        sa.Column("statement_original", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    )
    op.alter_column(
        "transactions", "source", type_=sa.String(length=9), existing_type=sa.String(length=6)
    )
    op.drop_constraint(op.f("ck_transactions_source"), "transactions", type_="check")
    op.create_check_constraint(
        op.f("ck_transactions_source"),
        "transactions",
        "source IN ('email', 'manual', 'csv', 'statement')",
    )


def downgrade() -> None:
    op.execute("DELETE FROM transactions WHERE source = 'statement'")
    op.drop_constraint(op.f("ck_transactions_source"), "transactions", type_="check")
    op.create_check_constraint(
        op.f("ck_transactions_source"), "transactions", "source IN ('email', 'manual', 'csv')"
    )
    op.alter_column(
        "transactions", "source", type_=sa.String(length=6), existing_type=sa.String(length=9)
    )
    op.drop_column("transactions", "statement_original")
    op.drop_column("transactions", "confirmed_at")
    op.drop_table("statement_entries")
    op.drop_table("statements")
