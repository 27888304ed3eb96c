"""review inbox, sender templates, the user's word: review_items, sender_templates,
transaction_tombstones, transactions.user_fields, email_extractions.read_at/corrected_at

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 15:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "transactions",
        sa.Column(
            "user_fields",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'"),
            nullable=False,
        ),
    )
    op.add_column("emails", sa.Column("body_part", sa.String(length=4), nullable=True))
    op.add_column(
        "email_extractions", sa.Column("read_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.add_column(
        "email_extractions", sa.Column("corrected_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.create_table(
        "review_items",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("fields", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("email_id", sa.Uuid(), nullable=True),
        sa.Column("transaction_id", sa.Uuid(), nullable=True),
        sa.Column("merge_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "reason IN ('low_confidence', 'missed_money', 'merge', 'new_merchant', "
            "'unusual_amount')",
            name=op.f("ck_review_items_reason"),
        ),
        sa.CheckConstraint("status IN ('open', 'resolved')", name=op.f("ck_review_items_status")),
        sa.ForeignKeyConstraint(
            ["email_id"],
            ["emails.id"],
            name=op.f("fk_review_items_email_id_emails"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["merge_id"],
            ["transaction_merges.id"],
            name=op.f("fk_review_items_merge_id_transaction_merges"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["transaction_id"],
            ["transactions.id"],
            name=op.f("fk_review_items_transaction_id_transactions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_review_items_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_items")),
        sa.UniqueConstraint("email_id", "reason", name="uq_review_items_email_id_reason"),
    )
    op.create_index(
        "ix_review_items_user_id_status_created_at",
        "review_items",
        ["user_id", "status", "created_at"],
    )
    op.create_index(op.f("ix_review_items_transaction_id"), "review_items", ["transaction_id"])
    op.create_index(op.f("ix_review_items_merge_id"), "review_items", ["merge_id"])
    op.create_table(
        "transaction_tombstones",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("message_id", sa.Text(), nullable=False),
        sa.Column("email_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["email_id"],
            ["emails.id"],
            name=op.f("fk_transaction_tombstones_email_id_emails"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_transaction_tombstones_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transaction_tombstones")),
        sa.UniqueConstraint("user_id", "message_id", name="uq_transaction_tombstones_user_id"),
    )
    op.create_table(
        "sender_templates",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("template", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("examples", sa.Integer(), nullable=False),
        sa.Column(
            "taught_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_sender_templates_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sender_templates")),
        sa.UniqueConstraint("user_id", "address", name="uq_sender_templates_user_id"),
    )
    # The senders list groups a user's emails by address.
    op.create_index("ix_emails_user_id_sender", "emails", ["user_id", "sender"])


def downgrade() -> None:
    op.drop_index("ix_emails_user_id_sender", table_name="emails")
    op.drop_table("sender_templates")
    op.drop_table("transaction_tombstones")
    op.drop_index(op.f("ix_review_items_merge_id"), table_name="review_items")
    op.drop_index(op.f("ix_review_items_transaction_id"), table_name="review_items")
    op.drop_index("ix_review_items_user_id_status_created_at", table_name="review_items")
    op.drop_table("review_items")
    op.drop_column("email_extractions", "corrected_at")
    op.drop_column("email_extractions", "read_at")
    op.drop_column("transactions", "user_fields")
    op.drop_column("emails", "body_part")
