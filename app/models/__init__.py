"""All models, imported here so Alembic's autogenerate sees every table."""

from app.models.base import Base
from app.models.connected_account import ConnectedAccount
from app.models.email import Email
from app.models.job import Job
from app.models.refresh_token import RefreshToken
from app.models.role import Role
from app.models.user import User

__all__ = ["Base", "ConnectedAccount", "Email", "Job", "RefreshToken", "Role", "User"]
