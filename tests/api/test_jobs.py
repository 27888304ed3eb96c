import asyncio
import json
import uuid

import pytest
import uvicorn
import websockets

from app.api.app import create_application
from app.core.embedded import free_port
from tests.jobs.helpers import start_counting_job
from tests.jobs.sample_jobs import TASKS


async def test_list_get_cancel_retry(client, worker_ctx, run_email_jobs, make_user):
    user = await make_user("jobs@example.com")
    uid = uuid.UUID(user.user["id"])
    ok, _ = await start_counting_job(worker_ctx, {"items": 3}, user_id=uid)
    bad, _ = await start_counting_job(worker_ctx, {"items": 3, "fail_at": 1}, user_id=uid)
    await run_email_jobs(TASKS)
    waiting, _ = await start_counting_job(worker_ctx, {"items": 3}, user_id=uid)

    listed = await client.get("/api/v1/jobs", headers=user.headers)
    assert listed.status_code == 200 and listed.json()["total"] == 3
    active = await client.get("/api/v1/jobs?active=true", headers=user.headers)
    assert [j["id"] for j in active.json()["items"]] == [str(waiting.id)]
    failed = await client.get("/api/v1/jobs?status=failed", headers=user.headers)
    assert [j["id"] for j in failed.json()["items"]] == [str(bad.id)]
    one = (await client.get(f"/api/v1/jobs/{ok.id}", headers=user.headers)).json()
    assert (one["status"], one["progress"], one["processed"]) == ("completed", 100.0, 3)
    assert "checkpoint" not in one["result"]

    cancelled = await client.post(f"/api/v1/jobs/{waiting.id}/cancel", headers=user.headers)
    assert cancelled.json()["status"] == "cancelled"
    again = await client.post(f"/api/v1/jobs/{ok.id}/cancel", headers=user.headers)
    assert again.status_code == 409 and again.json()["error"]["code"] == "job_finished"

    retried = await client.post(f"/api/v1/jobs/{bad.id}/retry", headers=user.headers)
    assert retried.status_code == 201
    assert retried.json()["params"]["retry_of"] == str(bad.id)
    not_retryable = await client.post(f"/api/v1/jobs/{ok.id}/retry", headers=user.headers)
    assert not_retryable.status_code == 409


async def test_another_users_jobs_are_invisible(client, worker_ctx, make_user):
    owner = await make_user("owner@example.com")
    other = await make_user("other@example.com")
    job, _ = await start_counting_job(worker_ctx, {"items": 3}, user_id=uuid.UUID(owner.user["id"]))
    assert (await client.get("/api/v1/jobs", headers=other.headers)).json()["total"] == 0
    for method, path in [
        ("GET", f"/api/v1/jobs/{job.id}"),
        ("POST", f"/api/v1/jobs/{job.id}/cancel"),
        ("POST", f"/api/v1/jobs/{job.id}/retry"),
    ]:
        response = await client.request(method, path, headers=other.headers)
        assert response.status_code == 404, path


async def test_bad_filters_are_422(client, make_user):
    user = await make_user("filters@example.com")
    response = await client.get("/api/v1/jobs?status=exploded", headers=user.headers)
    assert response.status_code == 422
    assert (await client.get("/api/v1/jobs?limit=0", headers=user.headers)).status_code == 422


@pytest.fixture
async def live_server(settings):
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_application(settings), port=port, log_level="warning")
    )
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.02)
    yield f"127.0.0.1:{port}"
    server.should_exit = True
    await task


async def test_websocket_receives_job_events(
    live_server, client, worker_ctx, run_email_jobs, make_user
):
    user = await make_user("live@example.com")
    async with websockets.connect(f"ws://{live_server}/api/v1/ws") as socket:
        await socket.send(json.dumps({"type": "auth", "token": user.access_token}))
        ready = json.loads(await asyncio.wait_for(socket.recv(), 5))
        assert ready == {"type": "ready"}  # subscribed: no event published from here is missed
        job, _ = await start_counting_job(
            worker_ctx, {"items": 40}, user_id=uuid.UUID(user.user["id"])
        )
        await run_email_jobs(TASKS)
        seen = []
        while not seen or seen[-1]["event"] != "job.completed":
            seen.append(json.loads(await asyncio.wait_for(socket.recv(), 5)))
    assert seen[0]["event"] == "job.progress" and seen[0]["data"]["status"] == "processing"
    assert seen[-1]["data"]["status"] == "completed"
    assert seen[-1]["data"] == {
        **seen[-1]["data"],
        "job_id": str(job.id),
        "processed": 40,
        "progress": 100.0,
    }


async def test_websocket_refuses_a_bad_token(live_server):
    async with websockets.connect(f"ws://{live_server}/api/v1/ws") as socket:
        await socket.send(json.dumps({"type": "auth", "token": "nope"}))
        with pytest.raises(websockets.exceptions.ConnectionClosed) as closed:
            await asyncio.wait_for(socket.recv(), 5)
    assert closed.value.rcvd.code == 4401


async def test_the_live_socket_takes_its_token_in_the_first_message_not_the_url(
    live_server, make_user
):
    user = await make_user("socket@example.com")
    # A token in the URL is not read: the socket still wants its sign-in message.
    async with websockets.connect(
        f"ws://{live_server}/api/v1/ws?token={user.access_token}"
    ) as socket:
        await socket.send(json.dumps({"type": "ping"}))
        with pytest.raises(websockets.exceptions.ConnectionClosed) as closed:
            await asyncio.wait_for(socket.recv(), 5)
    assert closed.value.rcvd.code == 4401
    async with websockets.connect(f"ws://{live_server}/api/v1/ws") as socket:
        await socket.send(json.dumps({"type": "auth", "token": user.access_token}))
        assert json.loads(await asyncio.wait_for(socket.recv(), 5)) == {"type": "ready"}
