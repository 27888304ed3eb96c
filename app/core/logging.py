"""Plain stdlib logging with one format for the API and both workers."""

import logging


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
