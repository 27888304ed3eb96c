"""/api/v1/plaid: linking banks through Plaid, their syncs, and Plaid's webhook."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, status

from app.api.deps import CurrentIdentity, CurrentUser, SessionDep, SettingsDep
from app.core.errors import BadRequest
from app.schemas.connected_account import SyncStarted
from app.schemas.job import job_public
from app.schemas.plaid import (
    PlaidItemTransaction,
    PlaidLinked,
    PlaidLinkToken,
    PlaidLinkTokenRequest,
    PlaidPublicToken,
    PlaidStatus,
    PlaidWebhookOutcome,
)
from app.services import plaid as plaid_service

router = APIRouter(prefix="/plaid", tags=["plaid"])

WEBHOOK_MAX_BYTES = 64 * 1024


@router.get("/status", response_model=PlaidStatus)
async def plaid_status(user: CurrentIdentity, settings: SettingsDep) -> PlaidStatus:
    """Whether banks can be linked here, and if not what to set."""
    return plaid_service.status(settings)


@router.post("/link-token", response_model=PlaidLinkToken)
async def link_token(
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    data: PlaidLinkTokenRequest | None = None,
) -> PlaidLinkToken:
    """A Plaid Link token (503 plaid_not_configured without PLAID_CLIENT_ID / PLAID_SECRET)."""
    account_id = data.account_id if data else None
    return await plaid_service.create_link_token(session, settings, user, account_id)


@router.post("/items", response_model=PlaidLinked, status_code=status.HTTP_201_CREATED)
async def link_item(
    data: PlaidPublicToken, user: CurrentUser, session: SessionDep, settings: SettingsDep
) -> PlaidLinked:
    """Exchange the public token Plaid Link handed back: the bank is linked and syncs."""
    return await plaid_service.link(
        session, settings, user, data.public_token, data.institution_name
    )


@router.post("/sandbox/items", response_model=PlaidLinked, status_code=status.HTTP_201_CREATED)
async def link_sandbox_item(
    user: CurrentUser, session: SessionDep, settings: SettingsDep
) -> PlaidLinked:
    """Sandbox only (PLAID_ENV=sandbox): link one of Plaid's test banks without Plaid Link."""
    return await plaid_service.sandbox_link(session, settings, user)


@router.post(
    "/items/{account_id}/sync", response_model=SyncStarted, status_code=status.HTTP_202_ACCEPTED
)
async def sync_item(account_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> SyncStarted:
    job, created = await plaid_service.sync_now(session, user, account_id)
    return SyncStarted(
        account_id=account_id, mode="incremental", queued=created, job=job_public(job)
    )


@router.get("/items/{account_id}/transactions", response_model=list[PlaidItemTransaction])
async def item_transactions(
    account_id: uuid.UUID,
    user: CurrentUser,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[PlaidItemTransaction]:
    """What the bank reported, newest first, and what the ledger made of each: a transaction
    of its own, merged with an email's (and why), or removed by Plaid."""
    return await plaid_service.item_transactions(session, user, account_id, limit)


@router.post("/webhook", response_model=PlaidWebhookOutcome)
async def webhook(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    plaid_verification: Annotated[str | None, Header(max_length=4096)] = None,
) -> PlaidWebhookOutcome:
    """Plaid's webhooks (no sign-in: verified by their Plaid-Verification JWT, then the item
    must be linked here). SYNC_UPDATES_AVAILABLE queues the item's sync."""
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > WEBHOOK_MAX_BYTES):
        raise BadRequest("The webhook body is too large.", code="invalid_webhook")
    body = await request.body()
    if len(body) > WEBHOOK_MAX_BYTES:
        raise BadRequest("The webhook body is too large.", code="invalid_webhook")
    return await plaid_service.handle_webhook(session, settings, body, plaid_verification)
