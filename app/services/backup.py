"""Backup and restore of one user's whole ledger as one zip file.

The zip holds `manifest.json` (format name, version, row counts, the user's settings) and one
JSON Lines file per table, each row a JSON object of its stored columns. Money and other numerics
are strings (exact Decimal), instants ISO 8601 with offset, bytes (the raw emails, compressed as
stored) base64. Export streams rows from a server-side cursor into a spooled temporary file (it
moves to disk past a few MB), so a large ledger is never held in memory twice.

Restore gives every row a new id and re-points each foreign key through the old→new map; the
tables are written parents first. Connected mailboxes are restored WITHOUT their credentials
(they were never exported): an email row needs its mailbox, and the user reconnects it to sync
again. Sign-in material (password, TOTP, API and refresh tokens) and job records are not part of
a ledger and are left out."""

import base64
import io
import json
import tempfile
import uuid
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import IO, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Column, Date, DateTime, LargeBinary, Numeric, Table, Uuid
from sqlalchemy.exc import InvalidRequestError, OperationalError, StatementError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from app.core.errors import AppError, BadRequest, Conflict
from app.crud import backup as backup_crud
from app.models import (
    Account,
    Attachment,
    AttachmentBlob,
    Budget,
    BudgetAlert,
    Category,
    CategoryFeedback,
    CategoryModel,
    CategoryRule,
    ConnectedAccount,
    Email,
    EmailExtraction,
    Goal,
    GoalContribution,
    LlmTransaction,
    RecurringState,
    ReviewItem,
    SenderTemplate,
    Statement,
    StatementEntry,
    Transaction,
    TransactionMerge,
    TransactionTombstone,
    Transactor,
)
from app.models.connected_account import ERROR
from app.services import reference

FORMAT = "fincoach-backup"
VERSION = 1
MANIFEST = "manifest.json"
MAX_BACKUP_BYTES = 512 * 1024 * 1024  # the compressed file; a decade of alerts is far smaller
MAX_TABLE_BYTES = 4 * 1024 * 1024 * 1024  # one uncompressed table: guards against zip bombs
BATCH = 500
RESTORED_ERROR = "Restored from a backup without its credentials: reconnect this mailbox."

# Parents before children, so every foreign key points at a row already written.
TABLES: list[Table] = [
    m.__table__  # type: ignore[misc]
    for m in (
        ConnectedAccount,
        Email,
        Account,
        Category,
        Transactor,
        RecurringState,
        Transaction,
        AttachmentBlob,
        Attachment,
        EmailExtraction,
        TransactionMerge,
        TransactionTombstone,
        ReviewItem,
        SenderTemplate,
        CategoryRule,
        CategoryFeedback,
        CategoryModel,
        LlmTransaction,
        Budget,
        BudgetAlert,
        Goal,
        GoalContribution,
        Statement,
        StatementEntry,
    )
]
SETTINGS = (
    "timezone",
    "base_currency",
    "full_name",
    "locale",
    "week_start",
    "email_budget_alerts",
)


class BackupTooLarge(AppError):
    status_code = 413
    code = "backup_too_large"


# ---------------------------------------------------------------- export


def _encode(value: Any) -> Any:
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    raise TypeError(f"cannot back up a {type(value).__name__}")


def _export_row(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    if table.name == "connected_accounts":
        row["credentials"] = None  # IMAP passwords and OAuth tokens never leave in a backup
    return row


async def export_ledger(session: AsyncSession, user: Any) -> IO[bytes]:
    """The user's ledger as a zip in a temporary file, rewound; the caller closes it."""
    out = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 - caller closes
    counts: dict[str, int] = {}
    async with backup_crud.snapshot(session) as conn:
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            await _write_tables(conn, zf, user, counts)
    out.seek(0)
    return out


async def _write_tables(
    conn: AsyncConnection, zf: zipfile.ZipFile, user: Any, counts: dict[str, int]
) -> None:
    for table in TABLES:
        counts[table.name] = 0
        with zf.open(f"{table.name}.jsonl", "w", force_zip64=True) as part:
            async for row in backup_crud.stream_rows(conn, table, user.id):
                line = json.dumps(_export_row(table, row), default=_encode)
                part.write(line.encode() + b"\n")
                counts[table.name] += 1
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now(UTC).isoformat(),
        "settings": {key: getattr(user, key) for key in SETTINGS},
        "tables": counts,
    }
    zf.writestr(MANIFEST, json.dumps(manifest, indent=2))


def file_chunks(out: IO[bytes], size: int = 64 * 1024) -> Iterator[bytes]:
    try:
        while chunk := out.read(size):
            yield chunk
    finally:
        out.close()


# ---------------------------------------------------------------- restore


def _bad(message: str) -> BadRequest:
    return BadRequest(message, code="bad_backup")


def _read_manifest(zf: zipfile.ZipFile) -> dict[str, Any]:
    try:
        manifest = json.loads(zf.read(MANIFEST))
    except KeyError:
        raise _bad("This is not a FinCoach backup: it holds no manifest.json.") from None
    except ValueError:
        raise _bad("The backup's manifest.json is not valid JSON.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _bad("This is not a FinCoach backup (its manifest names another format).")
    version = manifest.get("version")
    if not isinstance(version, int) or version < 1:
        raise _bad("The backup's format version is missing or invalid.")
    if version > VERSION:
        raise _bad(
            f"This backup was written by a newer FinCoach (format version {version}; this "
            f"installation reads up to {VERSION}). Upgrade, then restore it."
        )
    if not isinstance(manifest.get("tables"), dict) or not isinstance(
        manifest.get("settings"), dict
    ):
        raise _bad("The backup's manifest lacks its table counts or settings.")
    return manifest


def _settings(raw: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    zone = raw.get("timezone")
    if isinstance(zone, str):
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise _bad(f"The backup's time zone {zone!r} is not known.") from None
        values["timezone"] = zone
    currency = raw.get("base_currency")
    if isinstance(currency, str) and len(currency) == 3 and currency.isalpha():
        values["base_currency"] = currency.upper()
    name = raw.get("full_name")
    if name is None or (isinstance(name, str) and len(name) <= 200):
        values["full_name"] = name
    locale = raw.get("locale")
    if locale is None or (isinstance(locale, str) and len(locale) <= 35):
        values["locale"] = locale
    week_start = raw.get("week_start")
    if isinstance(week_start, int) and 1 <= week_start <= 7:
        values["week_start"] = week_start
    if isinstance(raw.get("email_budget_alerts"), bool):
        values["email_budget_alerts"] = raw["email_budget_alerts"]
    return values


class _Restorer:
    """Decodes rows of one backup and re-points their ids to fresh ones."""

    def __init__(self, user_id: uuid.UUID) -> None:
        self.user_id = user_id
        self.new_ids: dict[str, uuid.UUID] = {}

    def _decode(self, column: Column[Any], value: Any) -> Any:
        if value is None:
            return None
        kind = column.type
        if isinstance(kind, Uuid):
            return uuid.UUID(value)
        if isinstance(kind, Numeric):
            return Decimal(value) if kind.asdecimal else float(value)
        if isinstance(kind, DateTime):
            return datetime.fromisoformat(value)
        if isinstance(kind, Date):
            return date.fromisoformat(value)
        if isinstance(kind, LargeBinary):
            return base64.b64decode(value, validate=True)
        return value

    def _target(self, column: Column[Any], old: str) -> uuid.UUID:
        (fk,) = column.foreign_keys
        if fk.column.table.name == "users":
            return self.user_id
        try:
            return self.new_ids[old]
        except KeyError:
            raise _bad(
                f"A {column.table.name} row refers to a {fk.column.table.name} row the "
                "backup does not hold."
            ) from None

    def assign_ids(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if "id" in table.c and isinstance(table.c.id.type, Uuid):
            for row in rows:
                self.new_ids[str(row.get("id"))] = uuid.uuid4()

    def convert(self, table: Table, raw: dict[str, Any]) -> dict[str, Any]:
        columns = {c.name: c for c in backup_crud.stored_columns(table)}
        unknown = set(raw) - set(columns)
        if unknown:
            raise _bad(f"The backup's {table.name} rows have unknown fields: {sorted(unknown)}.")
        row: dict[str, Any] = {}
        for name, value in raw.items():
            column = columns[name]
            if name == "id" and isinstance(column.type, Uuid):
                row[name] = self.new_ids[str(value)]
            elif column.foreign_keys and value is not None:
                row[name] = self._target(column, str(value))
            else:
                row[name] = self._decode(column, value)
        if table.name == "connected_accounts":
            row.update(credentials=None, status=ERROR, last_error=RESTORED_ERROR)
        return row


def _lines(zf: zipfile.ZipFile, table: Table) -> Iterator[dict[str, Any]]:
    name = f"{table.name}.jsonl"
    try:
        info = zf.getinfo(name)
    except KeyError:
        return
    if info.file_size > MAX_TABLE_BYTES:
        raise BackupTooLarge(f"The backup's {name} is too large to restore.")
    with zf.open(info) as part:
        for number, line in enumerate(io.TextIOWrapper(part, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError:
                raise _bad(f"Line {number} of {name} is not valid JSON.") from None
            if not isinstance(row, dict):
                raise _bad(f"Line {number} of {name} is not a JSON object.")
            yield row


def _batches(zf: zipfile.ZipFile, table: Table) -> Iterator[list[dict[str, Any]]]:
    """Rows in batches; a table that refers to itself (categories' parents) in one batch, so
    every parent's new id is known before its children are written."""
    self_referencing = any(fk.column.table is table for fk in table.foreign_keys)
    batch: list[dict[str, Any]] = []
    for row in _lines(zf, table):
        batch.append(row)
        if len(batch) >= BATCH and not self_referencing:
            yield batch
            batch = []
    if batch:
        yield _parents_first(table, batch) if self_referencing else batch


def _parents_first(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows ordered by their depth in the table's own tree: rows are inserted one by one, and
    each foreign key is checked as it is written."""
    (column,) = [
        c.name for c in table.columns if any(fk.column.table is table for fk in c.foreign_keys)
    ]
    parent_of = {str(r.get("id")): r.get(column) for r in rows}

    def depth(row: dict[str, Any]) -> int:
        seen: set[str] = set()
        parent = row.get(column)
        while parent is not None and str(parent) in parent_of and str(parent) not in seen:
            seen.add(str(parent))
            parent = parent_of[str(parent)]
        return len(seen)

    return sorted(rows, key=depth)


async def _ensure_empty(session: AsyncSession, user_id: uuid.UUID) -> None:
    for table in TABLES:
        if await backup_crud.has_rows(session, table, user_id):
            raise Conflict(
                "Your ledger is not empty: a backup restores only into an empty ledger "
                f"(found {table.name.replace('_', ' ')}).",
                code="ledger_not_empty",
            )


async def restore_ledger(
    session: AsyncSession, user_id: uuid.UUID, file: IO[bytes]
) -> dict[str, int]:
    """Writes the backup's rows as the user's; returns the row count restored per table."""
    try:
        zf = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError):
        raise _bad("The file is not a FinCoach backup (not a zip archive).") from None
    with zf:
        manifest = _read_manifest(zf)
        await _ensure_empty(session, user_id)
        await backup_crud.delete_default_categories(session, user_id)
        reference.categories_changed(user_id)
        restorer = _Restorer(user_id)
        counts: dict[str, int] = {}
        try:
            for table in TABLES:
                counts[table.name] = await _restore_table(session, zf, table, restorer)
        except (ValueError, TypeError, InvalidOperation, zipfile.BadZipFile, EOFError) as exc:
            raise _bad(f"The backup holds a value that cannot be read: {exc}") from None
        except OperationalError:
            raise  # the database itself failing is not the file's fault
        except (StatementError, InvalidRequestError) as exc:
            cause = getattr(exc, "orig", None) or exc
            raise _bad(f"The backup's rows do not fit together: {cause}") from None
        for name, expected in manifest["tables"].items():
            if counts.get(name, 0) != expected:
                raise _bad(f"The backup is incomplete: {name} holds fewer rows than it says.")
        await backup_crud.set_settings(session, user_id, _settings(manifest["settings"]))
    return counts


async def _restore_table(
    session: AsyncSession, zf: zipfile.ZipFile, table: Table, restorer: _Restorer
) -> int:
    count = 0
    for batch in _batches(zf, table):
        restorer.assign_ids(table, batch)
        rows = [restorer.convert(table, raw) for raw in batch]
        await backup_crud.insert_rows(session, table, rows)
        count += len(rows)
    return count
