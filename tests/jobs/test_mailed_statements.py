"""Statements that arrive as email attachments are imported as statements and reconciled with
the alerts the mail reader posted, through the real sync path; the email itself never becomes
a transaction. A locked PDF statement waits for its password, given once per sender."""

import uuid
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from tests import statement_pdfs
from tests.jobs.test_email_sync import mbox_account
from tests.jobs.test_extraction_pipeline import all_transactions, bank_alert, sync
from tests.ledger_helpers import error_code
from tests.pdf_helpers import with_password

API = "/api/v1/statements"


def statement_mail(
    sender: str, subject: str, filename: str, content_type: str, data: bytes, sent: datetime
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "me@example.com"
    message["Subject"] = subject
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = f"<{uuid.uuid4().hex}@bank.example>"
    # A body that names an amount: the mail reader alone would have made it a transaction.
    message.set_content(
        "Dear Customer, your account statement is attached. Total debits Rs.749.00.\n"
    )
    maintype, subtype = content_type.split("/")
    message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


async def test_a_mailed_csv_statement_reconciles_with_the_alert_before_it(
    client, session_factory, settings, run_email_jobs, make_user
):
    user = await make_user("mailed-csv@example.com")
    paid = datetime.now(UTC) - timedelta(days=3)
    salary = paid + timedelta(days=1)
    csv = (
        "Date,Narration,Withdrawal Amt,Deposit Amt,Closing Balance,Currency\n"
        f'{paid:%d/%m/%Y},UPI-SWIGGY-swiggy@icici,749.00,,"10,251.00",INR\n'
        f'{salary:%d/%m/%Y},NEFT CR-ACME PAYROLL,,"50,000.00","60,251.00",INR\n'
    ).encode()
    mail = [
        bank_alert("<alert-1@hdfc>", paid, "612345678901"),
        statement_mail(
            "HDFC Bank <estatements@hdfcbank.net>",
            "Your account statement",
            "Acct_Statement.csv",
            "text/csv",
            csv,
            salary + timedelta(hours=2),
        ),
    ]
    await mbox_account(settings, session_factory, uuid.UUID(user.user["id"]), mail)
    await sync(client, user, run_email_jobs)

    rows = sorted(await all_transactions(client, user.headers), key=lambda t: t["occurred_at"])
    # The alert's row, confirmed by the statement; the salary only the statement knew; and
    # nothing read from the statement email's own body.
    assert [(r["amount"], r["type"], r["source"]) for r in rows] == [
        ("749.00", "debit", "email"),
        ("50000.00", "credit", "statement"),
    ]
    assert all(r["confirmed_at"] for r in rows)
    listed = (await client.get(API, headers=user.headers)).json()
    assert listed["total"] == 1, listed
    [summary] = listed["items"]
    assert summary["format"] == "csv" and summary["email_id"]
    assert (summary["matched_count"], summary["missing_count"]) == (1, 1)
    detail = (await client.get(f"{API}/{summary['id']}", headers=user.headers)).json()
    assert detail["matched"][0]["transaction_id"] == rows[0]["id"]
    assert detail["balance"]["difference"] == "0.00"

    # Syncing again imports nothing twice.
    await sync(client, user, run_email_jobs)
    assert (await client.get(API, headers=user.headers)).json()["total"] == 1
    assert len(await all_transactions(client, user.headers)) == 2


async def test_a_locked_pdf_statement_waits_for_its_password_once_per_sender(
    client, session_factory, settings, run_email_jobs, make_user
):
    user = await make_user("mailed-pdf@example.com")
    uid = uuid.UUID(user.user["id"])
    await client.post(
        "/api/v1/accounts",
        headers=user.headers,
        json={"name": "Current", "kind": "bank", "last4": "9917", "currency": "GBP"},
    )
    pdf, _ = statement_pdfs.uk_current_account()
    sender = "Northgate Bank <statements@northgate.example>"
    sent = datetime.now(UTC) - timedelta(days=2)
    first = statement_mail(
        sender,
        "Your November statement",
        "statement-nov.pdf",
        "application/pdf",
        with_password(pdf, "JS-1958"),
        sent,
    )
    await mbox_account(settings, session_factory, uid, [first])
    await sync(client, user, run_email_jobs)

    assert await all_transactions(client, user.headers) == []
    locked = (await client.get(f"{API}/locked", headers=user.headers)).json()
    assert [(item["sender"], item["filename"]) for item in locked] == [
        ("statements@northgate.example", "statement-nov.pdf")
    ]

    wrong = await client.put(
        f"{API}/passwords",
        headers=user.headers,
        json={"sender": "statements@northgate.example", "password": "js-1958"},
    )
    assert wrong.status_code == 400 and error_code(wrong) == "pdf_wrong_password"
    assert (await client.get(f"{API}/passwords", headers=user.headers)).json() == []

    opened = await client.put(
        f"{API}/passwords",
        headers=user.headers,
        json={"sender": "statements@northgate.example", "password": "JS-1958"},
    )
    assert opened.status_code == 200, opened.text
    [summary] = opened.json()
    assert summary["format"] == "pdf" and summary["missing_count"] == 5
    assert (await client.get(f"{API}/locked", headers=user.headers)).json() == []
    assert len(await all_transactions(client, user.headers)) == 5

    # The next statement from that sender opens by itself with the kept password.
    later, _ = statement_pdfs.euro_account()
    second = statement_mail(
        sender,
        "Your statement is ready",
        "statement.pdf",
        "application/pdf",
        with_password(later, "JS-1958"),
        sent + timedelta(days=1),
    )
    await mbox_account(settings, session_factory, uid, [first, second])
    await sync(client, user, run_email_jobs)
    statements = (await client.get(API, headers=user.headers)).json()
    assert statements["total"] == 2
    assert (await client.get(f"{API}/locked", headers=user.headers)).json() == []
