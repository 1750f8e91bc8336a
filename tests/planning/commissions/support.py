"""Shared helpers of the commission tests: plans, statements and their lines through the API."""

from __future__ import annotations

from typing import Any

import httpx

from tests.sales.support import ok

PLANS = "/api/v1/commission-plans"
STATEMENTS = "/api/v1/commission-statements"
COMPUTE = f"{STATEMENTS}/compute"
APPROVE = f"{STATEMENTS}/approve"

#: 0–100 % of quota at 3 %, 100–150 % at 5 %, above 150 % at 8 % (marginal).
ACCELERATING = [
    {"from_percent": 0, "to_percent": 100, "rate_percent": "3.00"},
    {"from_percent": 100, "to_percent": 150, "rate_percent": "5.00"},
    {"from_percent": 150, "to_percent": None, "rate_percent": "8.00"},
]


def plan_payload(name: str, **fields: Any) -> dict[str, Any]:
    return {
        "name": name,
        "basis": "contracts_signed",
        "period_kind": "quarter",
        "tiers": ACCELERATING,
        "default_quota": "100000.00",
        "effective_from": "2027-01-01",
        **fields,
    }


async def plan(http: httpx.AsyncClient, name: str, **fields: Any) -> dict[str, Any]:
    return await ok(await http.post(PLANS, json=plan_payload(name, **fields)), 201)


async def compute(http: httpx.AsyncClient, plan_id: str, start: str) -> dict[str, Any]:
    body = {"plan_id": plan_id, "period_start": start}
    return await ok(await http.post(COMPUTE, json=body))


async def statements(http: httpx.AsyncClient, **params: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = {"limit": 200, **params, **({"cursor": cursor} if cursor else {})}
        page = await ok(await http.get(STATEMENTS, params=query))
        items.extend(page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            return items


async def lines(http: httpx.AsyncClient, statement_id: str) -> list[dict[str, Any]]:
    page = await ok(await http.get(f"{STATEMENTS}/{statement_id}/lines", params={"limit": 200}))
    return list(page["items"])
