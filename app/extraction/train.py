"""Train the ranker on labelled mail and write app/extraction/model.json.

    .venv/bin/python -m app.extraction.train [--set DIR ...]

By default it trains on the development corpus (tests/fixtures/extraction) only: the held-out
sets stay unseen, so their scores stay honest. Each decision is a logistic regression over the
candidates' feature strings (app.extraction.features):
- amount: every amount candidate of a transaction email; right if it is the labelled amount;
- transaction: every email, with the amount the amount model prefers;
- credit: the labelled amount of each transaction email; right if the label says credit;
- party: every counterparty candidate of a transaction email; right if it names the labelled
  counterparty (through the one merchant normaliser).
"""

import argparse
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from app.categorization.merchants import normalise_merchant
from app.extraction import features, ranker, reader
from app.extraction.evaluation import LabelledEmail, load_corpus, merchant_matches

DEVELOPMENT = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "extraction"

Samples = tuple[list[list[str]], list[int]]


def fit(samples: Samples, c: float = 1.0, balanced: bool = False) -> ranker.LinearModel:
    """`balanced` weighs the classes equally: the development corpus has four debits to each
    credit, and a prior that strong would outvote the words of a credit alert."""
    rows, labels = samples
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(row, 1) for row in rows])
    model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced" if balanced else None)
    model.fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    weights = {str(name): float(weight) for name, weight in zip(names, model.coef_[0], strict=True)}
    return ranker.LinearModel(weights, float(model.intercept_[0]))


def _is_labelled_amount(amount: reader.Amount, expected: dict[str, object]) -> bool:
    return (
        amount.value == Decimal(str(expected["amount"])) and amount.currency == expected["currency"]
    )


def amount_samples(corpus: Iterable[LabelledEmail]) -> Samples:
    rows, labels = [], []
    for item in corpus:
        if not item.expected["is_transaction"]:
            continue
        reading = reader.read(item.email)
        for index, amount in enumerate(reading.amounts):
            rows.append(features.amount_features(reading.doc, amount, index, reading.amounts))
            labels.append(int(_is_labelled_amount(amount, item.expected)))
    return rows, labels


def transaction_samples(corpus: Iterable[LabelledEmail], amount: ranker.LinearModel) -> Samples:
    rows, labels = [], []
    for item in corpus:
        reading = reader.read(item.email)
        chosen, score = reader.choose_amount(reading, amount)
        if chosen is None:  # the extractor rejects these before the model is asked
            continue
        last4 = reader.choose_last4(reading, chosen)
        named = reader.names_an_account(reading, chosen, last4)
        rows.append(features.message_features(reading.doc, chosen, score, named))
        labels.append(int(bool(item.expected["is_transaction"])))
    return rows, labels


def _labelled_amount(reading: reader.Reading, expected: dict[str, object]) -> reader.Amount | None:
    return next((a for a in reading.amounts if _is_labelled_amount(a, expected)), None)


def credit_samples(corpus: Iterable[LabelledEmail]) -> Samples:
    rows, labels = [], []
    for item in corpus:
        if not item.expected["is_transaction"]:
            continue
        reading = reader.read(item.email)
        amount = _labelled_amount(reading, item.expected)
        if amount is not None:
            rows.append(features.direction_features(reading.doc, amount))
            labels.append(int(item.expected["direction"] == "credit"))
    return rows, labels


def party_samples(corpus: Iterable[LabelledEmail]) -> Samples:
    rows, labels = [], []
    for item in corpus:
        if not item.expected["is_transaction"]:
            continue
        reading = reader.read(item.email)
        amount = _labelled_amount(reading, item.expected)
        if amount is None:
            continue
        credit = item.expected["direction"] == "credit"
        for party in reader.party_candidates(reading, amount):
            rows.append(
                reader.party_feature_list(reading, party, amount, credit, item.email.sender_name)
            )
            display = normalise_merchant(party.name)[0]
            labels.append(int(merchant_matches(display, item.expected["merchant"])))
    return rows, labels


def train(corpus: list[LabelledEmail], save: bool = True) -> dict[str, ranker.LinearModel]:
    """Fit the four models in order: the transaction samples are built with the amount the
    new amount model prefers."""
    amount = fit(amount_samples(corpus))
    trained = {
        "amount": amount,
        "credit": fit(credit_samples(corpus), balanced=True),
        "party": fit(party_samples(corpus), c=0.3),
        "transaction": fit(transaction_samples(corpus, amount)),
    }
    if save:
        ranker.save(trained)
    return trained


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, action="append", help="labelled folders to train on")
    args = parser.parse_args()
    corpus = [item for folder in (args.set or [DEVELOPMENT]) for item in load_corpus(folder)]
    trained = train(corpus)
    for name, model in trained.items():
        print(f"{name:<12} {len(model.weights):>4} features")


if __name__ == "__main__":
    main()
