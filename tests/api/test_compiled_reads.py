"""crud.compiled on a read session that holds no connection: the statement borrows one from the
pool for itself alone, and gives it back however the statement ends."""

import asyncio

import pytest
from sqlalchemy import Float, bindparam, func, select

from app.core.db import create_api_engine, create_read_sessionmaker
from app.crud.compiled import Compiled

SLEEP = Compiled(select(func.pg_sleep(bindparam("seconds", type_=Float)).label("slept")))
ONE = Compiled(select(func.abs(bindparam("n", type_=Float)).label("n")))


@pytest.fixture
async def read_sessions(settings):
    engine = create_api_engine(settings)
    yield engine, create_read_sessionmaker(engine)
    await engine.dispose()


async def test_the_connection_goes_back_after_each_statement(read_sessions):
    engine, sessions = read_sessions
    async with sessions() as session:
        assert [row.n for row in await ONE.rows(session, {"n": -2.0})] == [2.0]
        assert engine.sync_engine.pool.checkedout() == 0
        assert not session.in_transaction()  # the session itself never began


async def test_a_cancelled_statement_closes_its_connection(read_sessions):
    engine, sessions = read_sessions
    async with sessions() as session:
        task = asyncio.create_task(SLEEP.rows(session, {"seconds": 5.0}))
        await asyncio.sleep(0.3)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert engine.sync_engine.pool.checkedout() == 0
    async with sessions() as session:  # and the pool serves the next request
        assert [row.n for row in await ONE.rows(session, {"n": 3.0})] == [3.0]
