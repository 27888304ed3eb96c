"""The JobRunner with real Redis, real PostgreSQL and ARQ workers in burst mode."""

import asyncio
import json

from app.core import events
from tests.jobs.helpers import load_job, start_counting_job, wait_for
from tests.jobs.sample_jobs import TASKS, CountingJob, items_key


async def test_lifecycle_counters_and_hooks(worker_ctx, run_email_jobs):
    CountingJob.calls.clear()
    job, created = await start_counting_job(worker_ctx, {"items": 25, "bad_items": [3, 7]})
    assert created and job.status == "pending"

    worker = await run_email_jobs(TASKS)
    assert worker.jobs_complete == 1 and worker.jobs_failed == 0

    done = await load_job(worker_ctx, job.id)
    assert done.status == "completed"
    assert (done.total, done.processed, done.parsed, done.failed) == (25, 25, 23, 2)
    assert done.progress == 100.0
    assert done.started_at is not None and done.completed_at >= done.started_at
    assert [e["item_id"] for e in done.error_log] == ["3", "7"]
    assert done.result["summary"] == {"items": 25}
    assert CountingJob.calls == ["before_run", "after_run"]
    assert await worker_ctx.cache.scard(items_key(job.id)) == 23


async def test_a_failure_is_recorded_and_not_retried(worker_ctx, run_email_jobs):
    CountingJob.calls.clear()
    job, _ = await start_counting_job(worker_ctx, {"items": 10, "fail_at": 4})
    await run_email_jobs(TASKS)
    failed = await load_job(worker_ctx, job.id)
    assert failed.status == "failed"
    assert failed.processed == 4 and failed.attempts == 1
    assert failed.error_log[-1]["type"] == "ValueError"
    assert failed.error_log[-1]["message"] == "item 4 is malformed"
    assert CountingJob.calls == ["before_run", "on_failure:ValueError"]


async def test_a_transient_failure_is_retried_with_backoff(worker_ctx, run_email_jobs):
    job, _ = await start_counting_job(worker_ctx, {"items": 5, "transient_on_first_try": True})
    worker = await run_email_jobs(TASKS)
    assert worker.jobs_retried == 1 and worker.jobs_complete == 1
    done = await load_job(worker_ctx, job.id)
    assert done.status == "completed" and done.attempts == 2 and done.processed == 5
    assert done.error_log[0]["type"] == "TransientError"


async def test_cancelling_a_running_job_stops_it(worker_ctx, run_email_jobs):
    job, _ = await start_counting_job(worker_ctx, {"items": 400, "delay": 0.01})
    worker = asyncio.create_task(run_email_jobs(TASKS))
    await wait_for(worker_ctx, job.id, lambda j: j.processed >= 20)
    async with worker_ctx.sessionmaker() as session:
        record = await session.get(type(job), job.id)
        record.cancel_requested = True
        await session.commit()
    await asyncio.wait_for(worker, 30)
    cancelled = await load_job(worker_ctx, job.id)
    assert cancelled.status == "cancelled"
    assert 20 <= cancelled.processed < 400


async def test_a_pending_job_cancelled_before_it_starts_never_runs(worker_ctx, run_email_jobs):
    job, _ = await start_counting_job(worker_ctx, {"items": 5})
    async with worker_ctx.sessionmaker() as session:
        record = await session.get(type(job), job.id)
        record.cancel_requested, record.status = True, "cancelled"
        await session.commit()
    await run_email_jobs(TASKS)
    assert (await load_job(worker_ctx, job.id)).processed == 0
    assert await worker_ctx.cache.scard(items_key(job.id)) == 0


async def test_concurrent_starts_with_one_dedupe_key_make_one_job(worker_ctx):
    results = await asyncio.gather(
        *[
            start_counting_job(worker_ctx, {"items": 1}, dedupe_key="email_sync:acct-1")
            for _ in range(8)
        ]
    )
    assert len({job.id for job, _ in results}) == 1
    assert sum(created for _, created in results) == 1
    queued = await worker_ctx.queues.email.queued_jobs()
    [job_id] = {job.id for job, _ in results}
    assert [j.job_id for j in queued] == [f"email_sync:acct-1:{job_id}:turn0"]


async def test_after_completion_the_same_key_can_run_again(worker_ctx, run_email_jobs):
    first, _ = await start_counting_job(worker_ctx, {"items": 2}, dedupe_key="email_sync:a")
    await run_email_jobs(TASKS)
    second, created = await start_counting_job(worker_ctx, {"items": 2}, dedupe_key="email_sync:a")
    assert created and second.id != first.id
    await run_email_jobs(TASKS)
    assert (await load_job(worker_ctx, second.id)).status == "completed"


async def test_progress_events_are_published_to_the_owner(
    worker_ctx, run_email_jobs, client, make_user
):

    user = await make_user("events@example.com")
    pubsub = worker_ctx.cache.pubsub()
    await pubsub.subscribe(events.user_channel(user.user["id"]))
    job, _ = await start_counting_job(worker_ctx, {"items": 30}, user_id=user.user["id"])
    await run_email_jobs(TASKS)
    received = []
    for _ in range(100):  # get_message answers None for the subscribe confirmation, too
        message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=0.05)
        if message:
            received.append(json.loads(message["data"]))
        elif received and received[-1]["event"] == "job.completed":
            break
    await pubsub.aclose()
    kinds = [m["event"] for m in received]
    assert "job.progress" in kinds and kinds[-1] == "job.completed"
    assert received[-1]["data"]["job_id"] == str(job.id)
    assert received[-1]["data"]["processed"] == 30


async def test_many_starts_on_one_connection_keep_working(worker_ctx):
    """asyncpg switches a prepared statement to a generic plan after five runs; the dedupe
    insert must still find its partial index then (a second start under a key returns the
    active job instead of adding one)."""
    from sqlalchemy import func, select

    from app.models import Job
    from app.services import jobs as job_service

    keyed = [
        (await start_counting_job(worker_ctx, {"items": 1}, dedupe_key=f"key-{i}"))[0]
        for i in range(8)
    ]
    async with worker_ctx.uow.begin() as session:
        for i in range(8):
            again, created = await job_service.start_job(
                session, user_id=None, job_type="test_count", params={}, dedupe_key=f"key-{i}"
            )
            assert (again.id, created) == (keyed[i].id, False)
        for _ in range(8):
            await job_service.start_job(
                session, user_id=None, job_type="test_count", params={"items": 1}
            )
    async with worker_ctx.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Job)) == 16


async def test_a_live_event_that_cannot_be_sent_does_not_fail_the_job(worker_ctx, make_user):
    """Redis gone mid-sync failed a sync for good once: the event's write leaked a non-Redis
    error. An event is advisory (the record is the truth), so publishing is best effort."""
    import dataclasses
    import socket

    from redis.asyncio import Redis

    from app.models import Job

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    user = await make_user("no-events@example.com")
    record, _ = await start_counting_job(worker_ctx, {"items": 3}, user_id=user.user["id"])
    unreachable = Redis(host="127.0.0.1", port=closed_port)
    cut_off = dataclasses.replace(worker_ctx, cache=unreachable)
    async with worker_ctx.sessionmaker() as session:
        loaded = await session.get(Job, record.id)
    job = CountingJob(cut_off, loaded, 1)
    try:
        await job.publish("job.progress")
        await job.publish("job.completed")
    finally:
        await unreachable.aclose()
    assert (await load_job(worker_ctx, record.id)).status == "pending"
