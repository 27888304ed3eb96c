"""CSV export of any filtered transaction list, in the list's own order.

Times are written as the user's wall-clock time with its UTC offset (2026-04-01T01:30:00+05:30),
so the date a spreadsheet shows is the day the app groups the payment under, and the instant
stays exact; the `timezone` column names the zone (IANA) on every row."""

import csv
import io
import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import BadRequest
from app.core.timezones import local_time
from app.crud import transactions as transactions_crud
from app.schemas.money import to_cents
from app.schemas.transaction import TransactionFilters, TransactionSort

MAX_EXPORT_ROWS = 100_000
BATCH = 1000
HEADER = (
    "id",
    "occurred_at",
    "timezone",
    "amount",
    "currency",
    "type",
    "description",
    "merchant",
    "category",
    "account",
    "source",
    "reference",
    "notes",
)
# A cell starting with one of these is a formula to a spreadsheet: a description like
# "=HYPERLINK(...)" from a hostile email must stay text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


async def export_csv(
    session: AsyncSession,
    user_id: uuid.UUID,
    tz: str,
    filters: TransactionFilters,
    sort: TransactionSort,
) -> str:
    """`tz`: the user's zone, for the date filters and the times written."""
    column, descending = sort.lstrip("-"), sort.startswith("-")
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    after: tuple[Any, uuid.UUID] | None = None
    written = 0
    while True:
        page = await transactions_crud.list_page(
            session,
            user_id,
            filters,
            tz=tz,
            sort_column=column,
            descending=descending,
            after=after,
            limit=BATCH,
        )
        written += len(page)
        if written > MAX_EXPORT_ROWS:
            raise BadRequest(
                f"More than {MAX_EXPORT_ROWS} transactions: narrow the filters (a date range).",
                code="export_too_large",
            )
        writer.writerows(_cells(t, tz) for t in page)
        if len(page) < BATCH:
            return out.getvalue()
        last = page[-1]
        after = (getattr(last, column), last.id)


def _cells(t: Any, tz: str) -> list[str]:
    """From a row of crud.transactions.list_page."""
    return [
        str(t.id),
        local_time(t.occurred_at, tz).isoformat(),
        tz,
        str(to_cents(t.amount)),
        t.currency,
        t.type,
        _text(t.description),
        _text(t.transactor_name or ""),
        _text(t.category_name or ""),
        _text(t.account_name or ""),
        t.source,
        _text(t.reference or ""),
        _text(t.notes),
    ]


def _text(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_START) else value
