"""merges on positive evidence: transaction_merges, reference keys, accounts by issuer

The single dedupe key (a reference, else the hour + card + amount) merged distinct payments. In
its place: a validated payment reference key (unique per user), the last 4 digits and whether
the time was read from the text (for the time-window rule), and a record of every merge.
Accounts gain the issuer's display name and the card network.

Revision ID: 0007
Revises: 0006_user_timezone
Create Date: 2026-12-02 21:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006_user_timezone"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("transactions", sa.Column("reference_key", sa.String(length=200)))
    op.add_column("transactions", sa.Column("account_last4", sa.String(length=4)))
    op.add_column(
        "transactions",
        sa.Column("occurred_at_from_text", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    # The old keys are not carried over: their references were never checked (bank codes
    # among them) and the hour keys were the false merges. Rows recorded before take part in
    # no new merge (a missed duplicate is a row a person can delete; a false merge loses money).
    op.drop_constraint("uq_transactions_user_id_dedupe_key", "transactions", type_="unique")
    op.drop_column("transactions", "dedupe_key")
    op.create_unique_constraint(
        "uq_transactions_user_id_reference_key", "transactions", ["user_id", "reference_key"]
    )
    op.create_index(
        "ix_transactions_time_window",
        "transactions",
        ["user_id", "amount", "occurred_at"],
        postgresql_where=sa.text("occurred_at_from_text"),
    )

    op.add_column(
        "accounts",
        sa.Column("issuer", sa.String(length=100), server_default="", nullable=False),
    )
    op.add_column("accounts", sa.Column("network", sa.String(length=20)))
    op.execute("UPDATE accounts SET issuer = institution")

    op.create_table(
        "transaction_merges",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("transaction_id", sa.Uuid(), nullable=False),
        sa.Column("email_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.String(length=12), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("split_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("split_transaction_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "reason IN ('reference', 'time_window')", name=op.f("ck_transaction_merges_reason")
        ),
        sa.ForeignKeyConstraint(
            ["email_id"],
            ["emails.id"],
            name=op.f("fk_transaction_merges_email_id_emails"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["split_transaction_id"],
            ["transactions.id"],
            name=op.f("fk_transaction_merges_split_transaction_id_transactions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["transaction_id"],
            ["transactions.id"],
            name=op.f("fk_transaction_merges_transaction_id_transactions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_transaction_merges_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transaction_merges")),
        sa.UniqueConstraint(
            "transaction_id", "email_id", name="uq_transaction_merges_transaction_email"
        ),
    )
    op.create_index("ix_transaction_merges_email_id", "transaction_merges", ["email_id"])
    op.create_index(
        op.f("ix_transaction_merges_split_transaction_id"),
        "transaction_merges",
        ["split_transaction_id"],
    )
    op.create_index(op.f("ix_transaction_merges_user_id"), "transaction_merges", ["user_id"])


def downgrade() -> None:
    op.drop_table("transaction_merges")
    op.drop_column("accounts", "network")
    op.drop_column("accounts", "issuer")
    op.drop_index(
        "ix_transactions_time_window",
        table_name="transactions",
        postgresql_where=sa.text("occurred_at_from_text"),
    )
    op.drop_constraint("uq_transactions_user_id_reference_key", "transactions", type_="unique")
    op.add_column("transactions", sa.Column("dedupe_key", sa.String(length=200)))
    op.create_unique_constraint(
        "uq_transactions_user_id_dedupe_key", "transactions", ["user_id", "dedupe_key"]
    )
    op.drop_column("transactions", "occurred_at_from_text")
    op.drop_column("transactions", "account_last4")
    op.drop_column("transactions", "reference_key")
