"""A small real job for exercising the JobRunner, and a WorkerSettings to run it in a real
`arq` process. It stores each item idempotently in a Redis set, so a test can prove nothing was
lost or duplicated."""

import asyncio
from typing import ClassVar

from arq.worker import Function

from app.core.config import get_settings
from app.core.errors import TransientError
from app.core.redis import EMAIL_QUEUE, queue_redis_settings
from app.core.tasks import JobRecord, Task, declare
from app.jobs import context, registry
from app.jobs.base import BaseJob


def items_key(job_id: object) -> str:
    return f"test-items:{job_id}"


class CountingJob(BaseJob):
    type = "test_count"
    calls: ClassVar[list[str]] = []

    async def before_run(self) -> None:
        CountingJob.calls.append("before_run")

    async def run(self) -> None:
        items = int(self.params["items"])
        await self.set_total(items)
        if self.params.get("transient_on_first_try") and self.job_try == 1:
            raise TransientError("upstream briefly unavailable")
        for i in range(int(self.cursor.get("next", 0)), items):
            if i == self.params.get("fail_at"):
                raise ValueError(f"item {i} is malformed")
            if i in self.params.get("bad_items", []):
                await self.record_error("BadItem", f"item {i} skipped", item_id=str(i))
                await self.advance(processed=1, failed=1)
                continue
            await asyncio.sleep(float(self.params.get("delay", 0)))
            await self.worker.cache.sadd(items_key(self.job_id), i)
            await self.advance(processed=1, parsed=1)
            if (i + 1) % 10 == 0:
                await self.save_cursor({"next": i + 1})
        self.summary = {"items": items}

    async def after_run(self) -> None:
        CountingJob.calls.append("after_run")

    async def on_failure(self, exc: BaseException) -> None:
        CountingJob.calls.append(f"on_failure:{type(exc).__name__}")


# Declared in the registry like the application's own, so services can start it by type.
RUN_TEST_COUNT = declare(Task("run_test_count", EMAIL_QUEUE, JobRecord, keep_result=0))
registry.bind_job(RUN_TEST_COUNT, CountingJob)
TASKS: list[Function] = [registry.function(RUN_TEST_COUNT)]


class WorkerSettings:
    functions = TASKS
    on_startup = context.startup
    on_shutdown = context.shutdown
    redis_settings = queue_redis_settings(get_settings(), EMAIL_QUEUE)
    poll_delay = 0.05
    handle_signals = True
