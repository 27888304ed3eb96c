"""End-to-end ingest throughput: an N-message demo mbox synced by real `arq` email workers into
PostgreSQL (fetch → parse → store → extract → categorise → transactions).

    .venv/bin/python -m bench.ingest [--count 10000] [--workers 1,2] [--stages] [--py-spy DIR]
                                     [--cprofile DIR] [--end DATE] [--ledger DIR]

Uses DATABASE_URL/REDIS_URL, else the local or embedded servers (as `make run` does), in a
scratch database `fincoach_bench_ingest` (dropped at the end if this script created it) and Redis
DBs 10-12 (DB 12, the bench's email queue, is flushed before each run). The mbox lives in a
temporary UPLOAD_DIR that is removed at the end. Prints figures; asserts nothing.

For each worker count: a fresh user + mbox account; the sync is requested as the API does (job
row committed, then enqueued); the clock stops when the fetch job is done and every stored email
has an email_extractions row. The stage breakdown comes from the fetch job's started_at and
completed_at (jobs table) and from ARQ's own result records of each `run_email_extraction` task
(start_time/finish_time, kept in Redis). CPU seconds and peak RSS per worker process come from
psutil, sampled every 100 ms. --stages also runs each stage alone, in this process, on a new
user, and prints the CPU each one costs per email here and in PostgreSQL (read, parse, store,
extract, categorise, write): the budget that bounds the end-to-end rate. --ledger writes each
run's ledger (emails, extractions, transactions, accounts, merchants, categoriser outcomes, review
items, the job record; without ids and timestamps, sorted) to a text file before the user is
deleted: with --end fixing the mailbox's dates, two checkouts' files compare with `diff`. Compare
runs of 1 worker: with 2, batches commit in an order that varies from run to run, and so do the
"unusual amount" review items (they weigh the payments committed before) and the order of a
merchant's spellings.
"""

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil
from sqlalchemy import delete, func, select

from app.core.config import Settings, get_settings
from bench import scratch

DB_NAME = scratch.db_name("fincoach_bench_ingest")
MBOX_RELATIVE = "bench/demo.mbox"


def prepare_environment(upload_dir: Path) -> tuple[str, bool]:
    """Point settings at the scratch database (created if missing) and migrate it. Returns the
    server URL and whether this run created the database."""
    os.environ["UPLOAD_DIR"] = str(upload_dir)
    return scratch.prepare(DB_NAME)


def drop_database(server: str) -> None:
    scratch.drop(server, DB_NAME)


# --- memory / CPU sampling --------------------------------------------------------------------


class Sampler:
    """Peak RSS of each process, sampled every `interval` seconds in a thread."""

    def __init__(self, pids: list[int], interval: float = 0.1, db_name: str = DB_NAME) -> None:
        self.db_name = db_name
        self.processes = {pid: psutil.Process(pid) for pid in pids}
        self.peak = dict.fromkeys(pids, 0)
        self.cpu_start = {pid: self._cpu(p) for pid, p in self.processes.items()}
        self.cpu_end = dict(self.cpu_start)
        self.interval = interval
        self.pg_start = self._postgres_cpu(db_name)
        self.pg_end = self.pg_start
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    @staticmethod
    def _cpu(process: psutil.Process) -> float:
        times = process.cpu_times()
        return times.user + times.system

    def _loop(self) -> None:
        while not self._stop.is_set():
            for pid, process in self.processes.items():
                try:
                    self.peak[pid] = max(self.peak[pid], process.memory_info().rss)
                    self.cpu_end[pid] = self._cpu(process)
                except psutil.Error:
                    pass
            self._stop.wait(self.interval)

    def __enter__(self) -> "Sampler":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.pg_end = self._postgres_cpu(self.db_name)

    @staticmethod
    def _postgres_cpu(db_name: str = DB_NAME) -> dict[int, tuple[float, bool]]:
        """CPU seconds of every PostgreSQL server process on this machine, and whether it is a
        backend of this bench's database (its process title names the database). Backends come
        and go: only the delta of processes alive at both ends is counted."""
        cpu = {}
        for process in psutil.process_iter(["name", "cpu_times", "cmdline"]):
            if process.info["name"] in ("postgres", "postmaster") and process.info["cpu_times"]:
                times = process.info["cpu_times"]
                title = " ".join(process.info["cmdline"] or [])
                cpu[process.pid] = (times.user + times.system, f" {db_name} " in f" {title} ")
        return cpu

    def postgres_seconds(
        self, own_only: bool = False, exclude: frozenset[int] = frozenset()
    ) -> float:
        """All PostgreSQL processes, or (own_only) only this database's backends less
        `exclude` (the bench's own polling connections): on a machine shared with other work
        the first counts their queries too."""
        return sum(
            end - self.pg_start.get(pid, (0.0, mine))[0]
            for pid, (end, mine) in self.pg_end.items()
            if (mine and pid not in exclude) or not own_only
        )


async def bench_backend_pids(ctx: Any) -> frozenset[int]:
    """The PostgreSQL backends serving this bench process's own connections (its progress
    polling), found by their client ports: left out of the per-email PostgreSQL CPU."""
    from sqlalchemy import text

    ports = {c.laddr.port for c in psutil.Process().net_connections(kind="tcp") if c.laddr}
    async with ctx.sessionmaker() as session:
        rows = await session.execute(
            text("SELECT pid, client_port FROM pg_stat_activity WHERE datname = current_database()")
        )
        return frozenset(pid for pid, port in rows if port in ports)


# --- fixtures -----------------------------------------------------------------------------------


async def create_user_and_account(ctx: Any, settings: Settings) -> tuple[uuid.UUID, uuid.UUID]:
    from app.crud import roles as roles_crud
    from app.crud import users as users_crud
    from app.models import ConnectedAccount
    from app.models.role import USER_ROLE

    async with ctx.sessionmaker() as session, session.begin():
        role = await roles_crud.get_by_name(session, USER_ROLE)
        user = await users_crud.create(
            session,
            email=f"bench-ingest-{uuid.uuid4().hex[:10]}@example.com",
            password_hash="not-used",
            is_verified=True,
            role_id=role.id if role else None,
        )
        account = ConnectedAccount(
            user_id=user.id,
            provider="mbox",
            address="demo.mbox",
            display_name="demo.mbox",
            credentials=None,
            settings={"file": MBOX_RELATIVE, "filename": "demo.mbox"},
        )
        session.add(account)
        await session.flush()
        return user.id, account.id


async def delete_user(ctx: Any, user_id: uuid.UUID) -> None:
    from app.models import Email, User
    from app.models.extraction import EmailExtraction

    # Extractions first: email_extractions.transaction_id has no index, so letting the cascade
    # delete transactions while the extractions still exist costs a scan of email_extractions
    # per transaction (minutes at 50k; see the README).
    async with ctx.sessionmaker() as session, session.begin():
        await session.execute(
            delete(EmailExtraction).where(
                EmailExtraction.email_id.in_(select(Email.id).where(Email.user_id == user_id))
            )
        )
        await session.execute(delete(User).where(User.id == user_id))


async def counts(ctx: Any, user_id: uuid.UUID) -> tuple[int, int, int]:
    from app.models import Email, Transaction
    from app.models.email import STORED
    from app.models.extraction import EmailExtraction

    async with ctx.sessionmaker() as session:
        stored = await session.scalar(
            select(func.count()).where(Email.user_id == user_id, Email.status == STORED)
        )
        extracted = await session.scalar(
            select(func.count()).where(EmailExtraction.user_id == user_id)
        )
        transactions = await session.scalar(
            select(func.count()).where(Transaction.user_id == user_id)
        )
    return stored or 0, extracted or 0, transactions or 0


# --- one run through real worker processes ------------------------------------------------------


def start_workers(
    count: int, py_spy: Path | None, tag: str, cprofile: Path | None = None
) -> list[subprocess.Popen[bytes]]:
    processes = []
    for index in range(count):
        command = [sys.executable, "-m", "arq", "workers.email.WorkerSettings"]
        if cprofile is not None:
            # Deterministic profile of each worker, written when it stops (SIGTERM ends arq
            # cleanly): `python -m pstats FILE`.
            cprofile.mkdir(parents=True, exist_ok=True)
            out = cprofile / f"ingest-{tag}-worker{index}.prof"
            command = [sys.executable, "-m", "cProfile", "-o", str(out), *command[1:]]
        if py_spy is not None:
            py_spy.mkdir(parents=True, exist_ok=True)
            out = py_spy / f"ingest-{tag}-worker{index}.txt"
            command = [
                str(Path(sys.executable).parent / "py-spy"),
                "record",
                "--format",
                "raw",
                "--rate",
                "50",
                "--nonblocking",
                "-o",
                str(out),
                "--",
                *command,
            ]
        processes.append(scratch.start_quietly(command))
    return processes


def worker_pids(processes: list[subprocess.Popen[bytes]], wrapped: bool) -> list[int]:
    """The arq processes themselves (py-spy runs each as its child)."""
    pids = []
    for process in processes:
        if not wrapped:
            pids.append(process.pid)
            continue
        for _ in range(100):
            children = psutil.Process(process.pid).children()
            if children:
                pids.append(children[0].pid)
                break
            time.sleep(0.05)
    return pids


def stop_workers(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        if process.poll() is None:
            stop = signal.SIGINT if str(process.args[0]).endswith("py-spy") else signal.SIGTERM
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, stop)
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


async def wait_for_workers(ctx: Any, timeout: float = 300) -> None:
    """arq writes its health-check key once its startup (imports, pools) is done."""
    deadline = time.monotonic() + timeout
    email = ctx.queues.email
    while time.monotonic() < deadline:
        if await email.exists("arq:queue:health-check"):
            return
        await asyncio.sleep(0.1)
    raise SystemExit("the email workers did not start")


async def run_with_workers(
    ctx: Any,
    settings: Settings,
    count: int,
    workers: int,
    py_spy: Path | None,
    cprofile: Path | None = None,
    ledger: Path | None = None,
) -> dict[str, Any]:
    from app.models import Job
    from app.services import sync_requests

    user_id, account_id = await create_user_and_account(ctx, settings)
    await ctx.queues.email.flushdb()
    processes = start_workers(workers, py_spy, f"{count}-{workers}w", cprofile)
    try:
        await wait_for_workers(ctx)
        await asyncio.sleep(1.0)  # each process writes the key; give the second one a moment
        pids = worker_pids(processes, py_spy is not None)
        with Sampler(pids) as sampler:
            requested = time.time()
            started = time.perf_counter()
            async with ctx.uow.begin() as session:
                job, _ = await sync_requests.start_sync(session, user_id, account_id, "initial")
                job_id = job.id
            deadline = time.monotonic() + max(600, count / 20)
            while True:
                async with ctx.sessionmaker() as session:
                    job = await session.get(Job, job_id)
                    status = job.status if job else "gone"
                stored, extracted, transactions = await counts(ctx, user_id)
                if status in ("completed", "failed", "cancelled") and extracted >= stored:
                    break
                if time.monotonic() > deadline:
                    print(f"!! timed out: job {status}, {extracted}/{stored} extracted")
                    break
                await asyncio.sleep(0.1)
            elapsed = time.perf_counter() - started
        async with ctx.sessionmaker() as session:
            job = await session.get(Job, job_id)
            fetch_started, fetch_done = job.started_at, job.completed_at
            job_summary = (job.result or {}).get("summary", {})
            job_status = job.status
        steady = await steady_rate(ctx, user_id)
        own_backends = await bench_backend_pids(ctx)
        results = [
            r
            for r in await ctx.queues.email.all_job_results()
            if r.function == "run_email_extraction"
        ]
    finally:
        stop_workers(processes)
    if ledger is not None:
        ledger.mkdir(parents=True, exist_ok=True)
        await write_ledger(ctx, user_id, ledger / f"ledger-{count}-{workers}w.txt")
    await delete_user(ctx, user_id)

    tasks = [r for r in results if r.job_id and r.job_id.startswith("extract:")]
    busy = sum((r.finish_time - r.start_time).total_seconds() for r in tasks)
    waits = sorted((r.start_time - r.enqueue_time).total_seconds() for r in tasks)
    last_finish = max((r.finish_time for r in results), default=None)
    fetch_seconds = (fetch_done - fetch_started).total_seconds() if fetch_done else float("nan")
    first_latency = fetch_started.timestamp() - requested
    tail = (
        (last_finish - fetch_done).total_seconds() if last_finish and fetch_done else float("nan")
    )
    cpu = [sampler.cpu_end[p] - sampler.cpu_start[p] for p in pids]
    return {
        "count": count,
        "workers": workers,
        "status": job_status,
        "stored": stored,
        "extracted": extracted,
        "transactions": transactions,
        "summary": job_summary,
        "elapsed": elapsed,
        "rate": extracted / elapsed if elapsed else 0,
        "queue_to_start": first_latency,
        "fetch_seconds": fetch_seconds,
        "fetch_rate": stored / fetch_seconds if fetch_seconds else 0,
        "tasks": len(tasks),
        "task_busy": busy,
        "task_busy_per_email_ms": busy / max(1, extracted) * 1000,
        "task_wait_p50": waits[len(waits) // 2] if waits else float("nan"),
        "task_wait_max": waits[-1] if waits else float("nan"),
        "tail_after_fetch": tail,
        "failed_tasks": sum(1 for r in results if not r.success),
        "failures": sorted({repr(r.result)[:300] for r in results if not r.success}),
        "peak_rss_mb": [sampler.peak[p] / 2**20 for p in pids],
        "cpu_seconds": cpu,
        "cpu_ms_per_email": sum(cpu) / max(1, extracted) * 1000,
        "postgres_cpu": sampler.postgres_seconds(),
        "postgres_cpu_own": sampler.postgres_seconds(own_only=True, exclude=own_backends),
        "steady": steady,
    }


# What a run wrote for its user, each row without what differs between two runs of the same
# mailbox: ids (references are followed to a message id or a name instead), timestamps of the
# run itself, the compressed raw message (its bytes are the message's), the categoriser's timing.
_LEDGER_QUERIES = {
    "emails": "SELECT * FROM emails WHERE user_id = :u",
    "email_extractions": (
        "SELECT x.*, e.message_id AS of_email, t.message_id AS of_transaction "
        "FROM email_extractions x JOIN emails e ON e.id = x.email_id "
        "LEFT JOIN transactions t ON t.id = x.transaction_id WHERE x.user_id = :u"
    ),
    "transactions": (
        "SELECT t.*, a.institution AS of_account, a.last4 AS of_account_last4, "
        "tr.name AS of_transactor, c.name AS of_category FROM transactions t "
        "LEFT JOIN accounts a ON a.id = t.account_id "
        "LEFT JOIN transactors tr ON tr.id = t.transactor_id "
        "LEFT JOIN categories c ON c.id = t.category_id WHERE t.user_id = :u"
    ),
    "accounts": "SELECT * FROM accounts WHERE user_id = :u",
    "transactors": "SELECT * FROM transactors WHERE user_id = :u",
    "categoriser_outcomes": (
        "SELECT o.*, t.message_id AS of_transaction FROM categoriser_outcomes o "
        "JOIN transactions t ON t.id = o.transaction_id WHERE o.user_id = :u"
    ),
    "review_items": (
        "SELECT r.*, e.message_id AS of_email FROM review_items r "
        "LEFT JOIN emails e ON e.id = r.email_id WHERE r.user_id = :u"
    ),
    "jobs": (
        "SELECT type, queue, status, total, processed, parsed, failed, error_log, result, "
        "attempts FROM jobs WHERE user_id = :u"
    ),
}
_LEDGER_KEPT_TIMES = frozenset({"occurred_at", "received_at", "balance_at"})  # the mail's
_LEDGER_DROPPED = frozenset({"raw_compressed", "latency_ms", "arq_job_id"})


async def write_ledger(ctx: Any, user_id: uuid.UUID, path: Path) -> None:
    from sqlalchemy import text

    lines = []
    async with ctx.sessionmaker() as session:
        for table, query in _LEDGER_QUERIES.items():
            rows = (await session.execute(text(query), {"u": user_id})).mappings().all()
            kept = [
                json.dumps(
                    {
                        key: value
                        for key, value in row.items()
                        if not (
                            key == "id"
                            or key.endswith("_id")
                            or (key.endswith("_at") and key not in _LEDGER_KEPT_TIMES)
                            or key in _LEDGER_DROPPED
                        )
                    },
                    sort_keys=True,
                    default=str,
                )
                for row in rows
            ]
            lines += [f"## {table}: {len(kept)} rows", *sorted(kept)]
    path.write_text("\n".join(lines) + "\n")
    print(f"  ledger written to {path}")


async def steady_rate(ctx: Any, user_id: uuid.UUID) -> float:
    """Emails/s between the 10th and the 90th percentile of email_extractions.created_at (the
    time of each extraction transaction): the rate once the workers are warm (the seed
    categoriser trained), without the start-up and the tail."""
    from sqlalchemy import text

    async with ctx.sessionmaker() as session:
        row = (
            await session.execute(
                text(
                    "SELECT percentile_disc(0.1) WITHIN GROUP (ORDER BY created_at) AS a, "
                    "percentile_disc(0.9) WITHIN GROUP (ORDER BY created_at) AS b, count(*) AS n "
                    "FROM email_extractions WHERE user_id = :u"
                ),
                {"u": user_id},
            )
        ).one()
    if row.n < 10 or row.b <= row.a:
        return float("nan")
    return 0.8 * row.n / (row.b - row.a).total_seconds()


# --- each stage alone, in this process -----------------------------------------------------------


async def run_stages_alone(ctx: Any, settings: Settings) -> dict[str, Any]:
    """Each stage alone, in this process, on a new user: its CPU seconds here and PostgreSQL's.
    read = the archive split into raw messages; parse = parse_email + zlib (the sync's
    prepare step); store = the emails INSERT; extract = the rules; categorise = the learned
    model; write = the rest of the extraction task (emails loaded, merchants, accounts, rules,
    transactions and extractions inserted: everything but extract and categorise)."""
    from app.categorization.learned import example_text
    from app.crud import emails as emails_crud
    from app.extraction import extract
    from app.ingest import store
    from app.ingest.categorise import seed_categoriser
    from app.ingest.pipeline import extract_emails
    from app.mail.archive import iter_archive
    from app.mail.message import ParsedEmail
    from app.providers import FetchedMessage

    FETCH_BATCH_SIZE = settings.email_store_batch_messages  # the workers' store batch

    user_id, account_id = await create_user_and_account(ctx, settings)
    stages: dict[str, tuple[float, float]] = {}

    @contextlib.contextmanager
    def stage(name: str) -> Any:
        pg, cpu = Sampler._postgres_cpu(), time.process_time()
        yield
        pg_end = Sampler._postgres_cpu()
        pg_seconds = sum(
            end - pg.get(pid, (0.0, mine))[0] for pid, (end, mine) in pg_end.items() if mine
        )
        previous = stages.get(name, (0.0, 0.0))
        stages[name] = (previous[0] + time.process_time() - cpu, previous[1] + pg_seconds)

    try:
        path = Path(settings.upload_dir) / MBOX_RELATIVE
        with stage("read"):
            raw = [FetchedMessage(str(m.cursor), m.raw) for m in iter_archive(path)]
        batches = [raw[i : i + FETCH_BATCH_SIZE] for i in range(0, len(raw), FETCH_BATCH_SIZE)]
        with stage("parse"):
            prepared = [await store.prepare_batch(user_id, account_id, b) for b in batches]
        stored_batches = []
        for batch in prepared:
            with stage("store"):
                async with ctx.sessionmaker() as session, session.begin():
                    inserted = await emails_crud.insert_ignoring_duplicates(session, batch.rows)
            stored_batches.append(
                [email_id for email_id, _, status in inserted if status == "stored"]
            )
        parsed = [
            ParsedEmail(
                message_id=row["message_id"],
                sender=row["sender"],
                sender_name=row["sender_name"],
                subject=row["subject"],
                received_at=row["received_at"],
                text=row["body_text"],
                size=row["size"],
            )
            for batch in prepared
            for row in batch.rows
            if row["status"] == "stored"
        ]
        with stage("extract"):
            results = [extract(email) for email in parsed]
        texts = [
            example_text(r.merchant, e.subject, e.sender, r.direction)
            for e, r in zip(parsed, results, strict=True)
            if r.is_transaction
        ]
        model = seed_categoriser()
        with stage("categorise"):
            for i in range(0, len(texts), FETCH_BATCH_SIZE):
                model.predict(texts[i : i + FETCH_BATCH_SIZE])
        recorded = 0
        for email_ids in stored_batches:  # one task per stored batch, as the sync enqueues them
            with stage("extraction task"):
                summary = await extract_emails(ctx.uow, ctx.cache, user_id, email_ids, None)
            recorded += summary.recorded
    finally:
        await delete_user(ctx, user_id)
    task_cpu, task_pg = stages.pop("extraction task")
    stages["write"] = (
        task_cpu - stages["extract"][0] - stages["categorise"][0],
        task_pg,
    )
    return {"count": len(raw), "transactions": recorded, "stages": stages}


# --- report -------------------------------------------------------------------------------------


def report_stages(r: dict[str, Any]) -> None:
    count = r["count"]
    print(f"\n== each stage alone, in one process ({count:,} messages) ==")
    print(f"  {'stage':<11} {'CPU-ms/email':>12} {'PostgreSQL CPU-ms/email':>24}")
    total_cpu = total_pg = 0.0
    for name, (cpu, pg) in r["stages"].items():
        total_cpu, total_pg = total_cpu + cpu, total_pg + pg
        print(f"  {name:<11} {cpu / count * 1000:>12.3f} {pg / count * 1000:>24.3f}")
    print(f"  {'total':<11} {total_cpu / count * 1000:>12.3f} {total_pg / count * 1000:>24.3f}")
    ms = (total_cpu + total_pg) / count * 1000
    print(
        f"  {ms:.2f} CPU-ms per email in all → at most {2000 / ms:,.0f} emails/s on 2 fully "
        f"used cores ({r['transactions']:,} transactions)"
    )


def report_run(r: dict[str, Any]) -> None:
    rss = ", ".join(f"{m:.0f}" for m in r["peak_rss_mb"])
    cpu = ", ".join(f"{c:.1f}" for c in r["cpu_seconds"])
    print(f"\n== {r['count']:,} messages, {r['workers']} worker process(es) ==")
    print(
        f"sync job {r['status']}: {r['stored']:,} emails stored, {r['extracted']:,} extracted, "
        f"{r['transactions']:,} transactions; job summary {json.dumps(r['summary'])}"
    )
    print(
        f"end to end: {r['elapsed']:.1f} s → {r['rate']:,.0f} emails/s; steady state "
        f"(10th→90th percentile of extraction times): {r['steady']:,.0f} emails/s"
    )
    print(
        f"  fetch job (read+parse+store+enqueue): {r['fetch_seconds']:.1f} s wall "
        f"({r['fetch_rate']:,.0f} emails/s), started "
        f"{r['queue_to_start'] * 1000:.0f} ms after the request"
    )
    print(
        f"  extraction tasks (extract+categorise+write): {r['tasks']} tasks, "
        f"{r['task_busy']:.1f} task-s in total ({r['task_busy_per_email_ms']:.2f} ms/email, "
        f"overlapping under max_jobs), queue wait p50 {r['task_wait_p50']:.1f} s max "
        f"{r['task_wait_max']:.1f} s, {r['tail_after_fetch']:.1f} s of extraction after the fetch "
        f"ended, {r['failed_tasks']} failed"
    )
    for failure in r["failures"]:
        print(f"  failed task: {failure}")
    print(f"  worker CPU: {cpu} s ({r['cpu_ms_per_email']:.2f} CPU-ms/email)")
    print(
        f"  PostgreSQL CPU (all server processes on this host): {r['postgres_cpu']:.1f} s "
        f"({r['postgres_cpu'] / max(1, r['extracted']) * 1000:.2f} ms/email); this database's "
        f"backends only: {r['postgres_cpu_own']:.1f} s ({pg_ms_per_email(r):.2f} ms/email)"
    )
    print(
        f"  total CPU per email, workers + this database's backends: "
        f"{r['cpu_ms_per_email'] + pg_ms_per_email(r):.2f} ms   [target ≤ 0.6 ms]"
    )
    print(f"  peak RSS per worker: {rss} MB")


def pg_ms_per_email(r: dict[str, Any]) -> float:
    return float(r["postgres_cpu_own"]) / max(1, r["extracted"]) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker process counts")
    parser.add_argument("--months", type=float, default=6)
    parser.add_argument("--stages", action="store_true", help="also time each stage alone")
    parser.add_argument("--py-spy", type=Path, default=None, help="profile workers into DIR")
    parser.add_argument("--cprofile", type=Path, default=None, help="cProfile workers into DIR")
    parser.add_argument(
        "--end", default=None, help="the mailbox's last day, YYYY-MM-DD (default: now)"
    )
    parser.add_argument(
        "--ledger", type=Path, default=None, help="write each run's ledger into DIR"
    )
    args = parser.parse_args()
    worker_counts = [int(w) for w in args.workers.split(",") if int(w) > 0]  # 0: stages only

    upload_dir = Path(tempfile.mkdtemp(prefix="fincoach-bench-ingest-"))
    server, created = prepare_environment(upload_dir)
    settings = get_settings()
    try:
        from app.demo import write_mbox

        t0 = time.perf_counter()
        end = datetime.fromisoformat(args.end).replace(tzinfo=UTC) if args.end else None
        written = write_mbox(upload_dir / MBOX_RELATIVE, args.count, args.months, end=end)
        size = (upload_dir / MBOX_RELATIVE).stat().st_size
        print(
            f"demo mbox: {written:,} messages, {size / 2**20:.1f} MB, generated in "
            f"{time.perf_counter() - t0:.1f} s (not counted)"
        )
        runs, stages = asyncio.run(_measure(settings, args, worker_counts))
    finally:
        shutil.rmtree(upload_dir, ignore_errors=True)
        if created:
            drop_database(server)

    if stages:
        report_stages(stages)
    print("\n--- summary ---")
    print(f"$ .venv/bin/python -m bench.ingest {' '.join(sys.argv[1:])}")
    print(f"machine: {os.cpu_count()} cores, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    for r in runs:
        print(
            f"{r['count']:>7,} msgs  {r['workers']} worker(s): "
            f"{r['rate']:>6,.0f} emails/s end to end "
            f"({r['elapsed']:.1f} s; steady {r['steady']:,.0f}/s; fetch {r['fetch_rate']:,.0f}/s), "
            f"{r['cpu_ms_per_email']:.2f} + {pg_ms_per_email(r):.2f} (PostgreSQL) CPU-ms/email, "
            f"peak RSS "
            f"{'/'.join(f'{m:.0f}' for m in r['peak_rss_mb'])} MB   "
            f"[target ≥3,000/s with 2 workers, <300 MB]"
        )


async def _measure(
    settings: Settings, args: argparse.Namespace, worker_counts: list[int]
) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    from app.jobs.context import WorkerContext

    ctx = await WorkerContext.open()
    try:
        runs = []
        for w in worker_counts:
            runs.append(
                await run_with_workers(
                    ctx, settings, args.count, w, args.py_spy, args.cprofile, args.ledger
                )
            )
            report_run(runs[-1])
            sys.stdout.flush()
        stages = await run_stages_alone(ctx, settings) if args.stages else None
        await ctx.queues.email.flushdb()
    finally:
        await ctx.close()
    return runs, stages


if __name__ == "__main__":
    main()
