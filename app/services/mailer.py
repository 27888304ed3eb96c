"""Outgoing mail: SMTP through aiosmtplib, or a local file sink when no SMTP host is set."""

import logging
from datetime import UTC, datetime
from email.message import EmailMessage

import aiosmtplib

from app.core.config import Settings
from app.core.errors import TransientError

log = logging.getLogger(__name__)


async def send_email(settings: Settings, to: str, subject: str, body: str) -> None:
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    if not settings.smtp_host:
        _write_to_sink(settings, message)
        return
    try:
        await aiosmtplib.send(
            message,
            hostname=settings.smtp_host,
            port=settings.smtp_port,
            username=settings.smtp_username or None,
            password=settings.smtp_password or None,
            start_tls=settings.smtp_starttls,
            use_tls=settings.smtp_tls,
            timeout=30,
        )
    except aiosmtplib.SMTPResponseException as exc:
        # 4xx: the server asks us to come back later (greylisting, a full queue). Connection
        # failures and timeouts are transient already (ConnectionError, TimeoutError).
        if 400 <= exc.code < 500:
            raise TransientError(f"SMTP server deferred the mail: {exc.code}") from exc
        raise
    log.info("mail sent to %s: %s", to, subject)


def _write_to_sink(settings: Settings, message: EmailMessage) -> None:
    """Development mail: appended to a file the README points to, and noted on the console."""
    settings.mail_sink_path.parent.mkdir(parents=True, exist_ok=True)
    with settings.mail_sink_path.open("a", encoding="utf-8") as sink:
        sink.write(f"===== {datetime.now(UTC).isoformat()} =====\n{message.as_string()}\n")
    log.info("no SMTP_HOST: mail to %s written to %s", message["To"], settings.mail_sink_path)
