"""app.api.query reads a route's query as FastAPI would: the same values, the same 422 errors
and the same OpenAPI parameters, for the ledger page's declaration."""

from typing import Annotated, Any

import httpx
from fastapi import Depends, FastAPI, Query, Request

from app.api.query import QueryParser
from app.api.v1.transactions import _LEDGER_QUERY, _ledger_query
from app.schemas.transaction import TransactionFilters, TransactionSort

QUERIES = [
    "",
    "limit=5&sort=amount",
    "type=both",
    "limit=0",
    "limit=abc",
    "sort=-name",
    "cursor=" + "a" * 501,
    "date_from=2026-03-02&date_to=2026-03-01",
    "amount_min=5&amount_max=1",
    "amount_min=5&amount_max=1&limit=3&sort=amount",
    "amount_min=1.234",
    "amount_min=abc&limit=0&sort=x&cursor=" + "b" * 501,
    "date_from=garbage&category_id=nope&uncategorised=maybe",
    "currency=RUPEES&source=x&q=&tag=",
    "uncategorised=true&currency=inr&tag=%20Food%20&q=upi",
    "type=credit&type=debit&limit=2&limit=3",
    "unknown=1",
]


def _apps() -> tuple[FastAPI, FastAPI]:
    native = FastAPI()

    @native.get("/")
    async def read_natively(
        filters: Annotated[TransactionFilters, Query()],
        sort: TransactionSort = "-occurred_at",
        cursor: Annotated[str | None, Query(max_length=500)] = None,
        limit: Annotated[int, Query(ge=1, le=200)] = 50,
    ) -> dict[str, Any]:
        return {"filters": filters, "sort": sort, "cursor": cursor, "limit": limit}

    ours = FastAPI()

    async def query(request: Request) -> dict[str, Any]:
        return _LEDGER_QUERY.parse(request.query_params)

    @ours.get("/", openapi_extra=_LEDGER_QUERY.openapi_extra)
    async def read_ours(values: Annotated[dict[str, Any], Depends(query)]) -> dict[str, Any]:
        return values

    return native, ours


async def test_values_and_errors_are_fastapis():
    native, ours = _apps()
    async with (
        httpx.AsyncClient(transport=httpx.ASGITransport(app=native), base_url="http://t") as a,
        httpx.AsyncClient(transport=httpx.ASGITransport(app=ours), base_url="http://t") as b,
    ):
        for query in QUERIES:
            expected, got = await a.get(f"/?{query}"), await b.get(f"/?{query}")
            assert (got.status_code, _shown(got)) == (expected.status_code, _shown(expected)), query


def _shown(response: httpx.Response) -> Any:
    """What the app shows of a 422 (app.api.app: each error's location and message; the type
    too, to be strict) or the values read. An error's `input` may differ: FastAPI hands a model
    every parameter of the request, this parser only those the model names."""
    body = response.json()
    if response.status_code != 422:
        return body
    return [(error["loc"], error["msg"], error["type"]) for error in body["detail"]]


def test_the_openapi_parameters_are_fastapis():
    native, ours = _apps()
    assert (
        ours.openapi()["paths"]["/"]["get"]["parameters"]
        == native.openapi()["paths"]["/"]["get"]["parameters"]
    )


def test_a_model_with_aliases_is_refused():
    from pydantic import BaseModel, Field

    class Aliased(BaseModel):
        value: int | None = Field(None, alias="v")

    async def declared(model: Annotated[Aliased, Query()]) -> None: ...

    try:
        QueryParser(declared)
    except TypeError:
        return
    raise AssertionError("an aliased model was accepted")


def test_the_ledger_declaration_is_the_one_parsed():
    assert QueryParser(_ledger_query).openapi_extra == _LEDGER_QUERY.openapi_extra
