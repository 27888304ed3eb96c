"""ingest speed: the emails' full-text vector over a capped body, and no index queries never use

- `emails.search_vector` reads at most the first 4,000 characters of a body (subject and sender
  in full). to_tsvector over whole bodies was ~40 % of PostgreSQL's cost of storing an email,
  and what a person searches for in an alert (a merchant, an amount, a card's digits) sits at
  its start. PostgreSQL 15 cannot change a generated column's expression in place: the column
  and its GIN index are dropped and added again (a rewrite of `emails`, minutes at millions of
  rows: run it in a maintenance window).
- `ix_email_extractions_user_id` goes: every query reaches an extraction by `email_id` (its
  unique index) or through `emails`; only deleting a user used it, and that row's emails
  cascade to their extractions through the email_id index anyway.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-03 18:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_HEAD = (
    "setweight(to_tsvector('simple', subject), 'A') || "
    "setweight(to_tsvector('simple', sender_name || ' ' || sender || ' ' "
    "|| translate(sender, '@.', '  ')), 'B') || "
)
CAPPED = _HEAD + "setweight(to_tsvector('simple', left(body_text, 4000)), 'C')"
WHOLE = _HEAD + "setweight(to_tsvector('simple', body_text), 'C')"


def _search_vector(expression: str) -> None:
    op.drop_index("ix_emails_search_vector", table_name="emails", postgresql_using="gin")
    op.drop_column("emails", "search_vector")
    op.add_column(
        "emails",
        sa.Column(
            "search_vector",
            postgresql.TSVECTOR(),
            sa.Computed(expression, persisted=True),
            nullable=False,
        ),
    )
    op.create_index(
        "ix_emails_search_vector", "emails", ["search_vector"], unique=False, postgresql_using="gin"
    )


def upgrade() -> None:
    _search_vector(CAPPED)
    op.drop_index("ix_email_extractions_user_id", table_name="email_extractions")


def downgrade() -> None:
    op.create_index("ix_email_extractions_user_id", "email_extractions", ["user_id"])
    _search_vector(WHOLE)
