"""/api/v1/statements: import a bank or card statement and see how it reconciles."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Form, UploadFile, status

from app.api.deps import CurrentIdentity, CurrentUser, PaginationDep, SessionDep
from app.ingest import statements as mailed_statements
from app.ingest.csv_import import parse_mapping
from app.schemas.common import Page
from app.schemas.statement import (
    LockedStatement,
    StatementDetail,
    StatementPasswordSender,
    StatementPasswordSet,
    StatementSummary,
)
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
    password: Annotated[
        str | None,
        Form(max_length=200, description="opens a password-protected PDF; never stored as is"),
    ] = None,
    remember_for_sender: Annotated[
        str | None,
        Form(
            max_length=320,
            description="keep the password (encrypted) to open this sender's statements that "
            "arrive by mail",
        ),
    ] = None,
    mapping: Annotated[
        str | None,
        Form(description="a CSV's column mapping, as for the CSV import; left out: guessed"),
    ] = None,
) -> StatementDetail:
    """Import an OFX/QFX, QIF, CAMT.053, MT940, CSV or text-PDF statement (at most 5 MB) and
    reconcile it: lines matched to ledger rows confirm them (the statement's date, amount and
    text win), lines the ledger lacks become rows, and the account's rows of the period that
    are not on the statement are flagged. A locked PDF without its password answers 400
    `pdf_password_required`; a wrong password 400 `pdf_wrong_password`."""
    data = await file.read(statements.MAX_STATEMENT_BYTES + 1)
    return await statements.import_statement(
        session,
        user,
        data,
        file.filename or "",
        account_id,
        password=password or None,
        remember_for=remember_for_sender or None,
        csv_mapping=parse_mapping(mapping),
    )


@router.get("", response_model=Page[StatementSummary])
async def list_statements(
    user: CurrentIdentity, session: SessionDep, page: PaginationDep
) -> Page[StatementSummary]:
    items, total = await statements.list_statements(session, user.id, page.offset, page.limit)
    return Page(items=items, total=total, offset=page.offset, limit=page.limit)


@router.get("/passwords", response_model=list[StatementPasswordSender])
async def list_statement_passwords(
    user: CurrentIdentity, session: SessionDep
) -> list[StatementPasswordSender]:
    """The senders whose PDF statements FinCoach keeps a password for (never the password)."""
    return await statements.password_senders(session, user.id)


@router.put("/passwords", response_model=list[StatementSummary])
async def set_statement_password(
    body: StatementPasswordSet, user: CurrentUser, session: SessionDep
) -> list[StatementSummary]:
    """Give the password of a sender's PDF statements, once: it is kept encrypted, the
    statements from that sender waiting for it are imported and reconciled (listed in the
    answer), and the next ones that arrive by mail are opened with it. A password that opens
    none of the waiting statements answers 400 `pdf_wrong_password` and is not kept."""
    return await mailed_statements.unlock(session, user, body.sender, body.password)


@router.get("/locked", response_model=list[LockedStatement])
async def list_locked_statements(
    user: CurrentIdentity, session: SessionDep
) -> list[LockedStatement]:
    """Statements that came by mail locked with a password no one has given yet."""
    return await mailed_statements.locked(session, user.id)


@router.delete("/passwords/{sender}", status_code=status.HTTP_204_NO_CONTENT)
async def forget_statement_password(sender: str, user: CurrentUser, session: SessionDep) -> None:
    await statements.forget_password(session, user.id, sender)


@router.get("/{statement_id}", response_model=StatementDetail)
async def get_statement(
    statement_id: uuid.UUID, user: CurrentIdentity, session: SessionDep
) -> StatementDetail:
    """The three lists with their totals, and the closing balance against the ledger's."""
    return await statements.statement_detail(session, user.id, statement_id)
