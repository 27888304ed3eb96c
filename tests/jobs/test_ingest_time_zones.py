"""Alerts written in IST, ingested through the real sync and extraction: each is stored at its
true instant and shows on its own day for an Asia/Kolkata user and for a UTC user."""

import uuid
from datetime import UTC, datetime

from tests.jobs.test_email_sync import mbox_account
from tests.jobs.test_extraction_pipeline import sync

LEDGER = "/api/v1/transactions"


def ist_alert(message_id: str, written: str, mailed: datetime, amount: str) -> bytes:
    """A bank alert whose text gives the time in IST, mailed later with a UTC Date header."""
    return (
        f"From: Alerts <alerts@bank.example.in>\nTo: me@example.com\n"
        f"Subject: Transaction alert\nDate: {mailed.strftime('%a, %d %b %Y %H:%M:%S +0000')}\n"
        f"Message-ID: {message_id}\nContent-Type: text/plain; charset=utf-8\n\n"
        f"Dear Customer, Rs.{amount} has been debited from your A/c XX4321 on {written} IST "
        f"at PVR CINEMAS.\n"
    ).encode()


async def listed(client, user, day: str) -> list[tuple[str, str]]:
    response = await client.get(
        LEDGER, params={"date_from": day, "date_to": day}, headers=user.headers
    )
    assert response.status_code == 200, response.text
    return sorted((t["amount"], t["occurred_at"]) for t in response.json()["items"])


async def test_ist_alerts_keep_their_true_instants_and_days(
    client, settings, session_factory, run_email_jobs, make_user
):
    mail = [
        # An evening alert: 21:40 IST on 12 March is 16:10 UTC, the same day in both zones.
        ist_alert(
            "<evening@bank>",
            "12-03-2026 21:40:00",
            datetime(2026, 3, 12, 16, 30, tzinfo=UTC),
            "1,250.00",
        ),
        # Just after midnight IST on 1 April: still 31 March in UTC.
        ist_alert(
            "<night@bank>",
            "01-04-2026 00:30:00",
            datetime(2026, 3, 31, 19, 5, tzinfo=UTC),
            "640.00",
        ),
    ]
    users = {}
    for zone in ("Asia/Kolkata", "UTC"):
        user = await make_user(f"{zone.replace('/', '-').lower()}@example.com")
        patched = await client.patch(
            "/api/v1/users/me", json={"timezone": zone}, headers=user.headers
        )
        assert patched.status_code == 200, patched.text
        await mbox_account(settings, session_factory, uuid.UUID(user.user["id"]), mail)
        await sync(client, user, run_email_jobs)
        users[zone] = user

    evening = ("1250.00", "2026-03-12T16:10:00Z")
    night = ("640.00", "2026-03-31T19:00:00Z")
    for user in users.values():  # the same true instants for everyone, none in the future
        everything = await listed(client, user, "2026-03-12")
        assert everything == [evening]
    kolkata, utc = users["Asia/Kolkata"], users["UTC"]
    assert await listed(client, kolkata, "2026-04-01") == [night]
    assert await listed(client, kolkata, "2026-03-31") == []
    assert await listed(client, utc, "2026-03-31") == [night]
    assert await listed(client, utc, "2026-04-01") == []
