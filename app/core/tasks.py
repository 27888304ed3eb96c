"""The task registry: every background task is declared here once, with its name, its queue and
the type of its arguments.

Services start a task through its declaration (`SEND_OTP_EMAIL.defer(session, OtpEmail(...))`),
never by a bare string; the job is enqueued when the unit of work commits (core.uow). The
workers build their ARQ settings from this registry (app.jobs.registry binds each declaration to
its handler), and a test fails when a declared task has no handler or sits on the wrong worker.

Arguments travel as JSON-able keyword arguments and are validated again by the worker.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.queue import DeferredJob, defer_job
from app.core.redis import BASE_QUEUE, EMAIL_QUEUE


class TaskArgs(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


A = TypeVar("A", bound=TaskArgs)


@dataclass(frozen=True)
class Task(Generic[A]):
    name: str
    queue: str
    args: type[A]
    # A deterministic ARQ job id: while a job with it is queued or running (or its result is
    # kept), enqueueing it again does nothing.
    job_id: Callable[[A], str] | None = field(default=None, compare=False)
    keep_result: int | None = None  # seconds ARQ keeps the result; None: ARQ's default
    scheduled: bool = False  # run by a worker's cron, not enqueued by services

    def defer(
        self,
        session: AsyncSession,
        args: A,
        *,
        job_id: str | None = None,
        delay_seconds: float | None = None,
    ) -> None:
        """Enqueue once the session's unit of work commits (dropped on rollback). `job_id`
        overrides the declared ARQ job id (a BaseJob's record carries its own)."""
        if not isinstance(args, self.args):
            raise TypeError(f"{self.name} takes {self.args.__name__}, not {type(args).__name__}")
        defer_job(
            session,
            DeferredJob(
                queue=self.queue,
                function=self.name,
                arguments=args.model_dump(mode="json"),
                job_id=job_id or (self.job_id(args) if self.job_id else None),
                defer_by=delay_seconds,
            ),
        )


REGISTRY: dict[str, Task[Any]] = {}


def declare(task: Task[A]) -> Task[A]:
    if task.name in REGISTRY:
        raise ValueError(f"task {task.name!r} is declared twice")
    REGISTRY[task.name] = task
    return task


# ---- base queue: mail, learning, upkeep ----------------------------------------------------


class OtpEmail(TaskArgs):
    email: str
    purpose: Literal["verify", "login"]
    registration: str  # the user id the code is bound to


NoticeKind = Literal[
    "already_registered",
    "registration_pending",
    "codes_locked",
    "second_factor_locked",
    "totp_enabled",
    "totp_disabled",
    "recovery_code_used",
]


class AccountNotice(TaskArgs):
    email: str
    notice: NoticeKind


class BudgetAlert(TaskArgs):
    alert_id: str


class UserTask(TaskArgs):
    user_id: str


class NoArgs(TaskArgs):
    pass


class Upkeep(TaskArgs):
    # A pending job younger than this may not have been picked up yet (None: 2 minutes).
    pending_grace_seconds: float | None = None


SEND_OTP_EMAIL = declare(Task("send_otp_email", BASE_QUEUE, OtpEmail))
SEND_ACCOUNT_NOTICE = declare(Task("send_account_notice", BASE_QUEUE, AccountNotice))
SEND_BUDGET_ALERT = declare(
    Task(
        "send_budget_alert",
        BASE_QUEUE,
        BudgetAlert,
        job_id=lambda a: f"budget_alert:{a.alert_id}",
    )
)
# Corrections within CATEGORISER_RETRAIN_DELAY_SECONDS share one retraining; keep_result=0
# frees the fixed job id as soon as it has run.
RETRAIN_CATEGORISER = declare(
    Task(
        "retrain_categoriser",
        BASE_QUEUE,
        UserTask,
        job_id=lambda a: f"retrain_categoriser:{a.user_id}",
        keep_result=0,
    )
)
REQUEUE_LOST_JOBS = declare(Task("requeue_lost_jobs", BASE_QUEUE, Upkeep, scheduled=True))
REFRESH_EXCHANGE_RATES = declare(Task("refresh_exchange_rates", BASE_QUEUE, NoArgs, scheduled=True))


# ---- email queue: mailbox sync and extraction ----------------------------------------------


class JobRecord(TaskArgs):
    """A BaseJob's task: the id of its record in `jobs` (app.jobs.runner runs it)."""

    job_id: str


class ExtractEmails(TaskArgs):
    user_id: str
    email_ids: list[str] | None = None  # None: every stored email not extracted yet (a sweep)
    sweep_of: str | None = None  # the sync job a sweep follows, for its ARQ job id
    # A sweep's: the ARQ job ids of the sync's batch tasks, which it lets finish first.
    after_jobs: list[str] = []


def extraction_job_id(args: ExtractEmails) -> str:
    if args.email_ids:
        return f"extract:{args.email_ids[0]}"
    return f"extract-sweep:{args.sweep_of or args.user_id}"


# A BaseJob's task is named run_<job type>; keep_result=0 because the PostgreSQL record is the
# result, and a kept result would block the next run under the same deterministic job id.
RUN_EMAIL_FETCH = declare(Task("run_email_fetch", EMAIL_QUEUE, JobRecord, keep_result=0))
# Syncing one linked bank through Plaid (app.jobs.plaid_sync): on the email queue, beside the
# mailbox syncs it merges with.
RUN_PLAID_SYNC = declare(Task("run_plaid_sync", EMAIL_QUEUE, JobRecord, keep_result=0))
# Re-reading one sender's mail after the user taught its template (app.jobs.sender_reextract).
RUN_SENDER_REEXTRACT = declare(Task("run_sender_reextract", EMAIL_QUEUE, JobRecord, keep_result=0))
EXTRACT_EMAILS = declare(
    Task("run_email_extraction", EMAIL_QUEUE, ExtractEmails, job_id=extraction_job_id)
)
SCHEDULE_INCREMENTAL_SYNCS = declare(
    Task("schedule_incremental_syncs", EMAIL_QUEUE, NoArgs, scheduled=True)
)


def job_task(job_type: str) -> Task[JobRecord]:
    """The task that runs jobs of `job_type` (a BaseJob's `type`)."""
    task = REGISTRY.get(f"run_{job_type}")
    if task is None or task.args is not JobRecord:
        raise LookupError(f"no task runs jobs of type {job_type!r}")
    return task
