"""Bank sync through Plaid, end to end against a local fake of Plaid's REST API spoken to by the
real `plaid-python` client: link (sandbox public token → exchange), accounts, /transactions/sync
over several pages, the merge with a mail transaction of the same payment, modified and removed
transactions, the SYNC_UPDATES_AVAILABLE webhook, ITEM_LOGIN_REQUIRED shown to the person, and
rate-limit retries. Jobs run in the real email worker's functions (ARQ burst mode)."""

import json
import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from app.core.config import Settings, get_settings
from app.core.security import decrypt_secret
from app.schemas.money import to_cents
from tests.factories import make_verified_user
from tests.fakes.plaid_server import FakePlaid
from tests.jobs.test_email_sync import mbox_account
from tests.jobs.test_merges import email_ids, extraction, upi_alert
from tests.ledger_helpers import rows

REFERENCE = "612345678901"


@pytest.fixture
def plaid() -> Iterator[FakePlaid]:
    fake = FakePlaid().start()
    yield fake
    fake.stop()


@pytest.fixture
def plaid_settings(settings: Settings, plaid: FakePlaid) -> Iterator[Settings]:
    """Plaid configured (against the fake) for the app AND the worker, which reads the
    environment; pages of 2 so a handful of transactions takes several pages."""
    env = {
        **{key.upper(): str(value) for key, value in plaid.settings_overrides().items()},
        "PLAID_SYNC_PAGE_SIZE": "2",
        "PLAID_MAX_RETRIES": "2",
    }
    saved = {key: os.environ.get(key) for key in env}
    os.environ.update(env)
    get_settings.cache_clear()
    yield get_settings()
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    get_settings.cache_clear()


def worker_functions():
    from workers.email import WorkerSettings

    return WorkerSettings.functions


async def _link(client, user) -> dict:
    response = await client.post("/api/v1/plaid/sandbox/items", headers=user.headers)
    assert response.status_code == 201, response.text
    return response.json()


async def _job(client, user, job_id) -> dict:
    response = await client.get(f"/api/v1/jobs/{job_id}", headers=user.headers)
    assert response.status_code == 200, response.text
    return response.json()


async def _bank_rows(client, user, account_id) -> dict[str, dict]:
    response = await client.get(
        f"/api/v1/plaid/items/{account_id}/transactions", headers=user.headers
    )
    assert response.status_code == 200, response.text
    return {row["name"]: row for row in response.json()}


async def _webhook(client, plaid, payload: dict) -> dict:
    body = json.dumps(payload).encode()
    response = await client.post(
        "/api/v1/plaid/webhook",
        content=body,
        headers={
            "Content-Type": "application/json",
            "Plaid-Verification": plaid.signed_webhook(body),
        },
    )
    assert response.status_code == 200, response.text
    return response.json()


async def test_link_sync_pages_merge_modify_remove_and_webhook(
    client_for, plaid_settings, plaid, session_factory, run_email_jobs
):
    sent = datetime.now(UTC) - timedelta(days=2)
    async with client_for(plaid_settings) as client:
        user = await make_verified_user(client, session_factory, "bank@example.com")
        user_id = uuid.UUID(user.user["id"])
        # Mail first: the bank's UPI alert of a Swiggy payment, through the real pipeline.
        await mbox_account(plaid_settings, session_factory, user_id, [upi_alert(sent, REFERENCE)])
        start = await client.post(
            f"/api/v1/email-sync/start/{user_id}?months=6", headers=user.headers
        )
        assert start.status_code == 202, start.text
        await run_email_jobs(worker_functions())

        # The bank: the same payment (same reference) and four others, five changes: 3 pages.
        day = sent.date()
        plaid.next_transactions = [
            {"amount": 749.0, "name": "UPI-SWIGGY", "on": day, "reference": REFERENCE},
            {"amount": 120.5, "name": "Blue Tokai Coffee", "on": day},
            {"amount": 2400.0, "name": "Electricity bill", "on": day},
            {"amount": -75000.0, "name": "ACME SALARY", "on": day},
            {"amount": 310.0, "name": "Metro card top-up", "on": day},
        ]
        linked = await _link(client, user)
        account_id = linked["account_id"]
        assert linked["institution"] == "HDFC Bank" and linked["job"]["type"] == "plaid_sync"
        await run_email_jobs(worker_functions())

        job = await _job(client, user, linked["job"]["id"])
        assert job["status"] == "completed", job
        assert (job["processed"], job["parsed"]) == (5, 5)
        assert job["result"]["summary"] == {
            "outcome": "completed",
            "pages": 3,
            "added": 5,
            "merged": 1,
            "modified": 0,
            "removed": 0,
            "skipped": 0,
        }
        syncs = plaid.calls("/transactions/sync")
        assert "cursor" not in syncs[0]
        assert len(syncs) == 3 and all(call["count"] == 2 for call in syncs)
        assert syncs[1]["cursor"] and syncs[2]["cursor"] != syncs[1]["cursor"]

        # The access token is stored encrypted, and never shown.
        [(credentials, cursor)] = await rows(
            _Ctx(session_factory),
            "SELECT credentials, sync_cursor FROM connected_accounts WHERE id = :id",
            id=account_id,
        )
        item = plaid.only_item()
        assert item.access_token not in credentials
        assert json.loads(decrypt_secret(plaid_settings, credentials)) == {
            "access_token": item.access_token
        }
        assert cursor["cursor"] not in ("", syncs[-1]["cursor"])  # past the last page
        listed = (await client.get("/api/v1/connected-accounts", headers=user.headers)).json()
        [bank] = [a for a in listed if a["provider"] == "plaid"]
        assert bank["status"] == "active" and item.access_token not in json.dumps(listed)

        # The ledger: one Swiggy payment (the email's, the bank's report merged into it) and
        # four transactions from the bank.
        ledger = await rows(
            _Ctx(session_factory),
            "SELECT source, amount, type FROM transactions WHERE user_id = :u ORDER BY amount",
            u=user_id,
        )
        assert [(s, str(to_cents(a)), t) for s, a, t in ledger] == [
            ("plaid", "120.50", "debit"),
            ("plaid", "310.00", "debit"),
            ("email", "749.00", "debit"),
            ("plaid", "2400.00", "debit"),
            ("plaid", "75000.00", "credit"),
        ]
        bank_rows = await _bank_rows(client, user, account_id)
        swiggy = bank_rows["UPI-SWIGGY"]
        assert swiggy["status"] == "merged" and swiggy["merge_reason"] == "reference"
        assert REFERENCE in swiggy["merge_evidence"]
        assert {r["status"] for n, r in bank_rows.items() if n != "UPI-SWIGGY"} == {"new"}
        # Shown as merged on the email, where merges are shown.
        [alert_id] = (await email_ids(client, user)).values()
        shown = await extraction(client, user, alert_id)
        [report] = shown["bank_reports"]
        assert (report["institution"], report["name"], report["reason"]) == (
            "HDFC Bank",
            "UPI-SWIGGY",
            "reference",
        )
        assert report["amount"] == "749.00"
        # One account ••4321, whoever reported it (the alert named it first).
        accounts = (await client.get("/api/v1/accounts", headers=user.headers)).json()
        assert [a["last4"] for a in accounts] == ["4321"]

        # Plaid changes its mind: one amount modified, one own and the merged one removed.
        by_name = {
            change["name"]: change["transaction_id"]
            for kind, change in item.changes
            if kind == "added"
        }
        plaid.modify_transaction(item, by_name["Electricity bill"], amount=2450.0)
        plaid.remove_transaction(item, by_name["Metro card top-up"])
        plaid.remove_transaction(item, by_name["UPI-SWIGGY"])
        outcome = await _webhook(
            client,
            plaid,
            {
                "webhook_type": "TRANSACTIONS",
                "webhook_code": "SYNC_UPDATES_AVAILABLE",
                "item_id": item.item_id,
                "initial_update_complete": True,
                "historical_update_complete": True,
                "environment": "sandbox",
            },
        )
        assert outcome["action"] == "sync_queued"
        await run_email_jobs(worker_functions())
        second = await _job(client, user, outcome["job_id"])
        assert second["status"] == "completed", second
        assert second["result"]["summary"]["modified"] == 1
        assert second["result"]["summary"]["removed"] == 2
        # It went on from the stored cursor: only the three changes since.
        assert plaid.calls("/transactions/sync")[3]["cursor"] == cursor["cursor"]

        ledger = await rows(
            _Ctx(session_factory),
            "SELECT source, amount FROM transactions WHERE user_id = :u ORDER BY amount",
            u=user_id,
        )
        assert [(s, str(to_cents(a))) for s, a in ledger] == [
            ("plaid", "120.50"),
            ("email", "749.00"),  # the email's payment stays: only the bank's side went
            ("plaid", "2450.00"),
            ("plaid", "75000.00"),
        ]
        bank_rows = await _bank_rows(client, user, account_id)
        assert bank_rows["Metro card top-up"]["status"] == "removed"
        assert bank_rows["UPI-SWIGGY"]["status"] == "removed"
        assert bank_rows["Electricity bill"]["amount"] == "2450.00"
        assert (await extraction(client, user, alert_id))["bank_reports"] == []


async def test_item_login_required_is_shown_and_recorded(
    client_for, plaid_settings, plaid, session_factory, run_email_jobs
):
    async with client_for(plaid_settings) as client:
        user = await make_verified_user(client, session_factory, "relogin@example.com")
        plaid.next_transactions = [{"amount": 99.0, "name": "Tea", "on": datetime.now(UTC).date()}]
        linked = await _link(client, user)
        await run_email_jobs(worker_functions())
        item = plaid.only_item()

        plaid.require_login(item)
        started = await client.post(
            f"/api/v1/connected-accounts/{linked['account_id']}/sync", headers=user.headers
        )
        assert started.status_code == 202, started.text
        await run_email_jobs(worker_functions())
        job = await _job(client, user, started.json()["job"]["id"])
        assert job["status"] == "failed"
        assert job["type"] == "plaid_sync"
        [error] = job["error_log"]
        assert error["type"] == "PlaidLoginRequired" and "ITEM_LOGIN_REQUIRED" in error["message"]
        account = (
            await client.get(
                f"/api/v1/connected-accounts/{linked['account_id']}", headers=user.headers
            )
        ).json()
        assert account["status"] == "error"
        assert "sign in again" in account["last_error"]

        # Link's update mode: a token for this item (its access token sent to Plaid only).
        token = await client.post(
            "/api/v1/plaid/link-token",
            json={"account_id": linked["account_id"]},
            headers=user.headers,
        )
        assert token.status_code == 200, token.text
        assert plaid.calls("/link/token/create")[-1]["access_token"] == item.access_token
        assert "products" not in plaid.calls("/link/token/create")[-1]

        # Signed in again at the bank: the next sync clears the error.
        plaid.require_login(item, False)
        again = await client.post(
            f"/api/v1/plaid/items/{linked['account_id']}/sync", headers=user.headers
        )
        assert again.status_code == 202, again.text
        await run_email_jobs(worker_functions())
        account = (
            await client.get(
                f"/api/v1/connected-accounts/{linked['account_id']}", headers=user.headers
            )
        ).json()
        assert (account["status"], account["last_error"]) == ("active", None)


async def test_rate_limits_are_retried_with_backoff(
    client_for, plaid_settings, plaid, session_factory, run_email_jobs
):
    async with client_for(plaid_settings) as client:
        user = await make_verified_user(client, session_factory, "busy@example.com")
        day = datetime.now(UTC).date()
        plaid.next_transactions = [
            {"amount": 10.0 + i, "name": f"Shop {i}", "on": day} for i in range(3)
        ]
        linked = await _link(client, user)
        # Two 429s: the client's own retries absorb them inside one job try.
        plaid.rate_limit_next(2)
        await run_email_jobs(worker_functions())
        job = await _job(client, user, linked["job"]["id"])
        assert (job["status"], job["attempts"], job["processed"]) == ("completed", 1, 3)
        assert len(plaid.calls("/accounts/get")) == 3  # 2 refused + 1 answered

        # More than PLAID_MAX_RETRIES (2) in a row: the job itself is retried later.
        plaid.modify_transaction(
            plaid.only_item(), plaid.only_item().changes[0][1]["transaction_id"], amount=11.5
        )
        started = await client.post(
            f"/api/v1/plaid/items/{linked['account_id']}/sync", headers=user.headers
        )
        plaid.rate_limit_next(3)
        await run_email_jobs(worker_functions())
        job = await _job(client, user, started.json()["job"]["id"])
        assert job["status"] == "completed", job
        assert job["attempts"] == 2
        assert [e["type"] for e in job["error_log"]] == ["PlaidUnavailable"]
        assert "rate limit exceeded" in job["error_log"][0]["message"]
        bank_rows = await _bank_rows(client, user, linked["account_id"])
        assert bank_rows["Shop 0"]["amount"] == "11.50"


class _Ctx:
    """What tests.ledger_helpers.rows needs: a sessionmaker."""

    def __init__(self, session_factory) -> None:
        self.sessionmaker = session_factory


async def test_same_amount_card_and_time_merges_only_within_the_window(
    client_for, plaid_settings, plaid, session_factory, run_email_jobs
):
    """The time rule, as for two emails: a bank transaction with a stated time merges with the
    mail's transaction of the same amount, currency, direction and account ••4321 within 10
    minutes; the same amount 3 hours later is another payment."""
    from sqlalchemy import text

    paid = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
    async with client_for(plaid_settings) as client:
        user = await make_verified_user(client, session_factory, "timely@example.com")
        user_id = uuid.UUID(user.user["id"])
        async with session_factory() as session, session.begin():
            account_id = uuid.uuid4()
            await session.execute(
                text(
                    "INSERT INTO accounts (id, user_id, institution, issuer, kind, last4, name) "
                    "VALUES (:id, :u, 'hdfcbank', 'HDFC Bank', 'card', '4321', 'HDFC ••4321')"
                ),
                {"id": account_id, "u": user_id},
            )
            # What the card alert's email made: its time read from the text.
            await session.execute(
                text(
                    "INSERT INTO transactions (id, user_id, account_id, amount, currency, type, "
                    "occurred_at, description, category_source, source, account_last4, "
                    "occurred_at_from_text, notes, message_id) VALUES (:id, :u, :a, 450.00, "
                    "'INR', 'debit', :at, 'Card alert', 'none', 'email', '4321', true, '', "
                    "'<alert-1@hdfc>')"
                ),
                {"id": uuid.uuid4(), "u": user_id, "a": account_id, "at": paid},
            )
        plaid.next_accounts = [plaid.next_accounts[0]]  # ••4321
        plaid.next_transactions = [
            {
                "amount": 450.0,
                "name": "SWIGGY",
                "on": paid.date(),
                "at": paid + timedelta(minutes=4),
            },
            {
                "amount": 450.0,
                "name": "SWIGGY AGAIN",
                "on": paid.date(),
                "at": paid + timedelta(hours=3),
            },
        ]
        linked = await _link(client, user)
        await run_email_jobs(worker_functions())
        bank_rows = await _bank_rows(client, user, linked["account_id"])
        first, later = bank_rows["SWIGGY"], bank_rows["SWIGGY AGAIN"]
        assert (first["status"], first["merge_reason"]) == ("merged", "time_window")
        assert "4 min apart" in first["merge_evidence"] and "4321" in first["merge_evidence"]
        assert "stated by the email and the bank" in first["merge_evidence"]
        assert later["status"] == "new"
        count = await rows(
            _Ctx(session_factory), "SELECT count(*) FROM transactions WHERE user_id = :u", u=user_id
        )
        assert count == [(2,)]


async def test_a_pending_transaction_that_posts_keeps_its_ledger_row(
    client_for, plaid_settings, plaid, session_factory, run_email_jobs
):
    """Plaid removes the pending transaction and adds the posted one (pending_transaction_id):
    the ledger keeps one row, the person's category on it, at the posted amount."""
    day = datetime.now(UTC).date()
    async with client_for(plaid_settings) as client:
        user = await make_verified_user(client, session_factory, "pending@example.com")
        user_id = uuid.UUID(user.user["id"])
        plaid.next_transactions = [
            {"amount": 58.0, "name": "Uber", "on": day, "pending": True, "transaction_id": "p-1"}
        ]
        linked = await _link(client, user)
        await run_email_jobs(worker_functions())
        [(transaction_id,)] = await rows(
            _Ctx(session_factory), "SELECT id FROM transactions WHERE user_id = :u", u=user_id
        )
        categories = (await client.get("/api/v1/categories", headers=user.headers)).json()
        category = categories[0]["id"]
        edited = await client.patch(
            f"/api/v1/transactions/{transaction_id}",
            json={"category_id": category},
            headers=user.headers,
        )
        assert edited.status_code == 200, edited.text

        item = plaid.only_item()
        plaid.remove_transaction(item, "p-1")
        plaid.add_transaction(item, amount=61.5, name="Uber", on=day, pending_transaction_id="p-1")
        started = await client.post(
            f"/api/v1/plaid/items/{linked['account_id']}/sync", headers=user.headers
        )
        assert started.status_code == 202, started.text
        await run_email_jobs(worker_functions())

        ledger = await rows(
            _Ctx(session_factory),
            "SELECT id, amount, category_id FROM transactions WHERE user_id = :u",
            u=user_id,
        )
        assert [(i, str(to_cents(a)), str(c)) for i, a, c in ledger] == [
            (transaction_id, "61.50", category)
        ]
        reported = await client.get(
            f"/api/v1/plaid/items/{linked['account_id']}/transactions", headers=user.headers
        )
        assert sorted((r["pending"], r["status"], r["amount"]) for r in reported.json()) == [
            (False, "new", "61.50"),
            (True, "removed", "58.00"),
        ]
