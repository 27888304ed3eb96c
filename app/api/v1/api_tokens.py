"""/api/v1/api-tokens: your personal API tokens for scripts (`Authorization: Bearer fct_...`)."""

import uuid

from fastapi import APIRouter, Response, status

from app.api.deps import CredentialDep, CurrentIdentity, CurrentUser, ReadSessionDep, SessionDep
from app.schemas.api_token import ApiTokenCreate, ApiTokenCreated, ApiTokenPublic
from app.services import api_tokens as api_token_service

router = APIRouter(prefix="/api-tokens", tags=["api tokens"])


@router.get("", response_model=list[ApiTokenPublic])
async def list_api_tokens(
    identity: CurrentIdentity, session: ReadSessionDep
) -> list[ApiTokenPublic]:
    """Your tokens not revoked, newest first (expired ones too, until you revoke them). Never
    their secrets."""
    tokens = await api_token_service.list_tokens(session, identity.id)
    return [ApiTokenPublic.model_validate(token) for token in tokens]


@router.post("", response_model=ApiTokenCreated, status_code=status.HTTP_201_CREATED)
async def create_api_token(
    data: ApiTokenCreate,
    user: CurrentUser,
    credential: CredentialDep,
    session: SessionDep,
    response: Response,
) -> ApiTokenCreated:
    """The answer holds the token's secret, this once: it is stored only as a hash. Admin scope
    is for administrators; with an API token you can make one with no more scope than it has,
    expiring no later than it does."""
    token, secret = await api_token_service.create_token(session, user, credential, data)
    response.headers["Cache-Control"] = "no-store"
    return ApiTokenCreated(**ApiTokenPublic.model_validate(token).model_dump(), token=secret)


@router.delete("/{token_id}", status_code=status.HTTP_204_NO_CONTENT)
async def revoke_api_token(
    token_id: uuid.UUID, identity: CurrentIdentity, session: SessionDep
) -> None:
    """Revoke at once: the next request with it is a 401."""
    await api_token_service.revoke_token(session, identity.id, token_id)
