"""/api/v1/transactions: the ledger: list (filters, sorting, keyset pages), read, add by hand,
edit, delete, recategorise many at once, split an email merged into a transaction back out."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from app.api.deps import CurrentIdentity, CurrentUser, ReadSessionDep, SessionDep, read_engine
from app.api.query import QueryParser
from app.api.responses import JSONBytes
from app.schemas.transaction import (
    BulkRecategorise,
    BulkResult,
    CursorPage,
    SourcePublic,
    SplitsUpdate,
    TransactionCreate,
    TransactionDetail,
    TransactionFilters,
    TransactionPublic,
    TransactionSort,
    TransactionUpdate,
    transaction_page_json,
    transaction_public,
)
from app.services import corrections
from app.services import merges as merge_service
from app.services import transactions as transaction_service

router = APIRouter(prefix="/transactions", tags=["transactions"])


async def _ledger_query(
    filters: Annotated[TransactionFilters, Query()],
    sort: TransactionSort = "-occurred_at",
    cursor: Annotated[str | None, Query(max_length=500)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> None:
    """The query the ledger page takes, declared as FastAPI would read it (app.api.query)."""


_LEDGER_QUERY = QueryParser(_ledger_query)


@router.get(
    "",
    response_model=CursorPage[TransactionPublic],
    openapi_extra=_LEDGER_QUERY.openapi_extra,
)
async def list_transactions(user: CurrentIdentity, request: Request) -> Response:
    """Newest first by default. Pass `next_cursor` back as `cursor` for the next page (with the
    same filters and sort)."""
    # The query and the database are taken here rather than as dependencies (each one FastAPI
    # resolves costs about as much as reading the query); after the sign-in, so a request
    # without a valid one is a 401 before its query is read.
    query = _LEDGER_QUERY.parse(request.query_params)
    limit: int = query["limit"]
    async with read_engine(request) as reader:
        items, next_cursor = await transaction_service.list_transactions(
            reader,
            user.id,
            query["filters"],
            tz=user.timezone,
            sort=query["sort"],
            cursor=query["cursor"],
            limit=limit,
        )
    # Serialised from the trusted rows as they are (response_model stays for the docs).
    return JSONBytes(transaction_page_json(items, next_cursor, limit))


@router.post("", response_model=TransactionDetail, status_code=status.HTTP_201_CREATED)
async def create_transaction(
    data: TransactionCreate, user: CurrentUser, session: SessionDep
) -> TransactionDetail:
    return transaction_public(await transaction_service.create_transaction(session, user, data))


@router.post("/bulk-recategorise", response_model=BulkResult)
async def bulk_recategorise(
    data: BulkRecategorise, user: CurrentUser, session: SessionDep
) -> BulkResult:
    updated = await transaction_service.bulk_recategorise(
        session, user.id, data.ids, data.category_id
    )
    return BulkResult(updated=updated)


@router.get("/{transaction_id}", response_model=TransactionDetail)
async def get_transaction(
    transaction_id: uuid.UUID, user: CurrentIdentity, session: ReadSessionDep
) -> TransactionDetail:
    return transaction_public(
        await transaction_service.get_transaction(session, user.id, transaction_id)
    )


@router.patch("/{transaction_id}", response_model=TransactionDetail)
async def update_transaction(
    transaction_id: uuid.UUID, data: TransactionUpdate, user: CurrentUser, session: SessionDep
) -> TransactionDetail:
    """Edit any field. An edit of amount, currency, direction, date or merchant of a transaction
    read from an email also corrects that email (teaches its sender's template). The amount of
    a split transaction changes only with its parts (409 `split_total`)."""
    return transaction_public(
        await corrections.edit_transaction(session, user, transaction_id, data)
    )


@router.put("/{transaction_id}/splits", response_model=TransactionDetail)
async def set_splits(
    transaction_id: uuid.UUID, data: SplitsUpdate, user: CurrentUser, session: SessionDep
) -> TransactionDetail:
    """Split across categories: two or more parts adding up to the amount (400 `split_total`
    when they do not), replacing any parts it had; `[]` makes it whole again. Reports by
    category count each part in its own category."""
    return transaction_public(
        await transaction_service.set_splits(session, user.id, transaction_id, data)
    )


@router.get("/{transaction_id}/source", response_model=SourcePublic)
async def get_source(
    transaction_id: uuid.UUID, user: CurrentIdentity, session: ReadSessionDep
) -> SourcePublic:
    """The email it was read from (with an excerpt; the whole one at GET /emails/{id}) and the
    bank statement lines that confirmed it."""
    return await transaction_service.transaction_source(session, user.id, transaction_id)


@router.delete("/{transaction_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_transaction(
    transaction_id: uuid.UUID, user: CurrentUser, session: SessionDep
) -> None:
    await transaction_service.delete_transaction(session, user.id, transaction_id)


@router.post(
    "/{transaction_id}/merges/{email_id}/split",
    response_model=TransactionDetail,
    status_code=status.HTTP_201_CREATED,
)
async def split_merge(
    transaction_id: uuid.UUID, email_id: uuid.UUID, user: CurrentUser, session: SessionDep
) -> TransactionDetail:
    """Undo a merge: email `email_id` was taken as another report of this transaction's payment
    (see GET /emails/{email_id}: `extraction.merged_into`). It gets its own transaction again,
    made from what was read from it (returned), and the two are never merged again. 404 when
    that email is not merged into this transaction of yours; 409 when already split."""
    return transaction_public(
        await merge_service.split_merge(session, user.id, transaction_id, email_id)
    )
