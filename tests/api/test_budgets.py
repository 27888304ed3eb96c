import asyncio
import json
import uuid
from datetime import UTC, datetime

from app.core.events import user_channel
from app.core.tasks import BudgetAlert
from tests.ledger_helpers import add_txn, category_ids, error_code, rows

API = "/api/v1/budgets"


def alert_mails(smtp, address):
    return [m["Subject"] for m in smtp.messages_to(address) if "Budget alert" in m["Subject"]]


async def test_spent_remaining_percent_and_rollover(client, make_user):
    user = await make_user("budget@example.com")
    cats = await category_ids(client, user)
    groceries = await client.post(
        API,
        headers=user.headers,
        json={
            "category_id": cats["Groceries"],
            "amount": "1000",
            "rollover": True,
            "starts_on": "2026-01-01",
        },
    )
    assert groceries.status_code == 201, groceries.text
    overall = (
        await client.post(
            API, headers=user.headers, json={"amount": "5000", "starts_on": "2026-03-01"}
        )
    ).json()
    for day, amount, category, kind in (
        ("2026-01-10", "700", "Groceries", "debit"),
        ("2026-02-10", "1200", "Groceries", "debit"),
        ("2026-03-02", "150", "Groceries", "debit"),
        ("2026-03-03", "50", "Groceries", "credit"),  # a refund counts back
        ("2026-03-04", "400", "Dining", "debit"),
        ("2026-03-05", "9000", "Investments", "debit"),  # a transfer never counts
        ("2026-03-06", "800", None, "debit"),  # uncategorised spending counts overall
    ):
        extra = {"category_id": cats[category]} if category else {}
        await add_txn(
            client, user, amount=amount, type=kind, occurred_at=f"{day}T10:00:00Z", **extra
        )
    statuses = {
        b["category_name"]: b
        for b in (await client.get(f"{API}?month=2026-03-15", headers=user.headers)).json()
    }
    march = statuses["Groceries"]
    # Carried: (1000 - 700) + (1000 - 1200) = 100; available 1,100; spent 150 - 50 = 100.
    assert (march["period_start"], march["period_end"]) == ("2026-03-01", "2026-03-31")
    assert (
        march["carried_over"],
        march["available"],
        march["spent"],
        march["remaining"],
        march["percent"],
    ) == ("100.00", "1100.00", "100.00", "1000.00", "9.1")
    assert (statuses[None]["spent"], statuses[None]["percent"]) == ("1300.00", "26.0")
    february = (
        await client.get(f"{API}/{groceries.json()['id']}?month=2026-02-01", headers=user.headers)
    ).json()
    assert (february["available"], february["spent"], february["remaining"]) == (
        "1300.00",
        "1200.00",
        "100.00",
    )
    updated = await client.patch(
        f"{API}/{overall['id']}", json={"amount": "2600"}, headers=user.headers
    )
    assert updated.json()["amount"] == "2600.00"
    assert (await client.delete(f"{API}/{overall['id']}", headers=user.headers)).status_code == 204
    assert len((await client.get(API, headers=user.headers)).json()) == 1


async def test_alerts_fire_once_per_threshold_and_period(
    client, smtp, run_base_jobs, cache, worker_ctx, make_user
):
    user = await make_user("alerts@example.com")
    cats = await category_ids(client, user)
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    await client.post(
        API, headers=user.headers, json={"category_id": cats["Dining"], "amount": "1000"}
    )
    pubsub = cache.pubsub()
    await pubsub.subscribe(user_channel(user.user["id"]))

    async def spend(amount):
        await add_txn(client, user, amount=amount, category_id=cats["Dining"], occurred_at=now)
        await run_base_jobs()

    await spend("850")
    assert alert_mails(smtp, user.email) == ["Budget alert: Dining has reached 80 %"]
    await spend("100")  # 95 %: nothing new
    await spend("100")  # 105 %
    await spend("10")
    assert alert_mails(smtp, user.email) == [
        "Budget alert: Dining has reached 80 %",
        "Budget alert: Dining is used up",
    ]
    body = smtp.messages_to(user.email)[-1].get_payload(decode=True).decode()
    assert "1,050.00 of 1,000.00 INR" in body
    events = []
    deadline = asyncio.get_running_loop().time() + 5
    while len(events) < 2 and asyncio.get_running_loop().time() < deadline:
        message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=0.5)
        if message is not None:
            events.append(json.loads(message["data"]))
    assert [(e["event"], e["data"]["threshold"]) for e in events] == [
        ("budget.alert", 80),
        ("budget.alert", 100),
    ]
    assert events[1]["data"]["spent"] == "1050.00"
    await pubsub.aclose()
    raised = await rows(
        worker_ctx, "SELECT threshold, sent_at IS NOT NULL FROM budget_alerts ORDER BY threshold"
    )
    assert raised == [(80, True), (100, True)]


async def test_crossing_both_thresholds_at_once_sends_one_alert(
    client, smtp, run_base_jobs, worker_ctx, make_user
):
    user = await make_user("both@example.com")
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    await client.post(API, headers=user.headers, json={"amount": "500"})
    await add_txn(client, user, amount="600", occurred_at=now)
    await run_base_jobs()
    await add_txn(client, user, amount="1", occurred_at=now)
    await run_base_jobs()
    assert alert_mails(smtp, user.email) == ["Budget alert: overall is used up"]
    raised = await rows(
        worker_ctx, "SELECT threshold, sent_at IS NOT NULL FROM budget_alerts ORDER BY threshold"
    )
    assert raised == [(80, False), (100, True)]
    # Running the job again (ARQ runs jobs at least once) sends nothing more.
    from app.jobs.budget_alerts import send_budget_alert

    alert_id = (await rows(worker_ctx, "SELECT id FROM budget_alerts WHERE threshold = 100"))[0][0]
    assert await send_budget_alert(worker_ctx, BudgetAlert(alert_id=str(alert_id))) == (
        "already sent"
    )
    assert await send_budget_alert(worker_ctx, BudgetAlert(alert_id=str(uuid.uuid4()))) == "gone"


async def test_bad_budget_input(client, make_user):
    user = await make_user("badbudget@example.com")
    cats = await category_ids(client, user)
    for body in (
        {"amount": "0"},
        {"amount": "-1"},
        {"amount": "1.234"},
        {"amount": "10", "period": "weekly"},
        {"amount": "10", "currency": "rupee"},
    ):
        assert (await client.post(API, json=body, headers=user.headers)).status_code == 422, body
    income = await client.post(
        API, json={"amount": "10", "category_id": cats["Income/Salary"]}, headers=user.headers
    )
    assert income.status_code == 400 and error_code(income) == "not_an_expense"
    unknown = await client.post(
        API, json={"amount": "10", "category_id": str(uuid.uuid4())}, headers=user.headers
    )
    assert unknown.status_code == 404
    assert (await client.post(API, json={"amount": "10"}, headers=user.headers)).status_code == 201
    again = await client.post(API, json={"amount": "20"}, headers=user.headers)
    assert again.status_code == 409 and error_code(again) == "budget_exists"
    assert (await client.get(f"{API}?month=March", headers=user.headers)).status_code == 422


async def test_another_users_budgets_are_invisible(client, make_user):
    owner = await make_user("b-owner@example.com")
    other = await make_user("b-other@example.com")
    owner_cats = await category_ids(client, owner)
    budget = (await client.post(API, json={"amount": "100"}, headers=owner.headers)).json()
    assert (await client.get(API, headers=other.headers)).json() == []
    url = f"{API}/{budget['id']}"
    assert (await client.get(url, headers=other.headers)).status_code == 404
    assert (await client.patch(url, json={"amount": "1"}, headers=other.headers)).status_code == 404
    assert (await client.delete(url, headers=other.headers)).status_code == 404
    borrowed = await client.post(
        API, headers=other.headers, json={"amount": "10", "category_id": owner_cats["Dining"]}
    )
    assert borrowed.status_code == 404
    # Their spending never counts in my budget.
    await add_txn(
        client, other, amount="99", occurred_at=datetime.now(UTC).replace(microsecond=0).isoformat()
    )
    assert (await client.get(url, headers=owner.headers)).json()["spent"] == "0.00"


async def test_budget_alert_by_email_only_when_the_user_wants_it(
    client, smtp, run_base_jobs, worker_ctx, make_user
):
    user = await make_user("quiet@example.com")
    off = await client.patch(
        "/api/v1/users/me", json={"email_budget_alerts": False}, headers=user.headers
    )
    assert off.status_code == 200
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    await client.post(API, headers=user.headers, json={"amount": "500"})
    await add_txn(client, user, amount="600", occurred_at=now)
    await run_base_jobs()
    assert alert_mails(smtp, user.email) == []
    # Delivered all the same (the WebSocket event), so it is marked sent and never mailed later.
    raised = await rows(
        worker_ctx, "SELECT threshold, sent_at IS NOT NULL FROM budget_alerts ORDER BY threshold"
    )
    assert raised == [(80, False), (100, True)]
