"""Statements compiled once per process, for the hottest read routes.

`session.execute(select(...))` builds the statement's expression tree, walks it for a cache key,
finds the compiled SQL in SQLAlchemy's cache and processes every row: about a millisecond of CPU
for the ledger page, more than PostgreSQL spends on it. A `Compiled` statement is built from
bind parameters only and compiled to PostgreSQL's text once; asyncpg prepares that text once per
connection. Rows come back as named tuples (attribute access by column name, `_fields`).

On the read engine itself (app.core.db.Reader: the ledger page's, no session at all), each
statement borrows a pooled connection for itself alone, as below.
On a read-only session (app.core.db.ReadOnlySession: autocommit, the read routes') the text goes
straight to the connection's asyncpg driver: no transaction to begin, and SQLAlchemy's execution
machinery (context, cursor, greenlet hops: half the CPU of a short query) is skipped. When the
session holds no connection yet, the statement borrows one from the pool for itself alone rather
than beginning the session's (autocommit) transaction. Should
that fail, the statement runs again the ordinary way, so that SQLAlchemy sees the failure as it
would have: it translates the error (a DBAPIError, which the API answers with 503 or 400) and,
for a lost connection, invalidates the pool. Re-running is safe: these are SELECTs in autocommit.
Elsewhere (a unit of work's transaction) the text runs through `exec_driver_sql`, inside the
session's transaction.

A bind parameter's type processing (an ARRAY's, say) is applied as SQLAlchemy would.
"""

from collections import namedtuple
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy.dialects.postgresql.asyncpg import dialect as asyncpg_dialect
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.sql import Select
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.util import greenlet_spawn

from app.core.db import Reader, ReadOnlySession

_DIALECT = asyncpg_dialect()


class Compiled:
    """One SELECT's PostgreSQL text, the order of its bind parameters and its row type."""

    __slots__ = ("names", "processors", "row", "sql")

    def __init__(self, statement: Select[Any]) -> None:
        compiled = cast(SQLCompiler, statement.compile(dialect=_DIALECT))
        self.sql: str = compiled.string
        self.names: tuple[str, ...] = tuple(compiled.positiontup or ())
        # Most are None with asyncpg (it takes uuid, Decimal, datetime... as they are).
        processors: Mapping[str, Any] = compiled._bind_processors
        self.processors = tuple(processors.get(name) for name in self.names)
        self.row: Any = namedtuple("Row", list(statement.selected_columns.keys()))  # type: ignore[misc]

    async def rows(self, reader: Reader, params: Mapping[str, Any]) -> Sequence[Any]:
        values = tuple(
            params[name] if process is None else process(params[name])
            for name, process in zip(self.names, self.processors, strict=True)
        )
        if isinstance(reader, AsyncEngine):
            return await self._rows_without_session(reader, values)
        session = reader
        read_only = isinstance(session.sync_session, ReadOnlySession)
        if read_only and isinstance(session.bind, AsyncEngine) and not session.in_transaction():
            # The session holds no connection yet (the route's only statement, as on the ledger
            # page and the summary): borrow one from the pool for this statement alone.
            # Beginning the session's transaction and closing it again cost a quarter of the
            # ledger page's CPU (0.7 of 2.5 ms in process).
            records = await _fetch_pooled(session.bind, self.sql, values)
            if records is not None:
                return [self.row._make(record) for record in records]
        elif read_only:
            raw = await (await session.connection()).get_raw_connection()
            try:
                records = await raw.driver_connection.fetch(self.sql, *values)  # type: ignore[union-attr]
            except Exception:
                pass  # run again below, for SQLAlchemy's handling (see above)
            else:
                return [self.row._make(record) for record in records]
        connection = await session.connection()
        result = await connection.exec_driver_sql(self.sql, values)
        return [self.row._make(row) for row in result]

    async def _rows_without_session(
        self, engine: AsyncEngine, values: tuple[Any, ...]
    ) -> Sequence[Any]:
        """On the read engine (autocommit): a pooled connection for this statement alone, as
        on a read session holding none, and the same second run through SQLAlchemy on failure."""
        records = await _fetch_pooled(engine, self.sql, values)
        if records is not None:
            return [self.row._make(record) for record in records]
        async with engine.connect() as connection:
            result = await connection.exec_driver_sql(self.sql, values)
            return [self.row._make(row) for row in result]


async def _fetch_pooled(engine: AsyncEngine, sql: str, values: tuple[Any, ...]) -> list[Any] | None:
    """The statement on a connection checked out of the read engine's pool (the pool's
    checkout events still run: an idle connection is pinged, app.core.db) and returned at once;
    None when it failed, for the caller to run it again through SQLAlchemy (see above). asyncpg
    runs a statement outside a transaction as autocommit, as the read session would."""
    # A failure to connect is raised as the session's would be (the API answers 503).
    raw = await engine.raw_connection()
    try:
        records: list[Any] = await raw.driver_connection.fetch(sql, *values)  # type: ignore[union-attr]
    except Exception:
        await greenlet_spawn(raw.close)
        return None
    except BaseException:
        # Cancelled mid-statement (the client went away): the connection's state is unknown,
        # so it is closed rather than handed to the next request.
        await greenlet_spawn(raw.invalidate)
        raise
    await greenlet_spawn(raw.close)
    return records


class CompiledCache:
    """Compiled statements by shape (which filters are present, the sort, ...): a query whose
    text depends on its arguments gets one entry per shape, built on first use. Bounded: past
    `max_entries` shapes the oldest goes (a shape is a handful of keys, so a few hundred is
    plenty)."""

    def __init__(self, build: Callable[[Any], Select[Any]], max_entries: int = 256) -> None:
        self.build = build
        self.max_entries = max_entries
        self._entries: dict[Hashable, Compiled] = {}

    def get(self, shape: Hashable) -> Compiled:
        compiled = self._entries.get(shape)
        if compiled is None:
            compiled = Compiled(self.build(shape))
            if len(self._entries) >= self.max_entries:
                del self._entries[next(iter(self._entries))]
            self._entries[shape] = compiled
        return compiled
