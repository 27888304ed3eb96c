"""/api/v1/users: your own profile and two-factor sign-in, and (admins) everyone's accounts."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from app.api import session_cookie
from app.api.deps import (
    AdminUser,
    CacheDep,
    CurrentUser,
    EnrollingUser,
    IdentityCacheDep,
    PaginationDep,
    SessionDep,
    SettingsDep,
    SignedInUser,
)
from app.core import rate_limit
from app.schemas.auth import TokenPair
from app.schemas.common import Page
from app.schemas.totp import (
    TotpConfirm,
    TotpEnrolment,
    TotpProof,
    TotpRecoveryCodes,
    TotpStatus,
)
from app.schemas.user import PasswordChange, UserAdminUpdate, UserPublic, UserUpdateMe
from app.services import totp as totp_service
from app.services import users as user_service

router = APIRouter(prefix="/users", tags=["users"])


@router.get("/me", response_model=UserPublic)
async def read_me(user: EnrollingUser, session: SessionDep) -> UserPublic:
    """Your profile; also while two-factor sign-in is required of you and not set up yet
    (`totp_required_but_missing`)."""
    return await user_service.public_view(session, user)


@router.patch("/me", response_model=UserPublic)
async def update_me(
    data: UserUpdateMe, user: CurrentUser, session: SessionDep, identities: IdentityCacheDep
) -> UserPublic:
    identities.forget(user.id)  # the base currency or time zone may change
    return await user_service.public_view(session, user_service.update_profile(user, data))


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


# ---- two-factor sign-in --------------------------------------------------------------------


async def _limit_proofs(cache: CacheDep, settings: SettingsDep, user_id: uuid.UUID) -> None:
    """Codes and passwords given to these routes: as many a minute as sign-in attempts."""
    await rate_limit.hit(
        cache,
        f"totp:user:{user_id}",
        limit=settings.login_rate_limit,
        window_seconds=settings.rate_limit_window_seconds,
    )


@router.get("/me/totp", response_model=TotpStatus)
async def read_totp(user: EnrollingUser, session: SessionDep) -> TotpStatus:
    return await totp_service.status(session, user)


@router.post("/me/totp", response_model=TotpEnrolment)
async def start_totp(user: SignedInUser, settings: SettingsDep) -> TotpEnrolment:
    """Start setting up two-factor sign-in: a new secret (and its QR code) for an authenticator
    app. Nothing changes until a code from it is confirmed."""
    return totp_service.start_enrolment(settings, user)


@router.post("/me/totp/confirm", response_model=TotpRecoveryCodes)
async def confirm_totp(
    data: TotpConfirm,
    user: SignedInUser,
    session: SessionDep,
    cache: CacheDep,
    settings: SettingsDep,
    identities: IdentityCacheDep,
) -> TotpRecoveryCodes:
    """Turn two-factor sign-in on with the code the app shows; answers the recovery codes,
    shown this once."""
    await _limit_proofs(cache, settings, user.id)
    identities.forget(user.id)
    codes = await totp_service.confirm_enrolment(session, settings, user, data.code)
    return TotpRecoveryCodes(recovery_codes=codes)


@router.delete("/me/totp", status_code=status.HTTP_204_NO_CONTENT)
async def disable_totp(
    data: TotpProof,
    user: SignedInUser,
    session: SessionDep,
    cache: CacheDep,
    settings: SettingsDep,
    identities: IdentityCacheDep,
) -> None:
    """Turn two-factor sign-in off, with your password or a code."""
    await _limit_proofs(cache, settings, user.id)
    identities.forget(user.id)
    await totp_service.disable(session, cache, settings, user, data)


@router.post("/me/totp/recovery-codes", response_model=TotpRecoveryCodes)
async def regenerate_recovery_codes(
    data: TotpProof, user: SignedInUser, session: SessionDep, cache: CacheDep, settings: SettingsDep
) -> TotpRecoveryCodes:
    """New recovery codes, with your password or a code; the earlier ones stop working."""
    await _limit_proofs(cache, settings, user.id)
    codes = await totp_service.regenerate_recovery_codes(session, cache, settings, user, data)
    return TotpRecoveryCodes(recovery_codes=codes)


# ---- admins --------------------------------------------------------------------------------


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
    items = await user_service.public_views(session, users)
    return Page[UserPublic](items=items, total=total, offset=page.offset, limit=page.limit)


@router.get("/{user_id}", response_model=UserPublic)
async def get_user(user_id: uuid.UUID, _: AdminUser, session: SessionDep) -> UserPublic:
    return await user_service.public_view(session, await user_service.get_user(session, user_id))


@router.patch("/{user_id}", response_model=UserPublic)
async def update_user(
    user_id: uuid.UUID,
    data: UserAdminUpdate,
    admin: AdminUser,
    session: SessionDep,
    identities: IdentityCacheDep,
) -> UserPublic:
    """Change a user's profile, role, state, or whether two-factor sign-in is required of them."""
    identities.forget(user_id)  # active, verified, base currency or time zone may change
    user = await user_service.admin_update(session, admin, user_id, data)
    return await user_service.public_view(session, user)


@router.delete("/{user_id}/totp", status_code=status.HTTP_204_NO_CONTENT)
async def reset_user_totp(
    user_id: uuid.UUID, admin: AdminUser, session: SessionDep, identities: IdentityCacheDep
) -> None:
    """Turn a user's two-factor sign-in off (a lost phone and lost recovery codes). If it is
    required of them, they set it up again when they next sign in."""
    identities.forget(user_id)
    await user_service.reset_totp(session, admin, user_id)


@router.delete("/{user_id}", status_code=status.HTTP_204_NO_CONTENT)
async def deactivate_user(
    user_id: uuid.UUID, admin: AdminUser, session: SessionDep, identities: IdentityCacheDep
) -> None:
    """Deactivate (accounts are never hard-deleted here: their ledger stays intact)."""
    identities.forget(user_id)  # in this process at once; in the others within the cache's TTL
    await user_service.deactivate(session, admin, user_id)
