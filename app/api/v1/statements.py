"""/api/v1/statements: import a bank or card statement and see how it reconciles."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Form, UploadFile, status

from app.api.deps import CurrentUser, PaginationDep, SessionDep
from app.schemas.common import Page
from app.schemas.statement import StatementDetail, StatementSummary
from app.services import statements

router = APIRouter(prefix="/statements", tags=["statements"])


@router.post("", response_model=StatementDetail, status_code=status.HTTP_201_CREATED)
async def import_statement(
    file: UploadFile,
    user: CurrentUser,
    session: SessionDep,
    account_id: Annotated[
        uuid.UUID | None,
        Form(description="the account it belongs to; left out: found by its number's last 4"),
    ] = None,
) -> StatementDetail:
    """Import an OFX/QFX, QIF, CAMT.053 or MT940 statement (at most 5 MB) and reconcile it:
    lines matched to ledger rows confirm them (the statement's date, amount and text win),
    lines the ledger lacks become rows, and the account's rows of the period that are not on
    the statement are flagged."""
    data = await file.read(statements.MAX_STATEMENT_BYTES + 1)
    return await statements.import_statement(session, user, data, file.filename or "", account_id)


@router.get("", response_model=Page[StatementSummary])
async def list_statements(
    user: CurrentUser, session: SessionDep, page: PaginationDep
) -> Page[StatementSummary]:
    items, total = await statements.list_statements(session, user.id, page.offset, page.limit)
    return Page(items=items, total=total, offset=page.offset, limit=page.limit)


@router.get("/{statement_id}", response_model=StatementDetail)
async def get_statement(
    statement_id: uuid.UUID, user: CurrentUser, session: SessionDep
) -> StatementDetail:
    """The three lists with their totals, and the closing balance against the ledger's."""
    return await statements.statement_detail(session, user.id, statement_id)
