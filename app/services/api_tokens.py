"""Personal API tokens for scripts: scoped (read, write, admin), expiring, revocable, stored
hashed and shown once.

A request signs in with an access JWT (a person in the SPA) or an API token (a script); both end
up as a Credential. app.api.deps checks the token's scope against the request in one place, and
everything after that (CurrentUser, CurrentIdentity, AdminUser) is the same for both."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import cast

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import BadRequest, Forbidden, NotFound, Unauthorized
from app.core.security import api_token_digest, api_token_display_prefix, new_api_token
from app.crud import api_tokens
from app.models import ApiToken, User
from app.models.role import ADMIN_ROLE
from app.schemas.api_token import ApiTokenCreate, ApiTokenScope

# Each scope allows what the ones before it do.
SCOPE_RANK: dict[ApiTokenScope, int] = {"read": 0, "write": 1, "admin": 2}
MAX_USABLE_TOKENS = 100  # per user, neither revoked nor expired
# last_used_at is written at most this often per token: one UPDATE a minute, not one a request.
LAST_USED_RESOLUTION = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class Credential:
    """What a request signed in with. `scope` is None for an access token from a sign-in: the
    person themself, who may do anything their role allows."""

    user_id: uuid.UUID
    token_version: int | None = None  # a sign-in's (app.services.auth.ensure_current)
    scope: ApiTokenScope | None = None
    token_id: uuid.UUID | None = None
    expires_at: datetime | None = None
    last_used_at: datetime | None = None

    @property
    def is_api_token(self) -> bool:
        return self.scope is not None


def require_scope(credential: Credential, needed: ApiTokenScope) -> None:
    """Forbidden unless the credential may do what needs `needed` (a sign-in may do anything)."""
    if credential.scope is None or SCOPE_RANK[credential.scope] >= SCOPE_RANK[needed]:
        return
    if needed == "admin":
        message = (
            f"This API token has {credential.scope} scope: administrator routes need a token "
            "with admin scope."
        )
    else:
        message = (
            "This API token has read scope: it can only read (GET). Use a token with write "
            "scope to change anything."
        )
    raise Forbidden(message, code="insufficient_scope")


def refuse_api_token(credential: Credential, action: str) -> None:
    """For what only the person, signed in, may do (changing how the account signs in)."""
    if credential.is_api_token:
        raise Forbidden(
            f"An API token cannot {action}: sign in to FinCoach to do that.",
            code="api_token_not_allowed",
        )


async def authenticate(session: AsyncSession, secret: str) -> Credential:
    """The credential of a presented token; Unauthorized when it is unknown, revoked or expired."""
    row = await api_tokens.get_by_digest(session, api_token_digest(secret))
    if row is None:
        raise Unauthorized("Invalid API token.", code="invalid_token")
    if row.revoked_at is not None:
        raise Unauthorized("This API token has been revoked.", code="token_revoked")
    if row.expires_at <= datetime.now(UTC):
        raise Unauthorized("This API token has expired.", code="token_expired")
    return Credential(
        user_id=row.user_id,
        scope=_scope(row.scope),
        token_id=row.id,
        expires_at=row.expires_at,
        last_used_at=row.last_used_at,
    )


def _scope(value: str) -> ApiTokenScope:
    if value not in SCOPE_RANK:  # the table's check constraint allows no other
        raise Unauthorized("Invalid API token.", code="invalid_token")
    return cast(ApiTokenScope, value)


def use_is_due(credential: Credential) -> bool:
    """Whether this use should be recorded (the last one recorded is a minute old or more)."""
    if credential.token_id is None:
        return False
    last = credential.last_used_at
    return last is None or datetime.now(UTC) - last >= LAST_USED_RESOLUTION


async def record_use(session: AsyncSession, credential: Credential) -> None:
    if credential.token_id is None:
        return
    now = datetime.now(UTC)
    await api_tokens.touch(
        session, credential.token_id, now=now, unless_since=now - LAST_USED_RESOLUTION
    )


async def list_tokens(session: AsyncSession, user_id: uuid.UUID) -> Sequence[ApiToken]:
    return await api_tokens.list_for_user(session, user_id)


async def create_token(
    session: AsyncSession, user: User, credential: Credential, data: ApiTokenCreate
) -> tuple[ApiToken, str]:
    """A new token and its secret (returned this once, never stored). Admin scope is for
    administrators; a token made with an API token has no more scope than it and expires no
    later than it, so a leaked token cannot outgrow or outlive itself."""
    if data.scope == "admin" and user.role.name != ADMIN_ROLE:
        raise Forbidden(
            "Only an administrator can create a token with admin scope.",
            code="admin_scope_not_allowed",
        )
    if credential.scope is not None and SCOPE_RANK[data.scope] > SCOPE_RANK[credential.scope]:
        raise Forbidden(
            f"An API token with {credential.scope} scope cannot create a token with "
            f"{data.scope} scope.",
            code="insufficient_scope",
        )
    now = datetime.now(UTC)
    if await api_tokens.count_usable(session, user.id, now) >= MAX_USABLE_TOKENS:
        raise BadRequest(
            f"You already have {MAX_USABLE_TOKENS} API tokens: revoke one you no longer use.",
            code="too_many_api_tokens",
        )
    expires_at = now + timedelta(days=data.expires_in_days)
    if credential.expires_at is not None:
        expires_at = min(expires_at, credential.expires_at)
    secret = new_api_token()
    token = await api_tokens.create(
        session,
        user_id=user.id,
        name=data.name,
        scope=data.scope,
        prefix=api_token_display_prefix(secret),
        token_hash=api_token_digest(secret),
        expires_at=expires_at,
    )
    return token, secret


async def revoke_token(session: AsyncSession, user_id: uuid.UUID, token_id: uuid.UUID) -> None:
    token = await api_tokens.get_for_user(session, user_id, token_id)
    if token is None:
        raise NotFound("API token not found.")
    token.revoked_at = datetime.now(UTC)
    await session.flush()
