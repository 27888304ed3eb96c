"""Categoriser versions side by side (issue #16): accuracy, coverage, latency per transaction and
memory of each registered version on the same held-out split.

    .venv/bin/python -m bench.categoriser_eval [--repeat 3]

The data: the extraction fixtures' labelled transactions (tests/fixtures/extraction*/*.json with
a merchant and a category: merchant, sender, direction), which the seed examples
(app/categorization/seed_examples.csv) were not written from. Two settings:
  A. "seeds only": trained on the seed examples; tested on every labelled fixture transaction
     (a new user, no corrections).
  B. "seeds + user": the fixtures split by a stable hash of the merchant's key (sha256, so the
     same merchant is never on both sides and the split is the same on every run): the train
     half joins the seeds as the user's own examples (weighted as corrections are), the test half
     is scored.
Each version reads what it reads in production: TF-IDF + LR the example text (merchant, sender's
organisation, direction); the embedding version the merchant's display name (its transactor).

Accuracy = right / all test rows (an unanswered row counts as wrong); precision = right /
answered; coverage = answered / all. Latency: wall time to categorise the whole test set in
batches of 200 (the ingest batch), divided by its size: "cold" embeds every merchant, "cached"
reuses stored vectors (a known merchant: the per-transactor lookup, no inference). Memory: the
process's resident-set growth while building and running each version (psutil). No database.
"""

import argparse
import gc
import glob
import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import psutil

from app.categorization import embedding
from app.categorization.experiments import EMBEDDING_MINILM, TFIDF_LR
from app.categorization.learned import Categoriser, Example, example_text
from app.categorization.merchants import merchant_key, normalise_merchant

ROOT = Path(__file__).resolve().parents[1]
BATCH = 200


@dataclass(frozen=True)
class Row:
    merchant: str
    sender: str
    direction: str
    category: str

    @property
    def tfidf_text(self) -> str:
        return example_text(self.merchant, None, self.sender, self.direction)

    @property
    def embedding_text(self) -> str:
        return normalise_merchant(self.merchant)[0].lower()


def labelled_rows() -> list[Row]:
    rows = []
    for path in sorted(glob.glob(str(ROOT / "tests/fixtures/extraction*/*.json"))):
        try:
            label = json.loads(Path(path).read_text(encoding="utf-8"))
        except ValueError:
            continue
        if isinstance(label, dict) and label.get("merchant") and label.get("category"):
            rows.append(
                Row(
                    label["merchant"],
                    label.get("sender") or "",
                    label.get("direction") or "",
                    label["category"].lower(),
                )
            )
    return rows


def in_test_half(row: Row) -> bool:
    digest = hashlib.sha256(merchant_key(row.merchant).encode()).digest()
    return digest[0] % 2 == 0


@dataclass
class Result:
    accuracy: float
    precision: float
    coverage: float
    ms_per_txn: float
    ms_per_txn_cached: float | None
    rss_mb: float


def score(predicted: Sequence[str | None], rows: Sequence[Row]) -> tuple[float, float, float]:
    answered = [(p, r) for p, r in zip(predicted, rows, strict=True) if p]
    right = sum(1 for p, r in answered if p == r.category)
    return (
        right / len(rows),
        right / len(answered) if answered else 0.0,
        len(answered) / len(rows),
    )


def rss_mb() -> float:
    gc.collect()
    return psutil.Process().memory_info().rss / 2**20


def batched(items: Sequence[Row], size: int = BATCH) -> list[Sequence[Row]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def run_tfidf(train_user: Sequence[Row], test: Sequence[Row], repeat: int) -> Result:
    before = rss_mb()
    model = Categoriser.train([Example(r.tfidf_text, r.category) for r in train_user])
    predicted: list[str | None] = []
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        predicted = [
            p for chunk in batched(test) for p, _ in model.predict([r.tfidf_text for r in chunk])
        ]
        best = min(best, time.perf_counter() - started)
    accuracy, precision, coverage = score(predicted, test)
    return Result(accuracy, precision, coverage, best * 1000 / len(test), None, rss_mb() - before)


def run_embedding(train_user: Sequence[Row], test: Sequence[Row], repeat: int) -> Result:
    before = rss_mb()
    model = embedding.EmbeddingCategoriser.build(
        [Example(r.embedding_text, r.category) for r in train_user]
    )
    predicted: list[str | None] = []
    best = float("inf")
    cached: dict[str, np.ndarray] = {}
    for _ in range(repeat):
        started = time.perf_counter()
        predicted = []
        for chunk in batched(test):
            vectors = embedding.model().embed([r.embedding_text for r in chunk])
            predicted += [p for p, _ in model.predict_vectors(vectors)]
            cached.update(zip((r.embedding_text for r in chunk), vectors, strict=True))
        best = min(best, time.perf_counter() - started)
    best_cached = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for chunk in batched(test):
            model.predict_vectors(np.vstack([cached[r.embedding_text] for r in chunk]))
        best_cached = min(best_cached, time.perf_counter() - started)
    accuracy, precision, coverage = score(predicted, test)
    return Result(
        accuracy,
        precision,
        coverage,
        best * 1000 / len(test),
        best_cached * 1000 / len(test),
        rss_mb() - before,
    )


VERSIONS: dict[str, Callable[[Sequence[Row], Sequence[Row], int], Result]] = {
    TFIDF_LR: run_tfidf,
    EMBEDDING_MINILM: run_embedding,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="timing runs (best is kept)")
    args = parser.parse_args()
    rows = labelled_rows()
    test_half = [r for r in rows if in_test_half(r)]
    train_half = [r for r in rows if not in_test_half(r)]
    settings = {
        f"A. seeds only → all {len(rows)} fixture rows": ([], rows),
        f"B. seeds + {len(train_half)} user rows → {len(test_half)} held-out rows": (
            train_half,
            test_half,
        ),
    }
    print(f"onnx model: {embedding.memory_note()['onnx_bytes'] / 2**20:.1f} MiB on disk (INT8)")
    for title, (train, test) in settings.items():
        print(f"\n{title}")
        print(
            f"{'version':<18}{'accuracy':>9}{'precision':>10}{'coverage':>9}"
            f"{'ms/txn':>9}{'ms/txn cached':>15}{'RSS +MiB':>10}"
        )
        for name, run in VERSIONS.items():
            r = run(train, test, args.repeat)
            cached = f"{r.ms_per_txn_cached:.3f}" if r.ms_per_txn_cached is not None else "-"
            print(
                f"{name:<18}{r.accuracy:>9.3f}{r.precision:>10.3f}{r.coverage:>9.3f}"
                f"{r.ms_per_txn:>9.3f}{cached:>15}{r.rss_mb:>10.1f}"
            )


if __name__ == "__main__":
    main()
