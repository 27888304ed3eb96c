"""no (version, created_at) index on categoriser_outcomes (issue #19)

Every new transaction writes one categoriser outcome, so each index on the table is written
once per ingested transaction. The (version, created_at) index serves no query: the admins'
A/B summary and user counts aggregate every row by version (a sequential scan either way), and
nothing filters outcomes by version or time. The other indexes stay: the unique
transaction_id (the insert's conflict target and the category-edit update), user_id (deleting
a user cascades here).

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-05 00:45:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_categoriser_outcomes_version_created_at"


def upgrade() -> None:
    op.drop_index(INDEX, table_name="categoriser_outcomes")


def downgrade() -> None:
    op.create_index(INDEX, "categoriser_outcomes", ["version", "created_at"])
