"""preferences (locale, week start, budget alerts by email) and the user's word on recurring
series (confirmed / dismissed)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03 18:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("users", sa.Column("locale", sa.String(length=35), nullable=True))
    op.add_column(
        "users", sa.Column("week_start", sa.SmallInteger(), server_default="1", nullable=False)
    )
    op.add_column(
        "users",
        sa.Column("email_budget_alerts", sa.Boolean(), server_default=sa.true(), nullable=False),
    )
    op.create_table(
        "recurring_states",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("transactor_id", sa.Uuid(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint(
            "state IN ('confirmed', 'dismissed')", name=op.f("ck_recurring_states_state")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_recurring_states_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["transactor_id"],
            ["transactors.id"],
            name=op.f("fk_recurring_states_transactor_id_transactors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recurring_states")),
        sa.UniqueConstraint(
            "user_id", "transactor_id", "currency", name="uq_recurring_states_series"
        ),
    )


def downgrade() -> None:
    op.drop_table("recurring_states")
    op.drop_column("users", "email_budget_alerts")
    op.drop_column("users", "week_start")
    op.drop_column("users", "locale")
