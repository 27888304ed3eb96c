"""Transactions: recording them (by hand, from CSV, from the ingest pipeline), listing with
filters and keyset pagination, editing, and category corrections that feed the categoriser.

For the ingest pipeline: `get_or_create_accounts` (services.accounts), then
`record_drafts(session, user_id, drafts)` per batch; it resolves merchants, applies the user's
rules, merges reports of one payment on positive evidence only (app.services.dedupe) and records
each merge, inserts with one statement and checks budgets.
"""

import base64
import binascii
import hashlib
import json
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.categorization.rules import Facts
from app.core.config import get_settings
from app.core.db import Reader
from app.core.errors import BadRequest, Conflict, NotFound
from app.core.ids import uuid7
from app.core.tasks import RETRAIN_CATEGORISER, UserTask
from app.crud import attachments as attachments_crud
from app.crud import category_feedback
from app.crud import emails as emails_crud
from app.crud import merges as merges_crud
from app.crud import review as review_crud
from app.crud import transactions as transactions_crud
from app.models import Transaction, User
from app.models import merge as merge_models
from app.schemas.money import check_places
from app.schemas.transaction import (
    SourceEmail,
    SourcePublic,
    SourceStatementLine,
    SplitsUpdate,
    TransactionCreate,
    TransactionFilters,
    TransactionSort,
    TransactionUpdate,
    unique_tags,
)
from app.services import (
    budgets,
    categories,
    categoriser_experiments,
    category_rules,
    dedupe,
    transactors,
)


@dataclass(slots=True)
class NewTransaction:
    """A transaction to record. `merchant` is the raw name (normalised into a transactor);
    `sender` is the email's From address, for rules and the merge rule. `dedupe=False` records
    it even if it looks like another (hand entries, CSV rows, a split). A category given with
    category_source "user" is kept; otherwise the user's rules decide first and a given category
    ("model") is the fallback.

    For the merge rule (app.services.dedupe): `reference` with `reference_label` (the words
    before it in the text, when known); `occurred_at_from_text` True only when `occurred_at` is
    a time of day the email's text stated (never one taken from its Date header);
    `account_last4` with `account_id`."""

    amount: Decimal
    currency: str
    type: str  # debit | credit
    occurred_at: datetime
    source: str = "email"  # email | manual | csv
    description: str = ""
    merchant: str | None = None
    sender: str = ""
    account_id: uuid.UUID | None = None
    account_last4: str | None = None
    reference: str | None = None
    balance_after: Decimal | None = None
    email_id: uuid.UUID | None = None
    message_id: str | None = None
    category_id: uuid.UUID | None = None
    category_source: str = "none"  # rule | model | user | none
    notes: str = ""
    dedupe: bool = True
    occurred_at_from_text: bool = False
    reference_label: str = ""


@dataclass(frozen=True, slots=True)
class Recorded:
    """What became of one draft: the transaction it is now part of; `inserted` when it made
    that transaction; `reason` ("reference" | "time_window") and `evidence` when it was merged
    into another report of the same payment (recorded in transaction_merges)."""

    transaction_id: uuid.UUID
    inserted: bool
    reason: str | None = None
    evidence: str = ""
    merge_id: uuid.UUID | None = None  # the transaction_merges row recording the merge


async def record_transactions(
    session: AsyncSession,
    user_id: uuid.UUID,
    drafts: Sequence[NewTransaction],
    *,
    check_budgets: bool = True,
) -> list[uuid.UUID]:
    """Insert drafts, merging reports of one payment (see `record_drafts`). Returns the ids
    inserted."""
    recorded = await record_drafts(session, user_id, drafts, check_budgets=check_budgets)
    return [r.transaction_id for r in recorded if r.inserted]


async def lock_for_time_merges(
    session: AsyncSession, user_id: uuid.UUID, amounts: Iterable[Decimal]
) -> None:
    """Hold, until the unit of work ends, one lock per amount these drafts may merge by time
    (drafts with a time read from the text and a last 4). Two batches of one user that carry
    the same amount then decide and insert one after the other, so the second sees the first's
    rows (a shared reference needs no lock: its unique key decides). ONE statement, nothing when
    there is no such amount. Take it before any other lock of the batch (accounts' rows), so
    that every batch takes its locks in the same order."""
    keys = sorted(
        {
            int.from_bytes(
                hashlib.blake2b(f"{user_id}|{amount:.2f}".encode(), digest_size=8).digest(),
                "big",
                signed=True,
            )
            for amount in amounts
        }
    )
    await transactions_crud.lock_keys(session, keys)


async def record_drafts(
    session: AsyncSession,
    user_id: uuid.UUID,
    drafts: Sequence[NewTransaction],
    *,
    check_budgets: bool = True,
) -> list[Recorded]:
    """Record a batch of drafts: each becomes a transaction, or joins the transaction of its
    email recorded before (a re-run), or merges into another report of the same payment by the
    rule of app.services.dedupe, the merge recorded with its reason and evidence. One entry per
    draft, in order.

    A batch of 200 costs a handful of statements whatever it holds: merchants, rules, ONE
    SELECT of what it may merge with, ONE INSERT, and one more INSERT when something merged.
    Concurrent batches of one user: see `lock_for_time_merges`."""
    if not drafts:
        return []
    merchants = await transactors.resolve_transactors(
        session, user_id, [d.merchant for d in drafts if d.merchant]
    )
    rule_set = await category_rules.load_rule_set(session, user_id)
    plans = [_Plan.of(index, draft) for index, draft in enumerate(drafts)]
    stored = await transactions_crud.merge_candidates(
        session,
        user_id,
        message_ids=[p.draft.message_id for p in plans if p.draft.message_id],
        reference_keys=[p.key for p in plans if p.key],
        probes=[
            (p.index, p.draft.amount, p.draft.occurred_at)
            for p in plans
            if p.report is not None and p.report.time_from_text and p.report.last4
        ],
        window=dedupe.TIME_WINDOW,
    )
    decided = _decide(plans, stored)
    rows = []
    for plan in decided.inserts:
        draft = plan.draft
        transactor = merchants.get(draft.merchant or "")
        category_id, source = draft.category_id, draft.category_source
        if source != "user" and rule_set:
            rule = rule_set.match(
                Facts(
                    transactor=transactor.name if transactor else "",
                    description=draft.description,
                    sender=draft.sender,
                    account_id=draft.account_id,
                    amount=draft.amount,
                    direction="credit" if draft.type == "credit" else "debit",
                )
            )
            if rule is not None:
                category_id, source = rule.category_id, "rule"
        rows.append(_row(user_id, plan, transactor.id if transactor else None, category_id, source))
    inserted = set(await transactions_crud.insert_transactions_ignoring_duplicates(session, rows))
    missed = [plan for plan in decided.inserts if plan.id not in inserted]
    if missed:  # a concurrent batch recorded the same email or reference first
        await _follow_concurrent_inserts(session, user_id, plans, missed, decided.results)
    results = [
        replace(decided.results[plan.index], merge_id=uuid.uuid4())
        if decided.results[plan.index].reason and plan.draft.email_id is not None
        else decided.results[plan.index]
        for plan in plans
    ]
    merges = [
        {
            "id": result.merge_id,
            "user_id": user_id,
            "transaction_id": result.transaction_id,
            "email_id": plan.draft.email_id,
            "reason": result.reason,
            "evidence": result.evidence[:2000],
        }
        for plan, result in zip(plans, results, strict=True)
        if result.reason and plan.draft.email_id is not None
    ]
    await merges_crud.insert_merges(session, merges)
    if inserted and check_budgets:
        await budgets.check_budgets(session, user_id)
    return results


@dataclass(slots=True)
class _Plan:
    """One draft on its way in: its pre-made id, reference key and what the merge rule reads."""

    index: int
    draft: NewTransaction
    id: uuid.UUID
    key: str | None
    report: dedupe.Report | None  # None: never merged (dedupe=False)
    senders: set[str]  # of the emails reporting it (for the time rule's one-sender guard)

    @classmethod
    def of(cls, index: int, draft: NewTransaction) -> "_Plan":
        key = report = None
        if draft.dedupe:
            key = dedupe.reference_key(
                draft.reference,
                draft.amount,
                draft.currency,
                draft.type,
                draft.reference_label,
            )
            report = dedupe.Report(
                amount=draft.amount,
                currency=draft.currency.upper(),
                type=draft.type,
                occurred_at=draft.occurred_at,
                time_from_text=draft.occurred_at_from_text,
                last4=_last4(draft.account_last4),
                account_id=draft.account_id,
                sender=draft.sender.lower(),
                reference_key=key,
            )
        return cls(index, draft, uuid7(), key, report, {draft.sender.lower()})


@dataclass(slots=True)
class _Target:
    """A transaction a later draft may merge into: stored, or planned in this batch."""

    id: uuid.UUID
    report: dedupe.Report
    senders: set[str]
    never: frozenset[uuid.UUID | None]  # emails split from it: never merged into it again


@dataclass(slots=True)
class _Decided:
    inserts: list[_Plan]
    results: dict[int, Recorded]


def _decide(plans: list[_Plan], stored: Sequence[Any]) -> _Decided:
    """Each draft in order: the transaction its email is already part of (recorded, or merged
    into: a re-run), else a merge by reference, else a merge by time, else a new transaction
    (which later drafts may join)."""
    by_message: dict[str, uuid.UUID] = {}  # the email's own transaction
    merged_into: dict[str, uuid.UUID] = {}  # the transaction the email was merged into
    by_key: dict[str, _Target] = {}
    by_probe: dict[int, list[_Target]] = {}
    for row in stored:
        if row.match in ("message", "merged"):
            (by_message if row.match == "message" else merged_into)[row.message_id] = row.id
            continue
        target = _stored_target(row)
        if row.match == "reference":
            by_key[row.reference_key] = target
        else:
            by_probe.setdefault(row.probe, []).append(target)
    # This batch's new transactions, for the time rule, by (amount, last 4): the rule only
    # merges reports that share both, and scanning every planned one for each draft cost
    # O(n²) (~0.15 ms per email at batches of 1,000).
    planned: dict[tuple[Any, str], list[_Target]] = {}
    inserts: list[_Plan] = []
    results: dict[int, Recorded] = {}
    for plan in plans:
        draft, report = plan.draft, plan.report
        message_id = draft.message_id
        if message_id and message_id in by_message:
            results[plan.index] = Recorded(by_message[message_id], inserted=False)
            continue
        if report is None:  # never merged (a split makes the merged email's own this way)
            _plan_insert(plan, inserts, results, by_message, by_key, planned)
            continue
        if message_id and message_id in merged_into:
            results[plan.index] = Recorded(merged_into[message_id], inserted=False)
            continue
        merged = _merge_by_reference(plan, by_key) or _merge_by_time(
            plan, by_probe.get(plan.index, []) + planned.get(_time_rule_key(report), [])
        )
        if merged is not None:
            results[plan.index] = merged
            if message_id:
                by_message[message_id] = merged.transaction_id
            continue
        _plan_insert(plan, inserts, results, by_message, by_key, planned)
    return _Decided(inserts, results)


def _stored_target(row: Any) -> _Target:
    return _Target(
        id=row.id,
        report=dedupe.Report(
            amount=row.amount,
            currency=row.currency,
            type=row.type,
            occurred_at=row.occurred_at,
            time_from_text=row.occurred_at_from_text,
            last4=row.account_last4,
            account_id=row.account_id,
            sender=row.sender.lower(),
            reference_key=row.reference_key,
        ),
        senders={row.sender.lower(), *(s.lower() for s in row.merged_senders or ())},
        never=frozenset((row.split_emails or []) + (row.split_from or [])),
    )


def _time_rule_key(report: dedupe.Report) -> tuple[Any, str]:
    """What two reports must share for the time-window rule to merge them (it checks the rest)."""
    return (report.amount, report.last4 or "")


def _plan_insert(
    plan: _Plan,
    inserts: list[_Plan],
    results: dict[int, Recorded],
    by_message: dict[str, uuid.UUID],
    by_key: dict[str, _Target],
    planned: dict[tuple[Any, str], list[_Target]],
) -> None:
    inserts.append(plan)
    results[plan.index] = Recorded(plan.id, inserted=True)
    if plan.draft.message_id:
        by_message[plan.draft.message_id] = plan.id
    if plan.report is not None:
        target = _Target(plan.id, plan.report, plan.senders, frozenset())
        planned.setdefault(_time_rule_key(plan.report), []).append(target)
        if plan.key:
            by_key.setdefault(plan.key, target)


def _merge_by_reference(plan: _Plan, by_key: dict[str, _Target]) -> Recorded | None:
    """The transaction holding this draft's reference key, unless the two must stay apart (then
    the draft is recorded without the key: it cannot hold it twice)."""
    if not plan.key or plan.key not in by_key:
        return None
    target = by_key[plan.key]
    assert plan.report is not None
    if plan.draft.email_id in target.never or dedupe.reference_conflict(plan.report, target.report):
        plan.key = None
        plan.report = replace(plan.report, reference_key=None)
        return None
    target.senders |= plan.senders
    return Recorded(
        target.id,
        inserted=False,
        reason=merge_models.REFERENCE,
        evidence=dedupe.reference_evidence(plan.key),
    )


def _merge_by_time(plan: _Plan, targets: list[_Target]) -> Recorded | None:
    """The nearest report in time that the time-window rule says is this payment."""
    report = plan.report
    assert report is not None
    fitting = [
        target
        for target in targets
        if plan.draft.email_id not in target.never
        and not (plan.senders & target.senders)
        and dedupe.same_by_time(report, target.report)
    ]
    if not fitting:
        return None
    target = min(fitting, key=lambda t: abs(t.report.occurred_at - report.occurred_at))
    target.senders |= plan.senders
    return Recorded(
        target.id,
        inserted=False,
        reason=merge_models.TIME_WINDOW,
        evidence=dedupe.time_evidence(report, target.report),
    )


async def _follow_concurrent_inserts(
    session: AsyncSession,
    user_id: uuid.UUID,
    plans: list[_Plan],
    missed: list[_Plan],
    results: dict[int, Recorded],
) -> None:
    """Planned rows the INSERT skipped: another batch committed the same email (then this draft
    is that transaction) or the same reference key (then it merges into it) in between. Drafts
    merged into a skipped row follow it, unless their own email has a transaction now (the
    other batch recorded it: then that is theirs, no merge)."""
    skipped = {plan.id for plan in missed}
    followers = [
        plan
        for plan in plans
        if results[plan.index].transaction_id in skipped and not results[plan.index].inserted
    ]
    stored = await transactions_crud.merge_candidates(
        session,
        user_id,
        message_ids=[p.draft.message_id for p in missed + followers if p.draft.message_id],
        reference_keys=[p.key for p in missed if p.key],
        probes=[],
        window=dedupe.TIME_WINDOW,
    )
    by_message = {row.message_id: row.id for row in stored if row.match in ("message", "merged")}
    by_key = {row.reference_key: row.id for row in stored if row.match == "reference"}
    moved: dict[uuid.UUID, uuid.UUID] = {}
    for plan in missed:
        if plan.draft.message_id in by_message:
            moved[plan.id] = by_message[plan.draft.message_id]
            results[plan.index] = Recorded(moved[plan.id], inserted=False)
        elif plan.key in by_key:
            moved[plan.id] = by_key[plan.key]
            results[plan.index] = Recorded(
                moved[plan.id],
                inserted=False,
                reason=merge_models.REFERENCE,
                evidence=dedupe.reference_evidence(plan.key or ""),
            )
        else:
            raise RuntimeError("a transaction was neither inserted nor found")
    for plan in followers:
        result = results[plan.index]
        if plan.draft.message_id in by_message:
            results[plan.index] = Recorded(by_message[plan.draft.message_id], inserted=False)
        else:
            results[plan.index] = replace(result, transaction_id=moved[result.transaction_id])


def _last4(value: str | None) -> str | None:
    return re.sub(r"\D", "", value or "")[-4:] or None


def _row(
    user_id: uuid.UUID,
    plan: _Plan,
    transactor_id: uuid.UUID | None,
    category_id: uuid.UUID | None,
    category_source: str,
) -> dict[str, Any]:
    draft = plan.draft
    return {
        "id": plan.id,
        "user_id": user_id,
        "amount": draft.amount,
        "currency": draft.currency.upper(),
        "type": draft.type,
        "occurred_at": draft.occurred_at,
        "description": draft.description[:2000],
        "transactor_id": transactor_id,
        "category_id": category_id,
        "category_source": category_source if category_id else "none",
        "source": draft.source,
        "account_id": draft.account_id,
        "email_id": draft.email_id,
        "message_id": draft.message_id,
        "balance_after": draft.balance_after,
        "reference": draft.reference[:100] if draft.reference else None,
        "notes": draft.notes,
        "reference_key": plan.key,
        "account_last4": _last4(draft.account_last4),
        "occurred_at_from_text": draft.occurred_at_from_text,
    }


# --- reading -----------------------------------------------------------------------------------


async def list_transactions(
    reader: Reader,
    user_id: uuid.UUID,
    filters: TransactionFilters,
    *,
    tz: str,
    sort: TransactionSort,
    cursor: str | None,
    limit: int,
) -> tuple[Sequence[Any], str | None]:
    """One page (rows of each item's JSON, for schemas.transaction.transaction_page_json) and
    the cursor of the next (None on the last page). The date filters are days in zone `tz`, the
    user's."""
    column, descending = sort.lstrip("-"), sort.startswith("-")
    after = _decode_cursor(cursor, sort) if cursor else None
    rows = await transactions_crud.list_page(
        reader,
        user_id,
        filters,
        tz=tz,
        sort_column=column,
        descending=descending,
        after=after,
        limit=limit + 1,
        as_json=True,
    )
    page = rows[:limit]
    has_more = len(rows) > limit
    return page, _encode_cursor(page[-1], sort) if has_more and page else None


def _encode_cursor(last: Any, sort: str) -> str:
    value = last.occurred_at.isoformat() if sort.endswith("occurred_at") else str(last.amount)
    payload = json.dumps({"s": sort, "v": value, "id": str(last.id)}, separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def _decode_cursor(cursor: str, sort: str) -> tuple[Any, uuid.UUID]:
    """The (sort value, id) a cursor carries; a cursor made for another sort is refused."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        payload = json.loads(raw)
        if payload["s"] != sort:
            raise ValueError("made for another sort order")
        value = (
            datetime.fromisoformat(payload["v"])
            if sort.endswith("occurred_at")
            else Decimal(payload["v"])
        )
        return value, uuid.UUID(payload["id"])
    except (binascii.Error, ValueError, KeyError, TypeError, ArithmeticError) as exc:
        raise BadRequest(
            "This cursor is not valid for this list; start again without it.",
            code="invalid_cursor",
        ) from exc


async def get_transaction(
    session: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID
) -> Transaction:
    transaction = await transactions_crud.get_for_user(session, user_id, transaction_id)
    if transaction is None:
        raise NotFound("Transaction not found.")
    return transaction


# --- writing -----------------------------------------------------------------------------------


async def create_transaction(
    session: AsyncSession, user: User, data: TransactionCreate
) -> Transaction:
    """A transaction entered by hand: never merged with another as a duplicate."""
    await categories.check_references(session, user.id, data.category_id, data.account_id)
    draft = NewTransaction(
        amount=data.amount,
        currency=data.currency or user.base_currency,
        type=data.type,
        occurred_at=data.occurred_at,
        source="manual",
        description=data.description,
        merchant=data.merchant,
        account_id=data.account_id,
        reference=data.reference,
        notes=data.notes,
        category_id=data.category_id,
        category_source="user" if data.category_id else "none",
        dedupe=False,
    )
    (transaction_id,) = await record_transactions(session, user.id, [draft])
    return await get_transaction(session, user.id, transaction_id)


async def update_transaction(
    session: AsyncSession, user: User, transaction_id: uuid.UUID, data: TransactionUpdate
) -> Transaction:
    """Change what was sent. A category set by the person is theirs from then on (rules leave it
    alone) and, when it changes, is recorded as feedback for the categoriser."""
    transaction = await get_transaction(session, user.id, transaction_id)
    sent = data.model_fields_set
    try:
        check_places(data.amount, data.currency or transaction.currency)
    except ValueError as error:
        raise BadRequest(str(error), code="validation_error") from error
    await categories.check_references(
        session, user.id, data.category_id, data.account_id if "account_id" in sent else None
    )
    if (
        data.amount is not None
        and transaction.splits
        and sum(split.amount for split in transaction.splits) != data.amount
    ):
        raise Conflict(
            "This transaction is split: change its parts with its amount (or remove the split).",
            code="split_total",
        )
    if data.tags is not None:
        transaction.tags = unique_tags(data.tags)
    if data.merchant:
        found = await transactors.resolve_transactors(session, user.id, [data.merchant])
        transaction.transactor_id = found[data.merchant].id
    for name in ("amount", "currency", "type", "occurred_at", "description", "notes"):
        value = getattr(data, name)
        if value is not None:
            setattr(transaction, name, value)
    for name in ("account_id", "reference"):  # these may be cleared with null
        if name in sent:
            setattr(transaction, name, getattr(data, name))
    mark_user_fields(
        transaction,
        {name: getattr(data, name) for name in USER_FIELD_NAMES if getattr(data, name, None)},
    )
    await session.flush()
    if "category_id" in sent:  # after the other changes: feedback describes the final state
        await categoriser_experiments.record_choice(
            session, user.id, [transaction.id], data.category_id
        )
        if data.category_id != transaction.category_id:
            await _record_feedback(session, user.id, [transaction.id], data.category_id)
        transaction.category_id = data.category_id
        transaction.category_source = "user" if data.category_id else "none"
        await session.flush()
    await budgets.check_budgets(session, user.id)
    return await get_transaction(session, user.id, transaction_id)


async def set_splits(
    session: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID, data: SplitsUpdate
) -> Transaction:
    """Split a transaction across categories (its parts replace any it had), or, with no
    parts, make it whole again. The parts' amounts must add up to the transaction's amount;
    reports then count each part in its category (app.crud.reports)."""
    transaction = await get_transaction(session, user_id, transaction_id)
    if data.splits:
        total = sum((part.amount for part in data.splits), Decimal(0))
        if total != transaction.amount:
            raise BadRequest(
                f"The parts add up to {total:.2f}, not the transaction's {transaction.amount:.2f}.",
                code="split_total",
                details=[{"sum": f"{total:.2f}", "amount": f"{transaction.amount:.2f}"}],
            )
        for category_id in {part.category_id for part in data.splits if part.category_id}:
            await categories.check_references(session, user_id, category_id, None)
    await transactions_crud.replace_splits(
        session,
        user_id,
        transaction.id,
        [part.model_dump() for part in data.splits],
    )
    await budgets.check_budgets(session, user_id)
    return await get_transaction(session, user_id, transaction_id)


EXCERPT_CHARS = 600


async def transaction_source(
    session: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID
) -> SourcePublic:
    """The email it was read from (an excerpt of its text) and the statement lines that
    confirmed it."""
    transaction = await get_transaction(session, user_id, transaction_id)
    email = None
    if transaction.email_id is not None:
        found = await emails_crud.get_for_user(session, user_id, transaction.email_id)
        if found is not None:
            text = " ".join(found.body_text.split())
            email = SourceEmail(
                id=found.id,
                sender=found.sender,
                sender_name=found.sender_name,
                subject=found.subject,
                received_at=found.received_at,
                excerpt=text[:EXCERPT_CHARS],
            )
    lines = await transactions_crud.statement_lines(session, user_id, transaction.id)
    return SourcePublic(
        email=email,
        statement_lines=[SourceStatementLine.model_validate(line._asdict()) for line in lines],
    )


async def delete_transaction(
    session: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID, reason: str = "deleted"
) -> None:
    """Delete it; one that came from an email leaves a tombstone, so re-extracting the email
    never brings it back."""
    transaction = await get_transaction(session, user_id, transaction_id)
    if transaction.message_id:
        await review_crud.insert_tombstone(
            session, user_id, transaction.message_id, transaction.email_id, reason
        )
    # The other emails that reported this payment (merged into it) stay without one too.
    for message_id, email_id in await review_crud.merged_into(session, user_id, transaction.id):
        await review_crud.insert_tombstone(session, user_id, message_id, email_id, reason)
    blob_ids = await attachments_crud.uploaded_blob_ids(session, user_id, transaction.id)
    await transactions_crud.delete(session, transaction)  # its uploads' links cascade
    await attachments_crud.delete_unlinked_blobs(session, user_id, blob_ids)


# The fields of a transaction a person can set by hand and re-extraction must then leave alone.
USER_FIELD_NAMES = ("amount", "currency", "type", "occurred_at", "merchant", "account_last4")


def mark_user_fields(transaction: Transaction, values: dict[str, Any]) -> None:
    """Record that the person set these fields (name → value as JSON-able text)."""
    if not values:
        return
    marked = dict(transaction.user_fields or {})
    for name, value in values.items():
        marked[name] = value.isoformat() if isinstance(value, datetime) else str(value)
    transaction.user_fields = marked


async def bulk_recategorise(
    session: AsyncSession,
    user_id: uuid.UUID,
    ids: list[uuid.UUID],
    category_id: uuid.UUID | None,
) -> int:
    """Give many transactions one category (or none). All ids must be yours, or nothing
    changes. Each real change is recorded as feedback."""
    await categories.check_references(session, user_id, category_id, None)
    ids = list(dict.fromkeys(ids))
    facts = await transactions_crud.categorisation_facts(session, user_id, ids)
    if len(facts) != len(ids):
        raise NotFound("Transaction not found.", details=[{"missing": len(ids) - len(facts)}])
    await categoriser_experiments.record_choice(session, user_id, ids, category_id)
    await _record_feedback(session, user_id, ids, category_id, facts)
    updated = await transactions_crud.set_category(
        session, user_id, ids, category_id, "user" if category_id else "none"
    )
    await budgets.check_budgets(session, user_id)
    return updated


async def _record_feedback(
    session: AsyncSession,
    user_id: uuid.UUID,
    ids: list[uuid.UUID],
    new_category_id: uuid.UUID | None,
    facts: Sequence[Any] | None = None,
) -> None:
    facts = (
        facts
        if facts is not None
        else (await transactions_crud.categorisation_facts(session, user_id, ids))
    )
    rows = [
        {
            "id": uuid.uuid4(),
            "user_id": user_id,
            "transaction_id": row.id,
            "transactor": row.transactor,
            "description": row.description,
            "sender": row.sender,
            "amount": row.amount,
            "currency": row.currency,
            "direction": row.type,
            "old_category_id": row.category_id,
            "new_category_id": new_category_id,
        }
        for row in facts
        if row.category_id != new_category_id
    ]
    await category_feedback.insert_many(session, rows)
    if rows:
        # Learn from it in the background; corrections within the delay share one retraining.
        RETRAIN_CATEGORISER.defer(
            session,
            UserTask(user_id=str(user_id)),
            delay_seconds=get_settings().categoriser_retrain_delay_seconds,
        )
