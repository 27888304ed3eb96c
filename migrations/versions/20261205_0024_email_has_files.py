"""emails.has_files: whether a stored message may hold a file (issue #19)

Extraction took every new email's raw message back out of PostgreSQL (a round trip per 20
emails, the bytes detoasted and sent, then decompressed and scanned) only to find that almost
no alert has an attachment. The store step has the raw bytes in hand and now records whether
the message has a part marked attachment or inline; extraction reads back only those. NULL
(rows stored before this revision) means not known: they are read as before. Adding a nullable
column without a default rewrites nothing.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-05 00:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("emails", sa.Column("has_files", sa.Boolean(), nullable=True))


def downgrade() -> None:
    op.drop_column("emails", "has_files")
