"""Per-request context readable anywhere below the middleware (logs, errors, audit)."""

from contextvars import ContextVar

current_request_id: ContextVar[str | None] = ContextVar("current_request_id", default=None)
#: The path of the request being served (set by the middleware); cursors are bound to it.
current_path: ContextVar[str | None] = ContextVar("current_path", default=None)
