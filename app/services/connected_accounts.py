"""The signed-in user's connected mailboxes: adding (IMAP login, upload, Gmail grant), listing,
removing and asking for a sync. Credentials are encrypted before they touch the database and
decrypted only into a ProviderAccount, for a provider to use."""

import json
import logging
import uuid
from collections.abc import Sequence
from typing import Any

from cryptography.fernet import InvalidToken
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.core.errors import BadRequest, Conflict, NotFound
from app.core.security import decrypt_secret, encrypt_secret, secrets_cipher
from app.crud import connected_accounts as accounts_crud
from app.ingest import uploads
from app.models import ConnectedAccount, User
from app.models.connected_account import ACTIVE, DISABLED
from app.providers import (
    PrivateHostRefused,
    ProviderAccount,
    ProviderAuthError,
    ProviderError,
    ProviderFactory,
    ProviderUnavailable,
)
from app.schemas.connected_account import ImapAccountCreate, SyncRequest, SyncStarted
from app.schemas.job import job_public
from app.services.sync_requests import request_sync

log = logging.getLogger(__name__)


def to_provider_account(settings: Settings, account: ConnectedAccount) -> ProviderAccount:
    """What a provider needs, with the credentials decrypted (kept out of reprs and logs)."""
    credentials: dict[str, Any] = {}
    if account.credentials:
        try:
            credentials = json.loads(decrypt_secret(settings, account.credentials))
        except ValueError as exc:
            raise ProviderError(
                "The stored credentials cannot be decrypted (was ENCRYPTION_KEY changed?). "
                "Connect the mailbox again."
            ) from exc
    return ProviderAccount(
        id=account.id,
        provider=account.provider,
        address=account.address,
        settings=dict(account.settings),
        credentials=credentials,
    )


async def list_accounts(session: AsyncSession, user: User) -> Sequence[ConnectedAccount]:
    return await accounts_crud.list_live_for_user(session, user.id)


async def get_account(session: AsyncSession, user: User, account_id: uuid.UUID) -> ConnectedAccount:
    account = await accounts_crud.get_live_for_user(session, user.id, account_id)
    if account is None:
        raise NotFound("Connected account not found.")
    return account


async def add_imap(
    session: AsyncSession, settings: Settings, user: User, data: ImapAccountCreate
) -> ConnectedAccount:
    """Log in for real before saving, so a wrong password is refused now, with the server's
    reason, not discovered by a failing sync later."""
    address = data.username.strip()
    if await accounts_crud.find_live_by_address(session, user.id, "imap", address):
        raise Conflict(f"{address} is already connected.", code="account_exists")
    imap_settings = {
        "host": data.host.strip().lower(),
        "port": data.port,
        "security": data.security,
        "folder": data.folder,
        "username": address,
    }
    secrets = {"password": data.password.get_secret_value()}
    candidate = ProviderAccount(uuid.uuid4(), "imap", address, imap_settings, secrets)
    await _check_connection(settings, candidate)
    account = await _create(
        session,
        id=candidate.id,
        user_id=user.id,
        provider="imap",
        address=address,
        display_name=data.display_name or address,
        credentials=_encrypt(settings, secrets),
        settings=imap_settings,
    )
    await request_sync(session, user, account, "initial")
    return account


async def add_upload(
    session: AsyncSession, settings: Settings, user: User, incoming: uploads.IncomingFile
) -> ConnectedAccount:
    """Stream an uploaded mailbox export to disk and import it as a mailbox of its own."""
    stored = await uploads.save_upload(settings, user.id, incoming)
    try:
        account = await _create(
            session,
            user_id=user.id,
            provider="mbox",
            address=stored.filename,
            display_name=stored.filename,
            credentials=None,
            settings={
                "file": stored.relative_path,
                "filename": stored.filename,
                "size": stored.size,
                "kind": stored.kind,
            },
        )
        await request_sync(session, user, account, "initial")
    except BaseException:
        uploads.delete_upload(settings, stored.relative_path)
        raise
    return account


async def connect_gmail(
    session: AsyncSession, settings: Settings, user: User, address: str, refresh_token: str
) -> ConnectedAccount:
    """A new Gmail grant: a new account, or fresh credentials for one already connected."""
    secrets = _encrypt(settings, {"refresh_token": refresh_token})
    account = await accounts_crud.find_live_by_address(session, user.id, "gmail", address)
    if account is None:
        account = await _create(
            session,
            user_id=user.id,
            provider="gmail",
            address=address,
            display_name=address,
            credentials=secrets,
            settings={},
        )
        await request_sync(session, user, account, "initial")
    else:
        account.credentials = secrets
        account.status = ACTIVE
        account.last_error = None
        await request_sync(session, user, account, "incremental")
    return account


async def remove(
    session: AsyncSession, settings: Settings, user: User, account_id: uuid.UUID
) -> None:
    """Stop syncing for good: the account is disabled (a running sync stops at its next batch)
    and its credentials and uploaded file are deleted. Emails already stored stay."""
    account = await get_account(session, user, account_id)
    if account.provider == "plaid":
        from app.services import plaid  # (plaid's sync imports this module)

        await plaid.remove_at_plaid(settings, account)
    account.status = DISABLED
    account.credentials = None
    account.sync_cursor = None
    if account.provider == "mbox" and account.settings.get("file"):
        uploads.delete_upload(settings, str(account.settings["file"]))


async def sync_now(
    session: AsyncSession, user: User, account_id: uuid.UUID, data: SyncRequest
) -> SyncStarted:
    account = await get_account(session, user, account_id)
    if account.provider == "plaid":
        from app.services import plaid  # (plaid's sync imports this module)

        job, created = await plaid.start_sync(session, user.id, account.id)
        return SyncStarted(
            account_id=account.id, mode="incremental", queued=created, job=job_public(job)
        )
    return await request_sync(session, user, account, data.mode, months=data.months)


async def _check_connection(settings: Settings, candidate: ProviderAccount) -> None:
    try:
        async with ProviderFactory.create(candidate, settings) as provider:
            await provider.check_connection()
    except ProviderAuthError as exc:
        raise BadRequest(str(exc), code="mailbox_login_failed") from None
    except ProviderUnavailable as exc:
        raise BadRequest(str(exc), code="mailbox_unreachable") from None
    except PrivateHostRefused as exc:
        raise BadRequest(str(exc), code="mailbox_host_refused") from None
    except ProviderError as exc:
        raise BadRequest(str(exc), code="mailbox_refused") from None


async def _create(session: AsyncSession, **fields: Any) -> ConnectedAccount:
    try:
        return await accounts_crud.create(session, **fields)
    except IntegrityError as exc:  # the same mailbox connected twice at the same moment
        raise Conflict(f"{fields['address']} is already connected.", code="account_exists") from exc


def _encrypt(settings: Settings, secrets: dict[str, str]) -> str:
    return encrypt_secret(settings, json.dumps(secrets))


async def reencrypt_credentials(session: AsyncSession, old_keys: str, new_key: str) -> int:
    """Re-encrypt every stored credential under `new_key` (any of `old_keys` decrypts it).
    Returns how many were re-encrypted; a credential no key opens stops the whole rotation."""
    cipher = secrets_cipher(f"{new_key},{old_keys}")
    stored = await accounts_crud.list_with_credentials_for_update(session)
    for account in stored:
        try:
            account.credentials = cipher.rotate(str(account.credentials).encode()).decode()
        except InvalidToken as exc:
            raise ValueError(
                f"connected account {account.id}: no current ENCRYPTION_KEY decrypts its "
                "credentials; nothing was changed"
            ) from exc
    await session.flush()
    return len(stored)
