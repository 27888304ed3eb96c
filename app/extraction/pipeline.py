"""Which extractor reads an email: the rules always; the LLM only where the rules are unsure and
an endpoint is configured. A failed, malformed or timed-out LLM answer falls back to the rules."""

from app.extraction.llm import LlmCall, LlmExtractor
from app.extraction.reader import REVIEW_BELOW, extract
from app.extraction.result import ExtractionResult
from app.mail.message import ParsedEmail

# Rejections that mean "money is mentioned, but the wording is not one the rules know". Mail with
# no amount at all never goes to the LLM: most of a mailbox is like that, and it would cost money.
UNSURE_REJECTIONS = frozenset({"no_transaction_wording"})


def needs_llm(result: ExtractionResult) -> bool:
    if result.is_transaction:
        return result.confidence < REVIEW_BELOW
    return result.rejection_reason in UNSURE_REJECTIONS


async def extract_email(
    email: ParsedEmail, llm: LlmExtractor | None
) -> tuple[ExtractionResult, LlmCall | None]:
    return await second_opinion(email, extract(email), llm)


async def second_opinion(
    email: ParsedEmail, rules: ExtractionResult, llm: LlmExtractor | None
) -> tuple[ExtractionResult, LlmCall | None]:
    """The LLM's reading where the rules are unsure (and an endpoint is configured), else the
    rules' own."""
    if llm is None or not needs_llm(rules):
        return rules, None
    answer, call = await llm.extract(email)
    return (answer or rules), call
