"""The scratch database and Redis databases a benchmark runs in: the configured (or `make
run`'s embedded) PostgreSQL and Redis, a database of the benchmark's own (created if missing,
migrated) and Redis DBs 10-12, so nothing of a real ledger or of a test run is touched."""

import asyncio
import os
import subprocess

from sqlalchemy.engine import make_url

from app.core.config import PROJECT_ROOT, Settings, get_settings

BENCH_ENV = {
    "REDIS_CACHE_DB": "10",
    "REDIS_QUEUE_DB": "11",
    "REDIS_EMAIL_QUEUE_DB": "12",
    "LOG_LEVEL": "WARNING",
}
# Two checkouts benchmarking on one machine at once (one PostgreSQL, one Redis) would share the
# scratch databases and queues: each flushes the other's queue and its workers run the other's
# jobs (and the CPU figures go to the wrong processes). BENCH_ISOLATION=<name> suffixes the
# scratch database names; give such a run a Redis of its own too (REDIS_URL=redis://...:<port>,
# e.g. `redis-server --port 6390`): the test suites use the other Redis DBs of the shared one.
ISOLATION = os.environ.get("BENCH_ISOLATION", "")


def db_name(base: str) -> str:
    """A benchmark's scratch database name (suffixed under BENCH_ISOLATION)."""
    return f"{base}_{ISOLATION}" if ISOLATION else base


def server_dsn(url: str) -> str:
    """asyncpg's DSN for a SQLAlchemy URL."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def prepare(db_name: str) -> tuple[str, bool]:
    """Point settings (through the environment) at the scratch database, created if missing,
    and migrate it. Returns the server URL and whether this run created the database."""
    import asyncpg

    from app import launcher
    from app.core.embedded import with_database

    os.environ.update(BENCH_ENV)
    configured = Settings()
    redis_url, _ = launcher.resolve_redis_url(configured)
    server = launcher.resolve_database_url(configured).rsplit("/", 1)[0] + "/postgres"

    async def ensure() -> bool:
        conn = await asyncpg.connect(server_dsn(server))
        try:
            if await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", db_name):
                return False
            await conn.execute(f'CREATE DATABASE "{db_name}"')
            return True
        finally:
            await conn.close()

    created = asyncio.run(ensure())
    os.environ["DATABASE_URL"] = with_database(server, db_name)
    os.environ["REDIS_URL"] = redis_url
    get_settings.cache_clear()
    launcher.migrate(dict(os.environ))
    return server, created


def drop(server: str, db_name: str) -> None:
    import asyncpg

    async def run() -> None:
        conn = await asyncpg.connect(server_dsn(server))
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')
        finally:
            await conn.close()

    asyncio.run(run())


def start_quietly(command: list[str]) -> subprocess.Popen[bytes]:
    """A process of the stack under test (uvicorn, a worker) from the project root, with this
    environment, its output dropped, in its own session (so a stop reaches its children)."""
    return subprocess.Popen(
        command,
        cwd=PROJECT_ROOT,
        env=dict(os.environ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
