from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

RoleName = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z][a-z0-9_-]{1,49}$"),
    Field(description="lower-case letters, digits, - and _"),
]


class RoleCreate(BaseModel):
    name: RoleName
    description: str = Field(default="", max_length=255)


class RoleUpdate(BaseModel):
    name: RoleName | None = None
    description: str | None = Field(default=None, max_length=255)


class RolePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    description: str
