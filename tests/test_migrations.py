"""The migrations run up, down and up again on real PostgreSQL, and match the models exactly."""

import asyncio
import os
import subprocess
import sys
import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.ext.asyncio import create_async_engine

from app.core import embedded
from app.core.config import PROJECT_ROOT
from app.models import Base
from tests.conftest import _create_database, _drop_database


@pytest.fixture
def scratch_database(postgres_server_url):
    name = f"fincoach_migrate_{uuid.uuid4().hex[:8]}"
    asyncio.run(_create_database(postgres_server_url, name))
    yield embedded.with_database(postgres_server_url, name)
    asyncio.run(_drop_database(postgres_server_url, name))


def alembic(database_url: str, *args: str) -> None:
    env = {**os.environ, "DATABASE_URL": database_url}
    subprocess.run(
        [sys.executable, "-m", "alembic", *args],
        cwd=PROJECT_ROOT,
        env=env,
        check=True,
        capture_output=True,
    )


def test_upgrade_downgrade_upgrade_and_no_drift(scratch_database):
    alembic(scratch_database, "upgrade", "head")
    alembic(scratch_database, "downgrade", "base")
    alembic(scratch_database, "upgrade", "head")
    assert asyncio.run(_differences(scratch_database)) == []


async def _differences(url: str) -> list[object]:
    engine = create_async_engine(url)
    async with engine.connect() as conn:
        diff = await conn.run_sync(
            lambda sync: compare_metadata(
                MigrationContext.configure(sync, opts={"compare_type": True}), Base.metadata
            )
        )
    await engine.dispose()
    return list(diff)
