"""Shared helpers of the plan tests: strategies, plans and targets made through the API."""

from __future__ import annotations

from typing import Any

import httpx

from tests.sales.support import ok

STRATEGIES = "/api/v1/sales-strategies"
PLANS = "/api/v1/sales-plans"
TARGETS = "/api/v1/sales-targets"


async def plan(
    http: httpx.AsyncClient, name: str = "2027 年度计划", **fields: Any
) -> dict[str, Any]:
    body = {
        "name": name,
        "period_kind": "year",
        "period_start": "2027-01-01",
        "period_end": "2027-12-31",
        **fields,
    }
    return await ok(await http.post(PLANS, json=body), 201)


async def target(
    http: httpx.AsyncClient, plan_id: str, value: str, metric: str = "sales_amount", **fields: Any
) -> dict[str, Any]:
    body = {"plan_id": plan_id, "level": "company", "metric": metric, "value": value, **fields}
    return await ok(await http.post(TARGETS, json=body), 201)


async def allocate(
    http: httpx.AsyncClient, target_id: str, body: dict[str, Any], status: int = 200
) -> dict[str, Any]:
    return await ok(await http.post(f"{TARGETS}/{target_id}/allocate", json=body), status)


async def values(http: httpx.AsyncClient, plan_id: str, **params: str) -> dict[str, str]:
    """``<employee, department or territory id, or "company"> → value`` of the plan's targets
    (one metric and product line at a time is what the tests ask for)."""
    body = await ok(await http.get(TARGETS, params={"plan_id": plan_id, "limit": 200, **params}))
    return {
        (t["employee_id"] or t["department_id"] or t["territory_id"] or t["level"]): t["value"]
        for t in body["items"]
    }
