"""The learned categoriser: a text classifier over merchant, description and sender, trained on
shared seed examples plus the user's own confirmed and corrected transactions (weighted higher,
so a person's habits beat the defaults). Below a confidence threshold it answers nothing: an
uncategorised transaction is better than a wrong one.

Character n-grams beside words, because merchant strings are short, misspelt and multilingual
("SWIGGY*ORDER", "Lieferando", "Zomato Ltd")."""

import csv
import pickle
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # scikit-learn is imported where a model is trained or read, not by every
    # process that imports this module (the API's start-up and memory: issue #19)
    from sklearn.pipeline import Pipeline

SEED_FILE = Path(__file__).with_name("seed_examples.csv")
USER_EXAMPLE_WEIGHT = 5.0  # one correction by the user outweighs several seed rows
DEFAULT_MIN_CONFIDENCE = 0.35


@dataclass(frozen=True)
class Example:
    text: str
    category: str  # the category's name, lower-case


def example_text(
    merchant: str | None,
    description: str | None,
    sender: str | None,
    direction: str | None = None,
) -> str:
    """What the model reads about a transaction: the merchant when there is one (a bank alert's
    subject and sender say which bank, not what was bought), else the description and the
    sender's organisation ("zomato" from orders@mailer.zomato.com). The direction separates
    salary and refunds from spending."""
    core = merchant or " ".join(p for p in (description, _organisation(sender)) if p)
    return " | ".join(p for p in (core, direction) if p).lower()


def _organisation(sender: str | None) -> str:
    labels = (sender or "").rpartition("@")[2].lower().split(".")
    if len(labels) >= 3 and labels[-2] in {"co", "com", "org", "net", "ac", "gov"}:
        return labels[-3]  # alerts.hdfcbank.co.in → hdfcbank
    return labels[-2] if len(labels) >= 2 else ""


@lru_cache(maxsize=1)
def seed_examples() -> tuple[Example, ...]:
    with SEED_FILE.open(encoding="utf-8") as seed:
        return tuple(Example(row["text"].lower(), row["category"]) for row in csv.DictReader(seed))


class Categoriser:
    def __init__(self, pipeline: "Pipeline", min_confidence: float) -> None:
        self._pipeline = pipeline
        self.min_confidence = min_confidence

    @classmethod
    def train(
        cls, user_examples: Iterable[Example] = (), min_confidence: float = DEFAULT_MIN_CONFIDENCE
    ) -> "Categoriser":
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import FeatureUnion, Pipeline

        seeds = list(seed_examples())
        mine = list(user_examples)
        features = FeatureUnion(
            [
                (
                    "chars",
                    TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True),
                ),
                ("words", TfidfVectorizer(analyzer="word", token_pattern=r"[a-z0-9&]+")),
            ]
        )
        # Weak regularisation (large C): most categories have only a handful of examples.
        pipeline = Pipeline(
            [("features", features), ("model", LogisticRegression(max_iter=3000, C=100.0))]
        )
        pipeline.fit(
            [e.text for e in seeds + mine],
            [e.category for e in seeds + mine],
            model__sample_weight=[1.0] * len(seeds) + [USER_EXAMPLE_WEIGHT] * len(mine),
        )
        return cls(pipeline, min_confidence)

    def predict(self, texts: Sequence[str]) -> list[tuple[str | None, float]]:
        """(category name or None when unsure, confidence) for each text."""
        if not texts:
            return []
        # Each distinct text once: a batch repeats a few merchants hundreds of times, and a
        # row's probabilities do not depend on the other rows.
        distinct = list(dict.fromkeys(texts))
        probabilities = self._pipeline.predict_proba(distinct)
        classes = self._pipeline.classes_
        answers: dict[str, tuple[str | None, float]] = {}
        for text, row in zip(distinct, probabilities, strict=True):
            best = int(row.argmax())
            confidence = float(row[best])
            answers[text] = (
                str(classes[best]) if confidence >= self.min_confidence else None,
                confidence,
            )
        return [answers[text] for text in texts]

    def dumps(self) -> bytes:
        # pickle is safe here: the bytes are written and read only by this application.
        return pickle.dumps(self._pipeline)

    @classmethod
    def loads(cls, data: bytes, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> "Categoriser":
        return cls(pickle.loads(data), min_confidence)  # our own bytes, see dumps
