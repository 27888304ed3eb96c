"""Prometheus metrics for the API, served at /metrics."""

import os
from typing import Any

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)

# Set (by the launcher) when uvicorn runs several worker processes: each writes its samples
# under this directory and /metrics adds them up, whichever process answers.
MULTIPROCESS_DIR_ENV = "PROMETHEUS_MULTIPROC_DIR"

HTTP_REQUESTS = Counter(
    "fincoach_http_requests_total", "HTTP requests", ["method", "route", "status"]
)
HTTP_LATENCY = Histogram(
    "fincoach_http_request_seconds", "HTTP request latency", ["method", "route"]
)

# Categoriser A/B (app.services.categoriser_experiments): the figures come from the outcomes in
# PostgreSQL, so every API process reports the same; set on each scrape and report.
CATEGORISER_FIGURES = {
    field: Gauge(
        f"fincoach_categoriser_{field}",
        help_text,
        ["version"],
        multiprocess_mode="mostrecent",
    )
    for field, help_text in {
        "outcomes": "New transactions categorised (or left) by the version",
        "coverage": "Share of the version's outcomes given a category",
        "accuracy": "Share of the version's categories the person kept",
        "accuracy_low": "Accuracy, Wilson 95% interval lower bound",
        "accuracy_high": "Accuracy, Wilson 95% interval upper bound",
        "latency_mean_ms": "Mean categorisation time per transaction (ms)",
    }.items()
}
# Observed where categorisation runs (the email worker), per transaction.
CATEGORISER_SECONDS = Histogram(
    "fincoach_categoriser_seconds",
    "Categorisation time per transaction",
    ["version"],
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0),
)


def set_categoriser_report(report: dict[str, Any]) -> None:
    for version in report["versions"]:
        for field, gauge in CATEGORISER_FIGURES.items():
            value = version.get(field)
            gauge.labels(version=version["name"]).set(float("nan") if value is None else value)


def render() -> bytes:
    """The text exposition of every API process's metrics."""
    if os.environ.get(MULTIPROCESS_DIR_ENV):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry)
    return generate_latest()
