"""/api/v1/connected-accounts: the mailboxes FinCoach reads for the signed-in user."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, status

from app.api.deps import CacheDep, CurrentUser, SessionDep, SettingsDep
from app.api.uploads import incoming_file
from app.core import rate_limit
from app.schemas.connected_account import (
    ConnectedAccountPublic,
    ImapAccountCreate,
    SyncRequest,
    SyncStarted,
)
from app.services import connected_accounts as accounts_service

router = APIRouter(prefix="/connected-accounts", tags=["connected-accounts"])

_UPLOAD_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {"file": {"type": "string", "format": "binary"}},
                    "required": ["file"],
                }
            },
            "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
        },
    }
}


@router.get("", response_model=list[ConnectedAccountPublic])
async def list_accounts(user: CurrentUser, session: SessionDep) -> list[ConnectedAccountPublic]:
    accounts = await accounts_service.list_accounts(session, user)
    return [ConnectedAccountPublic.model_validate(account) for account in accounts]


@router.get("/{account_id}", response_model=ConnectedAccountPublic)
async def get_account(
    account_id: uuid.UUID, user: CurrentUser, session: SessionDep
) -> ConnectedAccountPublic:
    account = await accounts_service.get_account(session, user, account_id)
    return ConnectedAccountPublic.model_validate(account)


@router.post("/imap", response_model=ConnectedAccountPublic, status_code=status.HTTP_201_CREATED)
async def add_imap(
    data: ImapAccountCreate,
    user: CurrentUser,
    session: SessionDep,
    cache: CacheDep,
    settings: SettingsDep,
) -> ConnectedAccountPublic:
    """Connect an IMAP mailbox. The login is tried first: a refused one is a 400 with the
    server's reason. The first sync starts at once. Each user may test MAIL_CHECKS_PER_WINDOW
    servers a minute, two at a time (429 beyond)."""
    key = f"mail-check:{user.id}"
    await rate_limit.hit(
        cache,
        key,
        limit=settings.mail_checks_per_window,
        window_seconds=settings.rate_limit_window_seconds,
    )
    hold = int(settings.mail_check_timeout_seconds * 2) + 5
    async with rate_limit.at_most(cache, key, limit=2, hold_seconds=hold):
        account = await accounts_service.add_imap(session, settings, user, data)
    return ConnectedAccountPublic.model_validate(account)


@router.post(
    "/upload",
    response_model=ConnectedAccountPublic,
    status_code=status.HTTP_201_CREATED,
    openapi_extra=_UPLOAD_BODY,
)
async def upload_mailbox(
    request: Request,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    filename: Annotated[str | None, Query(max_length=255)] = None,
) -> ConnectedAccountPublic:
    """Upload an .mbox, an .eml or a .zip of .eml files: as a multipart form's file field, or
    as the raw request body (name it with ?filename=). Anything else is refused with a 400."""
    incoming = incoming_file(request, filename, settings.upload_max_bytes)
    account = await accounts_service.add_upload(session, settings, user, incoming)
    return ConnectedAccountPublic.model_validate(account)


@router.delete("/{account_id}", status_code=status.HTTP_204_NO_CONTENT)
async def remove_account(
    account_id: uuid.UUID, user: CurrentUser, session: SessionDep, settings: SettingsDep
) -> None:
    """Disconnect: syncing stops and credentials are deleted; stored emails stay."""
    await accounts_service.remove(session, settings, user, account_id)


@router.post("/{account_id}/sync", response_model=SyncStarted, status_code=status.HTTP_202_ACCEPTED)
async def sync_now(
    account_id: uuid.UUID,
    user: CurrentUser,
    session: SessionDep,
    data: SyncRequest | None = None,
) -> SyncStarted:
    return await accounts_service.sync_now(session, user, account_id, data or SyncRequest())
