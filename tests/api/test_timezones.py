"""The user's time zone: a preference on the profile, and the days and months every budget,
report, filter and export is computed in. Instants stay UTC; only their grouping changes."""

import csv
import io
from datetime import UTC, date, datetime

from app.analytics.periods import month_start
from app.core.timezones import local_today
from tests.factories import PASSWORD
from tests.ledger_helpers import add_txn, category_ids

ME = "/api/v1/users/me"
LEDGER = "/api/v1/transactions"
KOLKATA = "Asia/Kolkata"
# 01:30 on 1 April in Kolkata (UTC+05:30); still 31 March in UTC.
LATE_MARCH_UTC = "2026-03-31T20:00:00Z"


async def set_zone(client, user, zone):
    response = await client.patch(ME, json={"timezone": zone}, headers=user.headers)
    assert response.status_code == 200, response.text
    assert response.json()["timezone"] == zone


async def listed_ids(client, user, day):
    response = await client.get(
        LEDGER, params={"date_from": day, "date_to": day}, headers=user.headers
    )
    assert response.status_code == 200, response.text
    return [t["id"] for t in response.json()["items"]]


async def test_the_preference_defaults_to_utc_and_unknown_zones_are_refused(client, make_user):
    user = await make_user("zone@example.com")
    other = await make_user("zone-other@example.com")
    assert (await client.get(ME, headers=user.headers)).json()["timezone"] == "UTC"

    await set_zone(client, user, KOLKATA)
    assert (await client.get(ME, headers=user.headers)).json()["timezone"] == KOLKATA

    for bad in ("Mars/Olympus", "localtime", "../../etc/passwd", "", "asia/kolkata"):
        refused = await client.patch(ME, json={"timezone": bad}, headers=user.headers)
        assert refused.status_code == 422, (bad, refused.text)
        detail = refused.json()["error"]["details"][0]
        assert detail["field"] == "timezone", bad
    mars = await client.patch(ME, json={"timezone": "Mars/Olympus"}, headers=user.headers)
    assert "'Mars/Olympus' is not a known time zone" in mars.json()["error"]["message"]

    # Nothing changed for either user; the other user's settings are their own.
    assert (await client.get(ME, headers=user.headers)).json()["timezone"] == KOLKATA
    assert (await client.get(ME, headers=other.headers)).json()["timezone"] == "UTC"
    # Changing one field leaves the zone alone.
    renamed = await client.patch(ME, json={"full_name": "Z"}, headers=user.headers)
    assert renamed.json()["timezone"] == KOLKATA


async def test_sign_up_takes_the_browsers_zone(client, smtp, run_base_jobs):
    bad = await client.post(
        "/api/auth/register",
        json={"email": "mars@example.com", "password": PASSWORD, "timezone": "Mars/Olympus"},
    )
    assert bad.status_code == 422
    assert bad.json()["error"]["details"][0]["field"] == "timezone"

    registered = await client.post(
        "/api/auth/register",
        json={"email": "delhi@example.com", "password": PASSWORD, "timezone": KOLKATA},
    )
    assert registered.status_code == 202, registered.text
    await run_base_jobs()
    code = smtp.latest_code("delhi@example.com")
    tokens = (
        await client.post("/api/auth/verify-otp", json={"email": "delhi@example.com", "code": code})
    ).json()
    me = await client.get(ME, headers={"Authorization": f"Bearer {tokens['access_token']}"})
    assert me.json()["timezone"] == KOLKATA


async def test_a_late_march_utc_payment_is_in_april_for_kolkata(client, make_user):
    utc = await make_user("utc@example.com")
    ist = await make_user("ist@example.com")
    await set_zone(client, ist, KOLKATA)
    made = {}
    for user in (utc, ist):
        # Read a zone-dependent route first, so the identity cache holds the user: a zone
        # changed through the API must take effect at once all the same.
        assert (await client.get(LEDGER, headers=user.headers)).status_code == 200
        groceries = (await category_ids(client, user))["Groceries"]
        budget = await client.post(
            "/api/v1/budgets",
            headers=user.headers,
            json={"amount": "1000", "category_id": groceries, "starts_on": "2026-01-01"},
        )
        assert budget.status_code == 201, budget.text
        made[user.email] = await add_txn(
            client, user, amount="500.00", occurred_at=LATE_MARCH_UTC, category_id=groceries
        )
        # The instant itself is the same for both.
        stored = datetime.fromisoformat(made[user.email]["occurred_at"])
        assert stored == datetime(2026, 3, 31, 20, 0, tzinfo=UTC)

    async def budget_spent(user, month):
        response = await client.get(f"/api/v1/budgets?month={month}", headers=user.headers)
        assert response.status_code == 200, response.text
        return [b["spent"] for b in response.json()]

    assert await budget_spent(utc, "2026-03-15") == ["500.00"]
    assert await budget_spent(utc, "2026-04-15") == ["0.00"]
    assert await budget_spent(ist, "2026-03-15") == ["0.00"]
    assert await budget_spent(ist, "2026-04-15") == ["500.00"]

    async def monthly_expense(user):
        response = await client.get(
            "/api/v1/analytics/monthly-trend?months=2&as_of=2026-04-10", headers=user.headers
        )
        assert response.status_code == 200, response.text
        return {m["month"]: m["expense"] for m in response.json()["months"]}

    assert await monthly_expense(utc) == {"2026-03-01": "500.00", "2026-04-01": "0.00"}
    assert await monthly_expense(ist) == {"2026-03-01": "0.00", "2026-04-01": "500.00"}

    async def daily_outflow(user):
        response = await client.get(
            "/api/v1/analytics/cash-flow",
            params={"date_from": "2026-03-31", "date_to": "2026-04-01", "interval": "day"},
            headers=user.headers,
        )
        assert response.status_code == 200, response.text
        return {b["period_start"]: b["outflow"] for b in response.json()["buckets"]}

    assert await daily_outflow(utc) == {"2026-03-31": "500.00", "2026-04-01": "0.00"}
    assert await daily_outflow(ist) == {"2026-03-31": "0.00", "2026-04-01": "500.00"}

    async def summary_expense(user, day):
        response = await client.get(
            "/api/v1/analytics/summary",
            params={"date_from": day, "date_to": day},
            headers=user.headers,
        )
        return response.json()["expense"]

    assert await summary_expense(utc, "2026-03-31") == "500.00"
    assert await summary_expense(ist, "2026-03-31") == "0.00"
    assert await summary_expense(ist, "2026-04-01") == "500.00"

    async def by_category(user, day):
        response = await client.get(
            "/api/v1/analytics/spend-by-category",
            params={"date_from": day, "date_to": day},
            headers=user.headers,
        )
        return [(c["name"], c["amount"]) for c in response.json()["items"]]

    assert await by_category(ist, "2026-04-01") == [("Groceries", "500.00")]
    assert await by_category(utc, "2026-04-01") == []

    utc_id, ist_id = made[utc.email]["id"], made[ist.email]["id"]
    assert await listed_ids(client, utc, "2026-03-31") == [utc_id]
    assert await listed_ids(client, utc, "2026-04-01") == []
    assert await listed_ids(client, ist, "2026-04-01") == [ist_id]
    assert await listed_ids(client, ist, "2026-03-31") == []

    async def exported(user, **filters):
        response = await client.get(f"{LEDGER}/export.csv", params=filters, headers=user.headers)
        assert response.status_code == 200, response.text
        return list(csv.DictReader(io.StringIO(response.text)))

    (utc_row,) = await exported(utc)
    (ist_row,) = await exported(ist)
    assert (utc_row["occurred_at"], utc_row["timezone"]) == ("2026-03-31T20:00:00+00:00", "UTC")
    assert (ist_row["occurred_at"], ist_row["timezone"]) == ("2026-04-01T01:30:00+05:30", KOLKATA)
    assert await exported(ist, date_from="2026-04-01", date_to="2026-04-01") == [ist_row]
    assert await exported(ist, date_to="2026-03-31") == []


async def test_an_evening_ist_alert_shows_on_its_own_day_for_both_users(client, make_user):
    """An alert sent at 21:15 IST is stored at 15:45 UTC, its true instant: 1 April for a user
    in Kolkata and for a user on UTC alike. Had it been stored as 21:15 UTC, the Kolkata user
    would have seen it on 2 April."""
    utc = await make_user("evening-utc@example.com")
    ist = await make_user("evening-ist@example.com")
    await set_zone(client, ist, KOLKATA)
    for user in (utc, ist):
        created = await add_txn(
            client, user, amount="1299.00", occurred_at="2026-04-01T21:15:00+05:30"
        )
        stored = datetime.fromisoformat(created["occurred_at"])
        assert stored == datetime(2026, 4, 1, 15, 45, tzinfo=UTC)
        assert await listed_ids(client, user, "2026-04-01") == [created["id"]]
        assert await listed_ids(client, user, "2026-04-02") == []
        assert await listed_ids(client, user, "2026-03-31") == []
        flow = await client.get(
            "/api/v1/analytics/cash-flow",
            params={"date_from": "2026-04-01", "date_to": "2026-04-02"},
            headers=user.headers,
        )
        assert [b["outflow"] for b in flow.json()["buckets"]] == ["1299.00", "0.00"]


async def test_csv_import_judges_duplicates_by_the_users_days(client, make_user):
    """The recorded payment is on 1 April in Kolkata (31 March in UTC). A statement row dated
    2 April is within a day of it for the Kolkata user, so it is a duplicate there; for the UTC
    user it is two days away, so it is new."""
    statement = "Date,Narration,Withdrawal Amt.\n02/04/2026,POS SHOP,500.00\n"
    for zone, duplicate in (("UTC", False), (KOLKATA, True)):
        user = await make_user(f"import-{zone.replace('/', '-').lower()}@example.com")
        await set_zone(client, user, zone)
        await add_txn(client, user, amount="500.00", occurred_at=LATE_MARCH_UTC)
        response = await client.post(
            f"{LEDGER}/import/preview",
            files={"file": ("statement.csv", statement.encode(), "text/csv")},
            headers=user.headers,
        )
        assert response.status_code == 200, response.text
        assert [r["duplicate"] for r in response.json()["rows"]] == [duplicate], zone


async def test_today_and_this_month_are_the_users(client, make_user):
    """Kiritimati (UTC+14) and Pago Pago (UTC-11) are always on different dates: a goal's
    contribution made "today" and a budget's "this month" follow each user's own calendar."""
    found = {}
    for zone in ("Pacific/Kiritimati", "Pacific/Pago_Pago"):
        before = local_today(zone)
        user = await make_user(f"today-{zone.split('/')[1].lower()}@example.com")
        await set_zone(client, user, zone)
        goal = await client.post(
            "/api/v1/goals", json={"name": "Trip", "target_amount": "1000"}, headers=user.headers
        )
        assert goal.status_code == 201, goal.text
        contribution = await client.post(
            f"/api/v1/goals/{goal.json()['id']}/contributions",
            json={"amount": "10"},
            headers=user.headers,
        )
        assert contribution.status_code == 201, contribution.text
        budget = await client.post("/api/v1/budgets", json={"amount": "100"}, headers=user.headers)
        assert budget.status_code == 201, budget.text
        listed = (await client.get("/api/v1/budgets", headers=user.headers)).json()
        after = local_today(zone)
        day = date.fromisoformat(contribution.json()["contributed_on"])
        assert day in (before, after), zone
        assert date.fromisoformat(budget.json()["starts_on"]) in (
            month_start(before),
            month_start(after),
        )
        assert listed[0]["period_start"] == budget.json()["starts_on"]
        found[zone] = day
    assert found["Pacific/Kiritimati"] > found["Pacific/Pago_Pago"]
