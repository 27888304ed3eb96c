"""Operational endpoints: /health and /metrics."""

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST

from app.core import metrics as metrics_registry
from app.schemas.common import Health
from app.services import health

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
async def metrics() -> Response:
    return Response(metrics_registry.render(), media_type=CONTENT_TYPE_LATEST)
