"""What the published schema admits, the server accepts; what it refuses, the server refuses.

Each case is one that the contract fuzzer (``scripts/contract-fuzz``, check
``positive_data_acceptance``) reported: the schema allowed a value the server answered 422.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import httpx
import pytest
from sqlalchemy import inspect

from salescrm.app import create_app
from salescrm.core import crud
from salescrm.core.openapi import render
from tests.org.support import EMPLOYEES, ROLES, create, department, employee


@cache
def _components() -> dict[str, Any]:
    schemas: dict[str, Any] = json.loads(render(create_app()))["components"]["schemas"]
    return schemas


def _nullable(prop: dict[str, Any]) -> bool:
    return prop.get("type") == "null" or {"type": "null"} in prop.get("anyOf", [])


# ----- 1. an update field that refuses null is not nullable ----------------------------------


@pytest.mark.parametrize(
    ("schema", "field"),
    [
        ("CustomerUpdate", "strategic"),
        ("ProductUpdate", "active"),
        ("RoleUpdate", "code"),
        ("EmployeeUpdate", "role_ids"),
    ],
)
def test_reported_update_fields_are_not_nullable(schema: str, field: str) -> None:
    prop = _components()[schema]["properties"][field]
    assert not _nullable(prop), prop
    assert field not in _components()[schema].get("required", [])


def test_every_update_field_of_a_required_column_is_not_nullable() -> None:
    """The meta-test: ``Repository.update`` refuses ``null`` for a column that is never empty,
    so no PATCH body published by the CRUD factory may offer ``null`` for one."""
    create_app()
    offered = []
    checked = 0
    for spec in crud.SPECS.values():
        model = getattr(getattr(spec.service, "repository", None), "model", None)
        if spec.update_schema is None or model is None:
            continue
        columns = inspect(model).columns
        published = _components()[spec.update_schema.__name__]["properties"]
        for name in spec.update_schema.model_fields:
            if name in columns and not columns[name].nullable:
                checked += 1
                if _nullable(published[name]):
                    offered.append(f"{spec.update_schema.__name__}.{name}")
            elif name in columns:
                assert _nullable(published[name]), name  # null clears it: still offered
    assert checked > 50
    assert not offered


async def test_null_is_refused_where_the_schema_refuses_it(client: httpx.AsyncClient) -> None:
    customer = await create(client, "/api/v1/customers", {"name": "上海空值测试有限公司"})
    product = await create(
        client, "/api/v1/products", {"code": "NULL-1", "name": "n", "list_price": "1.00"}
    )
    role = await create(client, ROLES, {"code": "null_test", "name": "空值"})
    dept = await department(client, "空值部", None)
    person = await employee(client, "张空值", dept["id"])
    cases = [
        (f"/api/v1/customers/{customer['id']}", "strategic", True),
        (f"/api/v1/products/{product['id']}", "active", False),
        (f"{ROLES}/{role['id']}", "code", "null_test_2"),
        (f"{EMPLOYEES}/{person['id']}", "role_ids", []),
    ]
    for url, field, value in cases:
        refused = await client.patch(url, json={field: None})
        assert refused.status_code == 422, (field, refused.text)
        assert refused.json()["errors"][0]["loc"] == ["body", field]
        accepted = await client.patch(url, json={field: value})
        assert accepted.status_code == 200, (field, accepted.text)
