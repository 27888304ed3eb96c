"""/api/v1/exchange-rates: the rates reports convert with (everyone reads; admins write)."""

from typing import Annotated

from fastapi import APIRouter, Query

from app.api.deps import AdminUser, CurrentUser, PaginationDep, SessionDep
from app.schemas.common import Page
from app.schemas.exchange_rate import ExchangeRatePublic, ExchangeRateUpsert, UpsertResult
from app.schemas.money import CurrencyCode
from app.services import exchange_rates as rate_service

router = APIRouter(prefix="/exchange-rates", tags=["exchange rates"])


@router.get("", response_model=Page[ExchangeRatePublic])
async def list_rates(
    _: CurrentUser,
    session: SessionDep,
    page: PaginationDep,
    base: Annotated[CurrencyCode | None, Query()] = None,
    quote: Annotated[CurrencyCode | None, Query()] = None,
) -> Page[ExchangeRatePublic]:
    """Newest first. A conversion uses the latest rate on or before the transaction's day."""
    rates, total = await rate_service.list_rates(
        session, base=base, quote=quote, offset=page.offset, limit=page.limit
    )
    items = [ExchangeRatePublic.model_validate(rate) for rate in rates]
    return Page[ExchangeRatePublic](items=items, total=total, offset=page.offset, limit=page.limit)


@router.put("", response_model=UpsertResult)
async def upsert_rates(data: ExchangeRateUpsert, _: AdminUser, session: SessionDep) -> UpsertResult:
    """Add rates (1 base = rate quote on as_of); a rate for the same pair and day is replaced."""
    return UpsertResult(saved=await rate_service.upsert_rates(session, data))
