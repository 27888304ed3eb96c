"""Ingest stage "categorise", and the learning behind it: the shared seed model until the user
corrects a category, then a model retrained on their corrections (in the background, on the
base queue)."""

import asyncio
import threading
import uuid
from collections.abc import Sequence
from functools import lru_cache

from sqlalchemy.ext.asyncio import AsyncSession

from app.categorization.learned import Categoriser, Example, example_text
from app.crud import extractions as extractions_crud
from app.ingest.extract import Extracted
from app.ingest.post import Categorised, account_key

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


async def categorise(
    session: AsyncSession, user_id: uuid.UUID, extracted: Sequence[Extracted]
) -> list[Categorised]:
    """The transaction emails of a batch with their account and category (below the model's
    confidence threshold a transaction stays uncategorised)."""
    found = [item for item in extracted if item.transaction is not None]
    texts = []
    for item in found:
        result = item.transaction
        assert result is not None
        texts.append(
            example_text(result.merchant, item.email.subject, item.email.sender, result.direction)
        )
    category_ids = await predict_category_ids(session, user_id, texts)
    return [
        Categorised(item, account_key(item), category_id)
        for item, category_id in zip(found, category_ids, strict=True)
    ]
