"""Fixtures for the fault tests: a live uvicorn serving the app on a free port."""

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.core import embedded
from app.core.config import PROJECT_ROOT, Settings
from tests.fakes.plaid_server import FakePlaid


@pytest.fixture
def live_server(settings: Settings, tmp_path: Path) -> Iterator[str]:
    """The real app under uvicorn (same environment as the tests: DB, Redis, SMTP)."""
    port = embedded.free_port()
    # Plaid configured (against the local fake), so that its routes are reached; without keys
    # they answer 503 plaid_not_configured on purpose.
    plaid = FakePlaid().start()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "app.main:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
            *settings.uvicorn_proxy_args,  # as `make run` starts it
        ],
        cwd=PROJECT_ROOT,
        stderr=(tmp_path / "uvicorn.log").open("wb"),  # tracebacks of any 500, for diagnosis
        env={
            **os.environ,
            "LOG_LEVEL": "WARNING",
            # Gmail configured (with unreachable Google endpoints), so that its routes are reached;
            # without a client they answer 503 gmail_not_configured on purpose.
            "GOOGLE_CLIENT_ID": "fuzz-client",
            "GOOGLE_CLIENT_SECRET": "fuzz-secret",
            "GOOGLE_TOKEN_URI": "http://127.0.0.1:9/token",
            "GMAIL_API_BASE_URL": "http://127.0.0.1:9/",
            **plaid.environment(),
        },
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90  # a start-up guard; a loaded CI machine can be slow
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code < 500:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        plaid.stop()
