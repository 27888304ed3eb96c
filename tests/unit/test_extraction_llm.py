"""The LLM extractor with the real `openai` client against a local chat-completions server."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.core.config import Settings
from app.extraction.llm import LlmExtractor
from app.extraction.pipeline import extract_email, needs_llm
from app.extraction.reader import extract
from app.mail.message import ParsedEmail
from tests.fakes.openai_server import Answer, FakeOpenAI

UNKNOWN_SENDER = ParsedEmail(
    message_id="<m1@shop.example>",
    sender="billing@tinyshop.example",
    sender_name="Tiny Shop",
    subject="Thanks for shopping",
    received_at=datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
    text="Order 8812 total 1,299.00 INR. Thanks for shopping with Tiny Shop!",
    size=300,
)
HDFC_ALERT = ParsedEmail(
    message_id="<m2@hdfc>",
    sender="alerts@hdfcbank.net",
    sender_name="HDFC Bank InstaAlerts",
    subject="You have done a UPI txn. Check details!",
    received_at=datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
    text="Dear Customer, Rs.450.00 has been debited from account **1234 to VPA swiggy@icici "
    "SWIGGY on 20-11-26. Your UPI transaction reference number is 632112345678.",
    size=400,
)
GOOD_ANSWER = {
    "is_transaction": True,
    "amount": "1299.00",
    "currency": "INR",
    "direction": "debit",
    "merchant": "Tiny Shop",
    "account_last4": None,
    "occurred_at": "2026-11-20T09:30:00+00:00",
    "balance": None,
    "reference": "8812",
    "rejection_reason": None,
}


@pytest.fixture
def fake_openai():
    server = FakeOpenAI().start()
    yield server
    server.stop()


@pytest.fixture
def llm(fake_openai):
    settings = Settings(
        llm_base_url=fake_openai.base_url,
        llm_api_key="sk-test",
        llm_model="test-model",
        llm_timeout_seconds=0.5,
    )
    return LlmExtractor(settings)


def test_the_unknown_sender_is_one_the_rules_are_unsure_of():
    assert needs_llm(extract(UNKNOWN_SENDER))
    assert not needs_llm(extract(HDFC_ALERT))


async def test_a_valid_answer_is_used_and_its_cost_measured(llm, fake_openai):
    fake_openai.answer_json(GOOD_ANSWER)
    result, call = await extract_email(UNKNOWN_SENDER, llm)
    assert result.method == "llm" and result.is_transaction
    assert (result.amount, result.currency, result.direction) == (
        Decimal("1299.00"),
        "INR",
        "debit",
    )
    assert result.merchant == "Tiny Shop" and result.reference == "8812"
    assert call is not None and call.outcome == "ok"
    assert (call.prompt_tokens, call.completion_tokens) == (420, 60)
    assert call.cost_usd == Decimal("0.000099")  # 420 × 0.15/1M + 60 × 0.60/1M
    [request] = fake_openai.requests
    assert request["auth"] == "Bearer sk-test"
    assert request["body"]["model"] == "test-model"
    assert request["body"]["response_format"] == {"type": "json_object"}
    assert "Tiny Shop" in request["body"]["messages"][1]["content"]


@pytest.mark.parametrize(
    "answer",
    [
        Answer(content="Sure! The amount is 1299 rupees."),
        Answer(content='{"is_transaction": true, "amount": "lots", "currency": "INR"}'),
        Answer(content='{"is_transaction": true, "currency": "INR", "direction": "debit"}'),
        Answer(
            content='{"is_transaction": true, "amount": "10", "currency": "rupees", '
            '"direction": "debit"}'
        ),
    ],
)
async def test_a_malformed_answer_falls_back_to_the_rules(llm, fake_openai, answer):
    fake_openai.answers.append(answer)
    result, call = await extract_email(UNKNOWN_SENDER, llm)
    assert call is not None and call.outcome == "invalid" and call.error
    assert result.method == "rules"
    assert result == extract(UNKNOWN_SENDER)


async def test_a_timeout_falls_back_to_the_rules(llm, fake_openai):
    fake_openai.answers.extend([Answer(content="{}", delay=2.0), Answer(content="{}", delay=2.0)])
    result, call = await extract_email(UNKNOWN_SENDER, llm)
    assert call is not None and call.outcome == "timeout"
    assert result.method == "rules"


async def test_a_server_error_falls_back_to_the_rules(llm, fake_openai):
    fake_openai.answers.extend([Answer(status=500), Answer(status=500)])
    result, call = await extract_email(UNKNOWN_SENDER, llm)
    assert call is not None and call.outcome == "error"
    assert len(fake_openai.requests) == 2  # the client's one retry
    assert result.method == "rules"


async def test_confident_rules_never_call_the_llm(llm, fake_openai):
    result, call = await extract_email(HDFC_ALERT, llm)
    assert call is None and fake_openai.requests == []
    assert result.amount == Decimal("450.00")


async def test_without_an_endpoint_only_the_rules_run():
    result, call = await extract_email(UNKNOWN_SENDER, None)
    assert call is None and result == extract(UNKNOWN_SENDER)


async def test_the_llm_can_say_it_is_not_a_transaction(llm, fake_openai):
    fake_openai.answer_json({"is_transaction": False, "rejection_reason": "promotion"})
    result, call = await extract_email(UNKNOWN_SENDER, llm)
    assert call.outcome == "ok"
    assert not result.is_transaction and result.rejection_reason == "promotion"
