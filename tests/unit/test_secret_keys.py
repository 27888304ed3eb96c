"""The installation's own keys (issue "Safe by default", finding 1): never a published one."""

import asyncio
import os
import stat
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import jwt
import pytest
from cryptography.fernet import Fernet
from pydantic import ValidationError

from app.core import keys
from app.core.config import PROJECT_ROOT, Settings
from app.core.security import decrypt_secret, encrypt_secret

OLD_DEV_SECRET = "dev-secret-change-me-0123456789abcdef"
OLD_DEV_FERNET = "ZGV2LWVuY3J5cHRpb24ta2V5LWNoYW5nZS1tZS0wMTI="


def _settings(tmp_path: Path, **values: str) -> Settings:
    return Settings(_env_file=None, environment="development", keys_dir=tmp_path, **values)  # type: ignore[call-arg]


def test_unset_keys_are_generated_private_and_reused(tmp_path: Path) -> None:
    first = _settings(tmp_path)
    assert first.secret_key not in keys.KNOWN_DEFAULT_KEYS
    assert Fernet(first.encryption_key.encode())  # a usable Fernet key
    assert sorted(p.name for p in first.generated_keys) == ["encryption_key", "secret_key"]
    for name in ("secret_key", "encryption_key"):
        assert stat.S_IMODE(os.stat(tmp_path / name).st_mode) == 0o600
    again = _settings(tmp_path)
    assert (again.secret_key, again.encryption_key) == (first.secret_key, first.encryption_key)
    assert again.generated_keys == []


def test_processes_starting_together_agree_on_one_key(tmp_path: Path) -> None:
    with ThreadPoolExecutor(8) as pool:
        made = list(
            pool.map(lambda _: keys.load_or_create(tmp_path / "k", keys.new_secret_key), range(32))
        )
    assert len({value for value, _ in made}) == 1
    assert sum(created for _, created in made) == 1


@pytest.mark.parametrize(
    "values",
    [
        {"secret_key": OLD_DEV_SECRET},
        {"encryption_key": OLD_DEV_FERNET},
        {"secret_key": "change-me-to-a-long-random-string"},
        {"encryption_key": f"{Fernet.generate_key().decode()},{OLD_DEV_FERNET}"},
    ],
)
@pytest.mark.parametrize("environment", ["development", "production"])
def test_a_published_key_is_refused_outside_tests(
    tmp_path: Path, values: dict[str, str], environment: str
) -> None:
    with pytest.raises(ValidationError, match="published"):
        Settings(_env_file=None, environment=environment, keys_dir=tmp_path, **values)  # type: ignore[call-arg, arg-type]


def test_a_token_signed_with_the_old_public_key_is_worthless(tmp_path: Path) -> None:
    forged = jwt.encode({"sub": "x", "type": "access", "exp": 4102444800}, OLD_DEV_SECRET)
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(forged, _settings(tmp_path).secret_key, algorithms=["HS256"])


def test_a_key_list_decrypts_with_any_and_encrypts_with_the_first(tmp_path: Path) -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    stored = encrypt_secret(_settings(tmp_path, encryption_key=old), "imap password")
    both = _settings(tmp_path, encryption_key=f"{new},{old}")
    assert decrypt_secret(both, stored) == "imap password"
    assert decrypt_secret(_settings(tmp_path, encryption_key=new), encrypt_secret(both, "x")) == "x"


def test_the_app_refuses_to_start_with_a_published_key(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "ENVIRONMENT": "development",
        "SECRET_KEY": OLD_DEV_SECRET,
        "KEYS_DIR": str(tmp_path),
    }
    started = subprocess.run(
        [sys.executable, "-c", "from app.core.config import get_settings; get_settings()"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert started.returncode != 0
    assert "published in FinCoach's source" in started.stderr


async def test_rotation_re_encrypts_every_stored_secret(tmp_path: Path, settings, session_factory):
    from sqlalchemy import select

    from app.launcher import rotate_encryption_key
    from app.models import ConnectedAccount, StatementPassword, User
    from app.models.role import Role

    mine = _settings(tmp_path, database_url=settings.database_url)
    old_key = mine.encryption_key
    async with session_factory() as session, session.begin():
        role = await session.scalar(select(Role).where(Role.name == "user"))
        user = User(email="keys@example.com", password_hash="x", role_id=role.id)
        session.add(user)
        await session.flush()
        for n in range(3):
            session.add(
                ConnectedAccount(
                    user_id=user.id,
                    provider="imap",
                    address=f"box{n}@example.com",
                    credentials=encrypt_secret(mine, f'{{"password": "pw{n}"}}'),
                )
            )
        session.add(
            StatementPassword(
                user_id=user.id, sender="bank@example.com", secret=encrypt_secret(mine, "pdf-pw")
            )
        )

    assert await asyncio.to_thread(rotate_encryption_key, mine, settings.database_url, None) == 0

    new_key = keys.read(tmp_path / "encryption_key")
    assert new_key != old_key
    assert not (tmp_path / "encryption_key.next").exists()
    async with session_factory() as session:
        stored = (await session.scalars(select(ConnectedAccount.credentials))).all()
    after = _settings(tmp_path)
    assert sorted(decrypt_secret(after, token) for token in stored) == [
        f'{{"password": "pw{n}"}}' for n in range(3)
    ]
    with pytest.raises(ValueError):
        decrypt_secret(_settings(tmp_path, encryption_key=old_key), stored[0])
    async with session_factory() as session:
        kept = await session.scalar(select(StatementPassword.secret))
    assert decrypt_secret(after, kept) == "pdf-pw"
