"""Email → transaction. `extract` is the one entry point the email worker calls; it runs the
rules extractor. Results whose `confidence` is below `REVIEW_BELOW` are where a slower extractor
(an LLM, not written yet) should take a second look."""

from app.extraction.result import Direction, ExtractionResult
from app.extraction.rules import REVIEW_BELOW, extract

__all__ = ["REVIEW_BELOW", "Direction", "ExtractionResult", "extract"]
