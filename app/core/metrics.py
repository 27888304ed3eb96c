"""Prometheus metrics for the API, served at /metrics."""

import os

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest, multiprocess

# Set (by the launcher) when uvicorn runs several worker processes: each writes its samples
# under this directory and /metrics adds them up, whichever process answers.
MULTIPROCESS_DIR_ENV = "PROMETHEUS_MULTIPROC_DIR"

HTTP_REQUESTS = Counter(
    "fincoach_http_requests_total", "HTTP requests", ["method", "route", "status"]
)
HTTP_LATENCY = Histogram(
    "fincoach_http_request_seconds", "HTTP request latency", ["method", "route"]
)


def render() -> bytes:
    """The text exposition of every API process's metrics."""
    if os.environ.get(MULTIPROCESS_DIR_ENV):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry)
    return generate_latest()
