"""The API's responses to a fixed set of ledger and summary requests, written to a file, so that
two versions of the code can be compared byte for byte (a speed change must not change them).

    .venv/bin/python -m bench.api_responses OUT.json       # in one checkout
    /tmp/before/.venv/bin/python -m bench.api_responses BEFORE.json   # in the other
    diff OUT.json BEFORE.json

Works in the scratch database `fincoach_bench_responses` (suffixed under BENCH_ISOLATION), seeded
on first use with one user's deterministic ledger (merchants, accounts, three-decimal currencies,
tags, a split, balances, descriptions with quotes, control characters and other scripts) and kept,
so that both runs read the same rows. Each request goes through the ASGI app in process (status,
headers and body recorded): filters alone and combined, every sort, cursor pages followed to the
end, bad input of every kind (422/400), no or a bad sign-in (401), and the OpenAPI document.
Prints how many responses it wrote; asserts nothing.
"""

import asyncio
import json
import os
import sys
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from bench import scratch

DB_NAME = scratch.db_name("fincoach_bench_responses")
EMAIL = "bench-responses@example.com"
START = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
DESCRIPTIONS = [
    "UPI/Swiggy/1234",
    'Quote " and backslash \\ inside',
    "Line\nbreak\ttab",
    "Control \x01 char",
    "Café – naïve ₹ 中文 😀",
    "  padded  ",
]


async def seed() -> uuid.UUID:
    """The user's id; its ledger is written once (same ids on every later run)."""
    import asyncpg

    from app.crud import roles as roles_crud
    from app.crud import users as users_crud
    from app.jobs.context import WorkerContext
    from app.models.role import USER_ROLE
    from app.services.categories import ensure_default_categories

    dsn = scratch.server_dsn(os.environ["DATABASE_URL"])
    conn = await asyncpg.connect(dsn)
    try:
        found = await conn.fetchval("SELECT id FROM users WHERE email = $1", EMAIL)
    finally:
        await conn.close()
    if found is not None:
        return found
    ctx = await WorkerContext.open()
    try:
        async with ctx.sessionmaker() as session, session.begin():
            role = await roles_crud.get_by_name(session, USER_ROLE)
            user = await users_crud.create(
                session,
                email=EMAIL,
                password_hash="not-used",
                is_verified=True,
                role_id=role.id if role else None,
            )
            await ensure_default_categories(session, user.id)
            user_id = user.id
    finally:
        await ctx.close()
    conn = await asyncpg.connect(dsn)
    try:
        async with conn.transaction():
            await _seed_ledger(conn, user_id)
    finally:
        await conn.close()
    return user_id


async def _seed_ledger(conn: Any, user_id: uuid.UUID) -> None:
    categories = [
        r["id"]
        for r in await conn.fetch(
            "SELECT id FROM categories WHERE user_id = $1 ORDER BY name", user_id
        )
    ]
    transactors = [uuid.UUID(int=1000 + i) for i in range(3)]
    for i, merchant in enumerate(["Swiggy", "Amazon", "Café Noir"]):
        await conn.execute(
            "INSERT INTO transactors (id, user_id, name, key, aliases, merged_keys) "
            "VALUES ($1, $2, $3, $4, '{}', '{}')",
            transactors[i],
            user_id,
            merchant,
            merchant.lower(),
        )
    accounts = [uuid.UUID(int=2000 + i) for i in range(2)]
    for i, (name, last4) in enumerate([("HDFC card", "1234"), ("Wallet", "")]):
        await conn.execute(
            "INSERT INTO accounts (id, user_id, institution, kind, last4, name) "
            "VALUES ($1, $2, $3, 'card', $4, $5)",
            accounts[i],
            user_id,
            name.split()[0],
            last4,
            name,
        )
    rows = []
    for i in range(300):
        currency = ["INR", "USD", "KWD"][i % 3]
        amount = Decimal(i * 37 % 5000 + 1) / (1000 if currency == "KWD" else 100)
        rows.append(
            (
                uuid.UUID(int=10_000 + i),
                user_id,
                amount,
                currency,
                "credit" if i % 7 == 0 else "debit",
                START + timedelta(hours=i * 7, microseconds=(i % 4) * 250_000),
                DESCRIPTIONS[i % len(DESCRIPTIONS)] + f" #{i}",
                transactors[i % 4] if i % 4 < 3 else None,
                categories[i % len(categories)] if i % 5 else None,
                ["rule", "model", "user", "none"][i % 4],
                ["email", "manual", "csv", "statement"][i % 4],
                accounts[i % 3] if i % 3 < 2 else None,
                Decimal(i * 101) / 100 if i % 2 else None,
                f"REF{i}" if i % 6 == 0 else None,
                "a note" if i % 9 == 0 else "",
                ["food", "work"][: i % 3],
                START + timedelta(days=1, hours=i, microseconds=i) if i % 8 == 0 else None,
                _statement_original(i),
                START,
                START + timedelta(seconds=i),
            )
        )
    await conn.copy_records_to_table(
        "transactions",
        records=rows,
        columns=[
            "id",
            "user_id",
            "amount",
            "currency",
            "type",
            "occurred_at",
            "description",
            "transactor_id",
            "category_id",
            "category_source",
            "source",
            "account_id",
            "balance_after",
            "reference",
            "notes",
            "tags",
            "confirmed_at",
            "statement_original",
            "created_at",
            "updated_at",
        ],
    )
    await conn.execute(
        "INSERT INTO transaction_splits (id, user_id, transaction_id, category_id, amount, "
        "position) VALUES ($1, $2, $3, $4, 1, 0), ($5, $2, $3, NULL, 2, 1)",
        uuid.UUID(int=3000),
        user_id,
        uuid.UUID(int=10_001),
        categories[0],
        uuid.UUID(int=3001),
    )


def _statement_original(i: int) -> str | None:
    """What a bank statement replaced: none (SQL NULL or JSON null, as the ORM writes None),
    nothing, or a few fields (jsonb reorders keys)."""
    if i % 25 == 0:
        return json.dumps({"occurred_at": "2026-03-01", "description": 'A "b"', "amount": "1.00"})
    return {1: "{}", 2: "null"}.get(i % 25)


def requests(category: str) -> list[str]:
    """Query strings of the ledger page (and a few summaries)."""
    merchant, account = uuid.UUID(int=1000), uuid.UUID(int=2000)
    good = [
        "",
        "limit=1",
        "limit=200",
        "type=debit",
        "type=credit&limit=5",
        "date_from=2026-03-10&date_to=2026-03-20",
        "date_from=2026-03-10",
        "date_to=2026-03-05",
        f"category_id={category}",
        "uncategorised=true",
        "uncategorised=false&limit=3",
        f"transactor_id={merchant}",
        f"account_id={account}",
        "amount_min=10&amount_max=20",
        "amount_min=0.5",
        "currency=KWD",
        "currency=kwd",
        "source=manual",
        "tag=work",
        "q=swiggy",
        "q=caf%C3%A9",
        "sort=amount",
        "sort=-amount&limit=7",
        "sort=occurred_at&limit=9",
        "type=debit&type=credit",
        "unknown=1&limit=4",
        f"type=debit&currency=INR&account_id={account}&transactor_id={merchant}&tag=food",
    ]
    bad = [
        "limit=0",
        "limit=201",
        "limit=abc",
        "limit=",
        "date_from=2026-13-01",
        "date_from=2026-03-20&date_to=2026-03-10",
        "amount_min=-1",
        "amount_min=1.234",
        "amount_min=20&amount_max=10",
        "amount_min=abc",
        "category_id=not-a-uuid",
        "uncategorised=maybe",
        "type=sideways",
        "currency=EURO",
        "source=pigeon",
        "q=",
        "q=" + "x" * 101,
        "sort=name",
        "cursor=garbage",
        "cursor=" + "x" * 501,
        "limit=0&sort=name&type=up",
    ]
    return good + bad


async def dump(out_path: str) -> None:
    from app.core.config import get_settings
    from app.core.security import create_token
    from app.main import app

    user_id = await seed()
    import asyncpg

    conn = await asyncpg.connect(scratch.server_dsn(os.environ["DATABASE_URL"]))
    try:
        category = await conn.fetchval(
            "SELECT id FROM categories WHERE user_id = $1 AND parent_id IS NULL ORDER BY name "
            "LIMIT 1",
            user_id,
        )
    finally:
        await conn.close()
    token = create_token(
        get_settings(), subject=str(user_id), token_type="access", expires_in=timedelta(hours=1)
    )
    state: dict[str, Any] = {}
    startup: asyncio.Queue[Any] = asyncio.Queue()
    events: asyncio.Queue[Any] = asyncio.Queue()
    await startup.put({"type": "lifespan.startup"})
    scope = {"type": "lifespan", "asgi": {"version": "3.0"}, "state": state}
    lifespan = asyncio.create_task(app(scope, startup.get, events.put))
    await events.get()

    async def get(path: str, query: str, authorization: str | None) -> dict[str, Any]:
        headers = [(b"host", b"test")]
        if authorization is not None:
            headers.append((b"authorization", authorization.encode()))
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "GET",
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "query_string": query.encode(),
            "root_path": "",
            "headers": headers,
            "client": ("127.0.0.1", 1),
            "server": ("test", 80),
            "state": dict(state),
        }
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        await app(scope, receive, send)
        return {
            "request": f"{path}?{query}",
            "status": sent[0]["status"],
            "headers": [[k.decode(), v.decode()] for k, v in sent[0]["headers"]],
            "body": b"".join(m.get("body", b"") for m in sent[1:]).decode(),
        }

    bearer = f"Bearer {token}"
    responses = []
    for query in requests(str(category)):
        response = await get("/api/v1/transactions", query, bearer)
        responses.append(response)
        pages = 0  # follow the cursor to the end (a few pages at most)
        while response["status"] == 200 and pages < 8:
            cursor = json.loads(response["body"])["next_cursor"]
            if cursor is None:
                break
            response = await get("/api/v1/transactions", f"{query}&cursor={cursor}", bearer)
            responses.append(response)
            pages += 1
    for query in ["", "date_from=2026-03-01&date_to=2026-03-31", "date_from=bad"]:
        responses.append(await get("/api/v1/analytics/summary", query, bearer))
    responses.append(await get("/api/v1/transactions", "", None))
    responses.append(await get("/api/v1/transactions", "limit=0", "Bearer not-a-token"))
    responses.append(await get("/openapi.json", "", None))
    await startup.put({"type": "lifespan.shutdown"})
    await events.get()
    await lifespan
    with open(out_path, "w") as out:
        json.dump(responses, out, indent=1, ensure_ascii=False)
    print(f"{len(responses)} responses written to {out_path}")


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    scratch.prepare(DB_NAME)
    asyncio.run(dump(sys.argv[1]))


if __name__ == "__main__":
    main()
