"""Categoriser A/B testing: who gets which version, what each version showed and whether the
person kept it, and the per-version report (accuracy with a Wilson interval, latency, coverage)."""

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.categorization import experiments
from app.core import metrics
from app.core.errors import BadRequest
from app.core.ids import uuid7
from app.crud import categoriser_outcomes as outcomes_crud
from app.crud import site_settings
from app.schemas.categoriser import (
    CategoriserExperimentsPublic,
    CategoriserSplitUpdate,
    CategoriserVersionReport,
)

# A category nobody touched for this long was accepted: it counts as kept.
KEEP_AFTER_DAYS = 14
CONFIDENCE_Z = 1.96  # 95 %


@dataclass(frozen=True)
class Shown:
    transaction_id: uuid.UUID
    version: str
    category_id: uuid.UUID | None
    latency_ms: float


async def split(session: AsyncSession) -> dict[str, float]:
    stored = (await site_settings.get(session)).categoriser_split
    return {str(k): float(v) for k, v in (stored or {}).items()}


async def version_for(session: AsyncSession, user_id: uuid.UUID) -> str:
    return experiments.assign(user_id, await split(session))


async def record_shown(session: AsyncSession, user_id: uuid.UUID, shown: list[Shown]) -> None:
    """Record what the versions showed for new transactions; one the person's own category rule
    decided is not the categoriser's answer and is left out."""
    ruled = await outcomes_crud.rule_categorised(session, [s.transaction_id for s in shown])
    shown = [s for s in shown if s.transaction_id not in ruled]
    if not shown:
        return
    names = await outcomes_crud.category_names(
        session, user_id, sorted({s.category_id for s in shown if s.category_id}, key=str)
    )
    await outcomes_crud.insert_many(
        session,
        [
            {
                "id": uuid7(),
                "user_id": user_id,
                "transaction_id": s.transaction_id,
                "version": s.version,
                "shown_category_id": s.category_id,
                "shown_category": names.get(s.category_id) if s.category_id else None,
                "latency_ms": s.latency_ms,
            }
            for s in shown
        ],
    )


async def record_choice(
    session: AsyncSession,
    user_id: uuid.UUID,
    transaction_ids: list[uuid.UUID],
    category_id: uuid.UUID | None,
) -> None:
    """The person set the category of these transactions (changed, or chose the same)."""
    await outcomes_crud.resolve(session, user_id, transaction_ids, category_id)


async def report(session: AsyncSession) -> CategoriserExperimentsPublic:
    configured = await split(session)
    shares = experiments.normalised_split(configured)
    kept_before = datetime.now(UTC) - timedelta(days=KEEP_AFTER_DAYS)
    rows = {row.version: row for row in await outcomes_crud.summary(session, kept_before)}
    users = await outcomes_crud.user_counts(session)
    names = list(experiments.VERSIONS) + sorted(set(rows) - set(experiments.VERSIONS))
    versions = []
    for name in names:
        row = rows.get(name)
        outcomes = int(row.outcomes) if row else 0
        uncategorised = int(row.uncategorised) if row else 0
        kept = int(row.kept) if row else 0
        changed = int(row.changed) if row else 0
        judged = kept + changed
        interval = experiments.wilson_interval(kept, judged, CONFIDENCE_Z)
        versions.append(
            CategoriserVersionReport(
                name=name,
                share=shares.get(name, 0.0),
                users=users.get(name, 0),
                outcomes=outcomes,
                categorised=outcomes - uncategorised,
                uncategorised=uncategorised,
                coverage=(outcomes - uncategorised) / outcomes if outcomes else None,
                uncategorised_share=uncategorised / outcomes if outcomes else None,
                judged=judged,
                kept=kept,
                changed=changed,
                accuracy=kept / judged if judged else None,
                accuracy_low=interval[0] if interval else None,
                accuracy_high=interval[1] if interval else None,
                latency_mean_ms=float(row.latency_mean_ms) if row else None,
                latency_p95_ms=float(row.latency_p95_ms) if row else None,
            )
        )
    result = CategoriserExperimentsPublic(
        versions=versions,
        split=configured,
        default_version=experiments.DEFAULT_VERSION,
        confidence=0.95,
        keep_after_days=KEEP_AFTER_DAYS,
    )
    metrics.set_categoriser_report(result.model_dump())
    return result


async def set_split(
    session: AsyncSession, data: CategoriserSplitUpdate
) -> CategoriserExperimentsPublic:
    unknown = sorted(set(data.split) - set(experiments.VERSIONS))
    if unknown:
        raise BadRequest(
            f"Unknown categoriser version: {', '.join(unknown)}. "
            f"Registered: {', '.join(experiments.VERSIONS)}.",
            code="unknown_categoriser",
        )
    if any(weight < 0 for weight in data.split.values()):
        raise BadRequest("Split weights cannot be negative.", code="invalid_split")
    if sum(data.split.values()) <= 0:
        raise BadRequest("Give at least one version a positive weight.", code="invalid_split")
    await site_settings.update(session, categoriser_split=data.split)
    return await report(session)
