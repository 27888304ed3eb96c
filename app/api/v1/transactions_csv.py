"""/api/v1/transactions CSV routes: export any filtered list; preview and import a bank's CSV.
Included before the transactions router, so /transactions/export.csv is not read as an id."""

from typing import Annotated

from fastapi import APIRouter, Form, Query, Response, UploadFile

from app.api.deps import CurrentIdentity, CurrentUser, SessionDep
from app.ingest import csv_import
from app.schemas.csv_import import CsvImportResult, CsvPreview
from app.schemas.transaction import TransactionFilters, TransactionSort
from app.services import csv_export

router = APIRouter(prefix="/transactions", tags=["transactions"])

MappingForm = Annotated[
    str | None,
    Form(description="JSON column mapping (see CsvMapping); leave out to have it guessed"),
]


@router.get(
    "/export.csv",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}, "description": "the filtered transactions"}},
)
async def export_transactions(
    user: CurrentIdentity,
    session: SessionDep,
    filters: Annotated[TransactionFilters, Query()],
    sort: TransactionSort = "-occurred_at",
) -> Response:
    """The same filters and sort as the list, every page at once (up to 100,000 rows). Times
    are in your time zone, with their UTC offset; the `timezone` column names the zone."""
    text = await csv_export.export_csv(session, user.id, user.timezone, filters, sort)
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="transactions.csv"'},
    )


@router.post("/import/preview", response_model=CsvPreview)
async def preview_import(
    file: UploadFile, user: CurrentUser, session: SessionDep, mapping: MappingForm = None
) -> CsvPreview:
    """Parse the file with the mapping (or a guessed one) and show the first rows, which are
    duplicates of transactions already recorded, and which cannot be read."""
    content = await file.read(csv_import.MAX_FILE_BYTES + 1)
    return await csv_import.preview(session, user, content, csv_import.parse_mapping(mapping))


@router.post("/import", response_model=CsvImportResult)
async def import_transactions(
    file: UploadFile, user: CurrentUser, session: SessionDep, mapping: MappingForm = None
) -> CsvImportResult:
    """Import every readable row that is not already recorded."""
    content = await file.read(csv_import.MAX_FILE_BYTES + 1)
    return await csv_import.import_csv(session, user, content, csv_import.parse_mapping(mapping))
