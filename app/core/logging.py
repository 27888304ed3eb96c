"""Plain stdlib logging with one format for the API and both workers."""

import logging
import re

# Query parameters that carry secrets: the WebSocket's ?token= (an access token) and the OAuth
# callback's ?code= / ?state=. uvicorn logs request paths with their query strings.
_SECRET_QUERY = re.compile(
    r"([?&](?:token|access_token|refresh_token|code|state|password)=)[^&\s\"']*", re.IGNORECASE
)
# Loggers that write request URLs: uvicorn's access log, and its error log (WebSocket lines).
_URL_LOGGERS = ("uvicorn.access", "uvicorn.error")


def redact(text: str) -> str:
    return _SECRET_QUERY.sub(r"\1[redacted]", text)


class RedactSecrets(logging.Filter):
    """Blank secret query parameters out of a record's message and arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {
                k: redact(v) if isinstance(v, str) else v for k, v in record.args.items()
            }
        return True


def configure_logging(level: str) -> None:
    logging.basicConfig(
        level=level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        force=True,
    )
    # The arq command line gives the "arq" logger a handler of its own; without this its lines
    # would also reach the root handler and print twice.
    arq_logger = logging.getLogger("arq")
    if arq_logger.handlers:
        arq_logger.propagate = False
    for name in _URL_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactSecrets) for f in logger.filters):
            logger.addFilter(RedactSecrets())
