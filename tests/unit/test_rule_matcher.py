"""The pure rule matcher: priority order, every condition, bounded regexes."""

import time
import uuid
from decimal import Decimal

import pytest

from app.categorization.rules import Facts, Rule, RuleSet, pattern_error

FOOD, TAXI, BIG = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
CARD = uuid.uuid4()


def facts(**fields):
    base = dict(
        transactor="Swiggy",
        description="UPI payment",
        sender="alerts@hdfcbank.net",
        account_id=CARD,
        amount=Decimal("250.00"),
        direction="debit",
    )
    return Facts(**{**base, **fields})


def rule(category, priority=100, **conditions):
    return Rule(id=uuid.uuid4(), category_id=category, priority=priority, **conditions)


def test_first_matching_rule_by_priority_wins():
    rules = RuleSet(
        [
            rule(BIG, priority=50, amount_min=Decimal("1000")),
            rule(FOOD, priority=10, transactor="swig"),
            rule(TAXI, priority=5, transactor="uber"),
        ]
    )
    assert rules.match(facts()).category_id == FOOD
    assert rules.match(facts(transactor="Uber")).category_id == TAXI
    assert rules.match(facts(transactor="Ikea", amount=Decimal("1000.00"))).category_id == BIG
    assert rules.match(facts(transactor="Ikea")) is None


def test_every_condition_must_hold():
    strict = RuleSet(
        [
            rule(
                FOOD,
                transactor="swiggy",
                sender="hdfcbank",
                account_id=CARD,
                amount_min=Decimal("100"),
                amount_max=Decimal("300"),
                direction="debit",
                description="upi",
            )
        ]
    )
    assert strict.match(facts()) is not None
    for change in (
        {"sender": "x@icici.com"},
        {"account_id": uuid.uuid4()},
        {"account_id": None},
        {"amount": Decimal("99.99")},
        {"amount": Decimal("300.01")},
        {"direction": "credit"},
        {"description": "card"},
    ):
        assert strict.match(facts(**change)) is None, change


def test_regex_rules_ignore_case():
    rules = RuleSet([rule(FOOD, match_type="regex", description=r"^upi\s+pay")])
    assert rules.match(facts(description="UPI   PAYMENT")) is not None
    assert rules.match(facts(description="via UPI payment")) is None


@pytest.mark.parametrize("pattern", ["(a)\\1", "foo(?=bar)", "(?<!x)y", "([a-z"])
def test_patterns_re2_cannot_run_are_refused(pattern):
    assert "is not a regular expression we can run" in pattern_error(pattern, "regex")


def test_bad_and_oversized_patterns_are_refused():
    assert "at most" in pattern_error("a" * 201, "regex")
    assert pattern_error(" ", "contains") == "must not be blank"
    assert pattern_error("([a-z", "contains") is None  # a plain substring, not a regex


@pytest.mark.parametrize("pattern", ["(a|aa)*c", "(a+)+b$", "(\\w+\\s?)*!$", "(x+){2,}y"])
def test_patterns_that_backtrack_in_python_run_in_linear_time(pattern):
    assert pattern_error(pattern, "regex") is None
    rules = RuleSet([rule(FOOD, match_type="regex", description=pattern)])
    started = time.perf_counter()
    assert rules.match(facts(description="a" * 100_000)) is None
    assert time.perf_counter() - started < 1
