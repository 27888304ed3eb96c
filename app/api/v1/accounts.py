"""/api/v1/accounts: your bank accounts, cards and wallets (alerts add them on their own)."""

import uuid

from fastapi import APIRouter, status

from app.api.deps import CurrentIdentity, CurrentUser, SessionDep
from app.schemas.account import (
    AccountBalance,
    AccountCreate,
    AccountMerge,
    AccountPublic,
    AccountUpdate,
)
from app.services import accounts as account_service

router = APIRouter(prefix="/accounts", tags=["accounts"])


@router.get("", response_model=list[AccountPublic])
async def list_accounts(
    user: CurrentIdentity, session: SessionDep, include_archived: bool = False
) -> list[AccountPublic]:
    """Archived accounts only with `include_archived`; merged ones never (they are aliases)."""
    accounts = await account_service.list_accounts(
        session, user.id, include_archived=include_archived
    )
    return [AccountPublic.model_validate(account) for account in accounts]


@router.get("/balances", response_model=list[AccountBalance])
async def account_balances(user: CurrentIdentity, session: SessionDep) -> list[AccountBalance]:
    """Every account (archived too) with its computed balance, the last balance an alert
    reported and the difference."""
    return await account_service.account_balances(session, user.id)


@router.post("/{account_id}/merge", response_model=AccountPublic)
async def merge_account(
    account_id: uuid.UUID, data: AccountMerge, user: CurrentUser, session: SessionDep
) -> AccountPublic:
    """Merge this account into `into_id` (returned): its transactions, statements and rules
    move there, and it stays as an alias, so mail about its card or account number lands on
    the survivor from now on. 409 when either was merged already."""
    account = await account_service.merge_accounts(session, user.id, account_id, data.into_id)
    return AccountPublic.model_validate(account)


@router.post("", response_model=AccountPublic, status_code=status.HTTP_201_CREATED)
async def create_account(
    data: AccountCreate, user: CurrentUser, session: SessionDep
) -> AccountPublic:
    account = await account_service.create_account(session, user.id, data)
    return AccountPublic.model_validate(account)


@router.get("/{account_id}", response_model=AccountPublic)
async def get_account(
    account_id: uuid.UUID, user: CurrentIdentity, session: SessionDep
) -> AccountPublic:
    account = await account_service.get_account(session, user.id, account_id)
    return AccountPublic.model_validate(account)


@router.patch("/{account_id}", response_model=AccountPublic)
async def update_account(
    account_id: uuid.UUID, data: AccountUpdate, user: CurrentUser, session: SessionDep
) -> AccountPublic:
    account = await account_service.update_account(session, user.id, account_id, data)
    return AccountPublic.model_validate(account)


@router.delete("/{account_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_account(account_id: uuid.UUID, user: CurrentUser, session: SessionDep) -> None:
    """Its transactions stay (without an account); rules about it are deleted."""
    await account_service.delete_account(session, user.id, account_id)
