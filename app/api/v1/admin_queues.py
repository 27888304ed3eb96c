"""/api/v1/admin/queues: queue and worker metrics for administrators (the SPA's queue page)."""

from fastapi import APIRouter

from app.api.deps import AdminUser, QueuesDep, SettingsDep
from app.schemas.queue_metrics import QueuesOverview
from app.services import queue_metrics

router = APIRouter(prefix="/admin", tags=["admin"])


@router.get("/queues", response_model=QueuesOverview)
async def queues(_: AdminUser, pools: QueuesDep, settings: SettingsDep) -> QueuesOverview:
    """Per queue and per worker process: length, tasks per second, outcomes and success rate,
    processing times, memory and CPU. Read from Redis now, whichever API process answers."""
    return await queue_metrics.overview(pools, settings.worker_metrics_seconds)
