"""Bulk inserts for the ingest hot path: INSERT ... SELECT * FROM unnest(array, array, ...).

A multi-row `insert(T).values(rows)` is a new statement for every batch: SQLAlchemy compiles
it afresh (one bind parameter per cell, ~30 % of a worker's CPU at 100 rows) and asyncpg
prepares it afresh. Here the rows travel as one array per column, so the statement text is
the same for every batch: compiled once, prepared once per connection, sent in binary.
"""

import typing
from collections.abc import Sequence
from typing import Any

import orjson
from sqlalchemy import Table, bindparam, cast, func, select
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, Insert, insert
from sqlalchemy.types import Text

from app.models.base import Base


def unnest_insert(model: type[Base], columns: Sequence[str]) -> Insert:
    """INSERT INTO model's table (columns) SELECT * FROM unnest(:column, ...); execute it with
    `column_arrays(model, columns, rows)`. List every column a row needs: no Python-side
    default applies (a callable default would be called once for all the rows)."""
    arrays = [bindparam(name, type_=ARRAY(_wire_type(model, name))) for name in columns]
    unnested = func.unnest(*arrays).table_valued(*columns).render_derived(name="incoming")
    selected = [
        cast(unnested.c[name], JSONB) if _is_json(model, name) else unnested.c[name]
        for name in columns
    ]
    # The Core table, not the ORM entity: ORM bulk-insert handling would want row dicts.
    table = typing.cast(Table, model.__table__)
    return insert(table).from_select(list(columns), select(*selected), include_defaults=False)


def column_arrays(
    model: type[Base], columns: Sequence[str], rows: Sequence[dict[str, Any]]
) -> dict[str, list[Any]]:
    """The rows as one list per column: the parameters of `unnest_insert(model, columns)`."""
    arrays = {name: [row[name] for row in rows] for name in columns}
    for name in columns:
        if _is_json(model, name):
            # orjson: ~0.5 us for an extraction's fields where json.dumps took ~6.7 (JSONB stores
            # the same value either way: key order, spacing and escapes are not kept). The
            # options take what json.dumps took: numpy scalars and non-string keys.
            arrays[name] = [
                orjson.dumps(value, option=_JSON_OPTIONS).decode() for value in arrays[name]
            ]
    return arrays


_JSON_OPTIONS = orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS


def _is_json(model: type[Base], name: str) -> bool:
    return isinstance(model.__table__.c[name].type, JSONB)


def _wire_type(model: type[Base], name: str) -> Any:
    # asyncpg has no codec for jsonb[] here: JSON travels as text[] and is cast per element.
    return Text() if _is_json(model, name) else model.__table__.c[name].type
