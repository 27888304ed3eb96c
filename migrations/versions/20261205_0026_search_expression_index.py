"""emails: the full-text GIN index on the search expression, no stored search_vector (issue #19)

`emails.search_vector` was a stored generated column (~0.75 KB per email) with a GIN index on
it. Stored, it pushed a typical alert's row past PostgreSQL's 2 KB TOAST threshold and wrote
the vector to the heap and the WAL as well as to the index. The index is now on the same
expression (app.models.email.SEARCH_VECTOR_SQL) and searches write that expression, which
PostgreSQL matches to the index: the same matches, computed once per email, stored only in the
index. Building the index reads every email (minutes at millions of rows: run it in a
maintenance window, or build it CONCURRENTLY by hand first under the same name).

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-05 01:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_emails_search_vector"
# As app.models.email.SEARCH_VECTOR_SQL at this revision (a migration must not follow later
# edits of the model).
EXPRESSION = (
    "setweight(to_tsvector('simple', subject), 'A') || "
    "setweight(to_tsvector('simple', sender_name || ' ' || sender || ' ' "
    "|| translate(sender, '@.', '  ')), 'B') || "
    "setweight(to_tsvector('simple', left(body_text, 4000)), 'C')"
)


def upgrade() -> None:
    op.drop_index(INDEX, table_name="emails", postgresql_using="gin")
    op.drop_column("emails", "search_vector")
    op.create_index(INDEX, "emails", [sa.text(f"({EXPRESSION})")], postgresql_using="gin")


def downgrade() -> None:
    op.drop_index(INDEX, table_name="emails", postgresql_using="gin")
    op.add_column(
        "emails",
        sa.Column(
            "search_vector",
            postgresql.TSVECTOR(),
            sa.Computed(EXPRESSION, persisted=True),
            nullable=False,
        ),
    )
    op.create_index(INDEX, "emails", ["search_vector"], unique=False, postgresql_using="gin")
