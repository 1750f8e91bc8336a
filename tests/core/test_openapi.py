"""The committed contract is the generated one; operation ids are stable and unique."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from salescrm.app import create_app
from salescrm.core.openapi import render
from salescrm.core.schemas import RequestModel
from salescrm.core.visibility import MARK

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "openapi.json"
#: What makes a property schema say what its values are.
TYPED = {"type", "$ref", "anyOf", "allOf", "oneOf", "enum", "const"}
#: Properties that accept any JSON value by design.
ANY_VALUE = {("RuleCondition", "value")}


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


@cache
def _components() -> dict[str, dict[str, Any]]:
    schemas: dict[str, dict[str, Any]] = json.loads(render(create_app()))["components"]["schemas"]
    return schemas


def test_every_component_schema_describes_its_fields() -> None:
    """A model whose serialization schema is erased is published as ``{}``, and a generated
    client types it as ``unknown`` (a wrap ``model_serializer`` returning ``Any`` does that)."""
    schemas = _components()
    assert len(schemas) > 30
    for name, schema in schemas.items():
        assert schema, f"{name} is an empty schema"
        assert "type" in schema, name
        if schema["type"] == "object":
            assert schema.get("properties"), f"{name} has no properties"
            for field, prop in schema["properties"].items():
                if (name, field) not in ANY_VALUE:
                    assert TYPED & prop.keys(), f"{name}.{field} is untyped: {prop}"


@pytest.mark.parametrize(
    ("model", "field"),
    [
        ("ProductOut", "standard_cost"),
        ("LineItemOut", "cost"),
        ("ContractLineItemOut", "unit_cost"),
        ("OpportunityOut", "margin"),
        ("OpportunityOut", "margin_percent"),
        ("ContractOut", "cost"),
    ],
)
def test_a_restricted_field_is_typed_optional_and_marked(model: str, field: str) -> None:
    schema = _components()[model]
    prop = schema["properties"][field]
    assert prop[MARK] == "margin:read"
    assert field not in schema.get("required", [])
    assert {"type": "string", "examples": ["12500.00"]} in prop["anyOf"]
    assert "id" in schema["required"]


def test_marked_properties_are_never_required() -> None:
    for name, schema in _components().items():
        for field, prop in schema.get("properties", {}).items():
            if MARK in prop:
                assert field not in schema.get("required", []), f"{name}.{field}"


def _models(cls: type[BaseModel]) -> set[type[BaseModel]]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub} | _models(sub)
    return found


def test_every_marked_output_field_is_hidden_without_its_permission() -> None:
    """``x-requires-permission`` on a response field documents ``exclude_if``; a field marked
    by hand without it would be shown to everyone (``restricted``/``restricted_property``)."""
    create_app()
    marked = 0
    for model in _models(BaseModel):
        if not model.__module__.startswith("salescrm.") or issubclass(model, RequestModel):
            continue
        for name, info in {**model.model_fields, **model.model_computed_fields}.items():
            extra = info.json_schema_extra
            if isinstance(extra, dict) and MARK in extra:
                marked += 1
                assert info.exclude_if is not None, f"{model.__name__}.{name}"
    assert marked >= 10
