"""/api/v1/llm-transactions: every call made to the LLM for the signed-in user's mail."""

from fastapi import APIRouter

from app.api.deps import CurrentIdentity, PaginationDep, SessionDep
from app.schemas.llm import LlmCallPublic
from app.services import llm_calls as llm_calls_service

router = APIRouter(prefix="/llm-transactions", tags=["extraction"])


@router.get("", response_model=list[LlmCallPublic])
async def list_llm_calls(
    user: CurrentIdentity, session: SessionDep, page: PaginationDep
) -> list[LlmCallPublic]:
    """Newest first: model, tokens, cost (USD), latency and outcome of each call."""
    return await llm_calls_service.list_llm_calls(session, user.id, page.offset, page.limit)
