"""Helpers for the money tests: add transactions through the API, find default categories,
read rows straight from the database."""

from typing import Any

from httpx import AsyncClient
from sqlalchemy import text

from tests.factories import SignedIn


async def add_txn(client: AsyncClient, user: SignedIn, **fields: Any) -> dict[str, Any]:
    body = {"amount": "100.00", "type": "debit", "occurred_at": "2026-03-10T12:00:00Z", **fields}
    response = await client.post("/api/v1/transactions", json=body, headers=user.headers)
    assert response.status_code == 201, response.text
    return response.json()


async def category_ids(client: AsyncClient, user: SignedIn) -> dict[str, str]:
    """Name → id of the user's categories ("Transport/Fuel" for a subcategory)."""
    response = await client.get("/api/v1/categories", headers=user.headers)
    assert response.status_code == 200, response.text
    items = response.json()
    names = {c["id"]: c["name"] for c in items}
    return {
        (f"{names[c['parent_id']]}/{c['name']}" if c["parent_id"] else c["name"]): c["id"]
        for c in items
    }


async def rows(worker_ctx: Any, sql: str, **params: Any) -> list[Any]:
    async with worker_ctx.sessionmaker() as session:
        return list((await session.execute(text(sql), params)).all())


def error_code(response: Any) -> str:
    return response.json()["error"]["code"]
