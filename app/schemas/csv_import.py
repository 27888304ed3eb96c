"""CSV import: how the columns of a bank's export map to transaction fields."""

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field, model_validator

from app.schemas.common import ResponseModel
from app.schemas.money import CurrencyCode, LedgerMoney

Column = Annotated[str, Field(min_length=1, max_length=100)]


class CsvMapping(ResponseModel):
    """Column names (as in the header row) for each field. Give `amount` (signed, or with a
    `type` column), or `debit` and/or `credit` columns."""

    date: Column
    date_format: Annotated[str | None, Field(max_length=40, examples=["%d/%m/%Y"])] = Field(
        None, description="strptime format; default: ISO 8601, then common formats"
    )
    day_first: bool = Field(True, description="01/02/2026 is 1 February (else 2 January)")
    amount: Column | None = None
    negative_is_debit: bool = Field(True, description="for a signed amount column")
    type: Column | None = Field(None, description="a column saying debit/credit, DR/CR")
    debit: Column | None = None
    credit: Column | None = None
    description: Column | None = None
    merchant: Column | None = None
    currency: Column | None = None
    default_currency: CurrencyCode | None = Field(None, description="default: your base currency")
    category: Column | None = Field(None, description="category names; unknown names are ignored")
    reference: Column | None = None
    notes: Column | None = None
    decimal_comma: bool = Field(False, description="1.234,56 instead of 1,234.56")

    @model_validator(mode="after")
    def has_an_amount(self) -> "CsvMapping":
        if not (self.amount or self.debit or self.credit):
            raise ValueError("map an amount column, or debit and/or credit columns")
        return self

    def columns(self) -> list[str]:
        fields = (
            "date",
            "amount",
            "type",
            "debit",
            "credit",
            "description",
            "merchant",
            "currency",
            "category",
            "reference",
            "notes",
        )
        return [value for name in fields if (value := getattr(self, name))]


class PreviewRow(BaseModel):
    line: int = Field(description="line number in the file (the header is line 1)")
    occurred_at: datetime | None
    amount: LedgerMoney | None
    currency: str | None
    type: str | None
    description: str
    merchant: str | None
    category: str | None
    duplicate: bool = Field(description="already recorded (same amount, currency, direction, day)")
    error: str | None


class CsvPreview(BaseModel):
    columns: list[str]
    mapping: CsvMapping | None = Field(description="the mapping used (guessed if none was given)")
    total_rows: int
    valid_rows: int
    duplicate_rows: int
    error_rows: int
    rows: list[PreviewRow] = Field(description="the first rows, as they would be imported")


class RowError(BaseModel):
    line: int
    message: str


class CsvImportResult(BaseModel):
    imported: int
    duplicates: int
    errors: list[RowError] = Field(description="the first 100 rows that could not be read")
    error_count: int
