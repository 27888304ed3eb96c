"""Password hashing (pwdlib: argon2, bcrypt verify), JWTs, personal API token secrets, and
encryption of secrets at rest."""

import asyncio
import hashlib
import secrets
import uuid
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import jwt
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from pwdlib.hashers.bcrypt import BcryptHasher
from zxcvbn import zxcvbn

from app.core.config import Settings
from app.core.errors import BadRequest, Unauthorized

JWT_ALGORITHM = "HS256"
TokenType = Literal["access", "refresh"]

# argon2 for new hashes; bcrypt hashes (imported users) still verify and get rehashed on login.
password_hash = PasswordHash((Argon2Hasher(), BcryptHasher()))
# Checked when the user does not exist, so response time does not reveal who has an account.
DUMMY_PASSWORD_HASH = password_hash.hash("dummy-password-for-timing")


# argon2 takes tens of milliseconds of CPU on purpose. Run in the event loop, sixteen failed
# logins at once held every other request (/health went from 2 ms to 1.5 s); in a small pool of
# its own, hashing waits for hashing and nothing else does.
_HASHING = ThreadPoolExecutor(max_workers=2, thread_name_prefix="password-hash")


async def hash_password(password: str) -> str:
    return await asyncio.get_running_loop().run_in_executor(_HASHING, password_hash.hash, password)


async def verify_password(password: str, hashed: str) -> tuple[bool, str | None]:
    """(valid, new hash or None): pwdlib rehashes hashes made with old parameters or bcrypt."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_HASHING, password_hash.verify_and_update, password, hashed)


# zxcvbn's score: 0 too guessable (a top-10 password), 1 very guessable, 2 somewhat guessable,
# 3 safely unguessable, 4 very unguessable. It reads at most 72 characters; beyond them a password
# only gets stronger.
MIN_PASSWORD_SCORE = 2
_ZXCVBN_MAX_CHARS = 72


async def refuse_weak_password(password: str, user_inputs: Sequence[str] = ()) -> None:
    """BadRequest "weak_password" for a blank, common or easily guessed password (or one built
    from the user's own address or name). Scored in the hashing pool: a long one takes tens of
    milliseconds."""
    if not password.strip():
        raise BadRequest("The password must not be blank.", code="weak_password")
    loop = asyncio.get_running_loop()
    inputs = [value for value in user_inputs if value]
    verdict = await loop.run_in_executor(_HASHING, zxcvbn, password[:_ZXCVBN_MAX_CHARS], inputs)
    if verdict["score"] < MIN_PASSWORD_SCORE:
        hint = verdict["feedback"]["warning"] or "It would be easy to guess."
        suggestions = " ".join(verdict["feedback"]["suggestions"])
        raise BadRequest(
            f"Choose a stronger password. {hint} {suggestions}".strip(), code="weak_password"
        )


def create_token(
    settings: Settings,
    *,
    subject: str,
    token_type: TokenType,
    expires_in: timedelta,
    jti: uuid.UUID | None = None,
    family: uuid.UUID | None = None,
    version: int | None = None,
) -> str:
    now = datetime.now(UTC)
    claims: dict[str, Any] = {
        "sub": subject,
        "type": token_type,
        "iat": now,
        "exp": now + expires_in,
    }
    if jti:
        claims["jti"] = str(jti)
    if family:
        claims["fam"] = str(family)
    if version is not None:
        claims["ver"] = version
    return jwt.encode(claims, settings.secret_key, algorithm=JWT_ALGORITHM)


def decode_token(settings: Settings, token: str, expected_type: TokenType) -> dict[str, Any]:
    """Verified claims; anything else (bad signature, alg none, expired, wrong type) is a 401."""
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            settings.secret_key,
            algorithms=[JWT_ALGORITHM],
            options={"require": ["exp", "sub", "type"]},
        )
    except jwt.ExpiredSignatureError as exc:
        raise Unauthorized("Token has expired", code="token_expired") from exc
    except jwt.PyJWTError as exc:
        raise Unauthorized("Invalid token", code="invalid_token") from exc
    if claims.get("type") != expected_type:
        raise Unauthorized(f"Expected an {expected_type} token", code="invalid_token")
    return claims


# Personal API tokens: "fct_" and 43 URL-safe characters (32 random bytes, 256 bits). The prefix
# tells one from an access JWT at a glance (and to secret scanners); only a SHA-256 digest is
# stored: a fast hash is right for a high-entropy random secret (nothing to guess, no salt to add).
API_TOKEN_PREFIX = "fct_"
API_TOKEN_SHOWN_CHARS = 8  # of the random part, kept for display: "fct_AbCd1234"


def new_api_token() -> str:
    return API_TOKEN_PREFIX + secrets.token_urlsafe(32)


def is_api_token(token: str) -> bool:
    return token.startswith(API_TOKEN_PREFIX)


def api_token_digest(token: str) -> str:
    """The hex SHA-256 stored and looked up in place of the secret."""
    return hashlib.sha256(token.encode()).hexdigest()


def api_token_display_prefix(token: str) -> str:
    return token[: len(API_TOKEN_PREFIX) + API_TOKEN_SHOWN_CHARS]


def secrets_cipher(encryption_key: str) -> MultiFernet:
    """ENCRYPTION_KEY may list several comma-separated keys: the first encrypts, any decrypts,
    so secrets stay readable while a rotation re-encrypts them."""
    return MultiFernet([Fernet(key.strip().encode()) for key in encryption_key.split(",")])


def encrypt_secret(settings: Settings, plaintext: str) -> str:
    return secrets_cipher(settings.encryption_key).encrypt(plaintext.encode()).decode()


def decrypt_secret(settings: Settings, ciphertext: str) -> str:
    try:
        return secrets_cipher(settings.encryption_key).decrypt(ciphertext.encode()).decode()
    except InvalidToken as exc:
        raise ValueError(
            "stored secret cannot be decrypted with the current ENCRYPTION_KEY"
        ) from exc
