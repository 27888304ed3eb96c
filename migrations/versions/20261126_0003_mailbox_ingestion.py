"""mailbox ingestion: connected_accounts and emails

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 13:02:59.229624
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "connected_accounts",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("provider", sa.String(length=20), nullable=False),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("credentials", sa.Text(), nullable=True),
        sa.Column("settings", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("sync_cursor", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_synced_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_connected_accounts_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_connected_accounts")),
    )
    op.create_index(
        op.f("ix_connected_accounts_user_id"), "connected_accounts", ["user_id"], unique=False
    )
    op.create_index(
        "uq_connected_accounts_live_address",
        "connected_accounts",
        ["user_id", "provider", "address"],
        unique=True,
        postgresql_where=sa.text("status <> 'disabled' AND provider <> 'mbox'"),
    )
    op.create_table(
        "emails",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("message_id", sa.Text(), nullable=False),
        sa.Column("provider_message_id", sa.String(length=200), nullable=True),
        sa.Column("sender", sa.String(length=320), nullable=False),
        sa.Column("sender_name", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("failure_reason", sa.Text(), nullable=True),
        sa.Column("raw_compressed", sa.LargeBinary(), nullable=False),
        sa.Column(
            "search_vector",
            postgresql.TSVECTOR(),
            sa.Computed(
                "setweight(to_tsvector('simple', subject), 'A') || "
                "setweight(to_tsvector('simple', sender_name || ' ' || sender || ' ' "
                "|| translate(sender, '@.', '  ')), 'B') || "
                "setweight(to_tsvector('simple', body_text), 'C')",
                persisted=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["connected_accounts.id"],
            name=op.f("fk_emails_account_id_connected_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_emails_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emails")),
        sa.UniqueConstraint("user_id", "message_id", name="uq_emails_user_id_message_id"),
    )
    op.create_index("ix_emails_account_id", "emails", ["account_id"], unique=False)
    op.create_index(
        "ix_emails_search_vector", "emails", ["search_vector"], unique=False, postgresql_using="gin"
    )
    op.create_index(
        "ix_emails_user_id_received_at_id", "emails", ["user_id", "received_at", "id"], unique=False
    )
    # The raw bytes arrive zlib-compressed: stop TOAST from trying to compress them again.
    op.execute("ALTER TABLE emails ALTER COLUMN raw_compressed SET STORAGE EXTERNAL")


def downgrade() -> None:
    op.drop_index("ix_emails_user_id_received_at_id", table_name="emails")
    op.drop_index("ix_emails_search_vector", table_name="emails", postgresql_using="gin")
    op.drop_index("ix_emails_account_id", table_name="emails")
    op.drop_table("emails")
    op.drop_index(
        "uq_connected_accounts_live_address",
        table_name="connected_accounts",
        postgresql_where=sa.text("status <> 'disabled' AND provider <> 'mbox'"),
    )
    op.drop_index(op.f("ix_connected_accounts_user_id"), table_name="connected_accounts")
    op.drop_table("connected_accounts")
