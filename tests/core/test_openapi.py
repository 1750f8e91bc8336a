"""The committed contract is the generated one; operation ids are stable and unique."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.routing import APIRoute

from salescrm.app import create_app
from salescrm.core.openapi import render

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "openapi.json"


def test_committed_spec_is_current() -> None:
    assert SPEC.read_text(encoding="utf-8") == render(create_app()), (
        "openapi/openapi.json is stale: run `salescrm openapi` and commit the result"
    )


def test_operation_ids_are_unique_and_follow_the_convention() -> None:
    spec = json.loads(render(create_app()))
    ids = [op["operationId"] for item in spec["paths"].values() for op in item.values()]
    assert len(ids) == len(set(ids))
    routes = [r for r in create_app().routes if isinstance(r, APIRoute)]
    for route in routes:
        assert route.tags, route.path
        assert route.name.split("_")[0], route.path


def test_errors_are_documented_as_problem_json() -> None:
    spec = json.loads(render(create_app()))
    create = spec["paths"]["/api/v1/products"]["post"]
    for status in ("409", "412", "413", "415", "422"):
        if status in create["responses"]:
            content = create["responses"][status]["content"]
            assert list(content) == ["application/problem+json"], status
    assert {"400", "409", "422"} <= set(create["responses"])
    assert "HTTPValidationError" not in spec["components"]["schemas"]
