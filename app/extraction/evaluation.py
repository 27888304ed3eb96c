"""Scoring an extractor against the labelled corpus (tests/fixtures/extraction): loaded here so
that the benchmark, the regression test and, later, the LLM extractor are measured alike."""

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from app.extraction.result import ExtractionResult
from app.mail.message import ParsedEmail
from app.mail.parse import parse_email

FIELDS = ("money", "merchant", "date", "account", "balance", "reference")


@dataclass(frozen=True, slots=True)
class LabelledEmail:
    name: str
    email: ParsedEmail
    expected: dict[str, object]


def load_corpus(directory: Path) -> list[LabelledEmail]:
    """Every NNN_*.eml with its .json label, in file order."""
    corpus = []
    for path in sorted(directory.glob("*.eml")):
        label = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        corpus.append(LabelledEmail(path.name, parse_email(path.read_bytes()), label))
    return corpus


_LEGAL_WORDS = re.compile(
    r"\b(?:pvt|private|ltd|limited|inc|llc|llp|gmbh|sas|sa|sarl|plc|corp|co)\b\.?", re.IGNORECASE
)
_WEB_SUFFIX = re.compile(r"\.(?:com|in|co\.uk|net|org|de|fr|es)\b", re.IGNORECASE)
_NOT_ALPHANUMERIC = re.compile(r"[\W_]+")


def merchant_key(name: object) -> str:
    """Two spellings of one counterparty compare equal: case, punctuation, legal suffixes and
    web suffixes do not matter ("Etsy, Inc." == "ETSY", "NETFLIX.COM" == "Netflix")."""
    if not name:
        return ""
    text = _WEB_SUFFIX.sub("", str(name))
    text = _LEGAL_WORDS.sub("", text)
    return _NOT_ALPHANUMERIC.sub("", text).casefold()


def _decimal(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def field_matches(result: ExtractionResult, expected: dict[str, object]) -> dict[str, bool]:
    """Per field: does the extractor agree with the label? (Transactions only.)"""
    occurred = expected["occurred_at"]
    return {
        "money": result.amount == _decimal(expected["amount"])
        and result.currency == expected["currency"]
        and result.direction == expected["direction"],
        "merchant": merchant_key(result.merchant) == merchant_key(expected["merchant"]),
        "date": result.occurred_at is not None
        and result.occurred_at == datetime.fromisoformat(str(occurred)),
        "account": result.account_last4 == expected["account_last4"],
        "balance": result.balance == _decimal(expected["balance"]),
        "reference": result.reference == expected["reference"],
    }


@dataclass
class Report:
    transactions: int = 0
    non_transactions: int = 0
    correct: Counter[str] = field(default_factory=Counter)
    exact: int = 0
    missed_transactions: int = 0  # transactions the extractor rejected
    false_transactions: int = 0  # non-transactions the extractor accepted
    reason_agreement: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (file, field, detail)

    def rate(self, name: str) -> float:
        return self.correct[name] / self.transactions if self.transactions else 0.0


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
    if not result.is_transaction:
        report.missed_transactions += 1
        detail = f"rejected: {result.rejection_reason}"
        report.failures.append((item.name, "is_transaction", detail))
        return
    matches = field_matches(result, item.expected)
    report.correct.update(name for name, ok in matches.items() if ok)
    if all(matches.values()):
        report.exact += 1
    for name, ok in matches.items():
        if not ok:
            report.failures.append((item.name, name, _detail(name, result, item.expected)))


def _score_non_transaction(report: Report, item: LabelledEmail, result: ExtractionResult) -> None:
    report.non_transactions += 1
    if result.is_transaction:
        report.false_transactions += 1
        detail = f"{result.amount} {result.currency}"
        report.failures.append((item.name, "false_transaction", detail))
    elif result.rejection_reason == item.expected["rejection_reason"]:
        report.reason_agreement += 1


_EXPECTED_KEYS = {
    "money": ("amount", "currency", "direction"),
    "merchant": ("merchant",),
    "date": ("occurred_at",),
    "account": ("account_last4",),
    "balance": ("balance",),
    "reference": ("reference",),
}


def _detail(name: str, result: ExtractionResult, expected: dict[str, object]) -> str:
    got = {
        "money": (result.amount, result.currency, result.direction),
        "merchant": (result.merchant,),
        "date": (result.occurred_at,),
        "account": (result.account_last4,),
        "balance": (result.balance,),
        "reference": (result.reference,),
    }[name]
    wanted = tuple(expected[key] for key in _EXPECTED_KEYS[name])
    return f"got {tuple(str(value) for value in got)} want {wanted}"
