"""categoriser A/B: outcomes per version, the admins' split, a cached embedding per transactor

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03 18:15:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "categoriser_outcomes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("transaction_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("shown_category_id", sa.Uuid(), nullable=True),
        sa.Column("shown_category", sa.String(length=100), nullable=True),
        sa.Column("latency_ms", sa.Float(), nullable=False),
        sa.Column("resolution", sa.String(length=8), nullable=True),
        sa.Column("final_category_id", sa.Uuid(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_categoriser_outcomes_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["transaction_id"],
            ["transactions.id"],
            name=op.f("fk_categoriser_outcomes_transaction_id_transactions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["shown_category_id"],
            ["categories.id"],
            name=op.f("fk_categoriser_outcomes_shown_category_id_categories"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["final_category_id"],
            ["categories.id"],
            name=op.f("fk_categoriser_outcomes_final_category_id_categories"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_categoriser_outcomes")),
        sa.UniqueConstraint("transaction_id", name=op.f("uq_categoriser_outcomes_transaction_id")),
    )
    op.create_index(op.f("ix_categoriser_outcomes_user_id"), "categoriser_outcomes", ["user_id"])
    op.create_index(
        "ix_categoriser_outcomes_version_created_at",
        "categoriser_outcomes",
        ["version", "created_at"],
    )
    op.add_column(
        "site_settings",
        sa.Column("categoriser_split", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    )
    op.add_column("transactors", sa.Column("embedding", sa.LargeBinary(), nullable=True))
    op.add_column("transactors", sa.Column("embedding_model", sa.String(length=40), nullable=True))


def downgrade() -> None:
    op.drop_column("transactors", "embedding_model")
    op.drop_column("transactors", "embedding")
    op.drop_column("site_settings", "categoriser_split")
    op.drop_index("ix_categoriser_outcomes_version_created_at", table_name="categoriser_outcomes")
    op.drop_index(op.f("ix_categoriser_outcomes_user_id"), table_name="categoriser_outcomes")
    op.drop_table("categoriser_outcomes")
