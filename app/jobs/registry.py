"""Binds each task declared in app.core.tasks to the code that does it, and builds a worker's
ARQ functions and cron jobs from the declarations.

Two shapes of task, one policy:
- a BaseJob (`bind_job`): the JobRunner keeps its record (status, progress, checkpoints, error
  log, cancel) in PostgreSQL;
- a light task (`@handler`): a plain async function of (WorkerContext, typed arguments) that
  does its writes inside `worker.uow` units of work. It gets the same transient-failure retry
  with backoff (app.jobs.retry) and one structured log line per failure, but no job record: it
  is a short step (a mail, an alert, one extraction batch) whose progress nobody watches.
"""

import importlib
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from arq import cron
from arq.cron import CronJob
from arq.typing import WorkerCoroutine
from arq.worker import Function, func

from app.core import tasks
from app.core.tasks import JobRecord, Task, TaskArgs
from app.jobs.base import BaseJob
from app.jobs.context import WorkerContext, worker_of
from app.jobs.lease import renewed_claim
from app.jobs.retry import retry_later
from app.jobs.runner import JobRunner
from app.models.job import CANCELLED, FAILED

A = TypeVar("A", bound=TaskArgs)
R = TypeVar("R")
Handler = Callable[[WorkerContext, A], Awaitable[R]]

# The modules that bind handlers; imported before a worker's functions are built.
HANDLER_MODULES = (
    "app.jobs.notifications",
    "app.jobs.budget_alerts",
    "app.jobs.email_extraction",
    "app.jobs.email_fetch",
    "app.jobs.plaid_sync",
    "app.jobs.sender_reextract",
    "app.jobs.upkeep",
    "app.jobs.scheduling",
    "app.jobs.fx_refresh",
)

_functions: dict[str, Function] = {}


def handler(task: Task[A]) -> Callable[[Handler[A, R]], Handler[A, R]]:
    """Make the decorated function the handler of `task`."""

    def bind(implementation: Handler[A, R]) -> Handler[A, R]:
        async def run(ctx: dict[str, Any], **arguments: Any) -> R:
            worker = worker_of(ctx)
            async with worker.meter.measure(task.queue, task.name):
                try:
                    lease = worker.settings.task_lease_seconds
                    async with renewed_claim(ctx["redis"], ctx["job_id"], lease):
                        return await implementation(worker, task.args.model_validate(arguments))
                except Exception as exc:
                    job_try = int(ctx.get("job_try", 1))
                    retry = retry_later(worker.settings, task.name, job_try, exc)
                    if retry is not None:
                        raise retry from exc
                    raise

        _bind(task, run)
        return implementation

    return bind


def bind_job(task: Task[JobRecord], job_cls: type[BaseJob]) -> None:
    """Make the JobRunner, running `job_cls`, the handler of `task`."""

    async def run(ctx: dict[str, Any], **arguments: Any) -> str:
        record = JobRecord.model_validate(arguments)
        worker = worker_of(ctx)
        runner = JobRunner(worker, int(ctx.get("job_try", 1)))
        async with worker.meter.measure(task.queue, task.name) as outcome:
            result = await runner.execute(job_cls, uuid.UUID(record.job_id))
            # The runner settles a failed or cancelled job and returns: ARQ sees a success.
            if result == FAILED:
                outcome.value = "failure"
            elif result == CANCELLED:
                outcome.value = "cancelled"
            return result

    _bind(task, run)


def _bind(task: Task[Any], run: WorkerCoroutine) -> None:
    if task.name in _functions:
        raise ValueError(f"task {task.name!r} has two handlers")
    _functions[task.name] = func(run, name=task.name, keep_result=task.keep_result)


def function(task: Task[Any]) -> Function:
    """The ARQ function of a task (its handler module must have been imported)."""
    load_handlers()
    return _functions[task.name]


def worker_functions(queue: str) -> list[Function]:
    """Every enqueued (not scheduled) task of `queue`; refuses to build a worker that would
    leave a declared task without a handler."""
    load_handlers()
    declared = [t for t in declared_tasks() if t.queue == queue and not t.scheduled]
    missing = [t.name for t in declared if t.name not in _functions]
    if missing:
        raise RuntimeError(f"declared tasks without a handler: {', '.join(missing)}")
    return [_functions[t.name] for t in declared]


def scheduled(task: Task[Any], **schedule: Any) -> CronJob:
    """A worker's cron entry for a scheduled task (ARQ's `cron` keywords)."""
    if not task.scheduled:
        raise ValueError(f"{task.name} is not declared as scheduled")
    return cron(function(task).coroutine, name=task.name, **schedule)


def declared_tasks() -> list[Task[Any]]:
    """The application's tasks: those declared in app.core.tasks."""
    return [value for value in vars(tasks).values() if isinstance(value, Task)]


def load_handlers() -> None:
    for module in HANDLER_MODULES:
        importlib.import_module(module)
