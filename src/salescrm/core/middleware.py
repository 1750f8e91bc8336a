"""Outermost ASGI middleware: the client's address behind trusted proxies; request id, language,
body-size limit, last-resort 500, access log, the security headers, and ``Cache-Control:
no-store`` on every answer to a request that carries credentials.

Written as plain ASGI (not ``BaseHTTPMiddleware``) so it sees every response, including the ones
produced for unexpected exceptions, and can stamp them with ``X-Request-ID``.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from salescrm.core import i18n
from salescrm.core.context import current_path, current_request_id
from salescrm.core.errors import problem_response
from salescrm.core.routing import sent_method
from salescrm.core.security.headers import stamp

log = logging.getLogger("salescrm.access")
_REQUEST_ID_RE = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")
REDACTED = "[redacted]"
#: Request headers that carry credentials (``core.uow._credentials`` reads the same two).
CREDENTIAL_HEADERS = ("authorization", "x-api-key")


class RequestContextMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int,
        upload_paths: tuple[str, ...] = (),
        max_upload_bytes: int = 0,
        path_limits: Mapping[str, int] | None = None,
        security_headers: Sequence[tuple[str, str]] = (),
        max_header_bytes: int = 0,
        secret_paths: Sequence[re.Pattern[str]] = (),
    ) -> None:
        self.app = app
        #: Paths that hold a secret (a calendar feed's URL is its credential): the log shows
        #: each pattern's groups with what lies between them replaced by ``[redacted]``.
        self.secret_paths = tuple(secret_paths)
        #: The request's header names and values together may be this large (0: no limit).
        self.max_header_bytes = max_header_bytes
        #: ``core.security.headers``: stamped on every answer, the ones made here included.
        self.security_headers = tuple(security_headers)
        self.default_limit = max_body_bytes
        #: File uploads (imports) may be larger than JSON bodies, on their own paths only.
        self.upload_paths = upload_paths
        self.max_upload_bytes = max(max_upload_bytes, max_body_bytes)
        #: Paths with a limit of their own (attachments: the file limit plus the form).
        self.path_limits = dict(path_limits or {})

    def loggable(self, path: str) -> str:
        """The path as the log may show it: a secret in it replaced."""
        for pattern in self.secret_paths:
            match = pattern.fullmatch(path)
            if match:
                return REDACTED.join(match.groups())
        return path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        given = headers.get("x-request-id", "")
        request_id = given if _REQUEST_ID_RE.match(given) else uuid.uuid4().hex
        # What is answered to a caller (records, prices, a file, a 401) is theirs alone: no
        # browser or proxy may keep it, whatever the endpoint said. A client still revalidates
        # with its own ETags (304). Public documents (health, the spec) stay cacheable; the
        # token endpoints, public too, mark their answers themselves.
        private = any(name in headers for name in CREDENTIAL_HEADERS)
        rid_token = current_request_id.set(request_id)
        path_token = current_path.set(scope.get("path", ""))
        lang_token = i18n.current_language.set(i18n.negotiate(headers.get("accept-language")))
        started = time.perf_counter()
        state: dict[str, Any] = {"status": 500, "started": False, "too_large": False}
        path = scope.get("path", "")
        limit = self.path_limits.get(
            path, self.max_upload_bytes if path in self.upload_paths else self.default_limit
        )

        async def send_problem(status: int, code: str, detail_key: str, **params: object) -> None:
            response = problem_response(
                None,
                status=status,
                code=code,
                detail_key=detail_key,
                params=params,
                extensions={"instance": path},
            )
            await response(scope, receive, send_with_context)

        async def send_with_context(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["started"] = True
                state["status"] = message["status"]
                response_headers = MutableHeaders(scope=message)
                response_headers.append("X-Request-ID", request_id)
                stamp(response_headers, self.security_headers)
                if private:
                    response_headers["Cache-Control"] = "no-store"
            await send(message)

        async def guarded_send(message: Message) -> None:
            # The app may have caught the overflow and answered (FastAPI turns body-read errors
            # into a 400); replace that answer with the 413 it really is.
            if state["too_large"]:
                if message["type"] == "http.response.start":
                    await send_problem(413, "payload_too_large", "body_too_large", limit=limit)
                return
            await send_with_context(message)

        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    state["too_large"] = True
                    raise _BodyTooLargeError
            return message

        try:
            if self.max_header_bytes and _header_bytes(scope) > self.max_header_bytes:
                await send_problem(
                    431, "headers_too_large", "headers_too_large", limit=self.max_header_bytes
                )
                return
            declared = headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                await send_problem(413, "payload_too_large", "body_too_large", limit=limit)
                return
            await self.app(scope, limited_receive, guarded_send)
        except _BodyTooLargeError:
            if not state["started"]:
                await send_problem(413, "payload_too_large", "body_too_large", limit=limit)
        except Exception:
            log.exception("unhandled error on %s %s", sent_method(scope), self.loggable(path))
            if not state["started"]:
                await send_problem(500, "internal_error", "internal_error", request_id=request_id)
        finally:
            logged = self.loggable(path)
            log.info(
                "%s %s %s",
                sent_method(scope),
                logged,
                state["status"],
                extra={
                    "method": sent_method(scope),
                    "path": logged,
                    "status": state["status"],
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                },
            )
            current_request_id.reset(rid_token)
            current_path.reset(path_token)
            i18n.current_language.reset(lang_token)


def _header_bytes(scope: Scope) -> int:
    """The size of the request's headers as sent (names, values, ``: `` and CRLF)."""
    return sum(len(name) + len(value) + 4 for name, value in scope.get("headers", ()))


class _BodyTooLargeError(Exception):
    """Raised from ``receive`` when the streamed body passes the limit."""


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class TrustedProxyMiddleware:
    """Gives everything inside the client's address (``request.client``) when a configured
    reverse proxy forwards the request.

    Each proxy appends the address it received the request from to ``X-Forwarded-For``. Read
    from the right, an entry is believed while the hop that reported it is a trusted proxy; the
    first address that is not one is the client, and whatever lies left of it the client wrote
    itself. A request that does not come from a trusted proxy keeps its peer address: its
    header proves nothing (login throttling relies on this). ``X-Forwarded-Proto`` from a
    trusted proxy sets the scheme.
    """

    def __init__(self, app: ASGIApp, *, proxies: Sequence[Network]) -> None:
        self.app = app
        self.proxies = tuple(proxies)

    def trusted(self, address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in network for network in self.proxies)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        peer = scope.get("client")
        if scope["type"] == "http" and peer and self.trusted(peer[0]):
            headers = Headers(scope=scope)
            hops = [hop for value in headers.getlist("x-forwarded-for") for hop in value.split(",")]
            client = client_address(peer[0], hops, self.trusted)
            scope = {**scope, "client": peer if client == peer[0] else (client, 0)}
            proto = headers.get("x-forwarded-proto", "").strip().lower()
            if proto in ("http", "https"):
                scope["scheme"] = proto
        await self.app(scope, receive, send)


def client_address(peer: str, hops: Sequence[str], trusted: Callable[[str], bool]) -> str:
    """The client's address: walk ``X-Forwarded-For`` leftwards from the peer for as long as
    the current address is a trusted proxy (an unreadable entry ends the walk)."""
    address = peer
    for hop in reversed(hops):
        if not trusted(address):
            break
        reported = _ip(hop)
        if reported is None:
            break
        address = reported
    return address


def _ip(hop: str) -> str | None:
    """One ``X-Forwarded-For`` entry as a canonical address: ``1.2.3.4``, ``1.2.3.4:80``,
    ``2001:db8::1`` or ``[2001:db8::1]:80``; None for anything else."""
    text = hop.strip()
    if text.startswith("["):
        text = text[1:].partition("]")[0]
    elif text.count(":") == 1:
        text = text.partition(":")[0]
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        return None
