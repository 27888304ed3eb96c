"""The user's category rules, applied in priority order: the first rule whose every condition
holds decides the category. Pure (no I/O): the API, "apply to existing" and the ingest pipeline
all build a `RuleSet` once per batch and call `match` per transaction.

Text conditions (transactor, description, sender) are either case-insensitive substrings or
regular expressions. Regexes are user input run on our CPU, so they run on RE2 (google-re2),
whose matching time is linear in the text: no pattern can backtrack catastrophically, as
"(a|aa)*c" does with Python's re. The price: no backreferences or look-around (such a pattern
is refused with a clear message). Patterns are at most MAX_PATTERN_CHARS long and are matched
against at most MAX_SUBJECT_CHARS of text.
"""

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

import re2

MatchType = Literal["contains", "regex"]
Direction = Literal["debit", "credit"]

MAX_PATTERN_CHARS = 200
MAX_SUBJECT_CHARS = 500


@dataclass(frozen=True, slots=True)
class Rule:
    id: uuid.UUID
    category_id: uuid.UUID
    priority: int
    match_type: MatchType = "contains"
    transactor: str | None = None
    description: str | None = None
    sender: str | None = None
    account_id: uuid.UUID | None = None
    amount_min: Decimal | None = None
    amount_max: Decimal | None = None
    direction: Direction | None = None


@dataclass(frozen=True, slots=True)
class Facts:
    """What a rule can look at in one transaction."""

    transactor: str
    description: str
    sender: str
    account_id: uuid.UUID | None
    amount: Decimal
    direction: Direction


def pattern_error(pattern: str, match_type: MatchType) -> str | None:
    """Why a text condition is refused, or None when it is fine."""
    if not pattern.strip():
        return "must not be blank"
    if len(pattern) > MAX_PATTERN_CHARS:
        return f"must be at most {MAX_PATTERN_CHARS} characters"
    if match_type == "contains":
        return None
    try:
        _compile(pattern)
    except re2.error as exc:
        reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else exc
        return (
            f"is not a regular expression we can run ({reason}); backreferences and "
            "look-around are not supported"
        )
    return None


def _compile(pattern: str) -> Any:
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    return re2.compile(pattern, options)


class _Compiled:
    __slots__ = ("_matchers", "rule")

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self._matchers = [
            (field, _text_matcher(pattern, rule.match_type))
            for field, pattern in (
                ("transactor", rule.transactor),
                ("description", rule.description),
                ("sender", rule.sender),
            )
            if pattern
        ]

    def holds(self, facts: Facts) -> bool:
        rule = self.rule
        if rule.direction and rule.direction != facts.direction:
            return False
        if rule.account_id and rule.account_id != facts.account_id:
            return False
        if rule.amount_min is not None and facts.amount < rule.amount_min:
            return False
        if rule.amount_max is not None and facts.amount > rule.amount_max:
            return False
        return all(
            matcher(getattr(facts, field)[:MAX_SUBJECT_CHARS]) for field, matcher in self._matchers
        )


def _text_matcher(pattern: str, match_type: MatchType) -> Callable[[str], object]:
    if match_type == "regex":
        return _compile(pattern).search
    needle = pattern.casefold()
    return lambda text: needle in text.casefold()


class RuleSet:
    """Rules sorted by priority (lower first; ties keep the order given, which the database
    gives as oldest first)."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        ordered = sorted(rules, key=lambda rule: rule.priority)
        self._compiled = [_Compiled(rule) for rule in ordered]

    def __len__(self) -> int:
        return len(self._compiled)

    def match(self, facts: Facts) -> Rule | None:
        for compiled in self._compiled:
            if compiled.holds(facts):
                return compiled.rule
        return None
