from pydantic import BaseModel, Field

from app.schemas.common import ResponseModel


class CategoriserVersionReport(ResponseModel):
    name: str = Field(description="The categoriser version's registered name")
    share: float = Field(description="Its share of users in the admins' split, 0-1")
    users: int = Field(description="Users with at least one outcome under this version")
    outcomes: int = Field(description="New transactions this version categorised or left")
    categorised: int
    uncategorised: int
    coverage: float | None = Field(description="Share of outcomes given a category")
    uncategorised_share: float | None = Field(description="Share left uncategorised")
    judged: int = Field(description="Categorised outcomes kept or changed (accuracy's base)")
    kept: int = Field(description="Kept by the person, or untouched for keep_after_days")
    changed: int
    accuracy: float | None = Field(description="kept / judged")
    accuracy_low: float | None = Field(description="Wilson interval, lower bound")
    accuracy_high: float | None = Field(description="Wilson interval, upper bound")
    latency_mean_ms: float | None = Field(description="Categorisation time per transaction")
    latency_p95_ms: float | None


class CategoriserExperimentsPublic(ResponseModel):
    versions: list[CategoriserVersionReport]
    split: dict[str, float] = Field(description="Version → weight, as the admins set it")
    default_version: str
    confidence: float = Field(description="Confidence level of the accuracy interval")
    keep_after_days: int = Field(
        description="An outcome untouched for this many days counts as kept"
    )


class CategoriserSplitUpdate(BaseModel):
    split: dict[str, float] = Field(
        description="Version → non-negative weight; weights are normalised to shares",
        examples=[{"tfidf_lr": 50, "embedding_minilm": 50}],
    )
