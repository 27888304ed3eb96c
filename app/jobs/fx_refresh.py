"""Daily upkeep on the base queue: fetch ECB's latest reference rates into exchange_rates.

Offline installations lose nothing (the history ships with the code), so an unreachable or
broken feed is one warning line and the task ends normally: no retries, no failed job."""

import logging

import httpx

from app.analytics import ecb
from app.core.tasks import REFRESH_EXCHANGE_RATES, NoArgs
from app.jobs.context import WorkerContext
from app.jobs.registry import handler
from app.services import exchange_rates

log = logging.getLogger(__name__)


@handler(REFRESH_EXCHANGE_RATES)
async def refresh_exchange_rates(worker: WorkerContext, args: NoArgs) -> int:
    """How many rates newer than the bundled series were stored (-1: the feed was not read)."""
    url = worker.settings.ecb_rates_url
    try:
        async with httpx.AsyncClient(timeout=worker.settings.ecb_timeout_seconds) as http:
            response = await http.get(url, follow_redirects=True)
            response.raise_for_status()
        rates = ecb.parse(response.content)
    except (httpx.HTTPError, ecb.EcbFormatError) as exc:
        log.warning(
            "ecb_refresh_skipped url=%s error_type=%s error=%s",
            url,
            type(exc).__name__,
            (str(exc) or repr(exc))[:300],
        )
        return -1
    async with worker.uow.begin() as session:
        return await exchange_rates.save_reference_rates(session, rates)
