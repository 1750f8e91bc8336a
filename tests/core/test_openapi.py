"""The committed contract is the generated one; operation ids are stable and unique."""

from __future__ import annotations

import json
import re
from pathlib import Path

from salescrm.app import create_app
from salescrm.core.openapi import render

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "openapi.json"


def test_committed_spec_is_current() -> None:
    assert SPEC.read_text(encoding="utf-8") == render(create_app()), (
        "openapi/openapi.json is stale: run `salescrm openapi` and commit the result"
    )


def test_operation_ids_are_unique_and_follow_the_convention() -> None:
    spec = json.loads(render(create_app()))
    operations = [op for item in spec["paths"].values() for op in item.values()]
    ids = [op["operationId"] for op in operations]
    assert len(ids) > 30
    assert len(ids) == len(set(ids))
    for operation in operations:
        assert operation["tags"], operation["operationId"]
        assert re.fullmatch(r"[a-z]+(_[a-z]+)+", operation["operationId"]), operation["operationId"]


def test_protected_operations_declare_their_credentials() -> None:
    spec = json.loads(render(create_app()))
    schemes = spec["components"]["securitySchemes"]
    assert {"OAuth2PasswordBearer", "APIKeyHeader"} <= set(schemes)
    assert "security" in spec["paths"]["/api/v1/products"]["get"]
    assert "security" not in spec["paths"]["/api/v1/auth/token"]["post"]


def test_errors_are_documented_as_problem_json() -> None:
    spec = json.loads(render(create_app()))
    create = spec["paths"]["/api/v1/products"]["post"]
    for status in ("409", "412", "413", "415", "422"):
        if status in create["responses"]:
            content = create["responses"][status]["content"]
            assert list(content) == ["application/problem+json"], status
    assert {"400", "409", "422"} <= set(create["responses"])
    assert "HTTPValidationError" not in spec["components"]["schemas"]
