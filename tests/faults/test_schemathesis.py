"""Property-based fuzzing of the whole HTTP API with schemathesis, as a signed-in user.

The app runs under a real uvicorn; schemathesis reads /openapi.json and sends generated requests
(valid and invalid) to every operation. Checks: no 5xx ever, and every documented response
matches its own schema.

Excluded: the WebSocket (/api/v1/ws, not an OpenAPI operation) and POST /api/auth/logout,
/api/auth/logout-all and /api/auth/refresh, which would end or rotate the signed-in session the
fuzzer runs as (they are covered by tests/api/test_auth.py, tests/api/test_sessions.py and
tests/faults/test_security_matrix.py).
"""

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from httpx import AsyncClient

from tests.factories import make_verified_user
from tests.smtp import SmtpSink

pytestmark = pytest.mark.slow

MIN_REQUESTS = 1000


async def _seed(http: AsyncClient, headers: dict[str, str]) -> None:
    """A few real rows so that id-taking operations also meet existing resources."""
    category = await http.post(
        "/api/v1/categories", json={"name": "Fuzz food", "kind": "expense"}, headers=headers
    )
    account = await http.post(
        "/api/v1/accounts", json={"name": "Fuzz bank", "kind": "bank"}, headers=headers
    )
    payload: dict[str, Any] = {
        "amount": "12.50",
        "type": "debit",
        "occurred_at": "2026-01-05T10:00:00Z",
        "description": "Coffee",
    }
    if category.status_code == 201:
        payload["category_id"] = category.json()["id"]
    if account.status_code == 201:
        payload["account_id"] = account.json()["id"]
    await http.post("/api/v1/transactions", json=payload, headers=headers)


async def test_no_server_errors_and_schema_conformance(
    live_server: str, smtp: SmtpSink, run_base_jobs: Any, tmp_path: Path, session_factory
) -> None:
    async with AsyncClient(base_url=live_server, timeout=30) as http:
        user = await make_verified_user(http, session_factory, "fuzz@example.com")
        await _seed(http, user.headers)

    report = tmp_path / "events.ndjson"
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        f"{live_server}/openapi.json",
        "--checks",
        "not_a_server_error,response_schema_conformance",
        "--header",
        f"Authorization: Bearer {user.access_token}",
        "--exclude-path",
        "/api/auth/logout",
        "--exclude-path",
        "/api/auth/refresh",
        "--exclude-path",
        "/api/auth/logout-all",
        "--phases",
        os.environ.get("FUZZ_PHASES", "examples,coverage,fuzzing"),
        "--max-examples",
        os.environ.get("FUZZ_MAX_EXAMPLES", "6"),
        "--seed",
        os.environ.get("FUZZ_SEED", "20261126"),
        "--workers",
        "1",  # several workers race inside Hypothesis (AST cache): "recursion depth mismatch"
        "--no-shrink",
        "--request-timeout",
        "30",
        "--suppress-health-check",
        "all",
        "--report",
        "ndjson",
        "--report-ndjson-path",
        str(report),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=900, cwd=tmp_path)
    Path(os.environ.get("FUZZ_LOG", tmp_path / "schemathesis.log")).write_text(result.stdout)
    requests = _count_requests(report)
    print(f"schemathesis sent {requests} requests")
    assert result.returncode == 0, result.stdout[-20000:] + result.stderr[-5000:]
    assert requests >= MIN_REQUESTS, result.stdout[-5000:]


def _count_requests(report: Path) -> int:
    """Every interaction schemathesis recorded in its event log."""
    total = 0
    for line in report.read_text().splitlines():
        total += line.count('"request":')
    return total
