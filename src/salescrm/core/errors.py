"""RFC 9457 problem details: the domain exceptions and the one renderer for every error.

Domain code raises an ``AppError`` subclass carrying its HTTP status and stable ``code``; the
handlers installed by ``install_error_handlers`` turn it, framework errors and database conflicts
into ``application/problem+json`` with a localized ``title`` and ``detail``.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlalchemy.orm.exc import StaleDataError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, Mount
from starlette.staticfiles import StaticFiles

from salescrm.core import i18n
from salescrm.core.context import current_request_id
from salescrm.core.db.engine import DatabaseUnreachableError
from salescrm.core.routing import sent_method
from salescrm.core.schemas import NUL_ERROR, NUL_MESSAGE

log = logging.getLogger("salescrm.errors")

PROBLEM_MEDIA_TYPE = "application/problem+json"


class FieldError(BaseModel):
    loc: list[str | int] = Field(examples=[["body", "list_price"]])
    msg: str = Field(examples=["Input should be greater than or equal to 0"])
    type: str = Field(examples=["greater_than_equal"])


class DuplicateMatch(BaseModel):
    """An existing record a create or update would duplicate, and the keys it matched on."""

    id: str = Field(examples=["0190c3f2-8d4e-7c1a-9b7e-3f5a2c1d0e9f"])
    matched_on: list[str] = Field(
        examples=[["name", "phone"]], description="credit_code, name, phone and/or email"
    )


class Problem(BaseModel):
    """An RFC 9457 problem document. The extension members below appear where they apply;
    ``code`` is the stable identifier a client branches on.

    Every extension the API sends is declared here, so the document is closed
    (``additionalProperties: false``): an open one leaves generated clients an untyped member.
    A new extension is declared here first (a test reads every `extensions=` in the code)."""

    model_config = ConfigDict(extra="forbid")

    type: str = Field(examples=["/errors/validation_error"])
    title: str = Field(examples=["Validation failed"])
    status: int = Field(examples=[422])
    detail: str = Field(examples=["The request has 1 invalid field(s); see 'errors'."])
    code: str = Field(examples=["validation_error"])
    instance: str | None = Field(default=None, examples=["/api/v1/products"])
    request_id: str | None = Field(
        default=None, description="The request's X-Request-ID, to quote in a support request."
    )
    errors: list[FieldError] | None = Field(
        default=None, description="422: each invalid field, with where it is and why."
    )
    duplicates: list[DuplicateMatch] | None = Field(
        default=None, description="409 `duplicate` of a customer: the records it would repeat."
    )
    field: str | None = Field(
        default=None, description="409 `duplicate`: the unique field whose value is taken."
    )
    cap: int | None = Field(default=None, description="409 of a claim: the owner's limit.")
    owned: int | None = Field(default=None, description="409 of a claim: customers owned now.")
    tier: str | None = Field(default=None, description="409 of a claim: the tier whose cap.")
    owned_by_you: bool | None = Field(
        default=None, description="409 of a claim: whether the caller owns it already."
    )
    available_at: datetime | None = Field(
        default=None,
        description="409 `claim_cooldown` / `claim_daily_limit`: when the caller may claim "
        "(again); 409 `reminded_recently`: when the approver may be reminded again. "
        "Retry-After says the same in seconds.",
    )
    conflicts_with: uuid.UUID | None = Field(
        default=None, description="409 `period_overlaps`: the request whose period it meets."
    )
    claimed: int | None = Field(
        default=None, description="409 `claim_daily_limit`: claims from the pool today."
    )
    parent_id: uuid.UUID | None = Field(
        default=None, description="409 `targets_unbalanced`: the target its children exceed."
    )
    value: str | None = Field(
        default=None,
        description="409 `targets_unbalanced`: that target's value (a decimal string).",
        examples=["100.00"],
    )
    children_total: str | None = Field(
        default=None,
        description="409 `targets_unbalanced`: what its children add up to (a decimal string).",
        examples=["121.00"],
    )


class AppError(Exception):
    """Base of every error the API reports on purpose."""

    status: int = 500
    code: str = "internal_error"
    detail_key: str = "internal_error"

    def __init__(
        self,
        detail_key: str | None = None,
        *,
        headers: Mapping[str, str] | None = None,
        errors: Sequence[Mapping[str, Any]] | None = None,
        extensions: Mapping[str, Any] | None = None,
        **params: object,
    ) -> None:
        self.detail_key = detail_key or self.detail_key
        self.params = params
        self.headers = dict(headers or {})
        self.errors = list(errors or [])
        self.extensions = dict(extensions or {})
        super().__init__(f"{self.code}: {self.detail_key} {params}")


class BadRequest(AppError):
    status, code, detail_key = 400, "malformed_request", "malformed_json"


class Unauthorized(AppError):
    status, code, detail_key = 401, "unauthorized", "unauthorized"


class Forbidden(AppError):
    status, code, detail_key = 403, "forbidden", "forbidden_action"


class NotFound(AppError):
    status, code, detail_key = 404, "not_found", "record_not_found"


class Conflict(AppError):
    status, code, detail_key = 409, "conflict", "integrity_conflict"


class Duplicate(Conflict):
    code, detail_key = "duplicate", "duplicate_field"


class IdConflict(Conflict):
    """A create's client-chosen id is taken by a record the caller may not get back by
    repeating the create: one answer whatever holds it, so it tells that and nothing else."""

    code = detail_key = "id_conflict"


class Gone(AppError):
    """What a request names was there once and is no more (a sync cursor from before the
    events it needs were purged)."""

    status, code, detail_key = 410, "gone", "sync_cursor_expired"


class PreconditionFailed(AppError):
    status, code, detail_key = 412, "precondition_failed", "stale_version"


class PreconditionRequired(AppError):
    status, code, detail_key = 428, "precondition_required", "if_match_required"


class PayloadTooLarge(AppError):
    status, code, detail_key = 413, "payload_too_large", "body_too_large"


class UnsupportedMediaType(AppError):
    status, code, detail_key = 415, "unsupported_media_type", "json_required"


class ValidationFailed(AppError):
    """A 422 raised by domain code; ``errors`` name the offending fields."""

    status, code, detail_key = 422, "validation_error", "validation_error"

    @classmethod
    def of(cls, errors: Sequence[Mapping[str, Any]]) -> ValidationFailed:
        return cls(errors=errors, count=len(errors))

    @classmethod
    def field(
        cls, loc: Sequence[str | int], msg: str, error_type: str = "value_error"
    ) -> ValidationFailed:
        return cls.of([{"loc": list(loc), "msg": msg, "type": error_type}])


def unknown_reference(
    loc: Sequence[str | int], what: str, msg: str | None = None
) -> ValidationFailed:
    """The one answer for a record a request names in its body (or in the query of a write)
    that does not exist, is deleted, or is outside the caller's data scope: a 422 naming the
    field (``type: not_found``), the same for each case so that it tells nothing about records
    the caller cannot see. A record in the path is a ``NotFound`` (404) instead; a referenced
    record the caller may read but not change is a ``Forbidden`` (403): that is a permission."""
    return ValidationFailed.field(loc, msg or f"No such {what}", "not_found")


class DatabaseBusy(AppError):
    """A lock another transaction holds was not granted within the lock timeout."""

    status, code, detail_key = 503, "database_busy", "database_busy"


#: What a 503 for a database that cannot be reached asks the client to wait, in seconds.
UNAVAILABLE_RETRY_AFTER_SECONDS = 5


class DatabaseUnavailable(AppError):
    """The database cannot be reached: down, restarting, or the connection broke mid-request.

    Whatever the request did was rolled back, unless the connection broke during its commit, the
    one moment nobody can tell; ``Idempotency-Key`` makes the retry safe either way."""

    status, code, detail_key = 503, "database_unavailable", "database_down"

    def __init__(self, detail_key: str | None = None, **kwargs: Any) -> None:
        retry = UNAVAILABLE_RETRY_AFTER_SECONDS
        kwargs.setdefault("headers", {"Retry-After": str(retry)})
        kwargs.setdefault("retry_after", retry)
        super().__init__(detail_key, **kwargs)


class IdempotencyKeyReused(AppError):
    status, code, detail_key = 422, "idempotency_key_reused", "idempotency_key_reused"


class IdempotencyInProgress(AppError):
    status, code, detail_key = 409, "idempotency_in_progress", "idempotency_in_progress"


def problem_body(
    request: Request | None,
    *,
    status: int,
    code: str,
    detail_key: str,
    params: Mapping[str, object] | None = None,
    errors: Sequence[Mapping[str, Any]] = (),
    extensions: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    lang = i18n.current_language.get()
    request_id = current_request_id.get()
    all_params: dict[str, object] = {"request_id": request_id, **(params or {})}
    body: dict[str, Any] = {
        "type": f"/errors/{code}",
        "title": i18n.title(code, lang),
        "status": status,
        "detail": i18n.detail(detail_key, lang, all_params),
        "code": code,
    }
    if request is not None:
        body["instance"] = request.url.path
    if request_id:
        body["request_id"] = request_id
    if errors:
        body["errors"] = [
            {
                "loc": list(e["loc"]),
                "msg": i18n.validation_message(str(e.get("type", "")), str(e["msg"]), lang),
                "type": str(e.get("type", "value_error")),
            }
            for e in errors
        ]
    body.update(extensions or {})
    return body


def problem_response(
    request: Request | None,
    *,
    status: int,
    code: str,
    detail_key: str,
    params: Mapping[str, object] | None = None,
    errors: Sequence[Mapping[str, Any]] = (),
    extensions: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Response:
    body = problem_body(
        request,
        status=status,
        code=code,
        detail_key=detail_key,
        params=params,
        errors=errors,
        extensions=extensions,
    )
    all_headers = {"Content-Language": i18n.current_language.get(), **(headers or {})}
    return Response(
        content=json.dumps(body, ensure_ascii=False, default=str),
        status_code=status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=all_headers,
    )


def _from_app_error(request: Request, exc: AppError) -> Response:
    params = dict(exc.params)
    if exc.errors and "count" not in params:
        params["count"] = len(exc.errors)
    return problem_response(
        request,
        status=exc.status,
        code=exc.code,
        detail_key=exc.detail_key,
        params=params,
        errors=exc.errors,
        extensions=exc.extensions,
        headers=exc.headers,
    )


async def _app_error_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, AppError)  # noqa: S101 - registered for AppError only
    return _from_app_error(request, exc)


def _clean_loc(loc: Sequence[Any]) -> list[str | int]:
    return [part if isinstance(part, int) else str(part) for part in loc]


async def _validation_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)  # noqa: S101
    raw = list(exc.errors())
    if any(e.get("type") == "json_invalid" for e in raw):
        return _from_app_error(request, BadRequest("malformed_json"))
    errors = [
        {"loc": _clean_loc(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
        for e in raw
    ]
    return _from_app_error(request, ValidationFailed.of(errors))


async def _http_exception_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)  # noqa: S101
    params: dict[str, object] = {"path": request.url.path, "method": sent_method(request.scope)}
    if exc.status_code == 404:
        return problem_response(
            request, status=404, code="not_found", detail_key="route_not_found", params=params
        )
    if exc.status_code == 405:
        allowed = allowed_methods(request.app.router.routes, request)
        return problem_response(
            request,
            status=405,
            code="method_not_allowed",
            detail_key="method_not_allowed",
            params=params,
            headers={**(exc.headers or {}), **({"Allow": ", ".join(allowed)} if allowed else {})},
        )
    code = {400: "malformed_request", 401: "unauthorized", 403: "forbidden"}.get(
        exc.status_code, "internal_error" if exc.status_code >= 500 else "malformed_request"
    )
    return problem_response(
        request,
        status=exc.status_code,
        code=code,
        detail_key=str(exc.detail),
        params=params,
        headers=exc.headers,
    )


#: The methods a path is probed for when a 405 names what it allows.
_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def allowed_methods(routes: Sequence[BaseRoute], request: Request) -> list[str]:
    """Every method the request's path answers (RFC 9110 ``Allow``).

    Starlette's own 405 names the methods of the first route that matched the path only, while
    one path is usually several routes (a list and a create), so every method is tried against
    the whole routing table here, once for the application, through the routes' public
    ``matches``. A static-file mount answers GET and HEAD, and so does every path with a GET
    (``core.routing.HeadAsGet``).
    """
    allowed: list[str] = []
    for method in _METHODS:
        probe = {
            "type": "http",
            "method": method,
            "path": request.scope["path"],
            "root_path": request.scope.get("root_path", ""),
            "headers": [],
        }
        for route in routes:
            if isinstance(route, Mount):
                static = isinstance(route.app, StaticFiles) and method in ("GET", "HEAD")
                if static and route.matches(probe)[0] is Match.FULL:
                    allowed.append(method)
                    break
            elif route.matches(probe)[0] is Match.FULL:
                allowed.append(method)
                break
    if "GET" in allowed and "HEAD" not in allowed:
        allowed.insert(allowed.index("GET") + 1, "HEAD")
    return allowed


async def _integrity_handler(request: Request, exc: Exception) -> Response:
    log.warning("integrity error not mapped by a repository: %s", exc)
    return _from_app_error(request, Conflict())


async def _stale_handler(request: Request, exc: Exception) -> Response:
    return _from_app_error(request, PreconditionFailed("concurrent_update"))


#: SQLSTATEs of text the database cannot store: 22021 ``character_not_in_repertoire`` (a NUL
#: byte in text) and 22P05 ``untranslatable_character`` (``\u0000`` in JSON).
_UNSTORABLE_TEXT = frozenset({"22021", "22P05"})
_UNSTORABLE_NAMES = frozenset({"CharacterNotInRepertoireError", "UntranslatableCharacterError"})


def is_unstorable_text(exc: DBAPIError) -> bool:
    """Whether the database refused a value's characters (a NUL that slipped past validation)."""
    orig = exc.orig
    codes = {getattr(orig, "sqlstate", None), getattr(orig, "pgcode", None)}
    cause = getattr(orig, "__cause__", None)
    names = {type(orig).__name__, type(cause).__name__ if cause is not None else ""}
    message = str(orig)
    return (
        bool(codes & _UNSTORABLE_TEXT)
        or bool(names & _UNSTORABLE_NAMES)
        or ("invalid byte sequence" in message and "0x00" in message)
    )


#: SQLSTATE 55P03 ``lock_not_available``: PostgreSQL stopped waiting for a lock
#: (``lock_timeout``, ``NOWAIT``).
_LOCK_NOT_AVAILABLE = "55P03"
#: SQLite's primary result codes for a lock it could not get: SQLITE_BUSY, SQLITE_LOCKED.
_SQLITE_BUSY_CODES = frozenset({5, 6})
#: What a 503 for a busy database asks the client to wait, in seconds.
BUSY_RETRY_AFTER_SECONDS = 2


def is_lock_timeout(exc: DBAPIError) -> bool:
    """Whether the database gave up waiting for a lock another transaction holds: SQLite's
    "database is locked" once its busy timeout ran out, PostgreSQL's ``lock_timeout``."""
    orig = exc.orig
    codes = {getattr(orig, "sqlstate", None), getattr(orig, "pgcode", None)}
    if _LOCK_NOT_AVAILABLE in codes:
        return True
    sqlite_code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(sqlite_code, int):
        return sqlite_code & 0xFF in _SQLITE_BUSY_CODES
    return "database is locked" in str(orig)


#: SQLSTATEs of a server going away under a connection: class 08 (connection exception) and
#: 57P01-57P03 (``admin_shutdown``, ``crash_shutdown``, ``cannot_connect_now``).
_SERVER_GONE = frozenset({"57P01", "57P02", "57P03"})


def is_connection_lost(exc: DBAPIError) -> bool:
    """Whether the statement failed because the database went away (a restart, a crash, a
    network cut), not because of what it asked: SQLAlchemy's own disconnect detection, or the
    SQLSTATE of a shutdown."""
    if exc.connection_invalidated:
        return True
    orig = exc.orig
    cause = getattr(orig, "__cause__", None)  # the asyncpg error behind SQLAlchemy's adapter
    codes = {
        getattr(orig, "sqlstate", None),
        getattr(orig, "pgcode", None),
        getattr(cause, "sqlstate", None),
    }
    return any(
        isinstance(code, str) and (code in _SERVER_GONE or code.startswith("08")) for code in codes
    )


async def _unreachable_handler(request: Request, exc: Exception) -> Response:
    """No connection could be opened (``core.db.engine``): the database is down or restarting."""
    log.warning("database unreachable: %s", exc)
    return _from_app_error(request, DatabaseUnavailable(reason=str(exc)))


async def _pool_timeout_handler(request: Request, exc: Exception) -> Response:
    """No pooled connection came free within the connect timeout: the database is busy."""
    log.warning("no database connection free in time: %s", exc)
    retry = BUSY_RETRY_AFTER_SECONDS
    return _from_app_error(
        request, DatabaseBusy(headers={"Retry-After": str(retry)}, retry_after=retry)
    )


async def _dbapi_handler(request: Request, exc: Exception) -> Response:
    """Database errors that are not faults of the server: a NUL character the database refused
    is bad input (422); a lock not granted within the lock timeout means the database is busy
    (503 with ``Retry-After``: nothing was written, the request may simply be sent again); a
    connection the database dropped (a restart) is ``DatabaseUnavailable`` (503 too).

    Request models refuse NUL up front; this is the last line of defence. Any other database
    error is re-raised and answered as the usual 500.
    """
    assert isinstance(exc, DBAPIError)  # noqa: S101 - registered for DBAPIError only
    if is_connection_lost(exc):
        log.warning("database connection lost: %s", exc.orig)
        return _from_app_error(request, DatabaseUnavailable(reason=type(exc.orig).__name__))
    if is_lock_timeout(exc):
        log.warning("lock not granted in time: %s", exc.orig)
        retry = BUSY_RETRY_AFTER_SECONDS
        return _from_app_error(
            request, DatabaseBusy(headers={"Retry-After": str(retry)}, retry_after=retry)
        )
    if not is_unstorable_text(exc):
        raise exc
    log.warning("database refused a character of the input: %s", exc.orig)
    return _from_app_error(
        request,
        ValidationFailed.field(["request"], NUL_MESSAGE, NUL_ERROR),
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(AppError, _app_error_handler)
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(StarletteHTTPException, _http_exception_handler)
    app.add_exception_handler(IntegrityError, _integrity_handler)
    app.add_exception_handler(StaleDataError, _stale_handler)
    app.add_exception_handler(DBAPIError, _dbapi_handler)
    app.add_exception_handler(PoolTimeoutError, _pool_timeout_handler)
    app.add_exception_handler(DatabaseUnreachableError, _unreachable_handler)


BUSY_DESCRIPTION = (
    "The database is busy (`database_busy`: a lock or a connection was not granted in time; "
    "nothing was changed) or cannot be reached (`database_unavailable`: it is down or "
    "restarting). Send the request again after Retry-After seconds; with an Idempotency-Key "
    "a write is never applied twice."
)


def busy_response() -> dict[str, Any]:
    """The OpenAPI response of a database that is busy (503), which any unit of work may meet."""
    return {
        "model": Problem,
        "description": BUSY_DESCRIPTION,
        "headers": {
            "Retry-After": {
                "description": "Seconds to wait before sending the request again.",
                "schema": {"type": "integer"},
            }
        },
    }


#: What each error status means, as the OpenAPI document says it.
ERROR_DESCRIPTIONS = {
    400: "Malformed request (e.g. invalid JSON)",
    401: "Missing, invalid, expired or revoked credentials",
    403: "The caller lacks the permission for this operation",
    404: "Not found, or outside the caller's data scope",
    409: "Conflict with the current state (e.g. duplicate)",
    410: "Gone: what the request names is no longer kept",
    412: "If-Match does not match the current version",
    413: "Request body too large",
    415: "Unsupported content type",
    422: "Validation failed; 'errors' names each field",
    428: "If-Match required",
    429: "Rate limited; see Retry-After",
    431: "Request headers too large (SALESCRM_MAX_HEADER_BYTES in all)",
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for the listed error statuses, all rendered as problem+json."""
    return {
        s: {"model": Problem, "description": ERROR_DESCRIPTIONS.get(s, "Error")} for s in statuses
    }
