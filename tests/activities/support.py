"""Shared helpers of the activity tests: records made through the API."""

from __future__ import annotations

from typing import Any

import httpx

from tests.sales.support import customer, deal, ok

ACTIVITY_TYPES = "/api/v1/activity-types"
ACTIVITIES = "/api/v1/activities"
TASKS = "/api/v1/tasks"
VISITS = "/api/v1/visits"
FEEDS = "/api/v1/calendar-feeds"
UNKNOWN = "01890a5d-ac96-774b-bcce-b302099a8001"

__all__ = ["customer", "deal", "ok"]


async def activity(http: httpx.AsyncClient, customer_id: str, **fields: Any) -> dict[str, Any]:
    payload = {"type": "call", "subject": "电话沟通需求", "customer_id": customer_id, **fields}
    return await ok(await http.post(ACTIVITIES, json=payload), 201)


async def task(http: httpx.AsyncClient, **fields: Any) -> dict[str, Any]:
    return await ok(await http.post(TASKS, json={"subject": "准备报价单", **fields}), 201)


async def visit(http: httpx.AsyncClient, customer_id: str, **fields: Any) -> dict[str, Any]:
    payload = {
        "customer_id": customer_id,
        "purpose": "上门演示",
        "planned_at": "2026-12-10T02:00:00Z",
        **fields,
    }
    return await ok(await http.post(VISITS, json=payload), 201)


async def problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """A refusal: the status, an RFC 9457 body and its stable code."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["code"] == code, body
    return body


def locs(response: httpx.Response) -> list[str]:
    """The last element of each error location (the field named)."""
    return [str(e["loc"][-1]) for e in response.json().get("errors") or []]


async def count(http: httpx.AsyncClient, path: str, **params: Any) -> int:
    body = await ok(await http.get(path, params={"include_total": "true", **params}))
    return int(body["total"])


async def rep(app: Any, admin: httpx.AsyncClient, db: Any, username: str) -> tuple[str, str]:
    """A sales rep (own scope) in the root department: their id and token."""
    from tests.org.support import staff_member

    record, token = await staff_member(
        app, admin, f"销售{username}", db.root_department_id, username=username,
        roles=("sales_rep",),
    )  # fmt: skip
    return str(record["id"]), token
