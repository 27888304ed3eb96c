"""Domain errors. Each carries its HTTP status; one handler turns them into the JSON error shape.

Services raise these without knowing about HTTP frameworks.
"""

from typing import Any


class TransientError(Exception):
    """A failure worth retrying later (a remote server down, a rate limit, a 4xx SMTP reply).
    Background tasks are retried with backoff on it; any other error fails them for good."""


class AppError(Exception):
    status_code = 400
    code = "bad_request"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        details: list[Any] | None = None,
        keep_changes: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.details = details
        self.headers: dict[str, str] = {}
        # True when the unit of work must still commit (a security action taken before refusing).
        self.keep_changes = keep_changes


class BadRequest(AppError):
    status_code = 400
    code = "bad_request"


class Unauthorized(AppError):
    status_code = 401
    code = "unauthorized"


class Forbidden(AppError):
    status_code = 403
    code = "forbidden"


class NotFound(AppError):
    status_code = 404
    code = "not_found"


class Conflict(AppError):
    status_code = 409
    code = "conflict"


class TooManyRequests(AppError):
    status_code = 429
    code = "rate_limited"

    def __init__(self, message: str, *, retry_after: int, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.retry_after = max(retry_after, 1)
        self.headers = {"Retry-After": str(self.retry_after)}


class ServiceUnavailable(AppError):
    status_code = 503
    code = "service_unavailable"
