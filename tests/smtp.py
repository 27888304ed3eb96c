"""A real SMTP server (aiosmtpd) that keeps what it receives, for reading one-time codes."""

import re
import threading
from email import message_from_bytes
from email.message import Message

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from app.core.embedded import free_port


class _Collector:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.content if isinstance(envelope.content, bytes) else b""
        with self.lock:
            self.messages.append((list(envelope.rcpt_tos), message_from_bytes(content)))
        return "250 OK"


class SmtpSink:
    def __init__(self) -> None:
        self.port = free_port()
        self._collector = _Collector()
        self._controller = Controller(self._collector, hostname="127.0.0.1", port=self.port)

    def start(self) -> None:
        self._controller.start()

    def stop(self) -> None:
        self._controller.stop()

    def clear(self) -> None:
        with self._collector.lock:
            self._collector.messages.clear()

    def messages_to(self, address: str) -> list[Message]:
        with self._collector.lock:
            return [msg for rcpts, msg in self._collector.messages if address.lower() in rcpts]

    def latest_code(self, address: str) -> str:
        messages = self.messages_to(address)
        assert messages, f"no mail was sent to {address}"
        body = messages[-1].get_payload(decode=True)
        assert isinstance(body, bytes)
        match = re.search(r"\b(\d{6})\b", body.decode())
        assert match, "the mail holds no 6-digit code"
        return match.group(1)
