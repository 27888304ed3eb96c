"""Ingest stage "categorise", and the learning behind it.

Two categoriser versions, registered by name (CATEGORISERS) and chosen per user by the admins'
A/B split (app.categorization.experiments):
- "tfidf_lr": the shared seed model until the user corrects a category, then a model retrained
  on their corrections (in the background, on the base queue);
- "embedding_minilm": nearest labelled examples in all-MiniLM-L6-v2's embedding space, the
  seeds plus the user's corrections; each merchant's vector is kept on its transactor row, so a
  known merchant costs a lookup, not an inference."""

import asyncio
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from functools import lru_cache

import numpy as np
from sqlalchemy.ext.asyncio import AsyncSession

from app.categorization import embedding, experiments
from app.categorization.learned import Categoriser, Example, example_text
from app.core import metrics
from app.crud import extractions as extractions_crud
from app.crud import transactors as transactors_crud
from app.ingest.extract import Extracted
from app.ingest.post import Categorised, account_key
from app.services import categoriser_experiments, transactors

_training = threading.Lock()


@lru_cache(maxsize=1)
def _trained_seed_categoriser() -> Categoriser:
    return Categoriser.train()


def seed_categoriser() -> Categoriser:
    """Trained once per process and shared by every user without corrections. The lock keeps
    concurrent first callers from each training it (seconds of CPU apiece); workers call this
    at start-up so no job waits for it."""
    with _training:
        return _trained_seed_categoriser()


async def categoriser_for(session: AsyncSession, user_id: uuid.UUID) -> Categoriser:
    stored = await extractions_crud.get_category_model(session, user_id)
    if stored is not None:
        return Categoriser.loads(stored.model)
    return await asyncio.to_thread(seed_categoriser)


async def retrain(session: AsyncSession, user_id: uuid.UUID) -> int:
    """Train on the seed examples plus the user's corrections and store the model. Returns the
    number of the user's examples used."""
    rows = await extractions_crud.correction_examples(session, user_id)
    examples = [
        Example(example_text(transactor, description, sender, direction), category.lower())
        for transactor, description, sender, direction, category in rows
    ]
    model = await asyncio.to_thread(Categoriser.train, examples)  # CPU-bound: off the loop
    await extractions_crud.save_category_model(session, user_id, model.dumps(), len(examples))
    return len(examples)


async def predict_category_ids(
    session: AsyncSession, user_id: uuid.UUID, texts: Sequence[str]
) -> list[uuid.UUID | None]:
    """The user's category id for each text, or None where the model is unsure or predicts a
    category the user does not have."""
    if not texts:
        return []
    model = await categoriser_for(session, user_id)
    by_name = await extractions_crud.category_ids_by_name(session, user_id)
    predictions = await asyncio.to_thread(model.predict, texts)  # CPU-bound: off the loop
    return [by_name.get(name) if name else None for name, _ in predictions]


async def tfidf_category_ids(
    session: AsyncSession, user_id: uuid.UUID, found: Sequence[Extracted]
) -> list[uuid.UUID | None]:
    return await predict_category_ids(session, user_id, [_text(item) for item in found])


def _text(item: Extracted) -> str:
    result = item.transaction
    assert result is not None
    return example_text(result.merchant, item.email.subject, item.email.sender, result.direction)


async def name_vectors(
    session: AsyncSession, user_id: uuid.UUID, names: Sequence[str]
) -> list[np.ndarray]:
    """A vector per merchant name, from its transactor's stored one where there is one; the
    rest are embedded (in one batch, off the event loop) and stored on their transactors."""
    if not names:
        return []
    by_raw = await transactors.resolve_transactors(session, user_id, names)
    stored = await transactors_crud.transactor_embeddings(
        session, list({t.id for t in by_raw.values()}), embedding.EMBEDDING_MODEL
    )
    vectors = {tid: embedding.from_bytes(data) for tid, data in stored.items()}
    missing = {t.id: t.name for t in by_raw.values() if t.id not in vectors}
    loose = sorted({n for n in names if n not in by_raw})  # blank after normalising
    texts = [name.lower() for name in missing.values()] + [n.lower() for n in loose]
    if texts:
        made = await asyncio.to_thread(embedding.model().embed, texts)
        fresh = dict(zip(missing, made[: len(missing)], strict=True))
        await transactors_crud.set_transactor_embeddings(
            session,
            {tid: embedding.to_bytes(v) for tid, v in fresh.items()},
            embedding.EMBEDDING_MODEL,
        )
        vectors.update(fresh)
        loose_vectors = dict(zip(loose, made[len(missing) :], strict=True))
    else:
        loose_vectors = {}
    return [vectors[by_raw[n].id] if n in by_raw else loose_vectors[n] for n in names]


async def embedding_categoriser_for(
    session: AsyncSession, user_id: uuid.UUID
) -> embedding.EmbeddingCategoriser:
    """The seeds plus the user's corrections (a correction with a merchant reuses, or fills,
    its transactor's stored vector)."""
    rows = await extractions_crud.correction_examples(session, user_id)
    await asyncio.to_thread(embedding.seed_matrix)  # first use in this process: off the loop
    if not rows:
        return embedding.EmbeddingCategoriser.build()
    named = [(t, c.lower()) for t, _, _, _, c in rows if t]
    unnamed = [(example_text(None, d, s), c.lower()) for t, d, s, _, c in rows if not t]
    vectors = await name_vectors(session, user_id, [t for t, _ in named])
    if unnamed:
        vectors += list(
            await asyncio.to_thread(embedding.model().embed, [text for text, _ in unnamed])
        )
    examples = [Example(text, category) for text, category in named + unnamed]
    return embedding.EmbeddingCategoriser.build(examples, np.vstack(vectors))


async def embedding_category_ids(
    session: AsyncSession, user_id: uuid.UUID, found: Sequence[Extracted]
) -> list[uuid.UUID | None]:
    if not found:
        return []
    model = await embedding_categoriser_for(session, user_id)
    merchants = [item.transaction.merchant if item.transaction else None for item in found]
    named = [m for m in merchants if m]
    by_name = dict(zip(named, await name_vectors(session, user_id, named), strict=True))
    # No merchant: what the subject and the sender's organisation say (not cached: no key).
    rest = [
        example_text(None, item.email.subject, item.email.sender)
        for item, m in zip(found, merchants, strict=True)
        if not m
    ]
    rest_vectors = iter(await asyncio.to_thread(embedding.model().embed, rest) if rest else [])
    queries = np.vstack([by_name[m] if m else next(rest_vectors) for m in merchants])
    predictions = model.predict_vectors(queries)
    ids = await extractions_crud.category_ids_by_name(session, user_id)
    return [ids.get(name) if name else None for name, _ in predictions]


CategoriserVersion = Callable[
    [AsyncSession, uuid.UUID, Sequence[Extracted]], Awaitable[list[uuid.UUID | None]]
]
CATEGORISERS: dict[str, CategoriserVersion] = {
    experiments.TFIDF_LR: tfidf_category_ids,
    experiments.EMBEDDING_MINILM: embedding_category_ids,
}


async def categorise(
    session: AsyncSession, user_id: uuid.UUID, extracted: Sequence[Extracted]
) -> list[Categorised]:
    """The transaction emails of a batch with their account and category, by the categoriser
    version the user is assigned to (below its confidence threshold a transaction stays
    uncategorised). The version and the time per transaction go with each, for the A/B record."""
    found = [item for item in extracted if item.transaction is not None]
    if not found:
        return []
    version = await categoriser_experiments.version_for(session, user_id)
    started = time.perf_counter()
    category_ids = await CATEGORISERS[version](session, user_id, found)
    per_item = (time.perf_counter() - started) / len(found)
    metrics.CATEGORISER_SECONDS.labels(version=version).observe(per_item)  # one per batch
    return [
        Categorised(item, account_key(item), category_id, version, per_item * 1000)
        for item, category_id in zip(found, category_ids, strict=True)
    ]
