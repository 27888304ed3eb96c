import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.job import ACTIVE_PREDICATE, ACTIVE_STATUSES, PENDING, PROCESSING, Job


async def get(session: AsyncSession, job_id: uuid.UUID) -> Job | None:
    return await session.get(Job, job_id)


async def get_for_user(session: AsyncSession, user_id: uuid.UUID, job_id: uuid.UUID) -> Job | None:
    return await session.scalar(select(Job).where(Job.id == job_id, Job.user_id == user_id))


async def get_active_by_dedupe_key(session: AsyncSession, dedupe_key: str) -> Job | None:
    return await session.scalar(
        select(Job).where(Job.dedupe_key == dedupe_key, Job.status.in_(ACTIVE_STATUSES))
    )


async def create_unless_active(session: AsyncSession, **fields: Any) -> Job | None:
    """Insert a job, or nothing when an active job holds the same dedupe key (race-free: the
    partial unique index decides, not a read-then-write)."""
    statement = (
        insert(Job)
        .values(**{"id": uuid.uuid4(), **fields})
        .on_conflict_do_nothing(
            # A literal predicate: with bound parameters PostgreSQL cannot match the partial
            # index once asyncpg's prepared statement switches to a generic plan.
            index_elements=["dedupe_key"],
            index_where=text(ACTIVE_PREDICATE),
        )
        .returning(Job.id)
    )
    job_id = await session.scalar(statement)
    return await session.get(Job, job_id) if job_id else None


async def list_for_user(
    session: AsyncSession,
    user_id: uuid.UUID,
    *,
    offset: int,
    limit: int,
    status: str | None = None,
    job_type: str | None = None,
    active_only: bool = False,
) -> tuple[Sequence[Job], int]:
    query = select(Job).where(Job.user_id == user_id)
    if active_only:
        query = query.where(Job.status.in_(ACTIVE_STATUSES))
    if status:
        query = query.where(Job.status == status)
    if job_type:
        query = query.where(Job.type == job_type)
    total = await session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = await session.scalars(
        query.order_by(Job.created_at.desc(), Job.id.desc()).offset(offset).limit(limit)
    )
    return rows.all(), total


async def claim(session: AsyncSession, job_id: uuid.UUID, stale_before: datetime) -> Job | None:
    """Take a job for this worker: pending, or processing with a dead worker's old heartbeat.
    One UPDATE, so two workers handed the same job cannot both run it."""
    statement = (
        update(Job)
        .where(
            Job.id == job_id,
            or_(
                Job.status == PENDING,
                (Job.status == PROCESSING) & (Job.heartbeat_at < stale_before),
            ),
        )
        .values(
            status=PROCESSING,
            heartbeat_at=func.now(),
            attempts=Job.attempts + 1,
            started_at=func.coalesce(Job.started_at, func.now()),
        )
        .returning(Job)
        .execution_options(populate_existing=True)
    )
    return await session.scalar(statement)


async def update_fields(
    session: AsyncSession, job_id: uuid.UUID, *, run: int | None = None, **fields: Any
) -> bool | None:
    """Write fields; return whether a cancel was requested meanwhile. None if the job is gone
    or, with `run` (the `attempts` its claim set), when another claim has taken it since: a
    run that lost its lease writes nothing more to the record."""
    statement = update(Job).where(Job.id == job_id)
    if run is not None:
        statement = statement.where(Job.attempts == run)
    result = await session.execute(statement.values(**fields).returning(Job.cancel_requested))
    return result.scalar_one_or_none()


async def heartbeat(session: AsyncSession, job_id: uuid.UUID, run: int) -> bool | None:
    """Renew the lease of claim `run`; None once another claim holds the job."""
    return await update_fields(session, job_id, run=run, heartbeat_at=func.now())


async def requeue_if_lost(
    session: AsyncSession,
    job_id: uuid.UUID,
    arq_job_id: str,
    stale_before: datetime,
    pending_grace: timedelta,
) -> Job | None:
    """Give a lost job a new queue entry id, only while it is still lost: processing with a
    heartbeat older than `stale_before` (its worker died), or pending for longer than the grace.
    ONE UPDATE, so a worker that claimed the job or renewed its heartbeat since upkeep read it
    makes this a no-op (None). The status is left alone: a processing job stays processing, and
    only the claim (which takes it once its heartbeat is stale) lets a new run start."""
    still_lost = or_(
        (Job.status == PROCESSING) & (Job.heartbeat_at < stale_before),
        (Job.status == PENDING) & (Job.updated_at < func.now() - pending_grace),
    )
    return await session.scalar(
        update(Job)
        .where(Job.id == job_id, still_lost)
        .values(arq_job_id=arq_job_id)
        .returning(Job)
        .execution_options(populate_existing=True)
    )


async def other_pending_exists(session: AsyncSession, queue: str, job_id: uuid.UUID) -> bool:
    """Whether a job other than `job_id` waits on `queue` (pending)."""
    waiting = select(Job.id).where(Job.queue == queue, Job.status == PENDING, Job.id != job_id)
    return bool(await session.scalar(select(waiting.exists())))


async def stale_processing(session: AsyncSession, stale_before: datetime) -> Sequence[Job]:
    return (
        await session.scalars(
            select(Job).where(Job.status == PROCESSING, Job.heartbeat_at < stale_before)
        )
    ).all()


async def pending_older_than(session: AsyncSession, age: timedelta) -> Sequence[Job]:
    return (
        await session.scalars(
            select(Job).where(Job.status == PENDING, Job.updated_at < func.now() - age)
        )
    ).all()


async def counts_by_type_and_status(session: AsyncSession) -> list[tuple[str, str, int]]:
    rows = await session.execute(
        select(Job.type, Job.status, func.count()).group_by(Job.type, Job.status)
    )
    return [(t, s, n) for t, s, n in rows.all()]
