"""Operational endpoints: /health and /metrics."""

import hmac
import ipaddress
import logging

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST
from redis.exceptions import RedisError

from app.api.deps import SessionDep, SettingsDep
from app.core import metrics as metrics_registry
from app.core.config import Settings
from app.core.errors import Forbidden
from app.schemas.common import Health
from app.services import categoriser_experiments, health, queue_metrics

log = logging.getLogger(__name__)

router = APIRouter(tags=["system"])


@router.get(
    "/health",
    response_model=Health,
    responses={503: {"model": Health, "description": "PostgreSQL or Redis is down"}},
)
async def read_health(request: Request, response: Response) -> Health:
    result = await health.check(request.state.engine, request.state.cache)
    if result.status != "ok":
        response.status_code = 503
    return result


@router.get("/metrics", include_in_schema=False)
async def metrics(request: Request, settings: SettingsDep, session: SessionDep) -> Response:
    """Request counts and latencies say what people do: only for METRICS_ALLOW_IPS (this host,
    by default) or a scraper holding METRICS_TOKEN."""
    if not (_from_allowed_address(request, settings) or _has_metrics_token(request, settings)):
        raise Forbidden(
            "Metrics are served to METRICS_ALLOW_IPS, or with the METRICS_TOKEN bearer token."
        )
    await categoriser_experiments.report(session)  # the A/B figures, fresh from the database
    body = metrics_registry.render()
    try:  # the queues' figures, read from Redis now: the same from every API process
        body += await queue_metrics.prometheus_text(request.state.queues)
    except (RedisError, OSError):
        log.warning("queue metrics unavailable: Redis did not answer", exc_info=True)
    return Response(body, media_type=CONTENT_TYPE_LATEST)


def _from_allowed_address(request: Request, settings: Settings) -> bool:
    allowed = [part.strip() for part in settings.metrics_allow_ips.split(",") if part.strip()]
    if "*" in allowed:
        return True
    try:
        client = ipaddress.ip_address(request.client.host if request.client else "")
    except ValueError:
        return False
    return any(client in ipaddress.ip_network(network, strict=False) for network in allowed)


def _has_metrics_token(request: Request, settings: Settings) -> bool:
    if settings.metrics_token is None:
        return False
    expected = f"Bearer {settings.metrics_token.get_secret_value()}"
    presented = request.headers.get("authorization", "")
    return hmac.compare_digest(presented.encode(), expected.encode())
