"""The LLM extractor: asks any OpenAI-compatible chat-completions endpoint for the transaction in
an email, as JSON, and validates the answer before anyone uses it. Every call is described by an
`LlmCall` (model, tokens, latency, cost, outcome) so the caller can log it."""

import json
import time
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Literal

from pydantic import BaseModel, Field, ValidationError, field_validator

from app.core.config import Settings
from app.extraction.result import ExtractionResult
from app.mail.message import ParsedEmail

MAX_BODY_CHARS = 4000  # alerts put the facts first; this bounds tokens and cost per call
Outcome = Literal["ok", "invalid", "timeout", "error"]

SYSTEM_PROMPT = """You read one email and decide whether it reports a completed money transaction
on the recipient's own account (a debit/card purchase/payment sent/withdrawal, or a credit/
salary/refund/money received). OTP codes, promotions, statement-ready notices, reminders of
future debits, declined or pending payments and newsletters are NOT transactions.
Answer with one JSON object and nothing else:
{"is_transaction": bool, "amount": "123.45" or null, "currency": "ISO 4217 code" or null,
 "direction": "debit" | "credit" | null, "merchant": string or null,
 "account_last4": "4 digits" or null, "occurred_at": "ISO 8601 with offset" or null,
 "balance": "available balance after it" or null, "reference": string or null,
 "rejection_reason": short reason when not a transaction, else null}
Direction is from the recipient's side. Amounts are plain decimal strings without grouping."""


class LlmFields(BaseModel):
    """The shape the model must answer with; anything else is rejected, not guessed at."""

    is_transaction: bool
    amount: Decimal | None = Field(default=None, gt=0, max_digits=14, decimal_places=2)
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    direction: Literal["debit", "credit"] | None = None
    merchant: str | None = Field(default=None, max_length=200)
    account_last4: str | None = Field(default=None, pattern=r"^\d{4}$")
    occurred_at: datetime | None = None
    balance: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    reference: str | None = Field(default=None, max_length=100)
    rejection_reason: str | None = Field(default=None, max_length=100)

    @field_validator("amount", "balance", mode="before")
    @classmethod
    def plain_decimal(cls, value: object) -> object:
        if isinstance(value, float):  # never trust binary floats for money
            value = repr(value)
        if isinstance(value, str):
            try:
                return Decimal(value.replace(",", "").strip())
            except InvalidOperation as exc:
                raise ValueError(f"not a decimal amount: {value!r}") from exc
        return value

    @field_validator("currency", mode="before")
    @classmethod
    def upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    def is_complete(self) -> bool:
        return not self.is_transaction or bool(self.amount and self.currency and self.direction)


@dataclass(frozen=True)
class LlmCall:
    model: str
    outcome: Outcome
    latency_ms: int
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: Decimal = Decimal(0)
    request_chars: int = 0
    response_chars: int = 0
    error: str | None = None


class LlmExtractor:
    def __init__(self, settings: Settings) -> None:
        # Imported here: only a process that reads mail with a model needs the client library
        # (the API and the base worker start faster and smaller without it: issue #19).
        import openai

        self.settings = settings
        self.client = openai.AsyncOpenAI(
            base_url=settings.llm_base_url,
            api_key=settings.llm_api_key or "not-needed",  # local servers often ignore it
            timeout=settings.llm_timeout_seconds,
            max_retries=1,
        )

    async def extract(self, email: ParsedEmail) -> tuple[ExtractionResult | None, LlmCall]:
        """The model's reading of `email`, or None with the reason in the LlmCall."""
        import openai

        prompt = _user_prompt(email)
        started = time.perf_counter()
        try:
            response = await self.client.chat.completions.create(
                model=self.settings.llm_model,
                temperature=0,
                response_format={"type": "json_object"},
                messages=[
                    {"role": "system", "content": SYSTEM_PROMPT},
                    {"role": "user", "content": prompt},
                ],
            )
        except openai.APITimeoutError as exc:
            return None, self._call("timeout", started, prompt, error=str(exc))
        except openai.OpenAIError as exc:
            return None, self._call("error", started, prompt, error=str(exc)[:500])
        content = (response.choices[0].message.content or "") if response.choices else ""
        usage = response.usage
        tokens = (usage.prompt_tokens, usage.completion_tokens) if usage else (0, 0)
        try:
            fields = LlmFields.model_validate(json.loads(content))
            if not fields.is_complete():
                raise ValueError("a transaction without amount, currency or direction")
        except (ValueError, ValidationError) as exc:  # JSONDecodeError is a ValueError
            return None, self._call("invalid", started, prompt, tokens, content, str(exc)[:500])
        call = self._call("ok", started, prompt, tokens, content)
        return _to_result(fields, email), call

    def _call(
        self,
        outcome: Outcome,
        started: float,
        prompt: str,
        tokens: tuple[int, int] = (0, 0),
        response: str = "",
        error: str | None = None,
    ) -> LlmCall:
        cost = (
            Decimal(tokens[0]) * Decimal(str(self.settings.llm_input_cost_per_million))
            + Decimal(tokens[1]) * Decimal(str(self.settings.llm_output_cost_per_million))
        ) / Decimal(1_000_000)
        return LlmCall(
            model=self.settings.llm_model,
            outcome=outcome,
            latency_ms=int((time.perf_counter() - started) * 1000),
            prompt_tokens=tokens[0],
            completion_tokens=tokens[1],
            cost_usd=cost.quantize(Decimal("0.000001")),
            request_chars=len(prompt),
            response_chars=len(response),
            error=error,
        )


def _user_prompt(email: ParsedEmail) -> str:
    return (
        f"From: {email.sender_name} <{email.sender}>\nSubject: {email.subject}\n"
        f"Date: {email.received_at.isoformat()}\n\n{email.text[:MAX_BODY_CHARS]}"
    )


def _to_result(fields: LlmFields, email: ParsedEmail) -> ExtractionResult:
    if not fields.is_transaction:
        return ExtractionResult.rejected(fields.rejection_reason or "llm_not_transaction", 0.8)
    occurred = fields.occurred_at
    if occurred is not None and occurred.tzinfo is None:
        occurred = occurred.replace(tzinfo=email.received_at.tzinfo)
    return ExtractionResult(
        is_transaction=True,
        amount=fields.amount,
        currency=fields.currency,
        direction=fields.direction,
        merchant=fields.merchant,
        account_last4=fields.account_last4,
        occurred_at=occurred or email.received_at,
        balance=fields.balance,
        reference=fields.reference,
        confidence=0.85,
        method="llm",
        part=email.part,
    )
