"""The log of LLM extraction calls, for the signed-in user."""

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.crud import extractions as extractions_crud


async def list_llm_calls(
    session: AsyncSession, user_id: uuid.UUID, offset: int, limit: int
) -> Sequence[Any]:
    return await extractions_crud.list_llm_calls(session, user_id, offset=offset, limit=limit)
