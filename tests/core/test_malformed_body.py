"""Malformed JSON is a 400 problem on every operation that reads a JSON body, and documented
there (issue 13, "Bad input"): a client can tell a body it failed to encode (400) from a body
that breaks a rule (422)."""

from __future__ import annotations

import re
import uuid
from typing import Any

import httpx

from salescrm.core.errors import PROBLEM_MEDIA_TYPE

BROKEN = b'{"name": "unterminated'


def body_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if "requestBody" in operation
    ]


def test_every_operation_with_a_body_documents_400(app: Any) -> None:
    operations = body_operations(app.openapi())
    assert len(operations) > 50
    for method, path, operation in operations:
        response = operation["responses"].get("400")
        assert response is not None, f"{method} {path} does not document 400"
        assert response["content"][PROBLEM_MEDIA_TYPE]["schema"] == {
            "$ref": "#/components/schemas/Problem"
        }


async def test_malformed_json_is_400_on_every_json_operation(
    client: httpx.AsyncClient, app: Any
) -> None:
    filler = str(uuid.uuid4())
    json_operations = [
        (method, path)
        for method, path, operation in body_operations(app.openapi())
        if "application/json" in operation["requestBody"]["content"]
    ]
    assert len(json_operations) > 50
    for method, path in json_operations:
        url = re.sub(r"\{[^}]+\}", filler, path)
        response = await client.request(
            method, url, content=BROKEN, headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 400, (method, path, response.text)
        assert response.headers["content-type"].startswith(PROBLEM_MEDIA_TYPE)
        body = response.json()
        assert body["code"] == "malformed_request", (method, path)
        assert body["status"] == 400
