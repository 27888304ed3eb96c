"""Many users syncing at once: N users, each with their own M-message demo mailbox, all start an
initial sync at the same moment and share the email workers.

    .venv/bin/python -m bench.multi_tenant [--users 200] [--per-user 2000] [--workers 2]
    .venv/bin/python -m bench.multi_tenant --nodes 2 --users 200 --per-user 2000

Default mode: `--workers` real `arq workers.email.WorkerSettings` processes; the syncs are
requested as the API does (job row committed, then enqueued), all in one go. Prints the time
until the last user's ledger is complete (fetch job completed and every stored email
extracted), the spread between users (first / median / p90 / last completion, and when each
user's first batch was stored: with a fair queue nobody waits behind another's whole mailbox),
peak RSS per worker, the email queue's length over time, and CPU per email (workers + this
database's PostgreSQL backends).

--nodes K: K complete FinCoach nodes on the one PostgreSQL and Redis, each an API (`uvicorn
app.main:app`), a base worker and an email worker. Every user's sync is requested through
every node's API at once (POST /api/v1/email-sync/start); afterwards the bench checks in the
database that each mailbox was synced by exactly one job, no email is stored twice, every email
has exactly one extraction and every user's ledger matches the same mailbox's ledger under the
other users (the same seed gives the same transactions).

Scratch database `fincoach_bench_multi_tenant` (dropped at the end if created here), Redis DBs
10-12 (flushed first), mailboxes in a temporary UPLOAD_DIR (removed at the end). Asserts nothing.
"""

import argparse
import asyncio
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from app.core.config import get_settings
from bench import scratch
from bench.ingest import (
    Sampler,
    bench_backend_pids,
    start_workers,
    stop_workers,
    wait_for_workers,
)

DB_NAME = scratch.db_name("fincoach_bench_multi_tenant")


# --- fixtures -----------------------------------------------------------------------------------


def write_mailboxes(upload_dir: Path, users: int, per_user: int, variants: int) -> list[str]:
    """`variants` distinct mailboxes (seeds 1..variants), shared round robin by the users."""
    from app.demo import write_mbox

    paths = []
    for index in range(variants):
        relative = f"bench/mailbox-{index}.mbox"
        write_mbox(upload_dir / relative, per_user, 6, seed=index + 1)
        paths.append(relative)
    return paths


async def create_users(ctx: Any, mailboxes: list[str], users: int) -> list[tuple[uuid.UUID, Any]]:
    from app.crud import roles as roles_crud
    from app.crud import users as users_crud
    from app.models import ConnectedAccount
    from app.models.role import USER_ROLE

    created = []
    async with ctx.sessionmaker() as session, session.begin():
        role = await roles_crud.get_by_name(session, USER_ROLE)
        for index in range(users):
            user = await users_crud.create(
                session,
                email=f"tenant-{index}-{uuid.uuid4().hex[:6]}@example.com",
                password_hash="not-used",
                is_verified=True,
                role_id=role.id if role else None,
            )
            relative = mailboxes[index % len(mailboxes)]
            account = ConnectedAccount(
                user_id=user.id,
                provider="mbox",
                address=f"mailbox-{index}.mbox",
                display_name="demo.mbox",
                credentials=None,
                settings={"file": relative, "filename": "demo.mbox"},
            )
            session.add(account)
            await session.flush()
            created.append((user.id, account.id))
    return created


# --- progress ---------------------------------------------------------------------------------


class Progress:
    """Per-user state read from the database every `interval` seconds, by one connection whose
    backend is left out of the PostgreSQL CPU figures."""

    def __init__(self, ctx: Any, users: list[uuid.UUID]) -> None:
        self.ctx = ctx
        self.users = set(users)
        self.first_stored: dict[uuid.UUID, float] = {}
        self.completed: dict[uuid.UUID, float] = {}
        self.queue: list[tuple[float, int, int]] = []  # (t, fetch turns queued, extractions)

    async def sample(self, started: float) -> None:
        """Cheap queries only (indexes by user; no scan of the growing tables)."""
        now = time.perf_counter() - started
        waiting = [u for u in self.users if u not in self.first_stored]
        async with self.ctx.sessionmaker() as session:
            if waiting:
                stored_some = await session.scalars(
                    text(
                        "SELECT u FROM unnest(CAST(:users AS uuid[])) AS u "
                        "WHERE EXISTS (SELECT 1 FROM emails WHERE user_id = u)"
                    ),
                    {"users": waiting},
                )
                for user in stored_some:
                    self.first_stored[user] = now
            fetched = set(
                await session.scalars(
                    text(
                        "SELECT user_id FROM jobs WHERE type = 'email_fetch' "
                        "AND status = 'completed'"
                    )
                )
            )
            candidates = [u for u in fetched & self.users if u not in self.completed]
            if candidates:
                unfinished = set(
                    await session.scalars(
                        text(
                            "SELECT u FROM unnest(CAST(:users AS uuid[])) AS u WHERE EXISTS ("
                            "SELECT 1 FROM emails e WHERE e.user_id = u AND e.status = 'stored' "
                            "AND NOT EXISTS (SELECT 1 FROM email_extractions x "
                            "WHERE x.email_id = e.id))"
                        ),
                        {"users": candidates},
                    )
                )
                for user in candidates:
                    if user not in unfinished:
                        self.completed[user] = now
        jobs = await self.ctx.queues.email.zrange("arq:queue", 0, -1)
        fetch = sum(1 for j in jobs if not j.decode().startswith("extract"))
        self.queue.append((now, fetch, len(jobs) - fetch))

    def done(self) -> bool:
        return len(self.completed) == len(self.users)


async def own_backend_pid(ctx: Any) -> int:
    async with ctx.sessionmaker() as session:
        return int(await session.scalar(select(func.pg_backend_pid())))


# --- nodes --------------------------------------------------------------------------------------


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_node(port: int) -> list[subprocess.Popen[bytes]]:
    """One complete FinCoach node: API, base worker, email worker."""
    api = [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1"]
    commands = [
        [*api, "--port", str(port), "--workers", "1", "--log-level", "warning", "--no-access-log"],
        [sys.executable, "-m", "arq", "workers.base.WorkerSettings"],
        [sys.executable, "-m", "arq", "workers.email.WorkerSettings"],
    ]
    return [scratch.start_quietly(command) for command in commands]


def stop_processes(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


async def wait_healthy(bases: list[str], timeout: float = 60) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient() as client:
        for base in bases:
            while True:
                try:
                    if (await client.get(base + "/health", timeout=2)).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise SystemExit(f"{base} did not become healthy")
                await asyncio.sleep(0.2)


async def request_through_apis(
    settings: Any, bases: list[str], users: list[uuid.UUID]
) -> tuple[int, int]:
    """Every user's sync requested through every node at once: (started, already running)."""
    import httpx

    from app.core.security import create_token

    async with httpx.AsyncClient(timeout=60) as client:

        async def start(base: str, user: uuid.UUID) -> dict[str, Any]:
            token = create_token(
                settings, subject=str(user), token_type="access", expires_in=timedelta(hours=2)
            )
            response = await client.post(
                f"{base}/api/v1/email-sync/start/{user}?months=6",
                headers={"Authorization": f"Bearer {token}"},
            )
            response.raise_for_status()
            return dict(response.json())

        answers = await asyncio.gather(*(start(b, u) for u in users for b in bases))
    return sum(a["started"] for a in answers), sum(a["already_running"] for a in answers)


async def integrity(ctx: Any, users: list[tuple[uuid.UUID, Any]], variants: int) -> dict[str, Any]:
    """What the database says after the run: one job per mailbox, no email or extraction
    twice, the same ledger for the same mailbox."""
    async with ctx.sessionmaker() as session:

        async def one(sql: str) -> Any:
            return (await session.execute(text(sql))).one()

        emails, distinct_emails = await one(
            "SELECT count(*), count(DISTINCT (user_id, message_id)) FROM emails"
        )
        extractions, distinct_extracted = await one(
            "SELECT count(*), count(DISTINCT email_id) FROM email_extractions"
        )
        jobs_per_account = (
            await session.execute(
                text(
                    "SELECT params->>'account_id', count(*), max(attempts), "
                    "bool_and(status = 'completed'), "
                    "sum((result->'summary'->>'duplicate')::int) "
                    "FROM jobs WHERE type = 'email_fetch' GROUP BY 1"
                )
            )
        ).all()
        sizes = (
            await session.execute(
                text(
                    "SELECT pg_database_size(current_database()), "
                    "pg_total_relation_size('emails'), pg_total_relation_size('transactions'), "
                    "pg_total_relation_size('email_extractions')"
                )
            )
        ).one()
        per_user = dict(
            (
                await session.execute(
                    text("SELECT user_id, count(*) FROM transactions GROUP BY user_id")
                )
            ).all()
        )
    ledgers: dict[int, set[int]] = {}
    for index, (user, _) in enumerate(users):
        ledgers.setdefault(index % variants, set()).add(per_user.get(user, 0))
    return {
        "emails": emails,
        "distinct_emails": distinct_emails,
        "extractions": extractions,
        "distinct_extracted": distinct_extracted,
        "accounts_synced": len(jobs_per_account),
        "jobs_per_account_max": max((r[1] for r in jobs_per_account), default=0),
        "all_completed": all(r[3] for r in jobs_per_account),
        "duplicates_seen": sum(r[4] or 0 for r in jobs_per_account),
        "turns_max": max((r[2] for r in jobs_per_account), default=0),
        "ledgers_agree": all(len(v) == 1 for v in ledgers.values()),
        "transactions": sum(per_user.values()),
        "sizes": tuple(int(v) for v in sizes),
    }


async def resyncs(
    ctx: Any,
    users: list[tuple[uuid.UUID, Any]],
    pids: list[int],
    rounds: int,
    exclude: frozenset[int],
) -> dict[str, float] | None:
    """`rounds` incremental syncs of every mailbox with nothing new (what the 30-minute cron
    costs when no mail arrived): CPU per sync, workers and this database's backends."""
    from app.models import Job
    from app.services import sync_requests

    if not rounds:
        return None
    with Sampler(pids, db_name=DB_NAME) as sampler:
        started = time.perf_counter()
        for _ in range(rounds):
            job_ids = []
            async with ctx.uow.begin() as session:
                for user_id, account_id in users:
                    job, _ = await sync_requests.start_sync(
                        session, user_id, account_id, "incremental"
                    )
                    job_ids.append(job.id)
            while True:
                async with ctx.sessionmaker() as session:
                    pending = await session.scalar(
                        select(func.count()).where(
                            Job.id.in_(job_ids),
                            Job.status.not_in(("completed", "failed", "cancelled")),
                        )
                    )
                if not pending:
                    break
                await asyncio.sleep(0.2)
        elapsed = time.perf_counter() - started
    syncs = rounds * len(users)
    worker = sum(sampler.cpu_end[p] - sampler.cpu_start[p] for p in pids)
    pg = sampler.postgres_seconds(own_only=True, exclude=exclude)
    return {
        "syncs": syncs,
        "elapsed": elapsed,
        "worker_ms": worker / syncs * 1000,
        "pg_ms": pg / syncs * 1000,
    }


# --- the run ------------------------------------------------------------------------------------


async def run(args: argparse.Namespace, mailboxes: list[str]) -> dict[str, Any]:
    from app.jobs.context import WorkerContext
    from app.services import sync_requests

    settings = get_settings()
    ctx = await WorkerContext.open()
    processes: list[subprocess.Popen[bytes]] = []
    try:
        for pool in (ctx.queues.email, ctx.queues.base):
            await pool.flushdb()
        users = await create_users(ctx, mailboxes, args.users)
        user_ids = [u for u, _ in users]
        bases: list[str] = []
        if args.nodes:
            for _ in range(args.nodes):
                port = free_port()
                bases.append(f"http://127.0.0.1:{port}")
                processes += start_node(port)
            await wait_healthy(bases)
            email_workers = [p for i, p in enumerate(processes) if i % 3 == 2]
        else:
            processes = start_workers(args.workers, None, "multi")
            email_workers = processes
        await wait_for_workers(ctx)
        await asyncio.sleep(1.0)
        progress = Progress(ctx, user_ids)
        monitor_pid = await own_backend_pid(ctx)
        pids = [p.pid for p in email_workers]
        with Sampler(pids, db_name=DB_NAME) as sampler:
            started = time.perf_counter()
            if args.nodes:
                started_jobs, already = await request_through_apis(settings, bases, user_ids)
            else:
                async with ctx.uow.begin() as session:
                    for user_id, account_id in users:
                        await sync_requests.start_sync(session, user_id, account_id, "initial", 6)
                started_jobs, already = len(users), 0
            requested = time.perf_counter() - started
            deadline = time.monotonic() + args.timeout
            while not progress.done() and time.monotonic() < deadline:
                await progress.sample(started)
                await asyncio.sleep(args.interval)
            elapsed = time.perf_counter() - started
        check = await integrity(ctx, users, min(args.variants, args.users))
        own_backends = await bench_backend_pids(ctx) | {monitor_pid}
        resync = await resyncs(ctx, users, pids, args.resyncs, own_backends)
    finally:
        stop_processes(processes) if args.nodes else stop_workers(processes)
        await ctx.close()
    pg_own = sampler.postgres_seconds(own_only=True, exclude=own_backends)
    return {
        "elapsed": elapsed,
        "requested": requested,
        "started_jobs": started_jobs,
        "already_running": already,
        "progress": progress,
        "check": check,
        "peak_rss_mb": [sampler.peak[p] / 2**20 for p in pids],
        "worker_cpu": [sampler.cpu_end[p] - sampler.cpu_start[p] for p in pids],
        "pg_cpu_own": pg_own,
        "pg_cpu_all": sampler.postgres_seconds(),
        "resync": resync,
    }


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def report(args: argparse.Namespace, r: dict[str, Any]) -> None:
    progress: Progress = r["progress"]
    check = r["check"]
    total = args.users * args.per_user
    done = list(progress.completed.values())
    first = list(progress.first_stored.values())
    print(f"\n$ .venv/bin/python -m bench.multi_tenant {' '.join(sys.argv[1:])}")
    load = os.getloadavg()
    print(
        f"machine: {os.cpu_count()} cores, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, load average "
        f"{load[0]:.1f} at the end; {args.users} users × {args.per_user:,} messages "
        f"= {total:,}; "
        + (
            f"{args.nodes} nodes (API + base worker + email worker each)"
            if args.nodes
            else f"{args.workers} email workers"
        )
        + f"; turn {get_settings().email_sync_turn_messages} messages"
    )
    print(
        f"syncs requested in {r['requested']:.1f} s: {r['started_jobs']} started, "
        f"{r['already_running']} answered 'already running'"
    )
    last = max(done) if len(done) == args.users else r["elapsed"]
    print(
        f"last user's ledger complete after {last:.1f} s "
        f"({check['extractions'] / last:,.0f} emails/s overall, sampled every "
        f"{args.interval:g} s); {len(done)}/{args.users} users complete"
    )
    if done:
        print(
            f"  completion: first {min(done):.1f} s, median {percentile(done, 0.5):.1f} s, "
            f"p90 {percentile(done, 0.9):.1f} s, last {max(done):.1f} s; spread (last - first) "
            f"{max(done) - min(done):.1f} s"
        )
    if first:
        print(
            f"  first batch stored: median {percentile(first, 0.5):.1f} s, last user "
            f"{max(first):.1f} s  (a queue without turns would hold the last user behind "
            f"{args.users - 1} whole mailboxes, ~{last * (args.users - 1) / args.users:.0f} s)"
        )
    cpu = sum(r["worker_cpu"])
    print(
        f"  CPU: workers {cpu:.1f} s + this database's PostgreSQL backends {r['pg_cpu_own']:.1f} s"
        f" = {(cpu + r['pg_cpu_own']) / max(1, check['extractions']) * 1000:.2f} ms/email "
        f"(all PostgreSQL processes on the host: {r['pg_cpu_all']:.1f} s)"
    )
    print(f"  peak RSS per email worker: {', '.join(f'{m:.0f}' for m in r['peak_rss_mb'])} MB")
    print("  queue length over time (fetch turns / extraction tasks waiting):")
    samples = progress.queue
    step = max(1, len(samples) // 12)
    for t, fetch, extract in samples[::step]:
        print(f"    {t:7.1f} s  {fetch:5d} / {extract:5d}")
    print(
        f"integrity: {check['emails']:,} emails ({check['distinct_emails']:,} distinct), "
        f"{check['extractions']:,} extractions ({check['distinct_extracted']:,} distinct emails), "
        f"{check['transactions']:,} transactions; {check['accounts_synced']} mailboxes synced, "
        f"at most {check['jobs_per_account_max']} job per mailbox, all completed: "
        f"{check['all_completed']}, duplicates met while storing: {check['duplicates_seen']}, "
        f"turns per job ≤ {check['turns_max']}; same mailbox → same ledger: "
        f"{check['ledgers_agree']}"
    )
    if r["resync"]:
        rs = r["resync"]
        print(
            f"incremental syncs with nothing new: {rs['syncs']:,} in {rs['elapsed']:.1f} s, "
            f"{rs['worker_ms']:.1f} CPU-ms per sync in the workers + {rs['pg_ms']:.1f} in "
            f"PostgreSQL (the sweep task after each included)"
        )
    database, emails, transactions, extractions = check["sizes"]
    per_email = 1024 * max(1, check["emails"])
    print(
        f"database {database / 2**20:,.0f} MB = {database / per_email:.1f} KB per email "
        f"(emails {emails / per_email:.1f}, transactions {transactions / per_email:.1f}, "
        f"extractions {extractions / per_email:.1f} KB per email, indexes and TOAST included)"
    )
    ok = (
        check["emails"] == check["distinct_emails"] == total
        and check["extractions"] == check["distinct_extracted"] == total
        and check["jobs_per_account_max"] == 1
        and check["duplicates_seen"] == 0
        and check["ledgers_agree"]
    )
    print(f"  → {'no job run twice, no email stored twice' if ok else 'MISMATCH: see the figures'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--per-user", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2, help="email worker processes")
    parser.add_argument("--nodes", type=int, default=0, help="K complete nodes instead")
    parser.add_argument("--variants", type=int, default=20, help="distinct mailboxes")
    parser.add_argument("--interval", type=float, default=2.0, help="seconds between samples")
    parser.add_argument("--timeout", type=float, default=7200)
    parser.add_argument(
        "--resyncs", type=int, default=0, help="then R rounds of incremental syncs of every mailbox"
    )
    args = parser.parse_args()

    upload_dir = Path(tempfile.mkdtemp(prefix="fincoach-bench-tenants-"))
    os.environ["UPLOAD_DIR"] = str(upload_dir)
    server, created = scratch.prepare(DB_NAME)
    try:
        t0 = time.perf_counter()
        mailboxes = write_mailboxes(
            upload_dir, args.users, args.per_user, min(args.variants, args.users)
        )
        print(f"{len(mailboxes)} demo mailboxes written in {time.perf_counter() - t0:.1f} s")
        result = asyncio.run(run(args, mailboxes))
    finally:
        shutil.rmtree(upload_dir, ignore_errors=True)
        if created:
            scratch.drop(server, DB_NAME)
    report(args, result)


if __name__ == "__main__":
    main()
