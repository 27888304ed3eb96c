"""Ingest hot-path figures on one core: parse_email on demo mail, demo generation, mbox reading.

    .venv/bin/python -m bench.parse_speed [--parse-count 20000] [--generate-count 200000]

Prints wall-clock and CPU rates (CPU time is steadier on a shared machine). No asserts.
"""

import argparse
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from app.demo import generate_messages, write_mbox
from app.mail.archive import iter_mbox
from app.mail.parse import parse_email

END = date(2024, 6, 30)  # fixed, so every run measures the same mailbox


def measure(label: str, unit: str, work: Callable[[], int]) -> None:
    wall_started, cpu_started = time.perf_counter(), time.process_time()
    count = work()
    wall = time.perf_counter() - wall_started
    cpu = time.process_time() - cpu_started
    print(
        f"{label:<34} {count:>9,} {unit:<9} {count / wall:>10,.0f}/s wall "
        f"{count / cpu:>10,.0f}/s cpu"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parse-count", type=int, default=20_000)
    parser.add_argument("--generate-count", type=int, default=200_000)
    args = parser.parse_args()

    messages = list(generate_messages(args.parse_count, end=END))
    total_bytes = sum(len(raw) for raw in messages)
    print(f"demo mail: {len(messages):,} messages, {total_bytes / len(messages):,.0f} bytes each")

    def parse_all() -> int:
        for raw in messages:
            parse_email(raw)
        return len(messages)

    measure("parse_email (demo mix)", "emails", parse_all)
    for shape, marker in (("html-only", b"text/html"), ("multipart/alternative", b"multipart/")):
        subset = [raw for raw in messages if marker in raw[: raw.find(b"\n\n")]]

        def parse_subset(subset: list[bytes] = subset) -> int:
            for raw in subset:
                parse_email(raw)
            return len(subset)

        measure(f"parse_email ({shape})", "emails", parse_subset)

    measure(
        "generate_messages",
        "messages",
        lambda: sum(1 for _ in generate_messages(args.generate_count, end=END)),
    )
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "bench.mbox"
        measure(
            "write_mbox (to disk)",
            "messages",
            lambda: write_mbox(path, args.generate_count, end=END),
        )
        size_mb = path.stat().st_size / 2**20
        measure("iter_mbox (read back)", "messages", lambda: sum(1 for _ in iter_mbox(path)))
        print(f"mbox size: {size_mb:,.0f} MB for {args.generate_count:,} messages")


if __name__ == "__main__":
    main()
