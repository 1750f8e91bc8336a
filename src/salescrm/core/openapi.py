"""The published contract: FastAPI's schema, completed where the framework leaves gaps.

One pass over the generated document, keyed off what each route is, not edits per route:
errors as problem+json; ``Retry-After`` on every 429 and 503; ``Idempotency-Key`` on every POST
the unit of work makes idempotent, and ``Idempotent-Replayed`` on its successful answers; file
parts of multipart bodies and binary responses as ``type: string, format: binary`` (what
generated clients need to send and receive bytes); optional parameters as absent rather than
``null``; framework-chosen schema names replaced by
ours. The document is written deterministically (``render``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import iter_route_contexts

from salescrm.core.errors import ERROR_DESCRIPTIONS, PROBLEM_MEDIA_TYPE
from salescrm.core.pagination import OMIT
from salescrm.core.references import REFERENCE
from salescrm.core.schemas import NO_NUL_PATTERN, NOT_SPACE

_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
_REF_PREFIX = "#/components/schemas/"
_BINARY = {"type": "string", "format": "binary"}
_JSON_MEDIA_TYPES = ("application/json", PROBLEM_MEDIA_TYPE)

#: The response headers of the contract, each documented once.
HEADERS: dict[str, dict[str, Any]] = {
    "ETag": {
        "description": 'The record\'s version as an entity tag ("3"); send it as `If-Match`.',
        "schema": {"type": "string", "examples": ['"3"']},
    },
    "Location": {
        "description": "The path of the record created.",
        "schema": {"type": "string", "examples": ["/api/v1/customers/0190c3f2-…"]},
    },
    "Idempotent-Replayed": {
        "description": "`true` when this is the stored answer to an earlier request with the "
        "same `Idempotency-Key` (nothing was done again).",
        "schema": {"type": "string", "enum": ["true"]},
    },
    "Retry-After": {
        "description": "Seconds to wait before sending the request again.",
        "schema": {"type": "integer", "minimum": 0},
    },
}

IDEMPOTENCY_KEY_PARAMETER: dict[str, Any] = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "description": "Any unique string (a UUID): the same key with the same body within 24 h "
    "replays the first answer (with `Idempotent-Replayed: true`) and does nothing again; the "
    "same key with another body is a 422.",
    # Not blank, as the server's strip() sees it (no ``\S``: engines disagree on what it is).
    "schema": {"type": "string", "minLength": 1, "maxLength": 255, "pattern": NOT_SPACE},
}

#: Request body schemas FastAPI names ``Body_<operation id>``: the names we publish instead.
BODY_NAMES = {
    "Body_auth_token": "TokenForm",
    "Body_files_upload": "FileUpload",
    "Body_imports_create": "ImportUpload",
}


def response_headers(*names: str) -> dict[str, dict[str, Any]]:
    """The ``headers`` of an OpenAPI response that sends these (``ETag``, ``Location`` …)."""
    return {name: HEADERS[name] for name in names}


def _operations(schema: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for path_item in schema.get("paths", {}).values():
        yield from path_item.values()


def _problems(operation: dict[str, Any]) -> None:
    """Every error answer is problem+json; 429 and 503 say when to come back."""
    for status, response in operation.get("responses", {}).items():
        if status == "default" or int(status) >= 400:
            content = response.setdefault("content", {})
            media = content.pop("application/json", None) or {"schema": _PROBLEM_REF}
            media["schema"] = _PROBLEM_REF
            content[PROBLEM_MEDIA_TYPE] = media
        if status in ("429", "503"):
            response.setdefault("headers", {}).setdefault("Retry-After", HEADERS["Retry-After"])


def _binary_responses(operation: dict[str, Any]) -> None:
    """A response that is not JSON (an export, a file's content, a calendar) is bytes."""
    for response in operation.get("responses", {}).values():
        for media_type, media in response.get("content", {}).items():
            if media_type not in _JSON_MEDIA_TYPES and not media.get("schema"):
                media["schema"] = dict(_BINARY)


def _binary_parts(schema: dict[str, Any], components: dict[str, Any]) -> None:
    """File parts of multipart bodies as ``format: binary``: under OpenAPI 3.1 Pydantic writes
    ``contentMediaType``, which the generators read as a text field (the Python client then
    sends the file as text and gets 422)."""
    for operation in _operations(schema):
        content = operation.get("requestBody", {}).get("content", {})
        body = content.get("multipart/form-data", {}).get("schema")
        if body is None:
            continue
        target = components[body["$ref"].removeprefix(_REF_PREFIX)] if "$ref" in body else body
        for name, prop in target.get("properties", {}).items():
            target["properties"][name] = _as_binary(prop)


def _as_binary(prop: dict[str, Any]) -> dict[str, Any]:
    if "contentMediaType" in prop:
        kept = {k: v for k, v in prop.items() if k not in ("contentMediaType", "type")}
        return {**kept, **_BINARY}
    if prop.get("type") == "array" and isinstance(prop.get("items"), dict):
        return {**prop, "items": _as_binary(prop["items"])}
    for union in ("anyOf", "oneOf"):
        if union in prop:
            return {**prop, union: [_as_binary(p) for p in prop[union]]}
    return prop


#: The 422 of an operation that takes ``Idempotency-Key``, where it has no 422 of its own.
IDEMPOTENCY_KEY_REFUSED = (
    "`idempotency_key_reused`: the `Idempotency-Key` was sent before with another request "
    "(another body or query); or the key is not 1 to 255 characters."
)


def _idempotency(schema: dict[str, Any], routes: list[Any]) -> None:
    """``Idempotency-Key`` on each POST the unit of work makes idempotent (``UnitOfWorkRoute``
    sets ``honours_idempotency``; a route that ``carries_secrets`` does not), and
    ``Idempotent-Replayed`` on its successful answers. The key makes any such POST a possible
    422 (a key reused with another request), even one that takes no input of its own."""
    paths = schema.get("paths", {})
    for route in iter_route_contexts(routes):
        if not getattr(route.original_route, "honours_idempotency", False):
            continue
        operation = paths.get(route.path_format or "", {}).get("post")
        if operation is None:
            continue
        parameters = operation.setdefault("parameters", [])
        if not any(p.get("name") == IDEMPOTENCY_KEY_PARAMETER["name"] for p in parameters):
            parameters.append(IDEMPOTENCY_KEY_PARAMETER)
        responses = operation.setdefault("responses", {})
        for status, response in responses.items():
            if status.startswith("2"):
                headers = response.setdefault("headers", {})
                headers["Idempotent-Replayed"] = HEADERS["Idempotent-Replayed"]
        if "422" not in responses:
            responses["422"] = {
                "description": IDEMPOTENCY_KEY_REFUSED,
                "content": {PROBLEM_MEDIA_TYPE: {"schema": _PROBLEM_REF}},
            }
            operation["responses"] = dict(
                sorted(responses.items(), key=lambda item: (not item[0].isdigit(), item[0]))
            )


def _rename(node: Any, names: dict[str, str]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.removeprefix(_REF_PREFIX) in names:
            node = {**node, "$ref": _REF_PREFIX + names[ref.removeprefix(_REF_PREFIX)]}
        return {key: _rename(value, names) for key, value in node.items()}
    if isinstance(node, list):
        return [_rename(item, names) for item in node]
    return node


def _our_names(schema: dict[str, Any]) -> dict[str, Any]:
    components = schema.get("components", {}).get("schemas", {})
    names = {old: new for old, new in BODY_NAMES.items() if old in components}
    for old, new in names.items():
        if new in components:
            raise ValueError(f"{old} cannot be renamed: {new} is taken")
        components[new] = components.pop(old)
        components[new]["title"] = new
    schema["components"]["schemas"] = dict(sorted(components.items()))
    renamed: dict[str, Any] = _rename(schema, names)
    return renamed


def _document_header_limit(operation: dict[str, Any]) -> None:
    """Any request whose headers pass ``SALESCRM_MAX_HEADER_BYTES`` is refused before it is
    routed (``core.middleware``), whatever the operation: documented once here."""
    responses = operation.setdefault("responses", {})
    responses.setdefault("431", {"description": ERROR_DESCRIPTIONS[431]})
    operation["responses"] = dict(
        sorted(responses.items(), key=lambda item: (not item[0].isdigit(), item[0]))
    )


def _document_malformed_body(operation: dict[str, Any]) -> None:
    """Any operation that reads a body answers 400 when the body cannot be parsed (invalid
    JSON, a broken multipart form): documented once here rather than by every route."""
    responses = operation.get("responses", {})
    if "requestBody" not in operation or "400" in responses:
        return
    responses["400"] = {"description": ERROR_DESCRIPTIONS[400]}
    operation["responses"] = dict(
        sorted(responses.items(), key=lambda item: (not item[0].isdigit(), item[0]))
    )


def _absent_not_null(operation: dict[str, Any]) -> None:
    """A path, query or header parameter is sent or left out; it cannot be ``null`` (a client
    told it may sends the text ``null``, which the parameter's own type rejects). FastAPI writes
    an optional parameter as ``anyOf: [T, null]``: it is published as ``T``, not required. A
    parameter marked ``OMIT`` (``q`` where a list has no search) is left out."""
    operation["parameters"] = [
        parameter
        for parameter in operation.get("parameters", [])
        if not parameter.get("schema", {}).get(OMIT)
    ]
    if not operation["parameters"]:
        del operation["parameters"]
    for parameter in operation.get("parameters", []):
        schema = parameter.get("schema", {})
        options = schema.get("anyOf")
        if not options or {"type": "null"} not in options:
            continue
        rest = [option for option in options if option != {"type": "null"}]
        del schema["anyOf"]
        if len(rest) == 1:
            parameter["schema"] = {**rest[0], **schema}
        else:
            schema["anyOf"] = rest


#: Request media types whose fields the server parses as text (and refuses NUL in).
_TEXT_BODIES = ("application/json", "application/x-www-form-urlencoded")


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref.removeprefix(_REF_PREFIX)
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _state_no_nul(node: Any) -> None:
    """Give every free-text string below ``node`` the pattern that refuses NUL; a string with a
    pattern of its own states it there (``core.schemas.NO_NUL_PATTERN``), one with a format or
    an enum cannot hold NUL anyway."""
    if isinstance(node, list):
        for item in node:
            _state_no_nul(item)
        return
    if not isinstance(node, dict):
        return
    if node.get("type") == "string" and not {"pattern", "format", "enum", "const"} & node.keys():
        node["pattern"] = NO_NUL_PATTERN
    for key, value in node.items():
        if key not in ("examples", "default", "example"):
            _state_no_nul(value)


def _no_nul(schema: dict[str, Any]) -> None:
    """The server refuses NUL in every query parameter and in every field of a JSON or form
    body (``core.schemas.NoNulModel``: PostgreSQL cannot store it): stated in the contract, so
    a client (or a contract fuzzer) is not told such a string is valid."""
    components = schema.get("components", {}).get("schemas", {})
    pending: list[str] = []
    for operation in _operations(schema):
        for parameter in operation.get("parameters", []):
            if parameter.get("in") == "query":
                _state_no_nul(parameter.get("schema"))
        content = operation.get("requestBody", {}).get("content", {})
        for media_type in _TEXT_BODIES:
            if media_type in content:
                pending.extend(_refs(content[media_type]))
                _state_no_nul(content[media_type].get("schema"))
    seen: set[str] = set()
    while pending:
        name = pending.pop()
        if name in seen or name not in components:
            continue
        seen.add(name)
        _state_no_nul(components[name])
        pending.extend(_refs(components[name]))


def _references_required(components: dict[str, Any]) -> None:
    """A reference summary (``core.references``) is in every answer, null when its id is:
    required, so a generated client types it ``Ref | null`` rather than optional."""
    for component in components.values():
        properties = component.get("properties", {})
        marked = [name for name, prop in properties.items() if REFERENCE in prop]
        if marked:
            required = component.setdefault("required", [])
            required.extend(name for name in marked if name not in required)


def build_openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
        tags=app.openapi_tags,
    )
    for operation in _operations(schema):
        _document_malformed_body(operation)
        _document_header_limit(operation)
        _absent_not_null(operation)
        _problems(operation)
        _binary_responses(operation)
    components = schema.get("components", {}).get("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        components.pop(unused, None)
    _binary_parts(schema, components)
    _references_required(components)
    _no_nul(schema)
    _idempotency(schema, list(app.routes))
    schema = _our_names(schema)
    app.openapi_schema = schema
    return schema


def render(app: FastAPI) -> str:
    """The spec as committed in ``openapi/openapi.json`` (stable key order, trailing newline)."""
    return json.dumps(build_openapi(app), indent=2, ensure_ascii=False) + "\n"
