"""The parsed form of one email, shared by providers, storage and extraction."""

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

# Which MIME part an email's text was read from: its text/plain part, or its text/html part
# turned into text (when the plain part was missing, a stub, or much poorer).
TextPart = Literal["text", "html"]


@dataclass(frozen=True, slots=True)
class ParsedEmail:
    message_id: str  # from the Message-ID header, else a stable synthetic id derived from the bytes
    sender: str  # the From address, lower-cased ("alerts@hdfcbank.net")
    sender_name: str  # the From display name ("HDFC Bank InstaAlerts"), "" when absent
    subject: str
    received_at: datetime  # timezone-aware, from the Date header (else the provider's date)
    text: str  # text/plain body, else the HTML body turned into text
    size: int  # raw size in bytes
    part: TextPart | None = None  # where `text` came from; None when unknown or no body


class EmailParseError(Exception):
    """A message that cannot be turned into a ParsedEmail; `reason` is stored with it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
