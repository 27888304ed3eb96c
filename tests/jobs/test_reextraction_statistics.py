"""A big sender's re-extraction first brings the planner's statistics up to date: right after a
mailbox's first import the ledger's tables have none, and the merge rule's candidate query was
planned as if they were empty (125 s for 10,000 emails instead of about 12 on this machine)."""

from typing import Any

from sqlalchemy import text

from app.crud import reextraction as reextraction_crud


async def test_refresh_statistics_analyzes_the_ledgers_tables(worker_ctx: Any) -> None:
    async with worker_ctx.uow.begin() as session:
        await reextraction_crud.refresh_statistics(session)
    async with worker_ctx.sessionmaker() as session:
        analyzed = await session.execute(
            text(
                "SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL"
                " AND relname IN ('transactions', 'emails', 'transaction_merges')"
            )
        )
        assert sorted(analyzed.scalars()) == ["emails", "transaction_merges", "transactions"]
