"""The daily ECB refresh: stores what is newer than the bundled series, keeps an admin's rate,
and ends quietly (one log line, no retry) when ECB cannot be reached or answers nonsense. No
test reaches the network: ECB is a local HTTP server here."""

import logging
import socket
import threading
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import text

from app.analytics import ecb
from app.core.tasks import NoArgs
from app.jobs.context import WorkerContext
from app.jobs.fx_refresh import refresh_exchange_rates
from tests.ledger_helpers import rows


class FakeEcb:
    def __init__(self) -> None:
        self.body = b""
        self.status = 200
        self.requests = 0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                fake.requests += 1
                self.send_response(fake.status)
                self.send_header("Content-Type", "text/xml")
                self.send_header("Content-Length", str(len(fake.body)))
                self.end_headers()
                self.wfile.write(fake.body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/eurofxref-hist-90d.xml"


@pytest.fixture
def fake_ecb() -> Iterator[FakeEcb]:
    fake = FakeEcb()
    thread = threading.Thread(target=fake.server.serve_forever, daemon=True)
    thread.start()
    yield fake
    fake.server.shutdown()
    fake.server.server_close()


def _feed(*days: tuple[str, str, str]) -> bytes:
    cubes = "".join(
        f'<Cube time="{day}"><Cube currency="USD" rate="{usd}"/>'
        f'<Cube currency="INR" rate="{inr}"/></Cube>'
        for day, usd, inr in days
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><gesmes:Envelope '
        'xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" '
        'xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">'
        f"<Cube>{cubes}</Cube></gesmes:Envelope>"
    ).encode()


ADMIN_RATE = text(
    "INSERT INTO exchange_rates (id, base, quote, as_of, rate, source) "
    "VALUES (gen_random_uuid(), 'EUR', 'USD', :day, :rate, 'admin')"
)


async def _worker(settings, url: str) -> WorkerContext:
    return await WorkerContext.open(settings.model_copy(update={"ecb_rates_url": url}))


async def test_refresh_stores_newer_rates_and_keeps_an_admins(settings, fake_ecb, client):
    last = ecb.bundled_last_day()
    old, new1, new2 = last, last + timedelta(days=3), last + timedelta(days=4)
    fake_ecb.body = _feed(
        (new2.isoformat(), "1.2001", "99.5"),
        (new1.isoformat(), "1.2000", "99.1"),
        (old.isoformat(), "1.1111", "88.8"),  # in the bundled series already
    )
    worker = await _worker(settings, fake_ecb.url)
    try:
        async with worker.uow.begin() as session:  # an admin's rate for one of those days
            await session.execute(ADMIN_RATE, {"day": new1, "rate": Decimal("1.5")})
        assert await refresh_exchange_rates(worker, NoArgs()) == 4
        assert await refresh_exchange_rates(worker, NoArgs()) == 4  # idempotent
        stored = await rows(
            worker, "SELECT quote, as_of, rate, source FROM exchange_rates ORDER BY as_of, quote"
        )
    finally:
        await worker.close()
    assert fake_ecb.requests == 2
    assert [(q, d, r, s) for q, d, r, s in stored] == [
        ("INR", new1, Decimal("99.1000000000"), "ecb"),
        ("USD", new1, Decimal("1.5000000000"), "admin"),
        ("INR", new2, Decimal("99.5000000000"), "ecb"),
        ("USD", new2, Decimal("1.2001000000"), "ecb"),
    ]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("case", ["unreachable", "server-error", "not-ecb"])
async def test_refresh_fails_quietly(settings, fake_ecb, caplog, case):
    url = f"http://127.0.0.1:{_closed_port()}/x.xml" if case == "unreachable" else fake_ecb.url
    fake_ecb.status = 503 if case == "server-error" else 200
    fake_ecb.body = b"<html>down for maintenance</html>"
    worker = await _worker(settings, url)
    try:
        with caplog.at_level(logging.WARNING, logger="app.jobs.fx_refresh"):
            assert await refresh_exchange_rates(worker, NoArgs()) == -1
        stored = await rows(worker, "SELECT count(*) FROM exchange_rates")
    finally:
        await worker.close()
    lines = [r for r in caplog.records if r.name == "app.jobs.fx_refresh"]
    assert len(lines) == 1 and lines[0].getMessage().startswith("ecb_refresh_skipped url=")
    assert lines[0].exc_info is None
    assert stored[0][0] == 0
