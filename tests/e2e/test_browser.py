"""End-to-end: the built SPA in headless Chromium (Playwright) against the real API and workers,
PostgreSQL and Redis of this test run. The sign-up code comes from the test's SMTP server, served
to the browser test over a small HTTP endpoint (GET /otp?email=...)."""

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import httpx
import pytest

from app.core.config import PROJECT_ROOT
from app.core.embedded import free_port
from tests.smtp import SmtpSink

pytestmark = pytest.mark.slow
FRONTEND = PROJECT_ROOT / "frontend"
CHROMIUM = "/usr/bin/chromium"


def _otp_handler(smtp: SmtpSink) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            email = parse_qs(urlparse(self.path).query).get("email", [""])[0]
            try:
                body, status = json.dumps({"code": smtp.latest_code(email)}), 200
            except AssertionError:
                body, status = json.dumps({"error": "no code yet"}), 404
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def otp_sink_url(smtp: SmtpSink) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _otp_handler(smtp))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture
def running_stack(settings) -> Iterator[str]:
    """uvicorn serving the API and the built SPA, plus both ARQ worker processes."""
    assert (FRONTEND / "dist" / "index.html").is_file(), "build the SPA first: make frontend-build"
    port = free_port()
    env = {**os.environ, "FRONTEND_DIST": str(FRONTEND / "dist")}
    commands = [
        [sys.executable, "-m", "uvicorn", "app.main:app", "--port", str(port)],
        [sys.executable, "-m", "arq", "workers.base.WorkerSettings"],
    ]
    if (PROJECT_ROOT / "workers" / "email.py").is_file():
        commands.append([sys.executable, "-m", "arq", "workers.email.WorkerSettings"])
    processes = [subprocess.Popen(cmd, cwd=PROJECT_ROOT, env=env) for cmd in commands]
    base_url = f"http://127.0.0.1:{port}"
    # Stopped however this ends: workers left running would take the next run's jobs (its
    # sign-up codes) from the same Redis databases.
    try:
        deadline = time.monotonic() + 120  # a busy machine: the app import can take a while
        while True:
            try:
                if httpx.get(f"{base_url}/health").status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "the API did not come up"
            time.sleep(0.2)
        yield base_url
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


def test_spa_end_to_end_in_chromium(running_stack, otp_sink_url):
    assert os.path.exists(CHROMIUM), "Debian's chromium is needed: make browser"
    assert shutil.which("npx"), "Node.js and npm are needed"
    result = subprocess.run(
        # E2E_SPECS="a.spec.ts b.spec.ts" runs only those (a quicker loop while working on them).
        ["npm", "run", "e2e", "--", "--reporter=list", *os.environ.get("E2E_SPECS", "").split()],
        cwd=FRONTEND,
        env={**os.environ, "BASE_URL": running_stack, "OTP_SINK_URL": otp_sink_url, "CI": ""},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
