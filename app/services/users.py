"""The signed-in user's own profile, and the admin's view of all accounts."""

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.core.errors import BadRequest, NotFound
from app.core.security import hash_password, refuse_weak_password, verify_password
from app.crud import roles, site_settings, users
from app.models import User
from app.schemas.auth import TokenPair
from app.schemas.user import PasswordChange, UserAdminUpdate, UserPublic, UserUpdateMe
from app.services import auth, totp


async def public_view(session: AsyncSession, user: User) -> UserPublic:
    return (await public_views(session, [user]))[0]


async def public_views(session: AsyncSession, people: Sequence[User]) -> list[UserPublic]:
    """Users as the API shows them, with whether each still has to set up two-factor sign-in."""
    everywhere = await site_settings.require_totp(session)
    return [
        UserPublic.model_validate(user).model_copy(
            update={
                "totp_required_but_missing": totp.must_enrol(
                    enabled=user.totp_enabled,
                    required=user.totp_required,
                    required_everywhere=everywhere,
                )
            }
        )
        for user in people
    ]


def update_profile(user: User, data: UserUpdateMe) -> User:
    if "full_name" in data.model_fields_set:
        user.full_name = data.full_name
    if data.base_currency:
        user.base_currency = data.base_currency.upper()
    if data.timezone:
        user.timezone = data.timezone
    if "locale" in data.model_fields_set:
        user.locale = data.locale
    if data.week_start is not None:
        user.week_start = data.week_start
    if data.email_budget_alerts is not None:
        user.email_budget_alerts = data.email_budget_alerts
    return user


async def change_password(
    session: AsyncSession, settings: Settings, user: User, data: PasswordChange
) -> TokenPair:
    """Every session ends, so whoever knew the old password is signed out within seconds; the
    person who changed it gets a new session."""
    valid, _ = await verify_password(data.current_password, user.password_hash)
    if not valid:
        raise BadRequest("The current password is not right.", code="wrong_password")
    await refuse_weak_password(data.new_password, [user.email, user.full_name or ""])
    user.password_hash = await hash_password(data.new_password)
    await auth.sign_out_everywhere(session, user)
    return await auth.start_session(session, settings, user)


async def list_users(
    session: AsyncSession,
    *,
    offset: int,
    limit: int,
    email_contains: str | None,
    is_active: bool | None,
) -> tuple[Sequence[User], int]:
    return await users.list_page(
        session, offset=offset, limit=limit, email_contains=email_contains, is_active=is_active
    )


async def get_user(session: AsyncSession, user_id: uuid.UUID) -> User:
    user = await users.get(session, user_id)
    if user is None:
        raise NotFound("User not found.")
    return user


async def admin_update(
    session: AsyncSession, admin: User, user_id: uuid.UUID, data: UserAdminUpdate
) -> User:
    user = await get_user(session, user_id)
    update_profile(user, data)
    if data.role is not None:
        role = await roles.get_by_name(session, data.role)
        if role is None:
            raise BadRequest(f"There is no role named {data.role!r}.", code="unknown_role")
        if user.id == admin.id and role.name != admin.role.name:
            raise BadRequest("You cannot change your own role.", code="cannot_change_self")
        user.role_id = role.id
        await session.flush()
        await session.refresh(user, ["role"])
    if data.is_verified is not None:
        if user.id == admin.id and not data.is_verified:
            raise BadRequest("You cannot un-verify your own account.", code="cannot_change_self")
        user.is_verified = data.is_verified
    if data.is_active is False:
        await deactivate(session, admin, user_id)
    elif data.is_active:
        user.is_active = True
    if data.totp_required is not None:
        if user.id == admin.id and data.totp_required and not admin.totp_enabled:
            raise BadRequest(
                "Turn on two-factor sign-in for your own account (in Settings) before you "
                "require it of yourself.",
                code="totp_not_enabled",
            )
        user.totp_required = data.totp_required
    return user


async def reset_totp(session: AsyncSession, admin: User, user_id: uuid.UUID) -> None:
    """Turn a user's two-factor sign-in off (their phone and recovery codes are lost). If it is
    required of them, they set it up again at their next sign-in."""
    user = await get_user(session, user_id)
    if user.id == admin.id:
        raise BadRequest(
            "Turn your own two-factor sign-in off in Settings.", code="cannot_change_self"
        )
    await totp.reset_by_admin(session, user)


async def deactivate(session: AsyncSession, admin: User, user_id: uuid.UUID) -> None:
    user = await get_user(session, user_id)
    if user.id == admin.id:
        raise BadRequest("You cannot deactivate your own account.", code="cannot_change_self")
    user.is_active = False
    await auth.sign_out_everywhere(session, user)
