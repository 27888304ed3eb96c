"""The embedding categoriser: few-shot classification by the nearest labelled examples in
all-MiniLM-L6-v2's sentence-embedding space (INT8 ONNX, see minilm_onnx).

Each example (a seed row, or a transaction the user categorised by hand) is a unit vector; a
text's category is a vote of its K nearest examples, each weighted by exp((sim - best) / TAU)
(a sharp softmax: a near-exact match outvotes several looser ones, so "uber eats" follows its
own example rather than the many "uber" rides) times USER_EXAMPLE_WEIGHT for the user's own.
Too far from every example, or too split a vote, and it answers nothing: an uncategorised
transaction is better than a wrong one.

The ONNX session and tokenizer are loaded once per process, lazily, on first use."""

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from app.categorization import minilm_onnx
from app.categorization.learned import Example, seed_examples

EMBEDDING_MODEL = "all-MiniLM-L6-v2/int8"  # stored beside a cached vector: a new model re-embeds
DIMENSIONS = 384
MAX_TOKENS = 64  # merchant names and subjects are short; the model card's limit is 256
# Tuned on the train half of bench/categoriser_eval.py's split only (never on its test half).
USER_EXAMPLE_WEIGHT = 5.0  # as the TF-IDF model weighs a correction
NEIGHBOURS = 5
TAU = 0.02
MIN_SIMILARITY = 0.45  # below this the nearest example is not the same kind of thing
MIN_SHARE = 0.6  # the winning category's share of the neighbours' weighted vote


class MiniLM:
    """Sentence embeddings: tokenizer.json → INT8 ONNX → mean pooling over real tokens → L2
    normalisation (as the model card does it)."""

    def __init__(self) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        path = minilm_onnx.artefact_path()
        if not path.exists():  # `make install` builds it; a fresh checkout builds it once here
            minilm_onnx.build(path)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1  # small batches; leave the other core to the loop/DB
        options.inter_op_num_threads = 1
        self._session = onnxruntime.InferenceSession(
            str(path), options, providers=["CPUExecutionProvider"]
        )
        tokenizer = Tokenizer.from_file(str(minilm_onnx.tokenizer_path()))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self._tokenizer = tokenizer
        self._lock = threading.Lock()
        self.texts_embedded = 0  # how many texts went through the model (tests count inferences)

    def embed(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        # Shortest first, so each batch pads to a similar length (less work on padding).
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            encoded = self._tokenizer.encode_batch([texts[i] for i in rows])
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            with self._lock:
                (hidden,) = self._session.run(
                    ["last_hidden_state"], {"input_ids": ids, "attention_mask": mask}
                )
                self.texts_embedded += len(rows)
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[rows] = pooled / np.clip(norms, 1e-12, None)
        return out


_loading = threading.Lock()
_seeding = threading.Lock()
_model: MiniLM | None = None


def model() -> MiniLM:
    """The process's one MiniLM (loaded on first use)."""
    global _model
    with _loading:
        if _model is None:
            _model = MiniLM()
        return _model


@lru_cache(maxsize=1)
def _seed_matrix() -> tuple[np.ndarray, tuple[str, ...]]:
    seeds = seed_examples()
    return model().embed([e.text for e in seeds]), tuple(e.category for e in seeds)


def seed_matrix() -> tuple[np.ndarray, tuple[str, ...]]:
    """The seed examples' vectors and categories, embedded once per process."""
    with _seeding:  # concurrent first callers embed them once
        return _seed_matrix()


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<f4")


@dataclass
class EmbeddingCategoriser:
    """Nearest labelled examples: the seeds plus the user's (vectors given, so a caller can
    reuse stored ones)."""

    vectors: np.ndarray  # (n, DIMENSIONS), unit rows
    categories: tuple[str, ...]
    weights: np.ndarray  # (n,)

    @classmethod
    def build(
        cls, user_examples: Sequence[Example] = (), user_vectors: np.ndarray | None = None
    ) -> "EmbeddingCategoriser":
        seeds, seed_categories = seed_matrix()
        if not user_examples:
            return cls(seeds, seed_categories, np.ones(len(seed_categories), dtype=np.float32))
        if user_vectors is None:
            user_vectors = model().embed([e.text for e in user_examples])
        return cls(
            np.vstack([seeds, user_vectors]),
            seed_categories + tuple(e.category for e in user_examples),
            np.concatenate(
                [
                    np.ones(len(seed_categories), dtype=np.float32),
                    np.full(len(user_examples), USER_EXAMPLE_WEIGHT, dtype=np.float32),
                ]
            ),
        )

    def predict_vectors(self, queries: np.ndarray) -> list[tuple[str | None, float]]:
        """(category or None when unsure, the winner's share of the vote) per query vector."""
        if len(queries) == 0:
            return []
        similarity = queries @ self.vectors.T  # cosine: every row is a unit vector
        k = min(NEIGHBOURS, similarity.shape[1])
        nearest = np.argpartition(-similarity, k - 1, axis=1)[:, :k]
        answers: list[tuple[str | None, float]] = []
        for row, idx in zip(similarity, nearest, strict=True):
            top = float(row[idx].max())
            votes: dict[str, float] = {}
            for i in idx:
                weight = float(self.weights[i]) * float(np.exp((float(row[i]) - top) / TAU))
                votes[self.categories[i]] = votes.get(self.categories[i], 0.0) + weight
            best = max(votes, key=lambda c: votes[c])
            share = votes[best] / sum(votes.values())
            sure = top >= MIN_SIMILARITY and share >= MIN_SHARE
            answers.append((best if sure else None, share))
        return answers

    def predict(self, texts: Sequence[str]) -> list[tuple[str | None, float]]:
        return self.predict_vectors(model().embed(texts)) if texts else []


def memory_note() -> dict[str, Any]:
    """Sizes worth reporting (bench): the artefact on disk."""
    path = minilm_onnx.artefact_path()
    return {"onnx_bytes": path.stat().st_size if path.exists() else 0}
