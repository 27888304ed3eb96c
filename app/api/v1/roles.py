"""/api/v1/roles: admin-only role management."""

from typing import Annotated

from fastapi import APIRouter, Path, status

from app.api.deps import AdminUser, SessionDep
from app.schemas.role import RoleCreate, RolePublic, RoleUpdate
from app.services import roles as role_service

router = APIRouter(prefix="/roles", tags=["roles"])

# roles.id is a PostgreSQL integer: anything larger is a 422, not a database error.
RoleId = Annotated[int, Path(ge=1, le=2_147_483_647)]


@router.get("", response_model=list[RolePublic])
async def list_roles(_: AdminUser, session: SessionDep) -> list[RolePublic]:
    return [RolePublic.model_validate(role) for role in await role_service.list_roles(session)]


@router.post("", response_model=RolePublic, status_code=status.HTTP_201_CREATED)
async def create_role(data: RoleCreate, _: AdminUser, session: SessionDep) -> RolePublic:
    return RolePublic.model_validate(await role_service.create_role(session, data))


@router.get("/{role_id}", response_model=RolePublic)
async def get_role(role_id: RoleId, _: AdminUser, session: SessionDep) -> RolePublic:
    return RolePublic.model_validate(await role_service.get_role(session, role_id))


@router.patch("/{role_id}", response_model=RolePublic)
async def update_role(
    role_id: RoleId, data: RoleUpdate, _: AdminUser, session: SessionDep
) -> RolePublic:
    return RolePublic.model_validate(await role_service.update_role(session, role_id, data))


@router.delete("/{role_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_role(role_id: RoleId, _: AdminUser, session: SessionDep) -> None:
    await role_service.delete_role(session, role_id)
