import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.schemas.money import CurrencyCode, LedgerMoney

AccountKind = Literal["bank", "card", "wallet", "cash", "other"]
Last4 = Annotated[str, StringConstraints(pattern=r"^\d{2,4}$")]


class AccountPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    institution: str = Field(description="the issuer as a key, lower-cased; '' when not known")
    issuer: str = Field(description="the issuer's name as shown; '' when not known yet")
    network: str | None = Field(description="card network: visa, mastercard, rupay...")
    kind: AccountKind
    last4: str
    currency: str | None
    latest_balance: LedgerMoney | None
    balance_at: datetime | None
    archived_at: datetime | None
    created_at: datetime


class AccountBalance(AccountPublic):
    computed_balance: LedgerMoney | None = Field(
        description="the oldest balance an alert reported plus every later transaction (credits "
        "minus debits of all its transactions when no alert gave one); null: no transactions"
    )
    balance_from_alert: bool = Field(description="computed from an alert's balance")
    difference: LedgerMoney | None = Field(
        description="latest_balance (the last one an alert reported) minus computed_balance"
    )
    transaction_count: int


class AccountMerge(BaseModel):
    into_id: uuid.UUID = Field(description="the account that stays")


class AccountCreate(BaseModel):
    name: Annotated[str, Field(min_length=1, max_length=100)]
    institution: Annotated[str, Field(max_length=100)] = ""
    kind: AccountKind = "other"
    last4: Last4 | Literal[""] = ""
    currency: CurrencyCode | None = None


class AccountUpdate(BaseModel):
    name: Annotated[str | None, Field(min_length=1, max_length=100)] = None
    kind: AccountKind | None = None
    currency: CurrencyCode | None = None
    archived: bool | None = Field(None, description="true: hide it from lists; false: restore")
