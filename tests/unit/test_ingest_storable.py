"""A reading the ledger cannot hold (numeric(15, 3)) never fails a batch: a sum of a trillion
or more is a misread number, so no transaction (the review inbox shows the email as money
missed); a balance or fee that big is left out."""

from decimal import Decimal

from app.extraction.result import ExtractionResult
from app.ingest.extract import OUT_OF_RANGE, storable
from app.services.review import MISSED_MONEY_REJECTIONS


def _reading(amount: str, balance: str | None = None, fee: str | None = None) -> ExtractionResult:
    result = ExtractionResult(
        is_transaction=True,
        amount=Decimal(amount),
        currency="MXN",
        direction="debit",
        balance=None if balance is None else Decimal(balance),
        fee=None if fee is None else Decimal(fee),
    )
    result.spans = {"amount": (0, 5), "balance": (10, 15), "fee": (20, 25)}
    return result


def test_a_sum_of_a_trillion_or_more_is_no_transaction_and_asks_a_person() -> None:
    result = storable(_reading("261107356615876325"))
    assert not result.is_transaction
    assert result.rejection_reason == OUT_OF_RANGE
    assert OUT_OF_RANGE in MISSED_MONEY_REJECTIONS


def test_a_huge_balance_or_fee_is_left_out_and_the_payment_kept() -> None:
    result = storable(_reading("120.50", balance="9999999999999", fee="1000000000000.5"))
    assert result.is_transaction and result.amount == Decimal("120.50")
    assert result.balance is None and result.fee is None
    assert "balance" not in result.spans and "fee" not in result.spans


def test_the_largest_sum_the_ledger_holds_is_kept() -> None:
    result = storable(_reading("999999999999.999", balance="15.00"))
    assert result.is_transaction and result.amount == Decimal("999999999999.999")
    assert result.balance == Decimal("15.00")
