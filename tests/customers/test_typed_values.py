"""Stored JSON the contract types precisely (policy rules, event details, audit changes) reads
back through the API whatever path wrote it: a response model stricter than the data answers 500.
"""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import delete

from salescrm.customers.models import CustomerPolicy
from tests.conftest import TestDatabase
from tests.customers.support import CUSTOMERS, POLICY, create_customer

AUDIT = "/api/v1/audit-events"


async def _ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


async def _events(client: httpx.AsyncClient, customer_id: str, kind: str) -> list[Any]:
    page = await _ok(await client.get(f"{CUSTOMERS}/{customer_id}/events", params={"kind": kind}))
    items: list[Any] = page["items"]
    return items


async def test_the_seeded_rules_and_a_recreated_empty_policy_read_back(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    seeded = await _ok(await client.get(POLICY))
    assert seeded["key_account_rules"] == {
        "match": "any",
        "conditions": [{"metric": "strategic", "op": "eq", "value": True}],
    }
    # The row recreated with no rules at all (``{}``) reads as no conditions.
    async with db.database.sessionmaker() as session:
        await session.execute(delete(CustomerPolicy))
        await session.commit()
    empty = await _ok(await client.get(POLICY))
    assert empty["key_account_rules"] == {"match": "all", "conditions": []}


async def test_every_shape_of_rule_value_is_stored_and_read_back(
    client: httpx.AsyncClient,
) -> None:
    conditions = [
        {"metric": "strategic", "op": "eq", "value": False},
        {"metric": "tier_rank", "op": "lte", "value": 2},
        {"metric": "annual_revenue", "op": "gte", "value": 1000000.5},
        {"metric": "annual_revenue", "op": "lt", "value": "90000000.00"},
        {"metric": "size", "op": "in", "value": ["large", "enterprise"]},
        {"metric": "tier_rank", "op": "in", "value": [1, 2]},
    ]
    rules = {"match": "any", "conditions": conditions}
    changed = await _ok(await client.patch(POLICY, json={"key_account_rules": rules}))
    assert changed["key_account_rules"] == rules
    assert (await _ok(await client.get(POLICY)))["key_account_rules"] == rules
    # Booleans stay booleans and integers integers (1 is not true): the type decides the rule.
    trail = await _ok(await client.get(AUDIT, params={"resource": "customer_policy"}))
    (update,) = [e for e in trail["items"] if e["action"] == "update"]
    before, after = update["changes"]["key_account_rules"]
    assert before["conditions"][0]["value"] is True
    assert after == rules


async def test_a_rule_value_of_no_accepted_shape_is_one_error_at_the_value(
    client: httpx.AsyncClient,
) -> None:
    for value in (None, {"gte": 1}, [[1]]):
        condition = {"metric": "tier_rank", "op": "eq", "value": value}
        response = await client.patch(
            POLICY, json={"key_account_rules": {"conditions": [condition]}}
        )
        assert response.status_code == 422, value
        assert [e["loc"] for e in response.json()["errors"]] == [
            ["body", "key_account_rules", "conditions", 0, "value"]
        ], value


async def test_event_details_read_back_typed(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client, "详情客户有限公司")
    url = f"{CUSTOMERS}/{customer['id']}"
    for body in ({"method": "phone", "note": "确认需求"}, {"note": "无方式"}):
        assert (await client.post(f"{url}/follow-ups", json=body)).status_code == 200
    details = [e["details"] for e in await _events(client, customer["id"], "follow_up")]
    assert sorted(details, key=len) == [{}, {"method": "phone"}]

    marked = await client.post(f"{url}/mark-key-account", json={"reason": "大客户"})
    assert marked.status_code == 200, marked.text
    since = marked.json()["key_account_since"]
    unmarked = await client.post(f"{url}/unmark-key-account", json={"reason": "合作结束"})
    assert unmarked.status_code == 200, unmarked.text
    (event,) = await _events(client, customer["id"], "key_account_unmarked")
    assert set(event["details"]) == {"closed_plans", "key_account_since"}  # no other kind's
    assert event["details"]["closed_plans"] == []
    assert event["details"]["key_account_since"][:19] == since[:19]


async def test_audit_changes_hold_any_column_value(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client, "审计客户有限公司", tags=["甲"], strategic=True)
    url = f"{CUSTOMERS}/{customer['id']}"
    changed = await client.patch(
        url, json={"tags": ["甲", "乙"], "strategic": False}, headers={"If-Match": '"1"'}
    )
    assert changed.status_code == 200, changed.text
    trail = await _ok(
        await client.get(AUDIT, params={"resource": "customer", "record_id": customer["id"]})
    )
    by_action = {e["action"]: e["changes"] for e in trail["items"]}
    assert by_action["create"]["name"] == [None, "审计客户有限公司"]
    assert by_action["update"]["tags"] == [["甲"], ["甲", "乙"]]
    assert by_action["update"]["strategic"] == [True, False]


def _sample(schema: dict[str, Any]) -> Any:
    """One value a branch's value schema admits, at its edge where it has one."""
    if "anyOf" in schema:
        return _sample(schema["anyOf"][0])
    if schema.get("type") == "array":
        return [_sample(schema["items"])] * schema["maxItems"]
    if "enum" in schema:
        return schema["enum"][-1]
    return {
        "boolean": True,
        "string": "华东",
        "integer": schema.get("maximum"),
        "number": schema.get("maximum"),
    }[schema["type"]]


async def test_the_contract_states_each_metrics_operators_and_values(
    client: httpx.AsyncClient,
) -> None:
    """Every branch of ``RuleCondition.oneOf`` (a metric, its operators, its value) is what the
    server accepts; a value outside its branch is the 422 at the value."""
    spec = (await client.get("/openapi.json")).json()
    variants = spec["components"]["schemas"]["RuleCondition"]["oneOf"]
    metrics = {v["properties"]["metric"]["const"] for v in variants}
    assert {"strategic", "tier_rank", "annual_revenue", "size", "stage"} <= metrics
    for variant in variants:
        props = variant["properties"]
        op = props["op"].get("const") or props["op"]["enum"][0]
        condition = {"metric": props["metric"]["const"], "op": op, "value": _sample(props["value"])}
        response = await client.patch(
            POLICY, json={"key_account_rules": {"conditions": [condition]}}
        )
        assert response.status_code == 200, (condition, response.text)
    integral = {"metric": "tier_rank", "op": "eq", "value": 2.0}
    read = await client.patch(POLICY, json={"key_account_rules": {"conditions": [integral]}})
    assert read.json()["key_account_rules"]["conditions"][0]["value"] == 2
    for value in ("1e5", "1_000", "1.5e3", 9 * 10**15 + 2, "12345678901234567"):
        condition = {"metric": "annual_revenue", "op": "gte", "value": value}
        response = await client.patch(
            POLICY, json={"key_account_rules": {"conditions": [condition]}}
        )
        assert response.status_code == 422, value
        assert response.json()["errors"][0]["loc"][-1] == "value"
