"""Mailbox syncs as jobs: the email worker's cron, the email-sync API, and a full sync run by the
real email worker functions (ARQ burst mode) with exact counts."""

import uuid

from app.core.tasks import SCHEDULE_INCREMENTAL_SYNCS, NoArgs
from app.jobs.scheduling import schedule_incremental_syncs
from tests.jobs.helpers import load_job
from tests.mail_helpers import BROKEN_MESSAGE, create_account, demo_mailbox, mbox_bytes
from workers.email import WorkerSettings as EmailWorker


async def mbox_account(settings, session_factory, user_id, raws):
    relative = f"{user_id}/test/export.mbox"
    path = settings.upload_dir / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(mbox_bytes(raws))
    return await create_account(
        session_factory,
        settings,
        user_id,
        "mbox",
        "export.mbox",
        {"file": relative, "filename": "export.mbox"},
    )


def test_the_cron_runs_every_thirty_minutes():
    [schedule] = EmailWorker.cron_jobs
    assert schedule.name == SCHEDULE_INCREMENTAL_SYNCS.name
    assert schedule.minute == {0, 30} and schedule.second == 0


async def test_cron_starts_one_sync_per_live_mailbox_and_never_two(
    worker_ctx, session_factory, settings, client, make_user
):
    user = await make_user("cron@example.com")
    uid = uuid.UUID(user.user["id"])
    imap = {"host": "imap.example.com", "port": 993, "security": "tls", "folder": "INBOX"}
    live = [
        await create_account(
            session_factory,
            settings,
            uid,
            "imap",
            f"a{i}@example.com",
            imap,
            {"password": "secret"},
        )
        for i in range(2)
    ]
    await mbox_account(settings, session_factory, uid, [])  # uploads get no scheduled syncs
    removed = await create_account(
        session_factory, settings, uid, "imap", "old@example.com", imap, {"password": "x"}
    )
    async with session_factory() as session:
        from app.models import ConnectedAccount

        (await session.get(ConnectedAccount, removed)).status = "disabled"
        await session.commit()

    assert await schedule_incremental_syncs(worker_ctx, NoArgs()) == 2
    assert (
        await schedule_incremental_syncs(worker_ctx, NoArgs()) == 0
    )  # still pending: kept, not doubled
    queued = sorted(j.job_id for j in await worker_ctx.queues.email.queued_jobs())
    assert queued == sorted(f"email_sync:{a}" for a in live)


async def test_sync_api_runs_a_full_sync_with_exact_counts(
    client, session_factory, settings, run_email_jobs, worker_ctx, make_user
):
    user = await make_user("sync@example.com")
    uid = user.user["id"]
    mailbox = [raw for raw, _ in demo_mailbox(150)]
    await mbox_account(
        settings, session_factory, uuid.UUID(uid), [*mailbox[:90], BROKEN_MESSAGE, *mailbox[90:]]
    )

    started = await client.post(f"/api/v1/email-sync/start/{uid}?months=6", headers=user.headers)
    assert started.status_code == 202 and started.json()["started"] == 1
    again = await client.post(f"/api/v1/email-sync/start/{uid}", headers=user.headers)
    assert again.json()["already_running"] == 1
    assert again.json()["jobs"][0]["id"] == started.json()["jobs"][0]["id"]
    status = (await client.get(f"/api/v1/email-sync/status/{uid}", headers=user.headers)).json()
    assert status["syncing"] is True and len(status["accounts"]) == 1

    worker = await run_email_jobs(EmailWorker.functions)
    assert worker.jobs_failed == 0  # the sync, then extraction of its two batches and a sweep
    assert worker.jobs_complete == 4
    job = await load_job(worker_ctx, uuid.UUID(started.json()["jobs"][0]["id"]))
    assert job.status == "completed"
    assert (job.total, job.processed, job.parsed, job.failed) == (151, 151, 150, 1)
    assert job.result["summary"]["new"] == 150 and len(job.error_log) == 1

    # Nothing new in the export: the next sync adds nothing.
    second = await client.post(f"/api/v1/email-sync/start/{uid}", headers=user.headers)
    assert second.json()["jobs"][0]["params"]["mode"] == "incremental"
    await run_email_jobs(EmailWorker.functions)
    history = (await client.get(f"/api/v1/email-sync/history/{uid}", headers=user.headers)).json()
    assert [h["status"] for h in history] == ["completed", "completed"]
    assert history[0]["result"]["summary"]["new"] == 0
    me = (await client.get("/api/v1/users/me", headers=user.headers)).json()
    status = (await client.get(f"/api/v1/email-sync/status/{uid}", headers=user.headers)).json()
    assert status["syncing"] is False and status["last_email_fetch_at"] is not None
    assert me["email"] == "sync@example.com"


async def test_a_user_may_only_name_themself(client, make_user):
    first = await make_user("first@example.com")
    second = await make_user("second@example.com")
    uid = first.user["id"]
    for method, path in [
        ("POST", f"/api/v1/email-sync/start/{uid}"),
        ("GET", f"/api/v1/email-sync/status/{uid}"),
        ("GET", f"/api/v1/email-sync/history/{uid}"),
    ]:
        assert (await client.request(method, path, headers=second.headers)).status_code == 403
    assert (await client.get("/api/v1/email-sync/stats", headers=second.headers)).status_code == 403
    stats = await client.get("/api/v1/email-sync/stats", headers=first.headers)  # the admin
    assert stats.status_code == 200 and "email_fetch_jobs" in stats.json()
