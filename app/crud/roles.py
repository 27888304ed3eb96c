from collections.abc import Sequence

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Role, User


async def get(session: AsyncSession, role_id: int) -> Role | None:
    return await session.get(Role, role_id)


async def get_by_name(session: AsyncSession, name: str) -> Role | None:
    return await session.scalar(select(Role).where(Role.name == name))


async def list_all(session: AsyncSession) -> Sequence[Role]:
    return (await session.scalars(select(Role).order_by(Role.id))).all()


async def create(session: AsyncSession, name: str, description: str) -> Role:
    role = Role(name=name, description=description)
    session.add(role)
    await session.flush()
    return role


async def is_in_use(session: AsyncSession, role_id: int) -> bool:
    return bool(await session.scalar(select(exists().where(User.role_id == role_id))))


async def delete(session: AsyncSession, role: Role) -> None:
    await session.delete(role)
    await session.flush()
