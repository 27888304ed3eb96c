"""/api/v1/accounts: your bank accounts, cards and wallets (alerts add them on their own)."""

import uuid

from fastapi import APIRouter, status

from app.api.deps import CurrentUser, SessionDep
from app.schemas.account import AccountCreate, AccountPublic, AccountUpdate
from app.services import accounts as account_service

router = APIRouter(prefix="/accounts", tags=["accounts"])


@router.get("", response_model=list[AccountPublic])
async def list_accounts(user: CurrentUser, session: SessionDep) -> list[AccountPublic]:
    accounts = await account_service.list_accounts(session, user.id)
    return [AccountPublic.model_validate(account) for account in accounts]


@router.post("", response_model=AccountPublic, status_code=status.HTTP_201_CREATED)
async def create_account(
    data: AccountCreate, user: CurrentUser, session: SessionDep
) -> AccountPublic:
    account = await account_service.create_account(session, user.id, data)
    return AccountPublic.model_validate(account)


@router.get("/{account_id}", response_model=AccountPublic)
async def get_account(
    account_id: uuid.UUID, user: CurrentUser, session: SessionDep
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
