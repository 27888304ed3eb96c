from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps

ADMIN_ROLE = "admin"
USER_ROLE = "user"
BUILTIN_ROLES = (ADMIN_ROLE, USER_ROLE)


class Role(Timestamps, Base):
    __tablename__ = "roles"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    description: Mapped[str] = mapped_column(String(255), default="")
