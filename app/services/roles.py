from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import Conflict, NotFound
from app.crud import roles
from app.models import Role
from app.models.role import BUILTIN_ROLES
from app.schemas.role import RoleCreate, RoleUpdate


async def list_roles(session: AsyncSession) -> Sequence[Role]:
    return await roles.list_all(session)


async def get_role(session: AsyncSession, role_id: int) -> Role:
    role = await roles.get(session, role_id)
    if role is None:
        raise NotFound("Role not found.")
    return role


async def create_role(session: AsyncSession, data: RoleCreate) -> Role:
    await _ensure_name_free(session, data.name)
    return await roles.create(session, data.name, data.description)


async def update_role(session: AsyncSession, role_id: int, data: RoleUpdate) -> Role:
    role = await get_role(session, role_id)
    if data.name is not None and data.name != role.name:
        if role.name in BUILTIN_ROLES:
            raise Conflict(
                f"The built-in role {role.name!r} cannot be renamed.", code="builtin_role"
            )
        await _ensure_name_free(session, data.name)
        role.name = data.name
    if data.description is not None:
        role.description = data.description
    return role


async def delete_role(session: AsyncSession, role_id: int) -> None:
    role = await get_role(session, role_id)
    if role.name in BUILTIN_ROLES:
        raise Conflict(f"The built-in role {role.name!r} cannot be deleted.", code="builtin_role")
    if await roles.is_in_use(session, role.id):
        raise Conflict(
            "Users still have this role; give them another one first.", code="role_in_use"
        )
    await roles.delete(session, role)


async def _ensure_name_free(session: AsyncSession, name: str) -> None:
    if await roles.get_by_name(session, name):
        raise Conflict(f"A role named {name!r} already exists.", code="role_exists")
