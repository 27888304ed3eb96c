"""Statements compiled once per process, for the hottest read routes.

`session.execute(select(...))` builds the statement's expression tree, walks it for a cache key,
finds the compiled SQL in SQLAlchemy's cache and processes every row: about a millisecond of CPU
for the ledger page, more than PostgreSQL spends on it. A `Compiled` statement is built from
bind parameters only, compiled to PostgreSQL's text once, and run with `exec_driver_sql`: the
same connection, transaction and error translation as any other statement (a dropped
connection still becomes DBAPIError, so the 503 handling holds), and asyncpg prepares the text
once per connection. Rows come back as SQLAlchemy Rows (attribute access by name).

A bind parameter's type processing (an ARRAY's, say) is applied as SQLAlchemy would.
"""

from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Row
from sqlalchemy.dialects.postgresql.asyncpg import dialect as asyncpg_dialect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

_DIALECT = asyncpg_dialect()


class Compiled:
    """One statement's PostgreSQL text and the order of its bind parameters."""

    __slots__ = ("names", "processors", "sql")

    def __init__(self, statement: ClauseElement) -> None:
        compiled = cast(SQLCompiler, statement.compile(dialect=_DIALECT))
        self.sql: str = compiled.string
        self.names: tuple[str, ...] = tuple(compiled.positiontup or ())
        # Most are None with asyncpg (it takes uuid, Decimal, datetime... as they are).
        processors: Mapping[str, Any] = compiled._bind_processors
        self.processors = tuple(processors.get(name) for name in self.names)

    async def rows(self, session: AsyncSession, params: Mapping[str, Any]) -> Sequence[Row[Any]]:
        values = tuple(
            params[name] if process is None else process(params[name])
            for name, process in zip(self.names, self.processors, strict=True)
        )
        connection = await session.connection()
        result = await connection.exec_driver_sql(self.sql, values)
        return result.all()


class CompiledCache:
    """Compiled statements by shape (which filters are present, the sort, ...): a query whose
    text depends on its arguments gets one entry per shape, built on first use. Bounded: past
    `max_entries` shapes the oldest goes (a shape is a handful of keys, so a few hundred is
    plenty)."""

    def __init__(self, build: Callable[[Any], ClauseElement], max_entries: int = 256) -> None:
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
