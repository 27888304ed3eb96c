from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict

T = TypeVar("T")


class ResponseModel(BaseModel):
    """A response body whose fields have defaults. They are in every answer all the same, so the
    document lists them as required (the generated client would type them as optional)."""

    model_config = ConfigDict(json_schema_serialization_defaults_required=True)


class ErrorBody(ResponseModel):
    code: str
    message: str
    details: list[Any] | None = None


class ErrorResponse(BaseModel):
    """The one shape of every error response."""

    error: ErrorBody


class Message(BaseModel):
    message: str


Up = Literal["ok", "unavailable"]


class Health(BaseModel):
    """GET /health: 200 when PostgreSQL and Redis both answer, else 503 with the same body."""

    status: Up
    database: Up
    redis: Up


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    offset: int
    limit: int
