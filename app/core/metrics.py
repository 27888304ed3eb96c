"""Prometheus metrics for the API, served at /metrics."""

from prometheus_client import Counter, Histogram

HTTP_REQUESTS = Counter(
    "fincoach_http_requests_total", "HTTP requests", ["method", "route", "status"]
)
HTTP_LATENCY = Histogram(
    "fincoach_http_request_seconds", "HTTP request latency", ["method", "route"]
)
