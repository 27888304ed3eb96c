"""/api/v1/users: your own profile, and (admins) everyone's accounts."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from app.api import session_cookie
from app.api.deps import (
    AdminUser,
    CurrentUser,
    IdentityCacheDep,
    PaginationDep,
    SessionDep,
    SettingsDep,
    SignedInUser,
)
from app.schemas.auth import TokenPair
from app.schemas.common import Page
from app.schemas.user import PasswordChange, UserAdminUpdate, UserPublic, UserUpdateMe
from app.services import users as user_service

router = APIRouter(prefix="/users", tags=["users"])


@router.get("/me", response_model=UserPublic)
async def read_me(user: CurrentUser) -> UserPublic:
    return UserPublic.model_validate(user)


@router.patch("/me", response_model=UserPublic)
async def update_me(
    data: UserUpdateMe, user: CurrentUser, identities: IdentityCacheDep
) -> UserPublic:
    identities.forget(user.id)  # the base currency or time zone may change
    return UserPublic.model_validate(user_service.update_profile(user, data))


@router.post("/me/password", response_model=TokenPair)
async def change_password(
    data: PasswordChange,
    user: SignedInUser,
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    identities: IdentityCacheDep,
) -> TokenPair:
    """Change the password (not with a personal API token: sign in for that). Every session
    ends (other devices within AUTH_CACHE_SECONDS); this one continues with the pair returned."""
    pair = await user_service.change_password(session, settings, user, data)
    identities.forget(user.id)
    return session_cookie.deliver(request, response, settings, pair)


@router.get("", response_model=Page[UserPublic])
async def list_users(
    _: AdminUser,
    session: SessionDep,
    page: PaginationDep,
    email: Annotated[str | None, Query(max_length=320, description="part of the email")] = None,
    is_active: bool | None = None,
) -> Page[UserPublic]:
    users, total = await user_service.list_users(
        session, offset=page.offset, limit=page.limit, email_contains=email, is_active=is_active
    )
    items = [UserPublic.model_validate(user) for user in users]
    return Page[UserPublic](items=items, total=total, offset=page.offset, limit=page.limit)


@router.get("/{user_id}", response_model=UserPublic)
async def get_user(user_id: uuid.UUID, _: AdminUser, session: SessionDep) -> UserPublic:
    return UserPublic.model_validate(await user_service.get_user(session, user_id))


@router.patch("/{user_id}", response_model=UserPublic)
async def update_user(
    user_id: uuid.UUID,
    data: UserAdminUpdate,
    admin: AdminUser,
    session: SessionDep,
    identities: IdentityCacheDep,
) -> UserPublic:
    identities.forget(user_id)  # active, verified, base currency or time zone may change
    return UserPublic.model_validate(await user_service.admin_update(session, admin, user_id, data))


@router.delete("/{user_id}", status_code=status.HTTP_204_NO_CONTENT)
async def deactivate_user(
    user_id: uuid.UUID, admin: AdminUser, session: SessionDep, identities: IdentityCacheDep
) -> None:
    """Deactivate (accounts are never hard-deleted here: their ledger stays intact)."""
    identities.forget(user_id)  # in this process at once; in the others within the cache's TTL
    await user_service.deactivate(session, admin, user_id)
