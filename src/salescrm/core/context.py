"""Per-request context readable anywhere below the middleware (logs, errors, audit)."""

from contextvars import ContextVar

current_request_id: ContextVar[str | None] = ContextVar("current_request_id", default=None)
