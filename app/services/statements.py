"""Statement import: parse a bank or card statement file, reconcile it with the user's ledger
and keep the outcome.

- a line matched to a ledger row (app.statements.match) confirms the row, and the statement's
  date, amount and description win where they differ (the old values kept on the row);
- a line the ledger lacks becomes a row of source "statement";
- a ledger row of the account inside the statement's period that no line matched is flagged.
The balance check adds the ledger's rows of the period to the opening balance and compares the
sum with the statement's closing balance."""

import asyncio
import logging
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from cryptography.fernet import InvalidToken
from sqlalchemy.ext.asyncio import AsyncSession

from app.attachments.files import PDF, sniff
from app.attachments.pdf_text import ENCRYPTED, WRONG_PASSWORD, statement_text
from app.core.config import get_settings
from app.core.errors import AppError, BadRequest, NotFound
from app.core.security import decrypt_secret, encrypt_secret, secrets_cipher
from app.core.timezones import day_end, day_start, local_date, zone
from app.crud import accounts as accounts_crud
from app.crud import statements as statements_crud
from app.models import Statement, StatementEntry, User
from app.schemas.csv_import import CsvMapping
from app.schemas.money import to_cents
from app.schemas.statement import (
    BalanceCheck,
    EntryTotals,
    StatementDetail,
    StatementEntryPublic,
    StatementPasswordSender,
    StatementSummary,
)
from app.services.transactions import NewTransaction, record_transactions
from app.statements.formats import parse_statement
from app.statements.match import TOLERANCE_DAYS, LedgerRow, Reconciliation, reconcile
from app.statements.model import ParsedStatement, StatementFormatError, StatementLine
from app.statements.pdf import parse_pdf_statement

log = logging.getLogger(__name__)

MAX_STATEMENT_BYTES = 5 * 1024 * 1024  # a year of daily lines in the wordiest format is ~2 MB
MAX_LINES = 20_000


class StatementTooLarge(AppError):
    status_code = 413
    code = "statement_too_large"


class PdfPasswordRequired(AppError):
    """The PDF is locked and no password (or no stored one for its sender) was given."""

    status_code = 400
    code = "pdf_password_required"


class PdfWrongPassword(AppError):
    status_code = 400
    code = "pdf_wrong_password"


async def import_statement(
    session: AsyncSession,
    user: User,
    data: bytes,
    filename: str,
    account_id: uuid.UUID | None,
    *,
    password: str | None = None,
    remember_for: str | None = None,
    csv_mapping: CsvMapping | None = None,
    email_id: uuid.UUID | None = None,
) -> StatementDetail:
    """Parse, reconcile and keep a statement. `password` opens a locked PDF; with
    `remember_for` (a sender's address) it is kept, encrypted, to open that sender's statements
    when they arrive by mail."""
    if len(data) > MAX_STATEMENT_BYTES:
        raise StatementTooLarge(
            f"The statement is larger than {MAX_STATEMENT_BYTES // (1024 * 1024)} MB."
        )
    parsed = await _parse(data, password, csv_mapping, user.timezone)
    if remember_for and password:
        await remember_password(session, user.id, remember_for, password)
    statement_id = await import_parsed(session, user, parsed, filename, account_id, email_id)
    return await statement_detail(session, user.id, statement_id)


async def import_parsed(
    session: AsyncSession,
    user: User,
    parsed: ParsedStatement,
    filename: str,
    account_id: uuid.UUID | None,
    email_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Reconcile a parsed statement with the ledger and keep it; its id."""
    if len(parsed.lines) > MAX_LINES:
        raise StatementTooLarge(f"The statement has more than {MAX_LINES} lines.")
    account = await _account(session, user.id, parsed, account_id)
    currency = parsed.currency or (account.currency if account else None) or user.base_currency
    currency = currency.upper()[:3]
    rows = await _ledger(session, user, account.id if account else None, currency, parsed)
    ledger = [
        LedgerRow(
            row.id,
            local_date(row.occurred_at, user.timezone),
            row.amount,
            row.type,
            row.reference,
            row.description,
        )
        for row in rows.values()
    ]
    # ~0.4 s for 5,000 lines against 5,000 rows: off the event loop.
    outcome = await asyncio.to_thread(
        reconcile, parsed.lines, ledger, parsed.first_day, parsed.last_day
    )
    if account is None:
        # Without a known account the period's rows may belong to any account: none can be
        # said to be missing from this statement.
        outcome.flagged = []
    await _confirm_matched(session, user, outcome, rows)
    created = await _create_missing(
        session, user, account.id if account else None, currency, outcome
    )
    statement = await statements_crud.add_statement(
        session,
        user_id=user.id,
        account_id=account.id if account else None,
        format=parsed.format,
        filename=filename[:255],
        account_number_last4=_last4(parsed.account_number),
        currency=currency,
        period_start=parsed.first_day,
        period_end=parsed.last_day,
        opening_balance=parsed.opening_balance,
        closing_balance=parsed.closing_balance,
        line_count=len(parsed.lines),
        email_id=email_id,
        warnings=parsed.warnings,
    )
    await statements_crud.add_entries(session, _entries(statement.id, user.id, outcome, created))
    return statement.id


async def _parse(
    data: bytes, password: str | None, csv_mapping: CsvMapping | None, tz: str
) -> ParsedStatement:
    try:
        if sniff(data) == PDF:
            parsed = await _parse_pdf(data, password)
        else:
            parsed = await asyncio.to_thread(parse_statement, data, csv_mapping, tz)
    except StatementFormatError as exc:
        raise BadRequest(str(exc), code="bad_statement") from None
    except AppError:
        raise
    except Exception:  # a parser's bug on a hostile file is still the file's fault for the user
        log.warning("statement_parse_failed bytes=%d", len(data), exc_info=True)
        raise BadRequest("The statement file cannot be read.", code="bad_statement") from None
    if len(parsed.lines) > MAX_LINES:
        raise StatementTooLarge(f"The statement has more than {MAX_LINES} lines.")
    return parsed


async def _account(
    session: AsyncSession, user_id: uuid.UUID, parsed: ParsedStatement, account_id: uuid.UUID | None
) -> Any:
    """The account chosen, else the one account whose last 4 digits end the statement's
    account number; None when that is not exactly one."""
    if account_id is not None:
        account = await accounts_crud.get_for_user(session, user_id, account_id)
        if account is None:
            raise NotFound("Account not found.")
        return account
    last4 = _last4(parsed.account_number)
    if last4 is None:
        return None
    candidates = await accounts_crud.with_last4(session, user_id, [last4])
    if len(candidates) != 1:
        return None
    return await accounts_crud.get_for_user(session, user_id, candidates[0].id)


def _last4(number: str | None) -> str | None:
    digits = "".join(ch for ch in number or "" if ch.isdigit())
    return digits[-4:] if len(digits) >= 4 else None


async def _ledger(
    session: AsyncSession,
    user: User,
    account_id: uuid.UUID | None,
    currency: str,
    parsed: ParsedStatement,
) -> dict[uuid.UUID, Any]:
    """The rows a line may match: the period widened by the matching tolerance."""
    reach = timedelta(days=TOLERANCE_DAYS)
    start = day_start(parsed.first_day - reach, user.timezone)
    end = day_end(parsed.last_day + reach, user.timezone)
    rows = await statements_crud.ledger_rows(session, user.id, account_id, currency, start, end)
    return {row.id: row for row in rows}


async def _confirm_matched(
    session: AsyncSession, user: User, outcome: Reconciliation, rows: dict[uuid.UUID, Any]
) -> None:
    for line, ledger_row in outcome.matched:
        current = rows[ledger_row.id]
        values: dict[str, Any] = {}
        original: dict[str, str] = {}
        if ledger_row.day != line.posted_on:
            wall = current.occurred_at.astimezone(zone(user.timezone))
            moved = datetime.combine(
                line.posted_on, wall.timetz().replace(tzinfo=None), wall.tzinfo
            )
            values["occurred_at"] = moved.astimezone(UTC)
            original["occurred_at"] = current.occurred_at.isoformat()
        if current.amount != line.amount:
            values["amount"] = line.amount
            original["amount"] = str(to_cents(current.amount))
        if line.description and current.description != line.description:
            values["description"] = line.description
            original["description"] = current.description
        await statements_crud.confirm(session, user.id, ledger_row.id, values, original)


async def _create_missing(
    session: AsyncSession,
    user: User,
    account_id: uuid.UUID | None,
    currency: str,
    outcome: Reconciliation,
) -> list[uuid.UUID]:
    drafts = [
        NewTransaction(
            amount=line.amount,
            currency=currency,
            type=line.type,
            # Noon of the statement's day: a statement gives days, not times.
            occurred_at=datetime.combine(line.posted_on, time(12), zone(user.timezone)).astimezone(
                UTC
            ),
            source="statement",
            description=line.description,
            merchant=line.description[:200] or None,
            account_id=account_id,
            reference=line.reference,
            dedupe=False,
        )
        for line in outcome.missing
    ]
    if not drafts:
        return []
    created = await record_transactions(session, user.id, drafts)
    await statements_crud.mark_confirmed(session, user.id, created)
    return created


def _entries(
    statement_id: uuid.UUID,
    user_id: uuid.UUID,
    outcome: Reconciliation,
    created: list[uuid.UUID],
) -> list[dict[str, Any]]:
    def entry(status: str, line: StatementLine, transaction_id: uuid.UUID | None) -> dict[str, Any]:
        return {
            "id": uuid.uuid4(),
            "statement_id": statement_id,
            "user_id": user_id,
            "transaction_id": transaction_id,
            "status": status,
            "posted_on": line.posted_on,
            "amount": line.amount,
            "type": line.type,
            "description": line.description,
            "reference": line.reference,
        }

    rows = [entry("matched", line, row.id) for line, row in outcome.matched]
    rows += [
        entry("created", line, tid) for line, tid in zip(outcome.missing, created, strict=True)
    ]
    rows += [
        entry("flagged", StatementLine(r.day, r.amount, r.type, r.description, r.reference), r.id)
        for r in outcome.flagged
    ]
    return [{**row, "position": index} for index, row in enumerate(rows)]


async def _parse_pdf(data: bytes, password: str | None) -> ParsedStatement:
    """The PDF's text, read in the bounded child process (app.attachments.pdf_text), then its
    transaction table."""
    text, error = await asyncio.to_thread(statement_text, data, password)
    if error == ENCRYPTED:
        raise PdfPasswordRequired("The PDF is protected with a password: give its password.")
    if error == WRONG_PASSWORD:
        raise PdfWrongPassword("The password does not open this PDF.")
    if text is None:
        raise StatementFormatError(f"The PDF cannot be read: {error}.")
    if not text.strip():
        raise StatementFormatError(
            "The PDF has no text (a scanned image?): only text PDFs can be read."
        )
    return await asyncio.to_thread(parse_pdf_statement, text)


# ---- passwords of PDF statements ---------------------------------------------------------------


def normal_sender(sender: str) -> str:
    return sender.strip().lower()[:320]


async def remember_password(
    session: AsyncSession, user_id: uuid.UUID, sender: str, password: str
) -> None:
    """Keep the password of a sender's statements, encrypted (never logged, never shown)."""
    secret = encrypt_secret(get_settings(), password)
    await statements_crud.save_password(session, user_id, normal_sender(sender), secret)


async def reencrypt_passwords(session: AsyncSession, old_keys: str, new_key: str) -> int:
    """Re-encrypt every kept statement password under `new_key` (any of `old_keys` decrypts
    it); one no key opens stops the whole rotation."""
    cipher = secrets_cipher(f"{new_key},{old_keys}")
    stored = await statements_crud.passwords_for_update(session)
    for row in stored:
        try:
            row.secret = cipher.rotate(row.secret.encode()).decode()
        except InvalidToken as exc:
            raise ValueError(
                f"statement password {row.id}: no current ENCRYPTION_KEY decrypts it; "
                "nothing was changed"
            ) from exc
    await session.flush()
    return len(stored)


async def password_senders(
    session: AsyncSession, user_id: uuid.UUID
) -> list[StatementPasswordSender]:
    rows = await statements_crud.password_senders(session, user_id)
    return [StatementPasswordSender(sender=row.sender, created_at=row.created_at) for row in rows]


async def forget_password(session: AsyncSession, user_id: uuid.UUID, sender: str) -> None:
    if not await statements_crud.delete_password(session, user_id, normal_sender(sender)):
        raise NotFound("No password is kept for that sender.")


async def passwords_for(
    session: AsyncSession, user_id: uuid.UUID, senders: set[str]
) -> dict[str, str]:
    """Normalised sender -> the kept password, for those of `senders` that have one."""
    normal = {normal_sender(sender) for sender in senders}
    found = {}
    for sender, secret in await statements_crud.password_secrets(session, user_id, normal):
        try:
            found[sender] = decrypt_secret(get_settings(), secret)
        except ValueError:  # ENCRYPTION_KEY changed without a rotation: ask the user again
            log.warning("a statement password cannot be decrypted (user %s)", user_id)
    return found


async def password_for(session: AsyncSession, user_id: uuid.UUID, sender: str) -> str | None:
    secret = await statements_crud.password_secret(session, user_id, normal_sender(sender))
    if secret is None:
        return None
    try:
        return decrypt_secret(get_settings(), secret)
    except ValueError:  # ENCRYPTION_KEY changed without a rotation: ask the user again
        log.warning("statement password of a sender cannot be decrypted (user %s)", user_id)
        return None


# ---- reading ---------------------------------------------------------------------------------


async def list_statements(
    session: AsyncSession, user_id: uuid.UUID, offset: int, limit: int
) -> tuple[list[StatementSummary], int]:
    rows, total = await statements_crud.list_page(session, user_id, offset, limit)
    return [
        _summary(row.Statement, row.matched or 0, row.created or 0, row.flagged or 0)
        for row in rows
    ], total


async def statement_detail(
    session: AsyncSession, user_id: uuid.UUID, statement_id: uuid.UUID
) -> StatementDetail:
    statement = await statements_crud.get_for_user(session, user_id, statement_id)
    if statement is None:
        raise NotFound("Statement not found.")
    entries = await statements_crud.entries(session, user_id, statement_id)
    by_status: dict[str, list[StatementEntry]] = {"matched": [], "created": [], "flagged": []}
    for entry in entries:
        by_status[entry.status].append(entry)
    linked = [e.transaction_id for e in entries if e.transaction_id is not None]
    originals = await statements_crud.originals(session, user_id, linked) if linked else {}
    sections = {
        "matched": [
            _entry(e, originals.get(e.transaction_id) if e.transaction_id else None)
            for e in by_status["matched"]
        ],
        "missing": [_entry(e, None) for e in by_status["created"]],
        "flagged": [_entry(e, None) for e in by_status["flagged"]],
    }
    summary = _summary(
        statement, len(by_status["matched"]), len(by_status["created"]), len(by_status["flagged"])
    )
    return StatementDetail(
        **summary.model_dump(),
        **sections,
        totals={
            "matched": _totals(by_status["matched"]),
            "missing": _totals(by_status["created"]),
            "flagged": _totals(by_status["flagged"]),
        },
        balance=await _balance(session, user_id, statement, entries, linked),
    )


async def _balance(
    session: AsyncSession,
    user_id: uuid.UUID,
    statement: Statement,
    entries: Sequence[StatementEntry],
    linked: list[uuid.UUID],
) -> BalanceCheck:
    """Opening balance (the file's, else its closing minus its lines) plus the ledger rows of
    the period as they stand now (matched, created and flagged), against the closing balance."""
    opening = statement.opening_balance
    derived = False
    if opening is None and statement.closing_balance is not None:
        lines = [e for e in entries if e.status != "flagged"]
        opening = statement.closing_balance - _totals(lines).net
        derived = True
    if opening is None:
        return BalanceCheck(
            closing_balance=statement.closing_balance,
            opening_balance=None,
            opening_derived=False,
            computed_balance=None,
            difference=None,
        )
    computed = opening + await statements_crud.net_of_rows(session, user_id, linked)
    closing = statement.closing_balance
    return BalanceCheck(
        closing_balance=closing,
        opening_balance=opening,
        opening_derived=derived,
        computed_balance=computed,
        difference=closing - computed if closing is not None else None,
    )


def _summary(statement: Statement, matched: int, missing: int, flagged: int) -> StatementSummary:
    return StatementSummary(
        id=statement.id,
        format=statement.format,
        filename=statement.filename,
        account_id=statement.account_id,
        account_number_last4=statement.account_number_last4,
        currency=statement.currency,
        period_start=statement.period_start,
        period_end=statement.period_end,
        opening_balance=statement.opening_balance,
        closing_balance=statement.closing_balance,
        line_count=statement.line_count,
        email_id=statement.email_id,
        warnings=[str(w) for w in statement.warnings or []],
        matched_count=matched,
        missing_count=missing,
        flagged_count=flagged,
        created_at=statement.created_at,
    )


def _entry(entry: StatementEntry, original: dict[str, Any] | None) -> StatementEntryPublic:
    return StatementEntryPublic(
        transaction_id=entry.transaction_id,
        posted_on=entry.posted_on,
        amount=entry.amount,
        type=entry.type,
        description=entry.description,
        reference=entry.reference,
        original=original,
    )


def _totals(entries: Sequence[StatementEntry]) -> EntryTotals:
    debits = sum((e.amount for e in entries if e.type == "debit"), Decimal(0))
    credits = sum((e.amount for e in entries if e.type == "credit"), Decimal(0))
    return EntryTotals(count=len(entries), debits=debits, credits=credits, net=credits - debits)
