"""python -m app.demo: write the demo mailbox (an mbox file) for `make run` and benchmarks."""

import argparse
import time
from datetime import date

from app.demo.generator import DEFAULT_COUNT, DEFAULT_MONTHS, DEFAULT_SEED, write_mbox


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m app.demo", description="Write a realistic demo mailbox as an mbox file."
    )
    parser.add_argument("--out", default=".data/demo/demo.mbox", help="where to write the mbox")
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="number of messages")
    parser.add_argument(
        "--months", type=float, default=DEFAULT_MONTHS, help="length of the period, ending at --end"
    )
    parser.add_argument(
        "--seed", type=int, default=DEFAULT_SEED, help="same seed and dates, same mailbox"
    )
    parser.add_argument(
        "--start-date",
        type=date.fromisoformat,
        default=None,
        help="first day (YYYY-MM-DD); overrides --months",
    )
    parser.add_argument(
        "--end",
        type=date.fromisoformat,
        default=None,
        help="last day (YYYY-MM-DD); default: up to now",
    )
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    started = time.perf_counter()
    written = write_mbox(args.out, args.count, args.months, args.seed, args.end, args.start_date)
    elapsed = time.perf_counter() - started
    print(
        f"wrote {written:,} messages to {args.out} in {elapsed:.1f} s "
        f"({written / elapsed:,.0f} messages/s)"
    )


if __name__ == "__main__":
    main()
