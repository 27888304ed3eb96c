from datetime import UTC, date, datetime
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

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


# Dates and times people send: bounded, so that "9999-12-31" or "0001-01-01" is a clear 422
# instead of an overflow deep in a date calculation.
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2200, 12, 31)
CalendarDay = Annotated[date, Field(ge=EARLIEST_DAY, le=LATEST_DAY)]


def _as_utc(value: datetime) -> datetime:
    """A time without a zone is taken as UTC; any other is converted to UTC (the database
    stores instants, and some drivers refuse unusual offsets such as +14:00)."""
    moment = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    if not EARLIEST_DAY <= moment.date() <= LATEST_DAY:
        raise ValueError(f"must be between {EARLIEST_DAY} and {LATEST_DAY}")
    return moment


AwareDatetime = Annotated[datetime, AfterValidator(_as_utc)]
