"""CSV import of a bank's export: a column mapping (given, or guessed from the header), a
preview, then the import itself, leaving out rows already recorded.

A row is a duplicate when a transaction with the same amount, currency and direction is already
recorded on the same day in the user's zone or the day either side (a statement's date and an
alert's time can fall on different days across time zones); each recorded transaction absorbs
at most one row, so two identical coffees in the file against one recorded coffee import one.
Imported rows get no dedupe key: an identical row later in the file is a second real payment.
"""

import json
from collections import Counter
from datetime import timedelta
from typing import Any

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import BadRequest
from app.crud import transactions as transactions_crud
from app.ingest.csv_parsing import (
    CsvError,
    ParsedRow,
    day_of,
    guess_mapping,
    parse_row,
    read_table,
)
from app.models import User
from app.schemas.csv_import import (
    CsvImportResult,
    CsvMapping,
    CsvPreview,
    PreviewRow,
    RowError,
)
from app.services import categories
from app.services.transactions import NewTransaction, record_transactions

MAX_FILE_BYTES = 5 * 1024 * 1024
PREVIEW_ROWS = 20
MAX_ERRORS_SHOWN = 100


def parse_mapping(raw: str | None) -> CsvMapping | None:
    """The mapping form field (JSON), or None when it was not sent."""
    if raw is None or not raw.strip():
        return None
    try:
        return CsvMapping.model_validate(json.loads(raw))
    except (json.JSONDecodeError, ValidationError) as exc:
        details = exc.errors() if isinstance(exc, ValidationError) else [str(exc)]
        raise BadRequest(
            "The column mapping is not valid.",
            code="invalid_mapping",
            details=[
                {"field": ".".join(str(p) for p in d["loc"]), "message": d["msg"]}
                if isinstance(d, dict)
                else {"message": d}
                for d in details
            ],
        ) from exc


async def _read(
    session: AsyncSession, user: User, content: bytes, mapping: CsvMapping | None
) -> tuple[list[str], CsvMapping | None, list[ParsedRow], set[int]]:
    if len(content) > MAX_FILE_BYTES:
        raise BadRequest(
            f"The file is larger than {MAX_FILE_BYTES // 2**20} MB.", code="file_too_large"
        )
    try:
        header, table = read_table(content)
    except CsvError as exc:
        raise BadRequest(str(exc), code="invalid_csv") from exc
    mapping = mapping or guess_mapping(header)
    if mapping is None:
        return header, None, [], set()
    missing = [column for column in mapping.columns() if column not in header]
    if missing:
        raise BadRequest(
            f"The file has no column named {missing[0]!r}.",
            code="unknown_column",
            details=[{"columns": header}],
        )
    currency = mapping.default_currency or user.base_currency
    parsed = [
        parse_row(index + 2, row, mapping, currency, user.timezone)
        for index, row in enumerate(table)
    ]
    return header, mapping, parsed, await _duplicates(session, user, parsed)


async def _duplicates(session: AsyncSession, user: User, parsed: list[ParsedRow]) -> set[int]:
    """Lines of rows already recorded (see the module docstring)."""
    valid = [row for row in parsed if row.error is None and row.occurred_at]
    if not valid:
        return set()
    days = [day_of(row.occurred_at, user.timezone) for row in valid if row.occurred_at]
    one = timedelta(days=1)
    recorded = await transactions_crud.amounts_by_day(
        session, user.id, min(days) - one, max(days) + one
    )
    pool = Counter((r.day, r.amount, r.currency, r.type) for r in recorded)
    lines = set()
    for row in valid:
        assert row.occurred_at is not None
        day = day_of(row.occurred_at, user.timezone)
        for candidate in (day, day - one, day + one):
            key = (candidate, row.amount, row.currency, row.type)
            if pool[key] > 0:
                pool[key] -= 1
                lines.add(row.line)
                break
    return lines


async def preview(
    session: AsyncSession, user: User, content: bytes, mapping: CsvMapping | None
) -> CsvPreview:
    """What an import would do, without doing it. Without a mapping, one is guessed from the
    header; `mapping: null` in the answer means it could not be, and one must be sent."""
    header, used, parsed, duplicates = await _read(session, user, content, mapping)
    errors = sum(1 for row in parsed if row.error)
    return CsvPreview(
        columns=header,
        mapping=used,
        total_rows=len(parsed),
        valid_rows=len(parsed) - errors,
        duplicate_rows=len(duplicates),
        error_rows=errors,
        rows=[
            PreviewRow(
                line=row.line,
                occurred_at=row.occurred_at,
                amount=row.amount,
                currency=row.currency,
                type=row.type,
                description=row.description,
                merchant=row.merchant,
                category=row.category,
                duplicate=row.line in duplicates,
                error=row.error,
            )
            for row in parsed[:PREVIEW_ROWS]
        ],
    )


async def import_csv(
    session: AsyncSession, user: User, content: bytes, mapping: CsvMapping | None
) -> CsvImportResult:
    """Import every readable row that is not a duplicate; unreadable rows are reported."""
    _, used, parsed, duplicates = await _read(session, user, content, mapping)
    if used is None:
        raise BadRequest("Say which columns hold the date and the amount.", code="mapping_needed")
    category_ids = await _category_ids(session, user)
    drafts = []
    for row in parsed:
        if row.error or row.line in duplicates:
            continue
        assert row.occurred_at and row.amount and row.type and row.currency
        category_id = category_ids.get((row.category or "").lower())
        drafts.append(
            NewTransaction(
                amount=row.amount,
                currency=row.currency,
                type=row.type,
                occurred_at=row.occurred_at,
                source="csv",
                description=row.description,
                merchant=row.merchant or row.description,
                reference=row.reference,
                notes=row.notes,
                category_id=category_id,
                category_source="user" if category_id else "none",
                dedupe=False,
            )
        )
    imported = await record_transactions(session, user.id, drafts)
    errors = [RowError(line=row.line, message=row.error) for row in parsed if row.error]
    return CsvImportResult(
        imported=len(imported),
        duplicates=len(duplicates),
        errors=errors[:MAX_ERRORS_SHOWN],
        error_count=len(errors),
    )


async def _category_ids(session: AsyncSession, user: User) -> dict[str, Any]:
    """Lower-cased "Name" and "Parent/Name" → id; a top-level name wins over a namesake child."""
    found = await categories.list_categories(session, user.id)
    names = {c.id: c.name for c in found}
    ids: dict[str, Any] = {}
    for category in sorted(found, key=lambda c: c.parent_id is None):
        ids[category.name.lower()] = category.id
        if category.parent_id:
            ids[f"{names[category.parent_id]}/{category.name}".lower()] = category.id
    return ids
