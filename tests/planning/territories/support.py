"""Helpers of the territory tests."""

from __future__ import annotations

from typing import Any

import httpx

from tests.sales.support import ok

TERRITORIES = "/api/v1/territories"
RULES = "/api/v1/territory-rules"
CUSTOMERS = "/api/v1/customers"


def members(territory_id: str) -> str:
    return f"{TERRITORIES}/{territory_id}/members"


async def territory(
    http: httpx.AsyncClient, name: str, parent_id: str | None = None, **extra: Any
) -> dict[str, Any]:
    body = {"name": name, "parent_id": parent_id, **extra}
    return await ok(await http.post(TERRITORIES, json=body), 201)


async def rule(http: httpx.AsyncClient, territory_id: str, **extra: Any) -> dict[str, Any]:
    body = {"name": extra.pop("name", "规则"), "territory_id": territory_id, **extra}
    return await ok(await http.post(RULES, json=body), 201)
