"""The task registry (app.core.tasks) and the workers built from it, and the layer rule that
keeps core/ the ground floor."""

import ast
from pathlib import Path

import pytest

from app.core import tasks
from app.core.config import PROJECT_ROOT
from app.core.redis import BASE_QUEUE, EMAIL_QUEUE
from app.core.tasks import NoArgs, Task
from app.jobs import registry
from workers.base import WorkerSettings as BaseWorker
from workers.email import WorkerSettings as EmailWorker

WORKERS = {BASE_QUEUE: BaseWorker, EMAIL_QUEUE: EmailWorker}


def _names(worker: type) -> set[str]:
    return {f.name for f in worker.functions} | {c.name for c in worker.cron_jobs}


def test_every_declared_task_runs_on_the_worker_of_its_queue_and_no_other() -> None:
    declared = registry.declared_tasks()
    assert len(declared) >= 8
    for task in declared:
        on = [queue for queue, worker in WORKERS.items() if task.name in _names(worker)]
        assert on == [task.queue], f"{task.name} is declared on {task.queue} but runs on {on}"


def test_every_worker_function_is_a_declared_task() -> None:
    declared = {task.name for task in registry.declared_tasks()}
    for worker in WORKERS.values():
        assert _names(worker) <= declared


def test_a_declared_task_without_a_handler_stops_the_worker_from_building(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        tasks, "FORGOTTEN", Task("forgotten_task", BASE_QUEUE, NoArgs), raising=False
    )
    with pytest.raises(RuntimeError, match="forgotten_task"):
        registry.worker_functions(BASE_QUEUE)


def test_deferring_checks_the_argument_type() -> None:
    with pytest.raises(TypeError, match="send_otp_email takes OtpEmail"):
        tasks.SEND_OTP_EMAIL.defer(None, NoArgs())  # type: ignore[arg-type]


LOWER_LAYERS = {"app.core": ("app.api", "app.services", "app.jobs", "app.ingest")}


@pytest.mark.parametrize("package", sorted(LOWER_LAYERS))
def test_imports_only_point_down_the_layers(package: str) -> None:
    forbidden = LOWER_LAYERS[package]
    offenders = []
    for path in Path(PROJECT_ROOT, *package.split(".")).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path.relative_to(PROJECT_ROOT)}: {name}"
                for name in names
                if name.startswith(forbidden)
            ]
    assert offenders == []
