"""Accuracy and speed of the extractor, per labelled set. Prints figures; asserts nothing
(tests/unit/test_extraction_corpus.py holds the floors).

    .venv/bin/python bench/extraction_eval.py [--failures N] [--seconds S] [--set NAME]
    .venv/bin/python bench/extraction_eval.py --sealed --set holdout19   # the sealed set, once

Sets:
- development: tests/fixtures/extraction, the corpus the first rules were written against, and
  what the learned ranker trains on; its figures flatter.
- holdout1: tests/fixtures/extraction_holdout1, written by someone who never read the rules,
  before the rewrite; scored while working, never trained on.
- holdout2 to holdout6: written the same way by other outsiders, each sealed until its one
  first-contact score (recorded in the issue); open since, and never trained on (training on them
  made hold-out set 2 worse when it was left out to check).
- holdout6: tests/fixtures/extraction_holdout6, a sixth outsider's set (453 messages, 162 new
  sender domains); its one first contact was on 2026-12-04 (core 92.6 %, merchant 70.9 %, last4
  91.6 %, date 95.8 %, 28 false transactions), open since.
- holdout7: tests/fixtures/extraction_holdout7, a seventh outsider's set (442 messages, 154 new
  sender domains, 62 languages); its one first contact was on 2026-12-05 (core 86.4 %, merchant
  66.4 %, last4 95.1 %, date 96.5 %, 19 false transactions), open since.
- holdout8: tests/fixtures/extraction_holdout8, an eighth outsider's set (328 messages, 121 new
  sender domains, 28 languages, 54 currencies); its one first contact was on 2026-12-05 (core
  90.0 %, merchant 75.9 %, last4 91.4 %, date 97.3 %, 12 false transactions), open since.
- holdout9: tests/fixtures/extraction_holdout9, a ninth outsider's set (320 messages, 130 new
  sender domains, 54 languages, 93 currencies); its one first contact was on 2026-12-05 (core
  80.9 %, merchant 69.4 %, last4 90.3 %, date 92.4 %, 5 false transactions), open since.
- holdout10: tests/fixtures/extraction_holdout10, a tenth outsider's set (337 messages, 149 new
  sender domains, 70 languages, 83 currencies, a third non-transactions); its one first contact
  was on 2026-12-06 (core 81.9 %, merchant 69.7 %, last4 81.9 %, date 85.1 %, 3 false
  transactions, 32 missed), open since.
- holdout11: tests/fixtures/extraction_holdout11, an eleventh outsider's set (331 messages, 161
  new sender domains, 82 languages, 113 currencies, a third non-transactions); its one first
  contact was on 2026-12-06 (core 92.4 %, merchant 88.8 %, last4 96.4 %, date 96.4 %, 4 false
  transactions, 8 missed), open since.
- holdout12: tests/fixtures/extraction_holdout12, a twelfth outsider's set (388 messages, 193
  new sender domains, 84 languages, 111 currencies, a third non-transactions); its one first
  contact was on 2026-12-06 (core 99.2 %, merchant 88.1 %, last4 100 %, date 100 %, 0 false
  transactions, 0 missed), open since.
- holdout13: tests/fixtures/extraction_holdout13, a thirteenth outsider's set (412 messages, 172
  new sender domains, 71 languages, 97 currencies, a third non-transactions); its one first
  contact was on 2026-12-06 (core 80.1 %, merchant 61.6 %, last4 86.2 %, date 96.4 %, 4 false
  transactions, 9 missed), open since.
- holdout14: tests/fixtures/extraction_holdout14, a fourteenth outsider's set (413 messages, 208
  new sender domains, 93 languages, 101 currencies, a third non-transactions); its one first
  contact was on 2026-12-06 (core 96.0 %, merchant 81.5 %, last4 96.0 %, date 98.5 %, 11 false
  transactions, 4 missed), open since.
- holdout15: tests/fixtures/extraction_holdout15, a fifteenth outsider's set (400 messages, 221
  sender domains, 92 languages, 130 currencies, a third non-transactions); its one first contact
  was on 2026-12-06 (core 82.7 %, merchant 89.8 %, last4 97.7 %, date 97.7 %, 7 false
  transactions, 6 missed), open since.
- holdout16: tests/fixtures/extraction_holdout16, a sixteenth outsider's set (440 messages, 249
  sender domains, 93 languages, 140 currencies, a third non-transactions); its one first contact
  was on 2026-12-06 (core 96.2 %, merchant 84.9 %, last4 97.3 %, date 99.0 %, 14 false
  transactions, 3 missed), open since.
- holdout17: tests/fixtures/extraction_holdout17, a seventeenth outsider's set (442 messages,
  254 sender domains, 112 languages, 125 currencies, a third non-transactions); its one first
  contact was on 2026-12-06 (core 84.1 %, merchant 74.4 %, last4 93.4 %, date 94.7 %, 6 false
  transactions, 16 missed), open since.
- holdout18: tests/fixtures/extraction_holdout18, an eighteenth outsider's set (448 messages,
  267 sender domains, 107 languages, 147 currencies, a third non-transactions); its one first
  contact was on 2026-12-06 (core 97.7 %, merchant 90.0 %, last4 97.3 %, date 99.7 %, 3 false
  transactions, 1 missed), open since.
- holdout19: tests/fixtures/extraction_holdout19, a nineteenth outsider's set (561 messages,
  343 sender domains, 116 languages, 150 currencies, a third non-transactions); its one first
  contact was on 2026-12-06 (core 85.1 %, merchant 80.3 %, last4 88.1 %, date 90.0 %, 20 false
  transactions, 37 missed), open since.
- holdout20: tests/fixtures/extraction_holdout20, a twentieth outsider's set (491 messages,
  301 sender domains, 124 languages, 149 currencies, a third non-transactions), sealed for the
  first contact after holdout19's (--sealed --set holdout20).
"""

import argparse
import re
import sys
import time
import zlib
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.categorization.learned import Categoriser, Example, example_text
from app.extraction import extract
from app.extraction.evaluation import (
    FIELDS,
    LabelledEmail,
    Report,
    evaluate,
    load_corpus,
)
from app.mail.message import ParsedEmail
from app.mail.parse import parse_email

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
SETS = {
    "development": FIXTURES / "extraction",
    "holdout1": FIXTURES / "extraction_holdout1",
    "holdout2": FIXTURES / "extraction_holdout2",
    "holdout3": FIXTURES / "extraction_holdout3",
    "holdout4": FIXTURES / "extraction_holdout4",
    "holdout5": FIXTURES / "extraction_holdout5",
    "holdout6": FIXTURES / "extraction_holdout6",
    "holdout7": FIXTURES / "extraction_holdout7",
    "holdout8": FIXTURES / "extraction_holdout8",
    "holdout9": FIXTURES / "extraction_holdout9",
    "holdout10": FIXTURES / "extraction_holdout10",
    "holdout11": FIXTURES / "extraction_holdout11",
    "holdout12": FIXTURES / "extraction_holdout12",
    "holdout13": FIXTURES / "extraction_holdout13",
    "holdout14": FIXTURES / "extraction_holdout14",
    "holdout15": FIXTURES / "extraction_holdout15",
    "holdout16": FIXTURES / "extraction_holdout16",
    "holdout17": FIXTURES / "extraction_holdout17",
    "holdout18": FIXTURES / "extraction_holdout18",
    "holdout19": FIXTURES / "extraction_holdout19",
    "holdout20": FIXTURES / "extraction_holdout20",
}
# Scored once, at the end of a session, by name; hold-out sets 2 to 19 have had their first
# contact and are now open.
SEALED = {"holdout20"}
# Issue #12's targets for the sealed set at first contact.
TARGETS = {"money": 0.95, "merchant": 0.90, "last4": 0.95, "date": 0.98}
LABELS = {
    "money": "core exact (amount+currency+direction)",
    "merchant": "merchant",
    "last4": "last4",
    "date": "date (local day, labelled zone)",
    "time": "time (instant ±1 min, where stated)",
    "balance": "balance",
    "reference": "reference",
}


def print_set(name: str, corpus: list[LabelledEmail], seconds: float) -> Report:
    report = evaluate(corpus, extract)
    senders = len({item.email.sender.rpartition("@")[2] for item in corpus})
    print(
        f"== {name}: {len(corpus)} messages ({report.transactions} transactions, "
        f"{report.non_transactions} non-transactions), {senders} sender domains"
    )
    for field_name in FIELDS:
        target = f"   (target {TARGETS[field_name]:.0%})" if field_name in TARGETS else ""
        print(f"  {LABELS[field_name]:<40} {report.rate(field_name):7.1%}{target}")
    print(f"  {'transactions missed':<40} {report.missed_transactions:>7}")
    print(f"  {'false transactions (non-txn)':<40} {report.false_transactions:>7}   (target 0)")
    per_cpu_second, _ = measure_speed([item.email for item in corpus], seconds)
    print(f"  {'emails/s (one core, CPU time)':<40} {per_cpu_second:>7,.0f}   (target 5,000)")
    return report


def print_categorisation(corpus: list[LabelledEmail]) -> None:
    """Half of the labelled transactions play the user's corrections; the model is scored on the
    other half (the held-out split), reading the merchant the extractor found."""
    labelled = [
        i for i in corpus if i.expected.get("is_transaction") and i.expected.get("category")
    ]
    held_out = [i for i in labelled if zlib.crc32(i.name.encode()) % 2]
    corrections = [
        Example(
            example_text(
                str(i.expected.get("merchant") or ""),
                i.email.subject,
                i.email.sender,
                str(i.expected.get("direction")),
            ),
            str(i.expected["category"]),
        )
        for i in labelled
        if not zlib.crc32(i.name.encode()) % 2
    ]
    results = [extract(i.email) for i in held_out]
    texts = [
        example_text(r.merchant, i.email.subject, i.email.sender, r.direction)
        for r, i in zip(results, held_out, strict=True)
    ]
    truth = [str(i.expected["category"]) for i in held_out]
    for name, model, target in (
        ("seed examples only", Categoriser.train(), ""),
        ("after the user's corrections", Categoriser.train(corrections), "   (target 90%)"),
    ):
        answers = [category for category, _ in model.predict(texts)]
        right = sum(a == t for a, t in zip(answers, truth, strict=True))
        unsure = sum(a is None for a in answers)
        print(
            f"  categorisation, {name:<29} {right / len(truth):6.1%} of {len(truth)} held out "
            f"({unsure} left uncategorised){target}"
        )


def print_failures(report: Report, limit: int) -> None:
    if not report.failures or limit <= 0:
        return
    by_field = Counter(name for _, name, _ in report.failures)
    print(f"failures by field: {dict(by_field)}")
    for file_name, name, detail in report.failures[:limit]:
        print(f"  {file_name:<34} {name:<16} {detail}")


DEMO_FACTS = re.compile(rb"^X-FinCoach-Demo: (.*)$", re.M)


def print_demo_mailbox(count: int) -> None:
    """The demo mailbox (app/demo, written by another engineer with its own wording) carries the
    expected amount, currency and direction in an X-FinCoach-Demo header: an independent check.
    Its first run, before three general fixes, gave 87.8% and no false transactions."""
    try:
        from app.demo import generate_messages
    except ImportError:
        print("demo mailbox: not available")
        return
    transactions = correct = non_transactions = false_transactions = 0
    for raw in generate_messages(count, months=6, seed=42, end=date(2024, 6, 30)):
        found = DEMO_FACTS.search(raw)
        if found is None:
            continue
        facts = dict(pair.split("=", 1) for pair in found[1].decode().split("; "))
        result = extract(parse_email(raw))
        if facts.get("transaction") != "yes":
            non_transactions += 1
            false_transactions += result.is_transaction
            continue
        transactions += 1
        correct += (result.amount, result.currency, result.direction) == (
            Decimal(facts["amount"]),
            facts["currency"],
            facts["type"],
        )
    print(
        f"demo mailbox ({transactions} txn / {non_transactions} non-txn): "
        f"amount+currency+direction {correct / max(1, transactions):.1%}, "
        f"false transactions {false_transactions}"
    )


def measure_speed(emails: list[ParsedEmail], seconds: float) -> tuple[float, float]:
    """(emails per CPU-second, emails per wall-clock second) of extract() alone on already
    parsed mail, in this one process. CPU time is the per-core figure; wall-clock time also
    counts waiting for the core when other processes share the machine."""
    done = 0
    wall_start, cpu_start = time.perf_counter(), time.process_time()
    while time.perf_counter() < wall_start + seconds:
        for email in emails:
            extract(email)
        done += len(emails)
    cpu, wall = time.process_time() - cpu_start, time.perf_counter() - wall_start
    return done / cpu, done / wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--failures", type=int, default=25, help="failures to list")
    parser.add_argument("--seconds", type=float, default=3.0, help="speed run length")
    parser.add_argument("--demo", type=int, default=1200, help="demo mailbox messages (0: skip)")
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="only these sets")
    parser.add_argument("--sealed", action="store_true", help="allow a sealed set named by --set")
    args = parser.parse_args()
    chosen = args.set or [name for name in SETS if name not in SEALED]
    if SEALED & set(chosen) and not args.sealed:
        parser.error("a sealed set is scored once, at the end: pass --sealed to mean it")
    for name in chosen:
        corpus = load_corpus(SETS[name])
        report = print_set(name, corpus, args.seconds)
        print_failures(report, args.failures)
        if name == "development":
            print_categorisation(corpus)
    if args.demo:
        print_demo_mailbox(args.demo)


if __name__ == "__main__":
    main()
