import uuid
from datetime import UTC, datetime, timedelta

from tests.ledger_helpers import error_code

API = "/api/v1/goals"


def day(offset: int) -> str:
    return (datetime.now(UTC).date() + timedelta(days=offset)).isoformat()


async def test_goal_progress_and_projection(client, make_user):
    user = await make_user("saver@example.com")
    created = await client.post(
        API,
        headers=user.headers,
        json={
            "name": "Laptop",
            "target_amount": "12000",
            "target_date": day(90),
        },
    )
    assert created.status_code == 201, created.text
    goal = created.json()
    assert (goal["currency"], goal["saved"], goal["percent"]) == ("INR", "0.00", "0.0")
    assert goal["projected_completion"] is None and goal["on_track"] is None
    url = f"{API}/{goal['id']}"

    for amount, offset in (("3000", -59), ("3500", -29), ("-500", -29)):
        response = await client.post(
            f"{url}/contributions",
            headers=user.headers,
            json={"amount": amount, "contributed_on": day(offset)},
        )
        assert response.status_code == 201, response.text
    # 6,000 saved over the 60 days since the first contribution: 100 a day, so the remaining
    # 6,000 take 60 more days, inside the 90-day target: on track. 6,000 / (90 / 30.44).
    progress = (await client.get(url, headers=user.headers)).json()
    assert (progress["saved"], progress["remaining"], progress["percent"]) == (
        "6000.00",
        "6000.00",
        "50.0",
    )
    assert progress["projected_completion"] == day(60) and progress["on_track"] is True
    assert progress["required_monthly"] == "2029.33"
    assert progress["contribution_count"] == 3

    moved = await client.patch(url, headers=user.headers, json={"target_date": day(30)})
    assert moved.json()["on_track"] is False
    listed = (await client.get(f"{url}/contributions", headers=user.headers)).json()
    assert [c["amount"] for c in listed] == ["3000.00", "3500.00", "-500.00"]
    done = await client.post(
        f"{url}/contributions",
        headers=user.headers,
        json={"amount": "6000", "contributed_on": day(0)},
    )
    finished = (await client.get(url, headers=user.headers)).json()
    assert (finished["percent"], finished["projected_completion"]) == ("100.0", day(0))
    assert finished["required_monthly"] is None

    contribution = f"{url}/contributions/{done.json()['id']}"
    assert (await client.delete(contribution, headers=user.headers)).status_code == 204
    assert (await client.get(API, headers=user.headers)).json()[0]["saved"] == "6000.00"
    assert (await client.delete(url, headers=user.headers)).status_code == 204
    assert (await client.get(API, headers=user.headers)).json() == []


async def test_bad_goal_input(client, make_user):
    user = await make_user("badgoal@example.com")
    for body in (
        {"name": "", "target_amount": "10"},
        {"name": "x", "target_amount": "0"},
        {"name": "x", "target_amount": "1.001"},
        {"name": "x"},
        {"name": "x", "target_amount": "10", "currency": "EURO"},
    ):
        response = await client.post(API, headers=user.headers, json=body)
        assert response.status_code == 422, body
    goal = (
        await client.post(API, headers=user.headers, json={"name": "Trip", "target_amount": "100"})
    ).json()
    url = f"{API}/{goal['id']}/contributions"
    assert (await client.post(url, headers=user.headers, json={"amount": "0"})).status_code == 422
    response = await client.post(url, headers=user.headers, json={"amount": "-5"})
    assert response.status_code == 400 and error_code(response) == "overdrawn"
    missing = f"{url}/{uuid.uuid4()}"
    assert (await client.delete(missing, headers=user.headers)).status_code == 404


async def test_another_users_goals_are_invisible(client, make_user):
    owner = await make_user("owner-goal@example.com")
    other = await make_user("other-goal@example.com")
    goal = (
        await client.post(
            API, headers=owner.headers, json={"name": "Car", "target_amount": "500000"}
        )
    ).json()
    paid = (
        await client.post(
            f"{API}/{goal['id']}/contributions", headers=owner.headers, json={"amount": "100"}
        )
    ).json()
    assert (await client.get(API, headers=other.headers)).json() == []
    url = f"{API}/{goal['id']}"
    for method, path, body in (
        ("GET", url, None),
        ("PATCH", url, {"name": "Mine"}),
        ("DELETE", url, None),
        ("GET", f"{url}/contributions", None),
        ("POST", f"{url}/contributions", {"amount": "5"}),
        ("DELETE", f"{url}/contributions/{paid['id']}", None),
    ):
        response = await client.request(method, path, json=body, headers=other.headers)
        assert response.status_code == 404, (method, path)
    assert (await client.get(url, headers=owner.headers)).json()["saved"] == "100.00"
