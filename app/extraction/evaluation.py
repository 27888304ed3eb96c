"""Scoring an extractor against labelled mail: the development corpus (tests/fixtures/extraction)
and the held-out sets (tests/fixtures/extraction_holdout1, _holdout2), loaded and scored alike so
the benchmark, the regression tests and the ranker's training read the same truth.

Figures (on the messages labelled as transactions unless said otherwise):
- money: amount + currency + direction exact ("core exact");
- merchant: the counterparty, compared through the one merchant normaliser, loosely (a label
  "Walmart" matches "WAL-MART #1843");
- last4: the user's card or account digits (no digits labelled and none found also counts);
- date: the transaction's local calendar date in the zone the label names;
- time: the instant, within a minute, where the text states a time;
- false transactions: non-transactions read as transactions.
"""

import json
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from app.categorization.merchants import merchant_key as normalised_key
from app.extraction.result import ExtractionResult
from app.mail.message import ParsedEmail
from app.mail.parse import parse_email

FIELDS = ("money", "merchant", "last4", "date", "time", "balance", "reference")


@dataclass(frozen=True, slots=True)
class LabelledEmail:
    name: str
    email: ParsedEmail
    expected: dict[str, object]


def load_corpus(directory: Path | str) -> list[LabelledEmail]:
    """Every NNN_*.eml with its .json label, in file order."""
    corpus = []
    for path in sorted(Path(directory).glob("*.eml")):
        label = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        corpus.append(LabelledEmail(path.name, parse_email(path.read_bytes()), label))
    return corpus


def merchant_matches(got: object, expected: object) -> bool:
    """One counterparty under two spellings: the normaliser's keys agree, one is the start of
    the other ("walmart" / "walmart 1843", "bws" / "bws bondi junction"), or a person's name
    has the same words in another order; accents and case never matter."""
    if not expected:
        return not got
    if not got:
        return False
    mine, theirs = _key(str(got)), _key(str(expected))
    if not mine or not theirs:
        return False
    shorter, longer = sorted((mine, theirs), key=len)
    return (
        mine == theirs
        or (len(shorter) >= 3 and longer.startswith(shorter))
        or _words(str(got)) == _words(str(expected))  # "LEFEBVRE Claire" / "Claire Lefebvre"
    )


def _words(name: str) -> list[str]:
    """A person's name as a bank writes it, family name first or last: its words in order."""
    return sorted(_key(word) for word in name.split())


def _key(name: str) -> str:
    key = normalised_key(unicodedata.normalize("NFKC", name))
    # Dotless "ı" is what Turkish "I" lower-cases to; a bank in capitals cannot tell them apart.
    stripped = unicodedata.normalize("NFKD", key).replace("ı", "i")
    return "".join(c for c in stripped if c.isalnum())


def _decimal(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _zone(expected: dict[str, object]) -> tzinfo:
    """The zone the label names; the development corpus gives only offsets in occurred_at."""
    name = expected.get("timezone")
    if name:
        return ZoneInfo(str(name))
    occurred = expected.get("occurred_at")
    if occurred:
        offset = datetime.fromisoformat(str(occurred)).utcoffset() or timedelta()
        return timezone(offset)
    return UTC


def _expected_date(expected: dict[str, object]) -> date | None:
    if expected.get("occurred_date"):
        return date.fromisoformat(str(expected["occurred_date"]))
    occurred = expected.get("occurred_at")
    return datetime.fromisoformat(str(occurred)).date() if occurred else None


def field_matches(result: ExtractionResult, expected: dict[str, object]) -> dict[str, bool]:
    """Per field: does the extractor agree with the label? (Transactions only.)"""
    occurred = expected.get("occurred_at")
    wanted_date = _expected_date(expected)
    got = result.occurred_at
    matches = {
        "money": result.amount == _decimal(expected["amount"])
        and result.currency == expected["currency"]
        and result.direction == expected["direction"],
        "merchant": merchant_matches(result.merchant, expected["merchant"]),
        "last4": result.account_last4 == expected["account_last4"],
        "date": got is not None and got.astimezone(_zone(expected)).date() == wanted_date,
        "balance": result.balance == _decimal(expected["balance"]),
        "reference": (result.reference or None) == (expected.get("reference") or None),
    }
    if occurred:
        wanted = datetime.fromisoformat(str(occurred))
        matches["time"] = got is not None and abs(got - wanted) < timedelta(minutes=1)
    return matches


@dataclass
class Report:
    transactions: int = 0
    non_transactions: int = 0
    correct: Counter[str] = field(default_factory=Counter)
    scored: Counter[str] = field(default_factory=Counter)  # how many transactions had the field
    missed_transactions: int = 0  # transactions the extractor rejected
    false_transactions: int = 0  # non-transactions the extractor accepted
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (file, field, detail)

    def rate(self, name: str) -> float:
        total = self.scored[name] if name == "time" else self.transactions
        return self.correct[name] / total if total else 0.0


def evaluate(
    corpus: list[LabelledEmail], extractor: Callable[[ParsedEmail], ExtractionResult]
) -> Report:
    report = Report()
    for item in corpus:
        result = extractor(item.email)
        if item.expected["is_transaction"]:
            _score_transaction(report, item, result)
        else:
            _score_non_transaction(report, item, result)
    return report


def _score_transaction(report: Report, item: LabelledEmail, result: ExtractionResult) -> None:
    report.transactions += 1
    if item.expected.get("occurred_at"):
        report.scored["time"] += 1
    if not result.is_transaction:
        report.missed_transactions += 1
        detail = f"rejected: {result.rejection_reason}"
        report.failures.append((item.name, "is_transaction", detail))
        return
    for name, ok in field_matches(result, item.expected).items():
        if ok:
            report.correct[name] += 1
        else:
            report.failures.append((item.name, name, _detail(name, result, item.expected)))


def _score_non_transaction(report: Report, item: LabelledEmail, result: ExtractionResult) -> None:
    report.non_transactions += 1
    if result.is_transaction:
        report.false_transactions += 1
        detail = f"{result.amount} {result.currency}"
        report.failures.append((item.name, "false_transaction", detail))


_EXPECTED_KEYS = {
    "money": ("amount", "currency", "direction"),
    "merchant": ("merchant",),
    "last4": ("account_last4",),
    "date": ("occurred_date", "occurred_at", "timezone"),
    "time": ("occurred_at",),
    "balance": ("balance",),
    "reference": ("reference",),
}


def _detail(name: str, result: ExtractionResult, expected: dict[str, object]) -> str:
    got = {
        "money": (result.amount, result.currency, result.direction),
        "merchant": (result.merchant,),
        "last4": (result.account_last4,),
        "date": (result.occurred_at,),
        "time": (result.occurred_at,),
        "balance": (result.balance,),
        "reference": (result.reference,),
    }[name]
    wanted = tuple(expected.get(key) for key in _EXPECTED_KEYS[name])
    return f"got {tuple(str(value) for value in got)} want {wanted}"
