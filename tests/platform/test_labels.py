"""``GET /api/v1/labels``: every enumeration of the API with its English and Chinese names.

Complete by construction: the OpenAPI document's ``enum`` components are walked, and each must
be in the catalogue under its component name with exactly its values, each value named in both
languages (and the catalogue holds nothing the document does not).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from salescrm.core import i18n

LABELS = "/api/v1/labels"


def _enum_components(document: dict[str, Any]) -> dict[str, list[str]]:
    return {
        name: [str(v) for v in schema["enum"]]
        for name, schema in document["components"]["schemas"].items()
        if "enum" in schema
    }


async def test_the_catalogue_names_every_value_of_every_enum_in_the_contract(
    app: Any, client: httpx.AsyncClient
) -> None:
    response = await client.get(LABELS)
    assert response.status_code == 200, response.text
    catalogue = {e["name"]: e["values"] for e in response.json()["enums"]}
    enums = _enum_components(app.openapi())
    assert len(enums) >= 30  # stages, statuses, sources, sizes, roles, kinds …
    for name, values in enums.items():
        assert name in catalogue, f"enum {name} has no labels: i18n.register_enum({name}, …)"
        assert [v["value"] for v in catalogue[name]] == values, name
        for value in catalogue[name]:
            assert value["en"].strip(), (name, value)
            assert value["zh_CN"].strip(), (name, value)
            assert set(value) == {"value", "en", "zh_CN"}
    assert set(catalogue) == set(enums), "labels for an enumeration the API does not expose"
    stages = {v["value"]: v for v in catalogue["Stage"]}
    assert stages["at_risk"] == {"value": "at_risk", "en": "At risk", "zh_CN": "有流失风险"}
    methods = {v["value"]: v["zh_CN"] for v in catalogue["PaymentMethod"]}
    assert methods["wechat_pay"] == "微信支付"


async def test_the_catalogue_is_revalidated_with_its_etag(client: httpx.AsyncClient) -> None:
    first = await client.get(LABELS)
    tag = first.headers["etag"]
    assert tag.startswith('"')
    assert tag.endswith('"')
    assert (await client.get(LABELS)).headers["etag"] == tag  # the same while nothing changes
    unchanged = await client.get(LABELS, headers={"If-None-Match": tag})
    assert unchanged.status_code == 304
    assert unchanged.headers["etag"] == tag
    assert unchanged.content == b""
    other = await client.get(LABELS, headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200
    assert other.json() == first.json()


async def test_any_signed_in_caller_reads_it_and_nobody_else(
    app: Any, client: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    refused = await anon.get(LABELS)
    assert refused.status_code == 401
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert "Bearer" in refused.headers["www-authenticate"]
    # An API key for something else entirely reads it too: names of codes are no secret.
    created = await client.post(
        "/api/v1/api-keys", json={"name": "labels", "permissions": ["product:read"]}
    )
    assert created.status_code == 201, created.text
    anon.headers["X-API-Key"] = created.json()["key"]
    response = await anon.get(LABELS)
    assert response.status_code == 200, response.text
    assert {e["name"] for e in response.json()["enums"]} >= {"Stage", "Source", "TaskStatus"}


def test_the_operation_is_documented(app: Any) -> None:
    operation = app.openapi()["paths"][LABELS]["get"]
    assert operation["operationId"] == "labels_catalogue"
    assert {"200", "304", "401"} <= set(operation["responses"])
    assert "ETag" in operation["responses"]["200"]["headers"]
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/LabelCatalogue"}


def test_an_enum_without_a_name_for_every_value_is_refused() -> None:
    from enum import StrEnum

    class Colour(StrEnum):
        red = "red"
        green = "green"

    with pytest.raises(ValueError, match="missing"):
        i18n.register_enum(Colour, {"red": ("Red", "红")})
    with pytest.raises(ValueError, match="unknown"):
        i18n.register_enum(
            Colour, {"red": ("Red", "红"), "green": ("Green", "绿"), "blue": ("Blue", "蓝")}
        )
    assert "Colour" not in i18n.ENUM_LABELS
