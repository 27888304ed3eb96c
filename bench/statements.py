"""Statement import and exchange-rate figures on one core: parsing statement files, reconciling
their lines with as many ledger rows, and reading ECB's bundled rates for report windows.

    .venv/bin/python -m bench.statements [--lines 5000]

Prints wall-clock times. No asserts.
"""

import argparse
import random
import time
import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from app.analytics import ecb
from app.analytics.fx import RateTable
from app.statements.formats import parse_statement
from app.statements.match import LedgerRow, reconcile

SAMPLE_OFX = Path(__file__).parent.parent / "tests" / "fixtures" / "statements" / "march.ofx"


def _ms(start: float) -> str:
    return f"{(time.perf_counter() - start) * 1000:.0f} ms"


def _qif(lines: int, rng: random.Random) -> bytes:
    records = []
    for i in range(lines):
        day = date(2026, 1, 1) + timedelta(days=i % 90)
        amount = Decimal(rng.randint(100, 99999)) / 100
        records.append(f"D{day.month:02d}/{day.day:02d}/{day.year}\nT-{amount}\nPSHOP {i}\n^\n")
    return ("!Type:Bank\n" + "".join(records)).encode()


def _ofx(lines: int) -> bytes:
    text = SAMPLE_OFX.read_text()
    first = text.split("<STMTTRN>")[1].split("</STMTTRN>")[0]
    many = "".join(f"<STMTTRN>{first.replace('REF1001', f'R{i}')}</STMTTRN>" for i in range(lines))
    return text.replace(f"<STMTTRN>{first}</STMTTRN>", many).encode()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=5000)
    lines = parser.parse_args().lines
    rng = random.Random(1)

    qif = _qif(lines, rng)
    start = time.perf_counter()
    statement = parse_statement(qif)
    print(f"QIF  {len(statement.lines)} lines ({len(qif) // 1024} KiB): parse {_ms(start)}")
    ofx = _ofx(lines)
    start = time.perf_counter()
    print(f"OFX  {len(parse_statement(ofx).lines)} lines ({len(ofx) // 1024} KiB): ", end="")
    print(f"parse {_ms(start)}")

    ledger = [
        LedgerRow(
            uuid.uuid4(),
            line.posted_on + timedelta(days=rng.randint(-2, 2)),
            line.amount,
            line.type,
            None,
        )
        for line in statement.lines
    ]
    start = time.perf_counter()
    outcome = reconcile(statement.lines, ledger, statement.first_day, statement.last_day)
    print(
        f"reconcile {lines} lines with {len(ledger)} rows: {_ms(start)} "
        f"({len(outcome.matched)} matched, {len(outcome.missing)} missing, "
        f"{len(outcome.flagged)} flagged)"
    )

    start = time.perf_counter()
    ecb.bundled()
    print(f"ECB bundled history, first read in a process: {_ms(start)}")
    for first, last in (
        (date(2026, 3, 1), date(2026, 3, 31)),
        (date(2025, 1, 1), date(2025, 12, 31)),
        (date(2021, 1, 1), date(2025, 12, 31)),
    ):
        start = time.perf_counter()
        rates = ecb.bundled_window(first, last)
        RateTable(rates)
        print(f"rate table {first}..{last}: {len(rates)} rates, {_ms(start)}")


if __name__ == "__main__":
    main()
