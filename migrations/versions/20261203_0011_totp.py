"""two-factor sign-in: users' TOTP columns, totp_recovery_codes, site_settings

Users gain an encrypted TOTP secret (and one pending enrolment), when it was turned on, the last
time step a code was accepted for (replay), and an admin's "requires two-factor" flag. Recovery
codes are kept as digests, one row each. site_settings is the install's one row of admin
settings; without it every setting is at its default.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("users", sa.Column("totp_secret", sa.String(length=255), nullable=True))
    op.add_column("users", sa.Column("totp_pending_secret", sa.String(length=255), nullable=True))
    op.add_column("users", sa.Column("totp_enabled_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("users", sa.Column("totp_last_step", sa.BigInteger(), nullable=True))
    op.add_column(
        "users",
        sa.Column("totp_required", sa.Boolean(), server_default=sa.false(), nullable=False),
    )

    op.create_table(
        "totp_recovery_codes",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_totp_recovery_codes_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_totp_recovery_codes")),
        sa.UniqueConstraint("user_id", "code_hash", name=op.f("uq_totp_recovery_codes_user_id")),
    )

    op.create_table(
        "site_settings",
        sa.Column("id", sa.SmallInteger(), nullable=False),
        sa.Column("require_totp", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint("id = 1", name=op.f("ck_site_settings_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_settings")),
    )


def downgrade() -> None:
    op.drop_table("site_settings")
    op.drop_table("totp_recovery_codes")
    op.drop_column("users", "totp_required")
    op.drop_column("users", "totp_last_step")
    op.drop_column("users", "totp_enabled_at")
    op.drop_column("users", "totp_pending_secret")
    op.drop_column("users", "totp_secret")
