"""statement sources: PDF and CSV statements, statements that came by mail, and the passwords
of PDF statements (per sender, encrypted with ENCRYPTION_KEY)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-03 18:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_constraint(op.f("ck_statements_format"), "statements", type_="check")
    op.create_check_constraint(
        op.f("ck_statements_format"),
        "statements",
        "format IN ('ofx', 'qif', 'camt053', 'mt940', 'csv', 'pdf')",
    )
    op.add_column("statements", sa.Column("email_id", sa.Uuid(), nullable=True))
    op.create_foreign_key(
        op.f("fk_statements_email_id_emails"),
        "statements",
        "emails",
        ["email_id"],
        ["id"],
        ondelete="SET NULL",
    )
    op.create_index(op.f("ix_statements_email_id"), "statements", ["email_id"])
    op.create_index(
        "uq_statements_email_id_filename",
        "statements",
        ["email_id", "filename"],
        unique=True,
        postgresql_where=sa.text("email_id IS NOT NULL"),
    )
    op.add_column(
        "statements",
        sa.Column(
            "warnings",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
    )
    op.create_table(
        "statement_passwords",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("sender", sa.String(length=320), nullable=False),
        sa.Column("secret", sa.Text(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_statement_passwords_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statement_passwords")),
        sa.UniqueConstraint("user_id", "sender", name="uq_statement_passwords_user_sender"),
    )


def downgrade() -> None:
    op.drop_table("statement_passwords")
    op.drop_column("statements", "warnings")
    op.drop_index("uq_statements_email_id_filename", "statements")
    op.drop_index(op.f("ix_statements_email_id"), "statements")
    op.drop_constraint(op.f("fk_statements_email_id_emails"), "statements", type_="foreignkey")
    op.drop_column("statements", "email_id")
    op.execute("DELETE FROM statements WHERE format IN ('csv', 'pdf')")
    op.drop_constraint(op.f("ck_statements_format"), "statements", type_="check")
    op.create_check_constraint(
        op.f("ck_statements_format"), "statements", "format IN ('ofx', 'qif', 'camt053', 'mt940')"
    )
