"""A realistic, deterministic demo mailbox: `python -m app.demo`, or generate_messages()."""

from app.demo.generator import (
    DEFAULT_COUNT,
    DEFAULT_MONTHS,
    DEFAULT_SEED,
    DemoMessage,
    generate_demo_messages,
    generate_messages,
    write_mbox,
)

__all__ = [
    "DEFAULT_COUNT",
    "DEFAULT_MONTHS",
    "DEFAULT_SEED",
    "DemoMessage",
    "generate_demo_messages",
    "generate_messages",
    "write_mbox",
]
