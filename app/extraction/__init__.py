"""Email → transaction. `extract` is the one entry point the ingest path calls (app.extraction
.reader: candidates, then the learned ranker). Results whose `confidence` is below
`REVIEW_BELOW` are where a slower extractor (an LLM, where configured) takes a second look."""

from app.extraction.reader import REVIEW_BELOW, extract
from app.extraction.result import Direction, ExtractionResult

__all__ = ["REVIEW_BELOW", "Direction", "ExtractionResult", "extract"]
