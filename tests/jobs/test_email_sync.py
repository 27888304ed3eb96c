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
    queued = [j.job_id for j in await worker_ctx.queues.email.queued_jobs()]
    # Entries are `{dedupe key}:{job id}:turn0`: one first run per live mailbox.
    assert all(entry.endswith(":turn0") for entry in queued)
    assert sorted(entry.rsplit(":", 2)[0] for entry in queued) == sorted(
        f"email_sync:{a}" for a in live
    )


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
    # The sweep let the batch tasks finish first: every email was read once, by its batch's task.
    results = await worker_ctx.queues.email.all_job_results()
    sweeps = [r.result for r in results if r.job_id and r.job_id.startswith("extract-sweep:")]
    assert [sweep["examined"] for sweep in sweeps] == [0]

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


GUIDE_FIELDS = {
    "task_id",
    "user_id",
    "months",
    "status",
    "total_emails",
    "processed_emails",
    "parsed_transactions",
    "failed_emails",
    "progress_percentage",
    "error_log",
    "last_email_fetch_at",
}


async def test_the_setup_guides_start_and_status_fields(
    client, session_factory, settings, run_email_jobs, make_user
):
    user = await make_user("guide@example.com")
    uid = user.user["id"]
    idle = await client.get(f"/api/v1/email-sync/status/{uid}", headers=user.headers)
    assert idle.json().keys() >= GUIDE_FIELDS
    assert idle.json()["status"] == "idle" and idle.json()["task_id"] is None
    assert idle.json()["progress_percentage"] == 0.0 and idle.json()["user_id"] == uid

    mailbox = [raw for raw, _ in demo_mailbox(40)]
    await mbox_account(settings, session_factory, uuid.UUID(uid), [*mailbox, BROKEN_MESSAGE])
    started = await client.post(
        "/api/v1/email-sync/start", json={"months": 3}, headers=user.headers
    )
    assert started.status_code == 202
    body = started.json()
    assert body.keys() >= GUIDE_FIELDS
    assert body["task_id"] == body["jobs"][0]["id"] and body["user_id"] == uid
    assert (body["months"], body["status"], body["total_emails"]) == (3, "pending", 0)
    assert body["last_email_fetch_at"] is None and body["error_log"] == []

    pending = (await client.get(f"/api/v1/email-sync/status/{uid}", headers=user.headers)).json()
    assert (pending["task_id"], pending["status"]) == (body["task_id"], "pending")

    await run_email_jobs(EmailWorker.functions)
    done = (await client.get(f"/api/v1/email-sync/status/{uid}", headers=user.headers)).json()
    assert done["task_id"] == body["task_id"] and done["months"] == 3
    assert done["status"] == "completed" and done["progress_percentage"] == 100.0
    counts = [done[k] for k in ("total_emails", "processed_emails", "parsed_transactions")]
    assert counts == [41, 41, 40] and done["failed_emails"] == 1
    assert len(done["error_log"]) == 1 and done["last_email_fetch_at"] is not None

    # Without a body the window is six months; the finished job gives way to the new one.
    again = (await client.post("/api/v1/email-sync/start", headers=user.headers)).json()
    assert again["task_id"] != body["task_id"] and again["months"] == 6
    assert again["status"] == "pending" and again["last_email_fetch_at"] is not None
    bad = await client.post("/api/v1/email-sync/start", json={"months": 0}, headers=user.headers)
    assert bad.status_code == 422


async def test_status_answers_only_for_the_signed_in_user(client, make_user):
    first = await make_user("owner@example.com")
    second = await make_user("other@example.com")
    path = f"/api/v1/email-sync/status/{first.user['id']}"
    assert (await client.get(path, headers=second.headers)).status_code == 403
    assert (await client.get(path)).status_code == 401
    assert (await client.get(path, headers=first.headers)).status_code == 200
    mine = await client.post("/api/v1/email-sync/start", headers=second.headers)
    assert mine.json()["user_id"] == second.user["id"] and mine.json()["status"] == "idle"


async def test_the_guide_fields_are_in_the_openapi_document(client):
    document = (await client.get("/openapi.json")).json()
    schemas = document["components"]["schemas"]
    for name in ("SyncStatus", "SyncsStarted"):
        assert set(schemas[name]["properties"]) >= GUIDE_FIELDS
        assert set(schemas[name]["required"]) >= GUIDE_FIELDS
    start = document["paths"]["/api/v1/email-sync/start"]["post"]
    assert start["responses"]["202"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/SyncsStarted"
    }
    status = document["paths"]["/api/v1/email-sync/status/{user_id}"]["get"]
    assert status["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/SyncStatus"
    }
