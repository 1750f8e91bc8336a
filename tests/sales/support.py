"""Shared helpers of the sales tests: deals, products, contracts made through the API."""

from __future__ import annotations

import itertools
from typing import Any

import httpx

PIPELINES = "/api/v1/pipelines"
LOSS_REASONS = "/api/v1/loss-reasons"
COMPETITORS = "/api/v1/competitors"
WIN_LOSS = "/api/v1/competitors/win-loss"
OPPORTUNITIES = "/api/v1/opportunities"
CONTRACTS = "/api/v1/contracts"
PAYMENTS = "/api/v1/payments"
PRODUCTS = "/api/v1/products"
CUSTOMERS = "/api/v1/customers"
CONTACTS = "/api/v1/contacts"

_numbers = itertools.count(1)


def line_items(opportunity_id: str) -> str:
    return f"{OPPORTUNITIES}/{opportunity_id}/line-items"


def deal_competitors(opportunity_id: str) -> str:
    return f"{OPPORTUNITIES}/{opportunity_id}/competitors"


async def ok(response: httpx.Response, status: int = 200) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    return body


async def customer(http: httpx.AsyncClient, name: str | None = None, **fields: Any) -> str:
    n = next(_numbers)
    body = await ok(
        await http.post(CUSTOMERS, json={"name": name or f"测试客户{n}号", **fields}), 201
    )
    return str(body["id"])


async def product(
    http: httpx.AsyncClient, *, price: str = "1000.00", cost: str = "600.00", **fields: Any
) -> dict[str, Any]:
    n = next(_numbers)
    payload = {
        "code": f"P-{n}",
        "name": f"产品{n}",
        "list_price": price,
        "standard_cost": cost,
        **fields,
    }
    return await ok(await http.post(PRODUCTS, json=payload), 201)


async def deal(
    http: httpx.AsyncClient, customer_id: str | None = None, **fields: Any
) -> dict[str, Any]:
    n = next(_numbers)
    payload = {
        "name": f"商机{n}",
        "customer_id": customer_id or await customer(http),
        "expected_close_date": "2027-03-31",
        **fields,
    }
    return await ok(await http.post(OPPORTUNITIES, json=payload), 201)


async def default_pipeline(http: httpx.AsyncClient) -> dict[str, Any]:
    items = (await ok(await http.get(PIPELINES, params={"is_default": "true"})))["items"]
    assert len(items) == 1, items
    found: dict[str, Any] = items[0]
    return found


def stage(pipeline: dict[str, Any], kind: str = "open", index: int = 0) -> str:
    return str([s for s in pipeline["stages"] if s["kind"] == kind][index]["id"])


async def loss_reason(http: httpx.AsyncClient, code: str = "price") -> str:
    items = (await ok(await http.get(LOSS_REASONS, params={"limit": 200})))["items"]
    return str(next(r["id"] for r in items if r["code"] == code))


async def competitor(http: httpx.AsyncClient, name: str | None = None) -> str:
    n = next(_numbers)
    body = await ok(await http.post(COMPETITORS, json={"name": name or f"竞品公司{n}"}), 201)
    return str(body["id"])


async def add_line(
    http: httpx.AsyncClient, opportunity_id: str, product_id: str, **fields: Any
) -> dict[str, Any]:
    payload = {"product_id": product_id, "quantity": "1", **fields}
    return await ok(await http.post(line_items(opportunity_id), json=payload), 201)


async def won_deal(
    http: httpx.AsyncClient, *, amount: str = "10000.00", **fields: Any
) -> dict[str, Any]:
    """A won deal of the given amount (set by hand, no line items)."""
    opportunity = await deal(http, amount=amount, **fields)
    return await ok(await http.post(f"{OPPORTUNITIES}/{opportunity['id']}/win", json={}))


async def contract(
    http: httpx.AsyncClient, opportunity_id: str | None = None, **fields: Any
) -> dict[str, Any]:
    if opportunity_id is None:
        opportunity_id = (await won_deal(http))["id"]
    payload = {"opportunity_id": opportunity_id, "sign_date": "2026-11-01", **fields}
    return await ok(await http.post(CONTRACTS, json=payload), 201)
