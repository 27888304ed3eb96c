"""Migration 0004 seeds the starter exchange rates (the per-test truncation removes them
elsewhere)."""

import asyncio

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from tests.test_migrations import alembic, scratch_database  # noqa: F401 (a fixture)


def test_seeded_rates(scratch_database):  # noqa: F811
    alembic(scratch_database, "upgrade", "0011")

    async def seeded(quotes: str = "'INR', 'EUR'"):
        engine = create_async_engine(scratch_database)
        async with engine.connect() as conn:
            rows = (
                await conn.execute(
                    text(
                        "SELECT base, quote, rate::text, as_of::text FROM exchange_rates "
                        f"WHERE quote IN ({quotes}) ORDER BY quote"
                    )
                )
            ).all()
            extension = await conn.scalar(
                text("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")
            )
        await engine.dispose()
        return rows, extension

    rows, extension = asyncio.run(seeded())
    assert [tuple(r) for r in rows] == [
        ("USD", "EUR", "0.9700000000", "2025-01-02"),
        ("USD", "INR", "85.7500000000", "2025-01-02"),
    ]
    assert extension == 1

    # 0013: ECB's bundled daily rates supersede the seed wherever ECB publishes the currency.
    alembic(scratch_database, "upgrade", "head")
    rows, _ = asyncio.run(seeded("'INR', 'EUR', 'AED', 'KES'"))
    assert [tuple(r)[:2] for r in rows] == [("USD", "AED"), ("USD", "KES")]
