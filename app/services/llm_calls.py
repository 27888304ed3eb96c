"""The log of LLM extraction calls, for the signed-in user."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.crud import extractions as extractions_crud
from app.schemas.llm import LlmCallPublic


async def list_llm_calls(
    session: AsyncSession, user_id: uuid.UUID, offset: int, limit: int
) -> list[LlmCallPublic]:
    calls = await extractions_crud.list_llm_calls(session, user_id, offset=offset, limit=limit)
    return [LlmCallPublic.model_validate(call) for call in calls]
