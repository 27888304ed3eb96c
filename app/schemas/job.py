import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.schemas.common import ResponseModel

MAX_ERRORS_SHOWN = 100


class JobPublic(ResponseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    type: str
    status: str
    params: dict[str, Any]
    total: int
    processed: int
    parsed: int
    failed: int
    progress: float = Field(description="Percent of total processed, 0-100")
    error_log: list[dict[str, Any]] = Field(description=f"The last {MAX_ERRORS_SHOWN} errors")
    error_count: int = 0
    result: dict[str, Any]
    attempts: int
    cancel_requested: bool
    created_at: datetime
    started_at: datetime | None
    completed_at: datetime | None

    @field_validator("error_log", mode="after")
    @classmethod
    def last_errors(cls, value: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return value[-MAX_ERRORS_SHOWN:]

    @field_validator("result", mode="after")
    @classmethod
    def without_internal_checkpoint(cls, value: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in value.items() if k != "checkpoint"}


def job_public(job: Any) -> JobPublic:
    public = JobPublic.model_validate(job)
    public.error_count = len(job.error_log or [])
    return public


class JobStats(BaseModel):
    by_type: dict[str, dict[str, int]]
    active: int
