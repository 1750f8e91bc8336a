"""The published contract: FastAPI's schema, errors as problem+json, written deterministically."""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from salescrm.core.errors import ERROR_DESCRIPTIONS, PROBLEM_MEDIA_TYPE

_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}


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
    for path_item in schema.get("paths", {}).values():
        for operation in path_item.values():
            _document_malformed_body(operation)
            for status, response in operation.get("responses", {}).items():
                if status == "default" or int(status) >= 400:
                    content = response.setdefault("content", {})
                    media = content.pop("application/json", None) or {"schema": _PROBLEM_REF}
                    media["schema"] = _PROBLEM_REF
                    content[PROBLEM_MEDIA_TYPE] = media
    components = schema.get("components", {}).get("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        components.pop(unused, None)
    app.openapi_schema = schema
    return schema


def render(app: FastAPI) -> str:
    """The spec as committed in ``openapi/openapi.json`` (stable key order, trailing newline)."""
    return json.dumps(build_openapi(app), indent=2, ensure_ascii=False) + "\n"
