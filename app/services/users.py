"""The signed-in user's own profile, and the admin's view of all accounts."""

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.core.errors import BadRequest, NotFound
from app.core.security import hash_password, refuse_weak_password, verify_password
from app.crud import roles, users
from app.models import User
from app.schemas.auth import TokenPair
from app.schemas.user import PasswordChange, UserAdminUpdate, UserUpdateMe
from app.services import auth


def update_profile(user: User, data: UserUpdateMe) -> User:
    if "full_name" in data.model_fields_set:
        user.full_name = data.full_name
    if data.base_currency:
        user.base_currency = data.base_currency.upper()
    if data.timezone:
        user.timezone = data.timezone
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
    return user


async def deactivate(session: AsyncSession, admin: User, user_id: uuid.UUID) -> None:
    user = await get_user(session, user_id)
    if user.id == admin.id:
        raise BadRequest("You cannot deactivate your own account.", code="cannot_change_self")
    user.is_active = False
    await auth.sign_out_everywhere(session, user)
