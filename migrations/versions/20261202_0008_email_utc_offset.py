"""emails.received_utc_offset: the zone the Date header was written in

The stored instant alone loses the sender's zone, and extraction needs it to read a date or a time
the text writes without one (a US issuer's "Oct 28" is not the UTC day). Existing emails keep no
offset: they are read in UTC as before.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 23:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("emails", sa.Column("received_utc_offset", sa.SmallInteger(), nullable=True))


def downgrade() -> None:
    op.drop_column("emails", "received_utc_offset")
