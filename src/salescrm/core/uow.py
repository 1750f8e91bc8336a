"""The unit of work: one session and one transaction per request, committed in one place.

``UnitOfWorkRoute`` wraps every API route. It opens the session, runs the endpoint, and commits
**before** the response leaves (a failed commit becomes an error response, never a 200 for work
that was lost); any exception rolls everything back, so a request fully happens or not at all.
It also enforces JSON request bodies (415) and stores ``Idempotency-Key`` responses.

On SQLite a writing request takes the database's write lock (``begin_write``) before its handler
runs, so writers queue instead of failing. An endpoint that first has long work to do without
the database (reading and checking an uploaded file, hashing a password) is marked
``writes_late`` and takes the lock itself once it is ready to write, so that other writers are
not held up meanwhile. A credential endpoint marked ``commits_in_steps`` may also commit a short
first step (``commit_step``): the login throttle's reservation of an attempt.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Annotated, Any, Protocol, TypeVar

from fastapi import Depends, Request, Security
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from fastapi.security import APIKeyHeader, OAuth2PasswordBearer
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response

from salescrm.config import Settings
from salescrm.core import geo, idempotency, visibility
from salescrm.core.context import current_request_id
from salescrm.core.db import statistics
from salescrm.core.db.engine import Database
from salescrm.core.errors import (
    AppError,
    IdempotencyInProgress,
    Unauthorized,
    UnsupportedMediaType,
    busy_response,
)
from salescrm.core.permissions.subject import ANONYMOUS, Subject
from salescrm.core.routing import FixedPathsFirst

log = logging.getLogger(__name__)

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class _Replay(Exception):
    def __init__(self, response: Response) -> None:
        self.response = response


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


class Authenticator(Protocol):
    async def authenticate(
        self, session: AsyncSession, *, bearer: str | None, api_key: str | None
    ) -> Subject: ...


def _credentials(request: Request) -> tuple[str | None, str | None]:
    authorization = request.headers.get("authorization", "")
    scheme, _, token = authorization.partition(" ")
    bearer = token.strip() if scheme.lower() == "bearer" and token.strip() else None
    return bearer, request.headers.get("x-api-key") or None


oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)
api_key_scheme = APIKeyHeader(name="X-API-Key", auto_error=False)


async def current_subject(
    request: Request,
    _bearer: Annotated[str | None, Security(oauth2_scheme)] = None,
    _api_key: Annotated[str | None, Security(api_key_scheme)] = None,
) -> Subject:
    """The authenticated caller, or 401. Resolved once per request and cached on it.

    The two security parameters only document the accepted credentials in the OpenAPI spec
    (``Authorization: Bearer <JWT or API key>`` or ``X-API-Key``); parsing happens here.
    """
    cached: Subject | None = getattr(request.state, "subject", None)
    if cached is not None:
        return cached
    bearer, api_key = _credentials(request)
    authenticator: Authenticator = request.app.state.authenticator
    subject = await authenticator.authenticate(
        request.state.session, bearer=bearer, api_key=api_key
    )
    request.state.subject = subject
    return subject


async def optional_subject(request: Request) -> Subject:
    """The caller if valid credentials were sent, else anonymous (for public endpoints).

    Invalid credentials on a public endpoint count as none: a client may send a stale bearer
    along to ``/auth/token`` or ``/auth/refresh`` (it is refreshing precisely because the access
    token expired). Nothing is cached on failure, and on a route that needs the caller the 401
    stands, so ``current_subject`` still authenticates and refuses every protected request.
    """
    bearer, api_key = _credentials(request)
    if bearer is None and api_key is None:
        return ANONYMOUS
    try:
        return await current_subject(request)
    except Unauthorized:
        if getattr(request.scope.get("route"), "requires_subject", True):
            raise
        return ANONYMOUS


@dataclass
class Ctx:
    """What a service or repository needs about the request it serves."""

    session: AsyncSession
    subject: Subject
    settings: Settings


async def get_ctx(request: Request, subject: Annotated[Subject, Depends(current_subject)]) -> Ctx:
    session: AsyncSession = request.state.session
    # An API key is audited as itself (the key names its creator), an employee as themselves.
    session.info["actor"] = (subject.kind, subject.api_key_id or subject.id)
    visibility.current_subject.set(subject)  # field-level visibility of the response
    return Ctx(session=session, subject=subject, settings=request.app.state.settings)


async def idempotency_guard(
    request: Request, subject: Annotated[Subject, Depends(optional_subject)]
) -> None:
    """Replays a stored response, or notes the key so the response is stored on success."""
    key = idempotency.read_key(request)
    if key is None:
        return
    principal = subject.principal
    if subject.kind == "anonymous" and request.client is not None:
        principal = f"anonymous:{request.client.host}"
    print_ = await idempotency.fingerprint(request, request.app.state.settings.secret)
    stored = await idempotency.replay(
        request.state.session, principal=principal, key=key, print_=print_
    )
    if stored is not None:
        raise _Replay(stored)
    request.state.idempotency = (principal, key, print_)


_WRITES_LATE = "__salescrm_writes_late__"
_Endpoint = TypeVar("_Endpoint", bound=Callable[..., Any])


def writes_late(endpoint: _Endpoint) -> _Endpoint:
    """Mark an endpoint that prepares its work before it writes (an upload read, decoded and
    checked): the unit of work does not take SQLite's write lock before it runs, and its
    service calls ``begin_write`` once it is ready to write. Apply below ``@router.post``."""
    setattr(endpoint, _WRITES_LATE, True)
    return endpoint


async def begin_write(session: AsyncSession, *serialize: str) -> None:
    """On SQLite, take the database's write lock now (``BEGIN IMMEDIATE``) unless this
    transaction holds it already: a writer then waits its turn (up to the lock timeout, then
    503) instead of failing when a read turns into a write after another writer committed.
    PostgreSQL locks rows as they are written; there, each ``serialize`` key takes a
    transaction advisory lock instead, so that requests which count rows and then add one under
    the same key (the login throttle) run one after the other, as every writer does on SQLite.
    """
    if session.get_bind().dialect.name != "sqlite":
        # Sorted, so two requests that share keys take them in one order and never deadlock.
        for key in sorted(set(serialize)):
            digest = hashlib.sha256(key.encode()).digest()
            lock_id = int.from_bytes(digest[:8], "big", signed=True)
            await session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": lock_id})
        return
    if session.in_transaction():
        connection = await session.connection()
        raw = await connection.get_raw_connection()
        # Reads run outside a transaction with the sqlite3 driver; a write has begun one.
        if getattr(raw.driver_connection, "in_transaction", False):
            return
    await session.execute(text("BEGIN IMMEDIATE"))


_COMMITS_IN_STEPS = "__salescrm_commits_in_steps__"


def commits_in_steps(endpoint: _Endpoint) -> _Endpoint:
    """Mark a credential endpoint (a login, a password check) whose service commits a short
    first step of its own (``commit_step``) before the slow password hash, and writes the rest
    in the request's transaction as usual. It is ``writes_late`` too: no lock is held while it
    hashes. Such an endpoint must not store idempotent responses (``carries_secrets``): a
    replay could not undo the first step. Apply below ``@router.post``."""
    setattr(endpoint, _COMMITS_IN_STEPS, True)
    return writes_late(endpoint)


async def commit_step(session: AsyncSession) -> None:
    """Commit what the request wrote so far, at once and for good, and go on in a new
    transaction (releasing SQLite's write lock meanwhile). Only on a ``commits_in_steps``
    route: a login reserves its attempt this way, so that concurrent attempts count it before
    any of them checks a password, and it stays counted whatever happens next."""
    if not session.info.get(_COMMITS_IN_STEPS):
        raise RuntimeError("commit_step outside a commits_in_steps route")
    await session.commit()
    await run_after_commit(session)


class UnitOfWorkRoute(FixedPathsFirst):
    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        methods = {m.upper() for m in kwargs.get("methods") or ()}
        stores = idempotency.stores_requests(endpoint)
        if "POST" in methods and stores:
            kwargs["dependencies"] = [
                *(kwargs.get("dependencies") or []),
                Depends(idempotency_guard),
            ]
        # Any unit of work may find the database busy (a lock not granted in time): 503.
        responses = dict(kwargs.get("responses") or {})
        responses.setdefault(503, busy_response())
        kwargs["responses"] = responses
        #: Whether a write takes SQLite's write lock before the handler (see ``writes_late``);
        #: set first: the base class builds the handler.
        self.lock_first = not getattr(endpoint, _WRITES_LATE, False)
        #: Whether the service may commit a first step of its own (see ``commits_in_steps``).
        self.in_steps = bool(getattr(endpoint, _COMMITS_IN_STEPS, False))
        if self.in_steps and stores:
            raise TypeError(f"{path}: a route that commits in steps cannot store responses")
        super().__init__(path, endpoint, **kwargs)
        #: Whether `Idempotency-Key` is honoured (the contract declares it: `core.openapi`).
        self.honours_idempotency = "POST" in methods and stores
        if "POST" in methods and not stores:
            self.description = f"{self.description}\n\n{idempotency.NOT_STORED_NOTE}".strip()
        #: Whether the route authenticates its caller (depends on ``current_subject``).
        self.requires_subject = _needs_subject(self.dependant)

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()
        json_body = self.body_field is not None and not _is_form(self)
        form_body = self.body_field is not None and _is_form(self)
        lock_first = self.lock_first
        in_steps = self.in_steps

        async def run(request: Request) -> Response:
            if json_body and request.method not in SAFE_METHODS:
                content_type = request.headers.get("content-type", "")
                if not _is_json(content_type) and (await request.body()):
                    raise UnsupportedMediaType(content_type=content_type or "(none)")
            database: Database = request.app.state.database
            # The caller is known once ``get_ctx`` ran; nothing of a previous request leaks.
            visible_to = visibility.current_subject.set(None)
            # Coordinates are answered in WGS-84 unless the route's ``coord_system`` asks.
            answer_in = geo.answer_system.set(geo.DEFAULT)
            try:
                return await serve(request, database)
            finally:
                visibility.current_subject.reset(visible_to)
                geo.answer_system.reset(answer_in)

        async def serve(request: Request, database: Database) -> Response:
            async with database.sessionmaker() as session:
                request.state.session = session
                session.info["request_id"] = current_request_id.get()
                if in_steps:
                    session.info[_COMMITS_IN_STEPS] = True
                if (
                    lock_first
                    and database.dialect == "sqlite"
                    and request.method not in SAFE_METHODS
                ):
                    if form_body:
                        await _receive_form(request)
                    # SQLite cannot upgrade a read snapshot to a write after another writer
                    # committed; taking the write lock first makes writers queue instead.
                    await begin_write(session)
                try:
                    response = await handler(request)
                except _Replay as replay:
                    await session.rollback()
                    return replay.response
                except AppError:
                    # A refused request normally leaves nothing behind; security events (a failed
                    # login, a reused refresh token) are the exception and ask to be kept.
                    if session.info.get("commit_on_error"):
                        await session.commit()
                    raise
                if response.status_code >= 400:
                    await session.rollback()
                    return response
                pending = getattr(request.state, "idempotency", None)
                if pending is None:
                    await session.commit()
                    await run_after_commit(session)
                    return response
                # The work first, so that its own conflicts keep their meaning; then the key.
                await session.flush()
                principal, key, print_ = pending
                idempotency.remember(
                    session,
                    principal=principal,
                    key=key,
                    print_=print_,
                    response=response,
                    ttl_seconds=request.app.state.settings.idempotency_ttl_seconds,
                    redact_fields=getattr(request.state, "idempotency_redact", frozenset()),
                )
                try:
                    await session.commit()
                except IntegrityError as exc:
                    # A concurrent request with the same key committed first (PostgreSQL, or
                    # a ``writes_late`` route on SQLite; otherwise SQLite's writers queue and
                    # the later one replays). Its response is stored now: a retry replays it.
                    raise IdempotencyInProgress() from exc
                await run_after_commit(session)
                return response

        return run


_AFTER_COMMIT = "after_commit"


def after_commit(session: AsyncSession, action: Callable[[], Awaitable[None]]) -> None:
    """Run ``action`` once the unit of work has committed (removing stored content that the
    committed rows no longer name, say); a rolled-back unit of work never runs it."""
    session.info.setdefault(_AFTER_COMMIT, []).append(action)


async def run_after_commit(session: AsyncSession) -> None:
    """What ``after_commit`` queued, called by the two places that commit: a request's unit of
    work and a job's run. First the planner statistics of what it wrote in bulk, so that the
    next request is planned for the data as it now is."""
    actions: list[Callable[[], Awaitable[None]]] = [
        lambda: statistics.refresh(session),
        *session.info.pop(_AFTER_COMMIT, []),
    ]
    for action in actions:
        # The change is committed and its answer is a success: an after-effect that fails (the
        # database went away a moment later, say) is logged, never turned into an error that
        # would make the client send a committed write again. Each one is also a sweep's job.
        try:
            await action()
        except Exception:
            log.exception("an after-commit action failed; the change itself is committed")


async def _receive_form(request: Request) -> None:
    """Receive and parse a form body (an upload) before the SQLite write lock is taken, so that
    a slow upload from a phone does not hold every other writer back. Starlette keeps both the
    body and the parsed form on the request, and FastAPI reads them from there; a body that does
    not parse is left for FastAPI to refuse (400) as it would have."""
    await request.body()
    with contextlib.suppress(Exception):
        await request.form()


def _needs_subject(dependant: Dependant) -> bool:
    return any(sub.call is current_subject or _needs_subject(sub) for sub in dependant.dependencies)


def _is_form(route: APIRoute) -> bool:
    from fastapi import params

    field_info = getattr(route.body_field, "field_info", None)
    return isinstance(field_info, params.Form | params.File)


CtxDep = Annotated[Ctx, Depends(get_ctx)]
SubjectDep = Annotated[Subject, Depends(current_subject)]
