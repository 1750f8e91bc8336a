"""Routing rules Starlette leaves to the application: fixed paths that share a shape with a
template, and HEAD wherever GET is answered.

Starlette matches routes in order, and a route whose path matches but whose method does not is
only a partial match: the next route of the same shape is still tried. So ``PATCH
/tasks/overdue`` (``/tasks/overdue`` answers GET only) reached ``PATCH /tasks/{record_id}``, and
was answered 422 for a ``record_id`` that is not a UUID instead of 405. A fixed path names one
resource of its own; ``shield_fixed_paths`` makes every template step aside for it, whatever the
method (``FixedPathsFirst``), so the 405 and its ``Allow`` (``core.errors.allowed_methods``,
which asks the same ``matches``) are about that resource.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi.routing import APIRoute, iter_route_contexts
from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send


def _route_path(scope: Scope) -> str:
    """The path routes match, without a ``root_path`` the server is mounted under."""
    path, root = str(scope["path"]), str(scope.get("root_path", ""))
    return path[len(root) :] if root and path.startswith(root + "/") else path


class FixedPathsFirst(APIRoute):
    """A route that steps aside, for every method, on the fixed paths its template would
    swallow (``shield_fixed_paths`` fills ``refuses`` with their full paths)."""

    refuses: frozenset[str] = frozenset()

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if self.refuses and scope["type"] == "http" and _route_path(scope) in self.refuses:
            return Match.NONE, {}
        return super().matches(scope)


def shield_fixed_paths(routes: Sequence[BaseRoute]) -> dict[str, list[str]]:
    """Make each templated route refuse the fixed paths its template would swallow.

    Run once, after every router is included, over the routes as they are matched (with their
    routers' prefixes, ``fastapi.routing.iter_route_contexts``). A template that swallows a
    fixed path must be a ``FixedPathsFirst`` (every ``UnitOfWorkRoute`` is): anything else is a
    programming error, refused at start-up. Returns what each template refuses.
    """
    contexts: list[Any] = [c for c in iter_route_contexts(routes) if c.path_regex is not None]
    fixed = sorted({c.path for c in contexts if not c.param_convertors})
    shielded: dict[str, list[str]] = {}
    for context in contexts:
        if not context.param_convertors:
            continue
        swallowed = [path for path in fixed if context.path_regex.match(path)]
        if not swallowed:
            continue
        route = context.original_route
        if not isinstance(route, FixedPathsFirst):
            raise TypeError(f"{context.path} swallows {swallowed}: make it a FixedPathsFirst")
        route.refuses = frozenset(swallowed)
        shielded[context.path] = swallowed
    return shielded


#: Where ``HeadAsGet`` keeps the method the client sent (the routes see GET).
SENT_METHOD = "salescrm.sent_method"


def sent_method(scope: Scope) -> str:
    """The method as the client sent it: HEAD for a HEAD answered as a GET."""
    return str(scope.get(SENT_METHOD) or scope.get("method", ""))


class HeadAsGet:
    """HEAD answered wherever GET is (RFC 9110 section 9.3.2): the request is routed and
    answered as a GET, and only the body is left out, so status and headers (``ETag``,
    ``Content-Length``, ``Content-Encoding``, ``X-Request-ID`` …) are exactly those of the GET.

    FastAPI registers an ``APIRoute`` for the methods given only (a Starlette ``Route`` adds
    HEAD to GET itself); doing it here covers every route at once and keeps HEAD out of the
    OpenAPI document, which (like schemathesis) treats HEAD as implicit. It must be outside the
    compression and request-context middleware, so that what they add is the GET's. A path
    without GET answers HEAD with the GET's 405, whose ``Allow`` names its methods.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        # A copy: the server keeps its own scope, which still says HEAD (it sends no body).
        await self.app({**scope, "method": "GET", SENT_METHOD: "HEAD"}, receive, headers_only)
