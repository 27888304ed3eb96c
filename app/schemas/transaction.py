import uuid
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Generic, Literal, TypeVar

import orjson
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from app.schemas.common import AwareDatetime, CalendarDay
from app.schemas.money import (
    CurrencyCode,
    LedgerMoney,
    PositiveLedgerMoney,
    check_places,
)

T = TypeVar("T")
Direction = Literal["debit", "credit"]
Source = Literal["email", "manual", "csv", "statement", "plaid"]
TransactionSort = Literal["-occurred_at", "occurred_at", "-amount", "amount"]
Tag = Annotated[
    str, StringConstraints(strip_whitespace=True, to_lower=True, min_length=1, max_length=40)
]
Tags = Annotated[list[Tag], Field(max_length=20)]


def unique_tags(tags: list[str]) -> list[str]:
    """In the order given, each once."""
    return list(dict.fromkeys(tags))


class TransactionPublic(BaseModel):
    id: uuid.UUID
    amount: LedgerMoney
    currency: str
    type: Direction
    occurred_at: datetime
    description: str
    transactor_id: uuid.UUID | None
    transactor_name: str | None
    category_id: uuid.UUID | None
    category_name: str | None
    category_source: Literal["rule", "model", "user", "none"]
    account_id: uuid.UUID | None
    account_name: str | None
    source: Source
    email_id: uuid.UUID | None
    reference: str | None
    balance_after: LedgerMoney | None
    notes: str
    tags: list[str]
    is_split: bool = Field(description="split across categories (see GET /transactions/{id})")
    confirmed_at: datetime | None = Field(description="when a bank statement confirmed it")
    statement_original: dict[str, str] | None = Field(
        description="the values a statement replaced: occurred_at, amount, description"
    )
    created_at: datetime
    updated_at: datetime


class SplitPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    category_id: uuid.UUID | None
    amount: LedgerMoney
    note: str


class TransactionDetail(TransactionPublic):
    """One transaction with its parts when split (empty when not)."""

    splits: list[SplitPublic]


def transaction_public(txn: Any) -> TransactionDetail:
    """From a Transaction loaded with its transactor, category, account and splits."""
    return TransactionDetail(
        **{name: getattr(txn, name) for name in _OWN_FIELDS},
        transactor_name=txn.transactor.name if txn.transactor else None,
        category_name=txn.category.name if txn.category else None,
        account_name=txn.account.name if txn.account else None,
        is_split=bool(txn.splits),
        splits=[SplitPublic.model_validate(split) for split in txn.splits],
    )


def transaction_page_json(rows: Sequence[Any], next_cursor: str | None, limit: int) -> bytes:
    """CursorPage[TransactionPublic] as JSON, from rows of crud.transactions.list_page with
    `as_json`: each row carries its item's JSON as PostgreSQL wrote it, in the format orjson
    writes the model (amounts as strings with two decimals, three where stored so, as
    LedgerMoney writes them; ids as strings; UTC times with "Z"), so the page is only joined
    here. tests/api/test_transactions.py checks the body byte for byte against the model's."""
    items = ",".join(row.item for row in rows).encode()
    return b"".join(
        (
            b'{"items":[',
            items,
            b'],"next_cursor":',
            orjson.dumps(next_cursor),
            b',"limit":',
            orjson.dumps(limit),
            b"}",
        )
    )


_OWN_FIELDS = tuple(
    name
    for name in TransactionPublic.model_fields
    if name not in ("transactor_name", "category_name", "account_name", "is_split")
)


class TransactionFilters(BaseModel):
    """Query parameters of the transaction list and the CSV export; all optional."""

    date_from: CalendarDay | None = Field(None, description="first day, inclusive (your time zone)")
    date_to: CalendarDay | None = Field(None, description="last day, inclusive (your time zone)")
    category_id: uuid.UUID | None = Field(None, description="this category and its children")
    uncategorised: bool | None = Field(None, description="true: only those without a category")
    transactor_id: uuid.UUID | None = None
    account_id: uuid.UUID | None = None
    type: Direction | None = None
    amount_min: Annotated[Decimal | None, Field(ge=0, max_digits=14, decimal_places=2)] = None
    amount_max: Annotated[Decimal | None, Field(ge=0, max_digits=14, decimal_places=2)] = None
    currency: CurrencyCode | None = None
    source: Source | None = None
    tag: Tag | None = Field(None, description="only those with this tag")
    q: Annotated[
        str | None,
        Field(min_length=1, max_length=100, description="text in the description or merchant"),
    ] = None

    @model_validator(mode="after")
    def ranges_in_order(self) -> "TransactionFilters":
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_from must not be after date_to")
        low, high = self.amount_min, self.amount_max
        if low is not None and high is not None and low > high:
            raise ValueError("amount_min must not exceed amount_max")
        return self


class CursorPage(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = Field(description="pass as ?cursor= for the next page; null: done")
    limit: int


class TransactionCreate(BaseModel):
    amount: PositiveLedgerMoney
    currency: CurrencyCode | None = Field(None, description="default: your base currency")
    type: Direction
    occurred_at: AwareDatetime
    description: Annotated[str, Field(max_length=500)] = ""
    merchant: Annotated[str | None, Field(min_length=1, max_length=200)] = None
    category_id: uuid.UUID | None = None
    account_id: uuid.UUID | None = None
    reference: Annotated[str | None, Field(max_length=100)] = None
    notes: Annotated[str, Field(max_length=2000)] = ""

    @model_validator(mode="after")
    def _places_fit_the_currency(self) -> "TransactionCreate":
        check_places(self.amount, self.currency)
        return self


class TransactionUpdate(BaseModel):
    """Only the fields sent change. `category_id: null` removes the category."""

    amount: PositiveLedgerMoney | None = None
    currency: CurrencyCode | None = None
    type: Direction | None = None
    occurred_at: AwareDatetime | None = None
    description: Annotated[str | None, Field(max_length=500)] = None
    merchant: Annotated[str | None, Field(min_length=1, max_length=200)] = None
    category_id: uuid.UUID | None = None
    account_id: uuid.UUID | None = None
    reference: Annotated[str | None, Field(max_length=100)] = None
    notes: Annotated[str | None, Field(max_length=2000)] = None
    tags: Tags | None = Field(None, description="replaces the tags; [] removes them all")

    @model_validator(mode="after")
    def _places_fit_the_currency(self) -> "TransactionUpdate":
        # Without a currency here, the transaction's own is checked by the service.
        if self.currency is not None:
            check_places(self.amount, self.currency)
        return self


class SplitIn(BaseModel):
    category_id: uuid.UUID | None = Field(description="null: uncategorised")
    amount: PositiveLedgerMoney
    note: Annotated[str, Field(max_length=200)] = ""


class SplitsUpdate(BaseModel):
    """All the parts at once, replacing those there were: two or more whose amounts add up to
    the transaction's amount, or none (no longer split)."""

    splits: Annotated[list[SplitIn], Field(max_length=20)]

    @model_validator(mode="after")
    def none_or_several(self) -> "SplitsUpdate":
        if len(self.splits) == 1:
            raise ValueError("a split has two parts or more (send [] to remove the split)")
        return self


class SourceEmail(BaseModel):
    id: uuid.UUID
    sender: str
    sender_name: str
    subject: str
    received_at: datetime
    excerpt: str = Field(description="the start of the text read (at most 600 characters)")


class SourceStatementLine(BaseModel):
    statement_id: uuid.UUID
    filename: str
    posted_on: date
    amount: LedgerMoney
    type: Direction
    description: str
    reference: str | None
    status: str


class SourcePublic(BaseModel):
    """Where a transaction was read from: its email (with an excerpt of the text) and the bank
    statement lines that confirmed it."""

    email: SourceEmail | None
    statement_lines: list[SourceStatementLine]


class BulkRecategorise(BaseModel):
    ids: Annotated[list[uuid.UUID], Field(min_length=1, max_length=1000)]
    category_id: uuid.UUID | None = Field(description="null: remove the category")


class BulkResult(BaseModel):
    updated: int
