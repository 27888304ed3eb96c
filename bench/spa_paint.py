"""The web app's speed on the dashboard with 10,000 transactions: first contentful paint and
time to interactive in headless Chromium (Performance API), and the initial JavaScript (gzip)
of the built SPA.

    .venv/bin/python -m bench.spa_paint [--runs 5] [--transactions 10000] [--keep-db]
    .venv/bin/python -m bench.spa_paint --base-url http://127.0.0.1:8000 --email E --password P

Builds nothing: it reads frontend/dist (build it first: `cd frontend && npm run build`).
Without --base-url it works like bench/api_load.py: a scratch database `fincoach_bench_spa`
(dropped at the end if this script created it, unless --keep-db), one user seeded with
--transactions transactions over the last year (COPY, as api_load seeds), and a real
`uvicorn app.main:app` serving the API and the built SPA on a free loopback port. With
--base-url it measures a running stack as the given user instead.

The browser side is frontend/scripts/spa-paint.mjs (Playwright's Chromium driver with Debian's
/usr/bin/chromium, --headless --no-sandbox --disable-background-networking); its docstring
defines each figure. TTI here is approximate: the end of the last long task after FCP that is
followed by 5 s without one, and not before the dashboard shows its figures and first chart.
Prints figures beside targets; asserts nothing.
"""

import argparse
import asyncio
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import httpx

from app.core.config import PROJECT_ROOT
from bench import api_load, scratch

DB_NAME = "fincoach_bench_spa"
PASSWORD = "bench-spa-password-1"
DIST = PROJECT_ROOT / "frontend" / "dist"
SCRIPT = PROJECT_ROOT / "frontend" / "scripts" / "spa-paint.mjs"
DASHBOARD_CALLS = [
    "/api/v1/users/me",
    "/api/v1/analytics/summary?date_from={d30}&date_to={today}",
    "/api/v1/analytics/cash-flow?date_from={d30}&date_to={today}&interval=day",
    "/api/v1/analytics/spend-by-category?date_from={d30}&date_to={today}&rollup=true",
    "/api/v1/analytics/monthly-trend?months=6",
    "/api/v1/analytics/forecast",
    "/api/v1/analytics/recurring",
    "/api/v1/budgets",
    "/api/v1/transactions?limit=5",
]
TARGETS = {"initial_js_kb": 250.0, "fcp_ms": 1800.0, "tti_ms": 3800.0}  # Lighthouse "good"


def initial_js_gzip() -> tuple[int, list[str]]:
    """Bytes (gzip -9) of the JavaScript index.html loads before anything else: its module
    script and every modulepreload link."""
    html = (DIST / "index.html").read_text()
    names = re.findall(r'<script[^>]+src="/?([^"]+\.js)"', html)
    names += re.findall(r'<link[^>]+rel="modulepreload"[^>]+href="/?([^"]+\.js)"', html)
    total = sum(len(gzip.compress((DIST / n).read_bytes(), compresslevel=9)) for n in names)
    return total, names


async def set_password(email_prefix: str) -> str:
    import asyncpg

    from app.core.security import hash_password

    conn = await asyncpg.connect(scratch.server_dsn(os.environ["DATABASE_URL"]))
    try:
        email = await conn.fetchval(
            "SELECT email FROM users WHERE email LIKE $1 ORDER BY email LIMIT 1", email_prefix + "%"
        )
        await conn.execute(
            "UPDATE users SET password_hash = $1 WHERE email = $2",
            await hash_password(PASSWORD),
            email,
        )
        return str(email)
    finally:
        await conn.close()


def api_timings(base: str, email: str, password: str) -> dict[str, float]:
    """Milliseconds of each request the dashboard makes, one at a time (where time goes): the
    better of two tries, so a cold cache or a busy moment does not decide it."""
    response = httpx.post(
        f"{base}/api/auth/login", data={"username": email, "password": password}, timeout=30
    )
    if response.status_code != 200:
        raise SystemExit(f"login as {email} answered {response.status_code}: {response.text}")
    headers = {"Authorization": f"Bearer {response.json()['access_token']}"}
    timings = {}
    today = datetime.now(UTC).date()
    for template in DASHBOARD_CALLS:
        path = template.format(today=today, d30=today - timedelta(days=29))
        for _ in range(2):
            started = time.perf_counter()
            answer = httpx.get(base + path, headers=headers, timeout=60)
            elapsed = (time.perf_counter() - started) * 1000
            timings[path] = min(timings.get(path, elapsed), elapsed)
            if answer.status_code != 200:
                raise SystemExit(f"{path} answered {answer.status_code}: {answer.text[:300]}")
    return timings


def measure(base: str, email: str, password: str, runs: int) -> dict[str, int]:
    if not shutil.which("node"):
        raise SystemExit("Node.js is needed")
    result = subprocess.run(
        [
            "node",
            str(SCRIPT),
            "--base-url",
            base,
            "--email",
            email,
            "--password",
            password,
            "--runs",
            str(runs),
        ],
        cwd=PROJECT_ROOT / "frontend",
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0:
        raise SystemExit(f"spa-paint.mjs failed:\n{result.stdout}\n{result.stderr}")
    median: dict[str, int] = {}
    for line in result.stdout.splitlines():
        row = json.loads(line)
        if row.get("median"):
            median = row
        else:
            print(
                f"run {row['run']}: FCP {row['fcp']} ms, figures+chart shown {row['data']} ms, "
                f"TTI {row['tti']} ms, domInteractive {row['domInteractive']} ms, "
                f"{row['longTasks']} long tasks, "
                f"{row['jsTransferred'] / 1024:.0f} kB JS transferred"
            )
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--transactions", type=int, default=10_000)
    parser.add_argument("--base-url", help="measure this running stack instead of starting one")
    parser.add_argument("--email", help="with --base-url: a user with data")
    parser.add_argument("--password", help="with --base-url: that user's password")
    parser.add_argument("--keep-db", action="store_true", help="keep the seeded database")
    args = parser.parse_args()
    if not (DIST / "index.html").is_file():
        raise SystemExit("build the SPA first: cd frontend && npm run build")
    js_bytes, names = initial_js_gzip()

    process: subprocess.Popen[bytes] | None = None
    server_url, created = "", False
    try:
        if args.base_url:
            if not (args.email and args.password):
                raise SystemExit("--base-url needs --email and --password")
            base, email, password = args.base_url.rstrip("/"), args.email, args.password
            seeded_note = f"user {email} of {base}"
        else:
            server_url, created = scratch.prepare(DB_NAME)
            _, seconds, seeded = asyncio.run(api_load.seed(1, args.transactions))
            email, password = asyncio.run(set_password(api_load.EMAIL_PREFIX)), PASSWORD
            seeded_note = (
                f"{'seeded' if seeded else 'reused'} 1 user × {args.transactions:,} "
                f"transactions in {seconds:.1f} s"
            )
            print(seeded_note)
            os.environ["FRONTEND_DIST"] = str(DIST)
            port = api_load.free_port()
            base = f"http://127.0.0.1:{port}"
            process = api_load.start_server(port, 1)
            api_load.wait_for_server(base, process)
        timings = api_timings(base, email, password)
        median = measure(base, email, password, args.runs)
    finally:
        if process is not None:
            api_load.stop_server(process)
        if created and not args.keep_db:
            scratch.drop(server_url, DB_NAME)

    print("\n--- summary ---")
    print(f"$ .venv/bin/python -m bench.spa_paint {' '.join(sys.argv[1:])}")
    print(
        f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {seeded_note}; "
        f"headless Chromium, 1400×900, cold cache, median of {args.runs} runs"
    )
    kb = js_bytes / 1000
    print(
        f"initial JS   {kb:7.1f} kB gzip ({', '.join(names)})  "
        f"[target ≤ {TARGETS['initial_js_kb']:.0f} kB]"
    )
    print(f"FCP          {median['fcp']:7d} ms  [target ≤ {TARGETS['fcp_ms']:.0f} ms]")
    print(f"TTI (approx) {median['tti']:7d} ms  [target ≤ {TARGETS['tti_ms']:.0f} ms]")
    print(
        f"figures + first chart shown {median['data']} ms; "
        f"domInteractive {median['domInteractive']} ms"
    )
    print(
        "API, one request at a time: "
        + ", ".join(
            f"{p.split('?')[0].rsplit('/', 1)[-1]} {ms:.0f} ms" for p, ms in timings.items()
        )
    )


if __name__ == "__main__":
    main()
