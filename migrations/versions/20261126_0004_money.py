"""money: accounts, transactors, categories and rules, transactions, budgets, goals, rates

Exchange rates are seeded with approximate mid-market USD rates around 2 January 2025 (see
SEED_RATES_AS_OF), enough for a first run and for development. They are not authoritative:
load real rates through PUT /api/v1/exchange-rates. Nothing per user is seeded here; default
categories are created per user by app.services.categories.ensure_default_categories.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 13:35:00.019223
"""

import uuid
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

SEED_RATES_AS_OF = "2025-01-02"
# 1 USD = rate QUOTE (approximate, for a first run; see the module docstring).
SEED_USD_RATES = {
    "INR": "85.7500",
    "EUR": "0.9700",
    "GBP": "0.8050",
    "JPY": "157.2000",
    "AUD": "1.6100",
    "CAD": "1.4400",
    "SGD": "1.3650",
    "AED": "3.6725",
    "CHF": "0.9080",
    "CNY": "7.3000",
    "HKD": "7.7700",
    "KES": "129.3000",
    "SEK": "11.0500",
    "NZD": "1.7800",
    "ZAR": "18.8000",
    "BRL": "6.1800",
    "MXN": "20.6000",
}

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _trigram_available() -> bool:
    """pg_trgm ships with PostgreSQL's contrib packages, but not with every build (the embedded
    pgserver of `make run` lacks it). Search works without it (ILIKE); the index only speeds it
    up, so it is created where the extension exists."""
    query = sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
    return op.get_bind().execute(query).scalar() is not None


def upgrade() -> None:
    # Trigram indexes for substring search over transaction descriptions (ILIKE '%8812%').
    # Left in place on downgrade: it may have been installed before, and it costs nothing.
    trigram = _trigram_available()
    if trigram:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_table(
        "exchange_rates",
        sa.Column("base", sa.String(length=3), nullable=False),
        sa.Column("quote", sa.String(length=3), nullable=False),
        sa.Column("rate", sa.Numeric(precision=20, scale=10), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
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
        sa.CheckConstraint("rate > 0", name=op.f("ck_exchange_rates_rate_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rates")),
        sa.UniqueConstraint("base", "quote", "as_of", name="uq_exchange_rates_base_quote_as_of"),
    )
    op.create_table(
        "accounts",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("institution", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("last4", sa.String(length=4), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("latest_balance", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("balance_at", sa.DateTime(timezone=True), nullable=True),
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
        sa.CheckConstraint(
            "kind IN ('bank', 'card', 'wallet', 'cash', 'other')", name=op.f("ck_accounts_kind")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_accounts_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
    )
    op.create_index(op.f("ix_accounts_user_id"), "accounts", ["user_id"], unique=False)
    op.create_index(
        "uq_accounts_user_id_institution_last4",
        "accounts",
        ["user_id", "institution", "last4"],
        unique=True,
        postgresql_where=sa.text("last4 <> ''"),
    )
    op.create_table(
        "categories",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("parent_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
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
        sa.CheckConstraint(
            "kind IN ('income', 'expense', 'transfer')", name=op.f("ck_categories_kind")
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["categories.id"], name=op.f("fk_categories_parent_id_categories")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_categories_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_categories")),
        sa.UniqueConstraint(
            "user_id",
            "parent_id",
            "name",
            name="uq_categories_user_id_parent_id_name",
            postgresql_nulls_not_distinct=True,
        ),
    )
    op.create_index(op.f("ix_categories_parent_id"), "categories", ["parent_id"], unique=False)
    op.create_table(
        "goals",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("target_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
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
        sa.CheckConstraint("target_amount > 0", name=op.f("ck_goals_target_positive")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_goals_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goals")),
    )
    op.create_index(op.f("ix_goals_user_id"), "goals", ["user_id"], unique=False)
    op.create_table(
        "transactors",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("aliases", postgresql.ARRAY(sa.Text()), nullable=False),
        sa.Column("merged_keys", postgresql.ARRAY(sa.String(length=100)), nullable=False),
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
            ["user_id"], ["users.id"], name=op.f("fk_transactors_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transactors")),
        sa.UniqueConstraint("user_id", "key", name="uq_transactors_user_id_key"),
    )
    op.create_table(
        "budgets",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("category_id", sa.Uuid(), nullable=True),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("rollover", sa.Boolean(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
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
        sa.CheckConstraint("period = 'monthly'", name=op.f("ck_budgets_period")),
        sa.CheckConstraint("amount > 0", name=op.f("ck_budgets_amount_positive")),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["categories.id"],
            name=op.f("fk_budgets_category_id_categories"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_budgets_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budgets")),
        sa.UniqueConstraint(
            "user_id",
            "category_id",
            name="uq_budgets_user_id_category_id",
            postgresql_nulls_not_distinct=True,
        ),
    )
    op.create_index(op.f("ix_budgets_category_id"), "budgets", ["category_id"], unique=False)
    op.create_table(
        "category_rules",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("match_type", sa.String(length=10), nullable=False),
        sa.Column("transactor_pattern", sa.Text(), nullable=True),
        sa.Column("description_pattern", sa.Text(), nullable=True),
        sa.Column("sender_pattern", sa.Text(), nullable=True),
        sa.Column("account_id", sa.Uuid(), nullable=True),
        sa.Column("amount_min", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("amount_max", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("direction", sa.String(length=6), nullable=True),
        sa.Column("category_id", sa.Uuid(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
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
        sa.CheckConstraint(
            "direction IN ('debit', 'credit')", name=op.f("ck_category_rules_direction")
        ),
        sa.CheckConstraint(
            "match_type IN ('contains', 'regex')", name=op.f("ck_category_rules_match_type")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_category_rules_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["categories.id"],
            name=op.f("fk_category_rules_category_id_categories"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_category_rules_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_category_rules")),
    )
    op.create_index(
        op.f("ix_category_rules_account_id"), "category_rules", ["account_id"], unique=False
    )
    op.create_index(
        op.f("ix_category_rules_category_id"), "category_rules", ["category_id"], unique=False
    )
    op.create_index(
        "ix_category_rules_user_id_priority",
        "category_rules",
        ["user_id", "priority"],
        unique=False,
    )
    op.create_table(
        "goal_contributions",
        sa.Column("goal_id", sa.Uuid(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("contributed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("amount <> 0", name=op.f("ck_goal_contributions_amount_nonzero")),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goals.id"],
            name=op.f("fk_goal_contributions_goal_id_goals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_contributions")),
    )
    op.create_index(
        "ix_goal_contributions_goal_id_contributed_on",
        "goal_contributions",
        ["goal_id", "contributed_on"],
        unique=False,
    )
    op.create_table(
        "budget_alerts",
        sa.Column("budget_id", sa.Uuid(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("threshold", sa.SmallInteger(), nullable=False),
        sa.Column("spent", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("available", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("threshold IN (80, 100)", name=op.f("ck_budget_alerts_threshold")),
        sa.ForeignKeyConstraint(
            ["budget_id"],
            ["budgets.id"],
            name=op.f("fk_budget_alerts_budget_id_budgets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_alerts")),
        sa.UniqueConstraint(
            "budget_id",
            "period_start",
            "threshold",
            name="uq_budget_alerts_budget_period_threshold",
        ),
    )
    op.create_table(
        "transactions",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=True),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("type", sa.String(length=6), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("transactor_id", sa.Uuid(), nullable=True),
        sa.Column("category_id", sa.Uuid(), nullable=True),
        sa.Column("category_source", sa.String(length=5), nullable=False),
        sa.Column("source", sa.String(length=6), nullable=False),
        sa.Column("email_id", sa.Uuid(), nullable=True),
        sa.Column("message_id", sa.Text(), nullable=True),
        sa.Column("balance_after", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("reference", sa.String(length=100), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("dedupe_key", sa.String(length=200), nullable=True),
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
        sa.CheckConstraint(
            "category_source IN ('rule', 'model', 'user', 'none')",
            name=op.f("ck_transactions_cat_source"),
        ),
        sa.CheckConstraint(
            "source IN ('email', 'manual', 'csv')", name=op.f("ck_transactions_source")
        ),
        sa.CheckConstraint("type IN ('debit', 'credit')", name=op.f("ck_transactions_type")),
        sa.CheckConstraint("amount > 0", name=op.f("ck_transactions_amount_positive")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_transactions_account_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["categories.id"],
            name=op.f("fk_transactions_category_id_categories"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["email_id"],
            ["emails.id"],
            name=op.f("fk_transactions_email_id_emails"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["transactor_id"],
            ["transactors.id"],
            name=op.f("fk_transactions_transactor_id_transactors"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_transactions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transactions")),
        sa.UniqueConstraint("user_id", "dedupe_key", name="uq_transactions_user_id_dedupe_key"),
        sa.UniqueConstraint("user_id", "message_id", name="uq_transactions_user_id_message_id"),
    )
    op.create_index(
        op.f("ix_transactions_account_id"), "transactions", ["account_id"], unique=False
    )
    op.create_index(
        op.f("ix_transactions_category_id"), "transactions", ["category_id"], unique=False
    )
    if trigram:
        op.create_index(
            "ix_transactions_description_trgm",
            "transactions",
            ["description"],
            unique=False,
            postgresql_using="gin",
            postgresql_ops={"description": "gin_trgm_ops"},
        )
    op.create_index(op.f("ix_transactions_email_id"), "transactions", ["email_id"], unique=False)
    op.create_index(
        op.f("ix_transactions_transactor_id"), "transactions", ["transactor_id"], unique=False
    )
    op.create_index(
        "ix_transactions_user_id_occurred_at_id",
        "transactions",
        ["user_id", "occurred_at", "id"],
        unique=False,
    )
    op.create_table(
        "category_feedback",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("transaction_id", sa.Uuid(), nullable=True),
        sa.Column("transactor", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("sender", sa.Text(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("direction", sa.String(length=6), nullable=False),
        sa.Column("old_category_id", sa.Uuid(), nullable=True),
        sa.Column("new_category_id", sa.Uuid(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["new_category_id"],
            ["categories.id"],
            name=op.f("fk_category_feedback_new_category_id_categories"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["old_category_id"],
            ["categories.id"],
            name=op.f("fk_category_feedback_old_category_id_categories"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["transaction_id"],
            ["transactions.id"],
            name=op.f("fk_category_feedback_transaction_id_transactions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_category_feedback_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_category_feedback")),
    )
    op.create_index(
        op.f("ix_category_feedback_new_category_id"),
        "category_feedback",
        ["new_category_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_category_feedback_old_category_id"),
        "category_feedback",
        ["old_category_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_category_feedback_transaction_id"),
        "category_feedback",
        ["transaction_id"],
        unique=False,
    )
    op.create_index(
        "ix_category_feedback_user_id_created_at",
        "category_feedback",
        ["user_id", "created_at"],
        unique=False,
    )
    _seed_exchange_rates()


def _seed_exchange_rates() -> None:
    rates = sa.table(
        "exchange_rates",
        sa.column("id", sa.Uuid()),
        sa.column("base", sa.String()),
        sa.column("quote", sa.String()),
        sa.column("rate", sa.Numeric()),
        sa.column("as_of", sa.Date()),
    )
    as_of = date.fromisoformat(SEED_RATES_AS_OF)
    op.bulk_insert(
        rates,
        [
            {
                "id": uuid.uuid4(),
                "base": "USD",
                "quote": quote,
                "rate": Decimal(rate),
                "as_of": as_of,
            }
            for quote, rate in SEED_USD_RATES.items()
        ],
    )


def downgrade() -> None:
    op.drop_index("ix_category_feedback_user_id_created_at", table_name="category_feedback")
    op.drop_index(op.f("ix_category_feedback_transaction_id"), table_name="category_feedback")
    op.drop_index(op.f("ix_category_feedback_old_category_id"), table_name="category_feedback")
    op.drop_index(op.f("ix_category_feedback_new_category_id"), table_name="category_feedback")
    op.drop_table("category_feedback")
    op.drop_index("ix_transactions_user_id_occurred_at_id", table_name="transactions")
    op.drop_index(op.f("ix_transactions_transactor_id"), table_name="transactions")
    op.drop_index(op.f("ix_transactions_email_id"), table_name="transactions")
    op.execute("DROP INDEX IF EXISTS ix_transactions_description_trgm")
    op.drop_index(op.f("ix_transactions_category_id"), table_name="transactions")
    op.drop_index(op.f("ix_transactions_account_id"), table_name="transactions")
    op.drop_table("transactions")
    op.drop_table("budget_alerts")
    op.drop_index("ix_goal_contributions_goal_id_contributed_on", table_name="goal_contributions")
    op.drop_table("goal_contributions")
    op.drop_index("ix_category_rules_user_id_priority", table_name="category_rules")
    op.drop_index(op.f("ix_category_rules_category_id"), table_name="category_rules")
    op.drop_index(op.f("ix_category_rules_account_id"), table_name="category_rules")
    op.drop_table("category_rules")
    op.drop_index(op.f("ix_budgets_category_id"), table_name="budgets")
    op.drop_table("budgets")
    op.drop_table("transactors")
    op.drop_index(op.f("ix_goals_user_id"), table_name="goals")
    op.drop_table("goals")
    op.drop_index(op.f("ix_categories_parent_id"), table_name="categories")
    op.drop_table("categories")
    op.drop_index(
        "uq_accounts_user_id_institution_last4",
        table_name="accounts",
        postgresql_where=sa.text("last4 <> ''"),
    )
    op.drop_index(op.f("ix_accounts_user_id"), table_name="accounts")
    op.drop_table("accounts")
    op.drop_table("exchange_rates")
