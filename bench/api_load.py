"""API latency under load: GET /api/v1/transactions (a filtered page of 50) and the dashboard
summary (GET /api/v1/analytics/summary), each beside GET /health at the same concurrency.

    .venv/bin/python -m bench.api_load [--users 100] [--per-user 10000] [--connections 64]
                                       [--duration 10] [--client wrk|httpx] [--keep-db]
                                       [--api-workers N]

Uses DATABASE_URL/REDIS_URL, else the local or embedded servers (as `make run` does), in a scratch
database `fincoach_bench_api` (suffixed under BENCH_ISOLATION; dropped at the end if this script
created it, unless --keep-db; a kept database with the same --users/--per-user is reused without
seeding again, after a VACUUM ANALYZE) and Redis DBs 10-12. Seeds users (with the default
categories) and their transactions with COPY, mints access tokens with
app.core.security.create_token and the same SECRET_KEY the server gets, starts a real `uvicorn
app.main:app --workers API_WORKERS` (as `make run` does; --api-workers overrides) on a free loopback
port, and drives it with `wrk` (C, so the load generator takes little of the CPU the server needs).
Without wrk it offers to install it (Debian package `wrk`, `--install-wrk` runs `apt-get install -y
wrk`) and otherwise refuses to run: a Python client measures mostly itself. `--client httpx` runs
the httpx.AsyncClient anyway, and the figures say so. Each phase runs for --duration seconds after a
short warm-up; requests rotate over all users. Prints figures beside issue #19's targets (throughput
≥ 70 % of /health's in the same run, one-connection p95 ≤ 5 ms), the server's CPU per request (API
processes and this database's PostgreSQL backends, which a shared machine disturbs far less than
throughput) and the API processes' resident memory; asserts nothing.
"""

import argparse
import asyncio
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx

from app.core.config import get_settings
from bench import scratch
from bench.scratch import server_dsn

DB_NAME = scratch.db_name("fincoach_bench_api")
EMAIL_PREFIX = "bench-api-"
MERCHANTS = [
    "Swiggy",
    "Zomato",
    "Amazon",
    "Flipkart",
    "Uber",
    "Ola",
    "BigBasket",
    "Netflix",
    "Spotify",
    "Airtel",
    "Jio",
    "HP Petrol",
    "Apollo Pharmacy",
    "DMart",
    "IRCTC",
    "MakeMyTrip",
    "Myntra",
    "Starbucks",
    "Cafe Coffee Day",
    "Reliance Fresh",
    "Zepto",
    "Blinkit",
    "PhonePe",
    "Paytm",
]


def prepare_environment() -> tuple[str, bool]:
    return scratch.prepare(DB_NAME)


def drop_database(server: str) -> None:
    scratch.drop(server, DB_NAME)


# --- seeding ------------------------------------------------------------------------------------


async def seed(users: int, per_user: int) -> tuple[list[uuid.UUID], float, bool]:
    """(user ids, seconds spent, seeded now). Reuses a kept database seeded the same way."""
    import asyncpg

    from app.crud import roles as roles_crud
    from app.crud import users as users_crud
    from app.jobs.context import WorkerContext
    from app.models.role import USER_ROLE
    from app.services.categories import ensure_default_categories

    started = time.perf_counter()
    dsn = server_dsn(os.environ["DATABASE_URL"])
    conn = await asyncpg.connect(dsn)
    try:
        existing = await conn.fetch(
            "SELECT u.id, (SELECT count(*) FROM transactions t WHERE t.user_id = u.id) AS n "
            "FROM users u WHERE u.email LIKE $1 ORDER BY u.email",
            EMAIL_PREFIX + "%",
        )
        if len(existing) == users and all(r["n"] == per_user for r in existing):
            return [r["id"] for r in existing], time.perf_counter() - started, False
        if existing:  # a different shape from an earlier kept run: only our own users go
            await conn.execute("DELETE FROM users WHERE email LIKE $1", EMAIL_PREFIX + "%")
    finally:
        await conn.close()

    ctx = await WorkerContext.open()
    user_ids: list[uuid.UUID] = []
    categories: dict[uuid.UUID, list[uuid.UUID]] = {}
    try:
        async with ctx.sessionmaker() as session, session.begin():
            role = await roles_crud.get_by_name(session, USER_ROLE)
            for index in range(users):
                user = await users_crud.create(
                    session,
                    email=f"{EMAIL_PREFIX}{index:04d}@example.com",
                    password_hash="not-used",
                    is_verified=True,
                    role_id=role.id if role else None,
                )
                await ensure_default_categories(session, user.id)
                user_ids.append(user.id)
    finally:
        await ctx.close()

    conn = await asyncpg.connect(dsn)
    try:
        for row in await conn.fetch(
            "SELECT user_id, id FROM categories WHERE user_id = ANY($1::uuid[])", user_ids
        ):
            categories.setdefault(row["user_id"], []).append(row["id"])
        columns = [
            "id",
            "user_id",
            "amount",
            "currency",
            "type",
            "occurred_at",
            "description",
            "category_id",
            "category_source",
            "source",
            "message_id",
            "notes",
        ]
        now = datetime.now(UTC)
        rng = random.Random(7)
        for user_id in user_ids:
            cats = categories.get(user_id) or [None]
            records = []
            for i in range(per_user):
                debit = rng.random() < 0.85
                records.append(
                    (
                        uuid.uuid4(),
                        user_id,
                        Decimal(rng.randint(100, 500_000)) / 100,
                        "INR",
                        "debit" if debit else "credit",
                        now - timedelta(seconds=rng.randint(0, 365 * 86400)),
                        f"UPI/{rng.choice(MERCHANTS)}/{rng.randint(10**9, 10**10)}",
                        rng.choice(cats),
                        "model",
                        "email",
                        f"<bench-{user_id.hex[:8]}-{i}@example.com>",
                        "",
                    )
                )
            await conn.copy_records_to_table("transactions", records=records, columns=columns)
    finally:
        await conn.close()
    return user_ids, time.perf_counter() - started, True


async def settle() -> None:
    """VACUUM ANALYZE, as autovacuum leaves a table after a burst of inserts (PostgreSQL 13+
    vacuums insert-only tables too): statistics for the planner, and the visibility map that
    lets the reports' index-only scans skip the heap. Run on a reused database too, since a
    migration may have rebuilt an index since it was seeded."""
    import asyncpg

    conn = await asyncpg.connect(server_dsn(os.environ["DATABASE_URL"]))
    try:
        await conn.execute("VACUUM ANALYZE transactions")
        await conn.execute("VACUUM ANALYZE categories")
    finally:
        await conn.close()


# --- the server ---------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(port: int, workers: int) -> subprocess.Popen[bytes]:
    return scratch.start_quietly(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "app.main:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
            "--no-access-log",
        ]
    )


def wait_for_server(base: str, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("uvicorn exited during start-up")
        try:
            if httpx.get(base + "/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("uvicorn did not become healthy")


def stop_server(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


# --- load ---------------------------------------------------------------------------------------

WRK_SCRIPT = """
local paths = {}
local tokens = {}
local n = 0
local i = 0
%(setup)s
request = function()
  i = i + 1
  local k = (i %% n) + 1
  return wrk.format("GET", paths[k], {["Authorization"] = "Bearer " .. tokens[k]})
end
done = function(summary, latency, requests)
  local out = io.open("%(out)s", "w")
  out:write(string.format('{"requests": %%d, "seconds": %%f, "p50": %%f, "p95": %%f, '
    .. '"p99": %%f, "errors": %%d, "non2xx": %%d}',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
  out:close()
end
"""


def wrk_phase(
    base: str,
    targets: list[tuple[str, str]],
    connections: int,
    duration: float,
    workdir: Path,
    name: str,
) -> dict[str, float]:
    out = workdir / f"{name}.json"
    setup = (
        "\n".join(
            f'paths[{k + 1}] = "{path}"; tokens[{k + 1}] = "{token}"'
            for k, (path, token) in enumerate(targets)
        )
        + f"\nn = {len(targets)}"
    )
    script = workdir / f"{name}.lua"
    # wrk gives each thread its own Lua state; the done() of the main state sees all latencies.
    script.write_text(WRK_SCRIPT % {"setup": setup, "out": str(out)})
    subprocess.run(
        [
            "wrk",
            "-t",
            str(min(2, connections)),
            "-c",
            str(connections),
            "-d",
            f"{max(1, round(duration))}s",
            "--timeout",
            "10s",
            "-s",
            str(script),
            base,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=duration + 60,
    )
    result = json.loads(out.read_text())
    result["rps"] = result["requests"] / result["seconds"]
    return result


async def httpx_phase_async(
    base: str, targets: list[tuple[str, str]], connections: int, duration: float
) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=10) as client:
        deadline = time.perf_counter() + duration

        async def loop(offset: int) -> None:
            nonlocal errors
            k = offset
            while time.perf_counter() < deadline:
                path, token = targets[k % len(targets)]
                k += connections
                started = time.perf_counter()
                try:
                    response = await client.get(path, headers={"Authorization": f"Bearer {token}"})
                    if response.status_code >= 400:
                        errors += 1
                except httpx.HTTPError:
                    errors += 1
                latencies.append((time.perf_counter() - started) * 1000)

        started = time.perf_counter()
        await asyncio.gather(*(loop(i) for i in range(connections)))
        seconds = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "seconds": seconds,
        "rps": len(latencies) / seconds,
        "p50": statistics.median(latencies),
        "p95": latencies[int(len(latencies) * 0.95) - 1],
        "p99": latencies[int(len(latencies) * 0.99) - 1],
        "errors": 0,
        "non2xx": errors,
    }


def run_phase(client: str, *args: Any) -> dict[str, float]:
    base, targets, connections, duration, workdir, name = args
    if client == "wrk":
        return wrk_phase(base, targets, connections, duration, workdir, name)
    return asyncio.run(httpx_phase_async(base, targets, connections, duration))


def measured_phase(client: str, api_pids: list[int], *args: Any) -> dict[str, float]:
    """run_phase, with the CPU it cost the server per request: the API processes' and this
    database's PostgreSQL backends' (not the load generator's, nor other work on the machine).
    On a shared machine throughput varies with the neighbours; CPU per request much less, and
    its ratio between two endpoints is what their throughput ratio tends to on a quiet one."""
    from bench.ingest import Sampler

    with Sampler(api_pids, db_name=DB_NAME) as sampler:
        result = run_phase(client, *args)
    api = sum(sampler.cpu_end[pid] - sampler.cpu_start[pid] for pid in api_pids)
    requests = max(1, result["requests"])
    result["api_cpu_ms"] = api / requests * 1000
    result["pg_cpu_ms"] = sampler.postgres_seconds(own_only=True) / requests * 1000
    return result


def api_processes(process: subprocess.Popen[bytes]) -> list[int]:
    """uvicorn's supervisor and its worker processes."""
    import psutil

    return [process.pid, *(c.pid for c in psutil.Process(process.pid).children(recursive=True))]


def resident_mb(pids: list[int]) -> list[float]:
    import psutil

    return [psutil.Process(pid).memory_info().rss / 2**20 for pid in pids]


# --- main ---------------------------------------------------------------------------------------


def require_wrk(install: bool) -> str:
    """The native load generator, installed on request; exits when it is missing."""
    if shutil.which("wrk") is None and install:
        subprocess.run(["apt-get", "install", "-y", "wrk"], check=False)
    if shutil.which("wrk") is None:
        raise SystemExit(
            "bench.api_load needs wrk (a native load generator: a Python client would measure "
            "mostly itself). Install it (Debian/Ubuntu: apt-get install -y wrk, or rerun with "
            "--install-wrk), or pass --client httpx to measure with the Python client anyway."
        )
    return "wrk"


def load_generator(client: str) -> str:
    """What drove the load, for the report: wrk's version line, or the Python client."""
    if client != "wrk":
        return "httpx.AsyncClient (Python: the figures include the client's own CPU)"
    found = subprocess.run(["wrk", "--version"], capture_output=True, text=True, check=False)
    first = (found.stdout or found.stderr).strip().splitlines()
    return first[0] if first else "wrk"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--per-user", type=int, default=10_000)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per phase")
    parser.add_argument(
        "--api-workers", type=int, default=None, help="uvicorn --workers (default: API_WORKERS)"
    )
    parser.add_argument("--client", choices=["wrk", "httpx"], default=None)
    parser.add_argument("--keep-db", action="store_true", help="keep the seeded database")
    parser.add_argument(
        "--install-wrk", action="store_true", help="apt-get install -y wrk when it is missing"
    )
    args = parser.parse_args()
    client = args.client or require_wrk(args.install_wrk)

    server_url, created = prepare_environment()
    settings = get_settings()
    if args.api_workers is None:
        args.api_workers = settings.api_workers
    process: subprocess.Popen[bytes] | None = None
    workdir = Path(tempfile.mkdtemp(prefix="fincoach-bench-api-"))
    results: dict[str, dict[str, float]] = {}
    unloaded: dict[str, dict[str, float]] = {}
    rss_started: list[float] = []
    rss_loaded: list[float] = []
    try:
        user_ids, seed_seconds, seeded = asyncio.run(seed(args.users, args.per_user))
        asyncio.run(settle())
        rows = args.users * args.per_user
        print(
            f"{'seeded' if seeded else 'reused'} {args.users} users × {args.per_user:,} "
            f"transactions ({rows:,} rows) in {seed_seconds:.1f} s"
        )
        from app.core.security import create_token

        tokens = [
            create_token(
                settings, subject=str(u), token_type="access", expires_in=timedelta(hours=2)
            )
            for u in user_ids
        ]
        today = date.today()
        filtered = (
            f"/api/v1/transactions?type=debit&date_from={today - timedelta(days=90)}"
            f"&date_to={today}&limit=50"
        )
        phases = {
            "health": [("/health", t) for t in tokens],
            "transactions": [(filtered, t) for t in tokens],
            "summary": [("/api/v1/analytics/summary", t) for t in tokens],
        }
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        process = start_server(port, args.api_workers)
        wait_for_server(base, process)
        # Sanity: every endpoint answers 200 for a seeded user.
        for name, targets in phases.items():
            path, token = targets[0]
            response = httpx.get(base + path, headers={"Authorization": f"Bearer {token}"})
            if response.status_code != 200:
                raise SystemExit(
                    f"{name}: {path} answered {response.status_code}: {response.text[:300]}"
                )
        pids = api_processes(process)
        rss_started = resident_mb(pids)
        for name, targets in phases.items():
            run_phase(client, base, targets, args.connections, 2, workdir, f"{name}-warm")
            results[name] = measured_phase(
                client, pids, base, targets, args.connections, args.duration, workdir, name
            )
            # The same endpoint with one connection: service time without queueing.
            unloaded[name] = run_phase(client, base, targets, 1, 3, workdir, f"{name}-1")
        rss_loaded = resident_mb(pids)
    finally:
        if process is not None:
            stop_server(process)
        shutil.rmtree(workdir, ignore_errors=True)
        if created and not args.keep_db:
            drop_database(server_url)

    health = results["health"]
    print("\n--- summary ---")
    print(f"$ .venv/bin/python -m bench.api_load {' '.join(sys.argv[1:])}")
    print(
        f"machine: {os.cpu_count()} cores, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load average "
        f"{os.getloadavg()[0]:.1f}; {args.users} users × {args.per_user:,} transactions; "
        f"{args.connections} connections, {args.duration:.0f} s per endpoint, client {client}, "
        f"uvicorn --workers {args.api_workers}"
    )
    print(f"load generator: {load_generator(client)}")
    for name, r in results.items():
        line = (
            f"{name:<13} {r['rps']:>7,.0f} req/s  p50 {r['p50']:7.1f} ms  p95 {r['p95']:7.1f} ms  "
            f"p99 {r['p99']:7.1f} ms  errors {int(r['errors'] + r['non2xx'])}"
        )
        if name != "health":
            line += f"  {r['rps'] / health['rps']:4.0%} of /health's  [target ≥ 70 %]"
        print(line)
    for name, r in unloaded.items():
        line = (
            f"{name:<13} 1 connection: {r['rps']:>6,.0f} req/s  p50 {r['p50']:6.1f} ms  "
            f"p95 {r['p95']:6.1f} ms"
        )
        if name != "health":
            line += "  [target p95 ≤ 5 ms]"
        print(line)
    print("server CPU per request at full load (API processes + this database's PostgreSQL):")
    for name, r in results.items():
        total = r["api_cpu_ms"] + r["pg_cpu_ms"]
        line = (
            f"{name:<13} {total:5.2f} ms = API {r['api_cpu_ms']:5.2f} + PostgreSQL "
            f"{r['pg_cpu_ms']:5.2f}"
        )
        if name != "health":
            ratio = (health["api_cpu_ms"] + health["pg_cpu_ms"]) / total
            line += f"  → /health's CPU ÷ this = {ratio:4.0%} (the throughput ratio it allows)"
        print(line)
    print(
        "API process RSS (supervisor, then each worker): "
        + ", ".join(f"{mb:.0f}" for mb in rss_started)
        + " MB after start-up; "
        + ", ".join(f"{mb:.0f}" for mb in rss_loaded)
        + " MB after the run"
    )


if __name__ == "__main__":
    main()
