"""What every worker process opens once at start-up and hands to its tasks, typed.

ARQ passes a plain dict to its functions; the registry's wrappers (app.jobs.registry) take the
WorkerContext out of it under WORKER_KEY, so no task reads a bare dict."""

import asyncio
import gc
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from app.core.config import Settings, get_settings
from app.core.db import create_engine, create_sessionmaker
from app.core.logging import configure_logging
from app.core.redis import (
    BASE_QUEUE,
    EMAIL_QUEUE,
    QueuePools,
    create_cache_redis,
    create_queue_pools,
)
from app.core.uow import UnitOfWork
from app.extraction.llm import LlmExtractor
from app.ingest import extract
from app.ingest.categorise import seed_categoriser
from app.jobs.metering import TaskMeter

WORKER_KEY = "worker"


@dataclass(frozen=True)
class WorkerContext:
    settings: Settings
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]  # for reads; writes go through `uow`
    uow: UnitOfWork
    cache: "Redis"  # Redis DB 0: events, OTP codes
    queues: QueuePools
    llm: LlmExtractor | None  # only where an OpenAI-compatible endpoint is configured
    meter: TaskMeter  # counts task runs for the queue metrics (app.core.queue_metrics)

    @classmethod
    async def open(cls, settings: Settings | None = None) -> "WorkerContext":
        settings = settings or get_settings()
        engine = create_engine(settings)
        sessionmaker = create_sessionmaker(engine)
        queues = await create_queue_pools(settings)
        return cls(
            settings=settings,
            engine=engine,
            sessionmaker=sessionmaker,
            uow=UnitOfWork(sessionmaker, queues),
            cache=create_cache_redis(settings),
            queues=queues,
            llm=LlmExtractor(settings) if settings.llm_base_url else None,
            meter=TaskMeter(queues, settings.worker_metrics_seconds),
        )

    async def close(self) -> None:
        await self.meter.stop()
        await self.queues.close()
        await self.cache.aclose()
        await self.engine.dispose()


GC_YOUNG_THRESHOLD = 10_000  # allocations between young-generation collections (default 700)


def worker_of(ctx: dict[str, Any]) -> WorkerContext:
    worker: WorkerContext = ctx[WORKER_KEY]
    return worker


async def startup(ctx: dict[str, Any]) -> None:
    settings = get_settings()
    configure_logging(settings.log_level)
    worker = ctx[WORKER_KEY] = await WorkerContext.open(settings)
    worker.meter.queue = _served_queue(ctx, settings)
    worker.meter.start()
    await warm_up()
    # Everything alive now (modules, the model) lives as long as the process: keep the cyclic
    # garbage collector from walking it again on every full collection (~0.3 s each here, ~18 %
    # of an extraction batch's CPU before this).
    gc.freeze()
    # An ingest batch creates container objects by the hundred thousand: at the default
    # threshold (700) the collector ran ~80 times per 1,000 emails (0.014 CPU-ms per email,
    # in-process), at 10,000 ~4 times (0.007 ms). Most objects still die by reference counting;
    # only cycles wait a little longer to be collected.
    gc.set_threshold(GC_YOUNG_THRESHOLD, 10, 10)


async def warm_up() -> None:
    """What a job would otherwise wait for on its first use in this process."""
    await asyncio.to_thread(seed_categoriser)  # the categoriser of users without corrections
    await asyncio.to_thread(extract.warm_up)  # the rules' regexes (~0.2 s)


def _served_queue(ctx: dict[str, Any], settings: Settings) -> str | None:
    """The queue of the ARQ worker that called startup, known by its Redis database."""
    redis = ctx.get("redis")
    db = redis.connection_pool.connection_kwargs.get("db") if redis is not None else None
    return {settings.redis_queue_db: BASE_QUEUE, settings.redis_email_queue_db: EMAIL_QUEUE}.get(
        db if isinstance(db, int) else -1
    )


async def shutdown(ctx: dict[str, Any]) -> None:
    await worker_of(ctx).close()
