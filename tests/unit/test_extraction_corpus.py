"""The labelled sets through the extractor: floors that catch regressions. The development
corpus is what the ranker trains on; holdout1 was never trained on. bench/extraction_eval.py
prints the full figures (and scores the sealed set when asked)."""

from pathlib import Path

import pytest

from app.extraction import extract
from app.extraction.evaluation import LabelledEmail, Report, evaluate, load_corpus

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CORPUS = FIXTURES / "extraction"
HOLDOUT = FIXTURES / "extraction_holdout1"


@pytest.fixture(scope="module")
def corpus() -> list[LabelledEmail]:
    return load_corpus(CORPUS)


@pytest.fixture(scope="module")
def report(corpus: list[LabelledEmail]) -> Report:
    return evaluate(corpus, extract)


def test_the_corpus_is_what_the_benchmark_needs(corpus: list[LabelledEmail]) -> None:
    transactions = [item for item in corpus if item.expected["is_transaction"]]
    senders = {item.email.sender for item in corpus}
    currencies = {item.expected["currency"] for item in transactions}
    assert len(corpus) >= 300
    assert len(senders) >= 40
    assert len(currencies) >= 8
    assert 0.2 <= 1 - len(transactions) / len(corpus) <= 0.35


def test_no_non_transaction_is_ever_called_a_transaction(report: Report) -> None:
    false = [failure for failure in report.failures if failure[1] == "false_transaction"]
    assert report.false_transactions == 0, false


def test_amount_currency_and_direction_floor(report: Report) -> None:
    assert report.rate("money") >= 0.95, report.failures[:20]


def test_merchant_last4_and_date_floors(report: Report) -> None:
    assert report.rate("merchant") >= 0.87, report.failures[:20]
    assert report.rate("last4") >= 0.95, report.failures[:20]
    assert report.rate("date") >= 0.97, report.failures[:20]


def test_held_out_floors() -> None:
    """Mail from 96 senders the training never saw, in 17 languages and 29 currencies."""
    report = evaluate(load_corpus(HOLDOUT), extract)
    assert report.rate("money") >= 0.92, report.failures[:20]
    assert report.rate("merchant") >= 0.85, report.failures[:20]
    assert report.rate("last4") >= 0.92, report.failures[:20]
    assert report.rate("date") >= 0.97, report.failures[:20]
    assert report.false_transactions <= 1, report.failures[:20]


# What the general rules reach on the hold-out sets opened since their first contacts, kept
# from sliding back: core, merchant, last4 and date rates, and the false transactions allowed.
# (First contacts: set 4 and sets 5-6 on 2026-12-04, set 7 on 2026-12-05 at 86.4 / 66.4 / 95.1 /
# 96.5 % with 19 false transactions, set 8 later that day at 90.0 / 75.9 / 91.4 / 97.3 % with 12,
# set 9 at the end of that day at 80.9 / 69.4 / 90.3 / 92.4 % with 5.)
OPEN_SET_FLOORS = {
    "extraction_holdout4": (0.98, 0.95, 0.97, 0.99, 0),
    "extraction_holdout5": (0.98, 0.92, 0.98, 0.99, 0),
    "extraction_holdout6": (0.99, 0.90, 0.97, 0.99, 0),
    "extraction_holdout7": (0.97, 0.97, 0.99, 0.99, 0),
    "extraction_holdout8": (0.98, 0.95, 0.97, 0.99, 0),
    "extraction_holdout9": (0.97, 0.93, 0.97, 0.99, 0),
    "extraction_holdout10": (0.99, 0.96, 0.98, 0.99, 0),
    "extraction_holdout11": (0.98, 0.91, 0.99, 0.99, 4),
    "extraction_holdout12": (0.99, 0.97, 0.99, 0.99, 0),
    "extraction_holdout13": (0.98, 0.92, 0.97, 0.99, 0),
    "extraction_holdout14": (0.99, 0.91, 0.98, 0.99, 0),
    "extraction_holdout15": (0.99, 0.93, 0.99, 0.99, 0),
    "extraction_holdout16": (0.97, 0.92, 0.98, 0.99, 0),
    "extraction_holdout17": (0.96, 0.83, 0.97, 0.98, 0),
    "extraction_holdout18": (0.99, 0.94, 0.97, 0.99, 0),
    # (First contact 2026-12-06: 85.1 / 80.3 / 88.1 / 90.0 %, 20 false, 37 missed.)
    "extraction_holdout19": (0.95, 0.88, 0.96, 0.98, 2),
}


@pytest.mark.parametrize("folder", sorted(OPEN_SET_FLOORS))
def test_opened_held_out_set_floors(folder: str) -> None:
    money, merchant, last4, day, false_transactions = OPEN_SET_FLOORS[folder]
    report = evaluate(load_corpus(FIXTURES / folder), extract)
    assert report.rate("money") >= money, report.failures[:20]
    assert report.rate("merchant") >= merchant, report.failures[:20]
    assert report.rate("last4") >= last4, report.failures[:20]
    assert report.rate("date") >= day, report.failures[:20]
    assert report.false_transactions <= false_transactions, report.failures[:20]


def test_the_trained_ranker_is_what_the_training_script_makes() -> None:
    """model.json is derived data: retraining on the development corpus gives the same weights
    (a stale model would quietly score with features the code no longer makes)."""
    from app.extraction import ranker, train

    fresh = train.train(load_corpus(CORPUS), save=False)
    stored = ranker.models()
    for decision in ranker.DECISIONS:
        assert set(fresh[decision].weights) == set(stored[decision].weights), decision


def test_every_result_is_well_formed(corpus: list[LabelledEmail]) -> None:
    for item in corpus:
        result = extract(item.email)
        assert 0.0 <= result.confidence <= 1.0
        assert result.method == "rules"
        if result.is_transaction:
            assert result.amount is not None and result.amount > 0
            assert result.currency is not None and len(result.currency) == 3
            assert result.direction in ("debit", "credit")
            assert result.occurred_at is not None and result.occurred_at.tzinfo is not None
            assert result.rejection_reason is None
        else:
            assert result.rejection_reason
