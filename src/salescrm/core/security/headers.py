"""Security headers on every answer: what a browser may do with it.

The API answers data (JSON, files), never a page: nothing in an answer may run, load anything,
be framed, or be read as another type than it says (``nosniff``), and no address of ours leaks
to another site (``Referrer-Policy``). The local docs pages (Swagger UI, ReDoc) are pages: their
policy admits their own scripts and styles from this origin, the spec from this origin, ReDoc's
inline styles and its search worker, and each inline ``<script>`` of the page by its SHA-256 (so
no other inline script runs). HSTS is sent in production only, where TLS is a given (behind
the proxy that terminates it): on a developer's ``http://localhost`` it would pin HTTPS there.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: The policy of everything the API answers.
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
#: The docs pages' policy, but for the hashes of their own inline scripts (added per page).
DOCS_CSP = (
    "default-src 'none'; script-src 'self'{hashes}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
    "worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
#: One year: what browsers' HSTS preload lists ask for.
HSTS = "max-age=31536000; includeSubDomains"

_INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.DOTALL)


def common_headers(*, hsts: bool) -> list[tuple[str, str]]:
    """What every answer carries (``Content-Security-Policy`` is added where it is absent)."""
    headers = [
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("X-Frame-Options", "DENY"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ]
    if hsts:
        headers.append(("Strict-Transport-Security", HSTS))
    return headers


def stamp(headers: MutableHeaders, common: Iterable[tuple[str, str]]) -> None:
    """Add the security headers an answer does not set itself."""
    for name, value in common:
        if name not in headers:
            headers[name] = value
    if "content-security-policy" not in headers:
        headers["Content-Security-Policy"] = API_CSP


def docs_policy(page: bytes) -> str:
    """The docs policy for one page: its inline scripts by hash."""
    hashes = "".join(
        f" 'sha256-{base64.b64encode(hashlib.sha256(body).digest()).decode()}'"
        for body in _INLINE_SCRIPT.findall(page)
    )
    return DOCS_CSP.format(hashes=hashes)


class DocsPagePolicy:
    """Gives each docs page (``paths``) the docs policy with its inline scripts' hashes.

    Innermost, before compression: the page is read as written. Pages are a few kilobytes and
    the same for the life of the process, so the policy is computed once per path.
    """

    def __init__(self, app: ASGIApp, *, paths: Iterable[str]) -> None:
        self.app = app
        self.paths = frozenset(paths)
        self.policies: dict[str, str] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or path not in self.paths:
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        body = bytearray()

        async def hold(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            if message["type"] != "http.response.body" or start is None:
                await send(message)
                return
            body.extend(message.get("body", b""))
            if message.get("more_body", False):
                return
            if start["status"] == 200:
                policy = self.policies.get(path) or docs_policy(bytes(body))
                self.policies[path] = policy
                MutableHeaders(scope=start)["Content-Security-Policy"] = policy
            await send(start)
            await send({"type": "http.response.body", "body": bytes(body), "more_body": False})

        await self.app(scope, receive, hold)
