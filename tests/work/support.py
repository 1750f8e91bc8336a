"""Shared helpers of the work-management tests: a small team made through the API."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.conftest import TestDatabase
from tests.org.support import staff_member
from tests.sales.support import ok

APPROVALS = "/api/v1/approvals"
RULES = "/api/v1/approval-rules"
DELEGATIONS = "/api/v1/approval-delegations"
TYPES = "/api/v1/approval-types"
NOTIFICATIONS = "/api/v1/notifications"
SCHEDULES = "/api/v1/schedules"
STATUSES = "/api/v1/employee-statuses"
STATUS_TYPES = "/api/v1/status-types"
BOARD = "/api/v1/team-board"


@dataclass
class Team:
    """Director D; manager M reporting to D; reps R and R2 reporting to M; X (a rep of D's)."""

    ids: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)


async def team(app: Any, admin: httpx.AsyncClient, db: TestDatabase, tag: str = "") -> Team:
    built = Team()
    plan = [
        ("D", None, "sales_director"),
        ("M", "D", "sales_manager"),
        ("R", "M", "sales_rep"),
        ("R2", "M", "sales_rep"),
        ("X", "D", "sales_manager"),
    ]
    for key, manager, role in plan:
        extra = {"manager_id": built.ids[manager]} if manager else {}
        record, token = await staff_member(
            app,
            admin,
            f"审批{key}{tag}",
            db.root_department_id,
            username=f"appr.{key.lower()}{tag}",
            roles=(role,),
            **extra,
        )
        built.ids[key] = str(record["id"])
        built.tokens[key] = token
    return built


def leave(start: str, end: str, **form: Any) -> dict[str, Any]:
    return {
        "type": "leave",
        "form": {
            "leave_kind": "annual",
            "starts_at": start,
            "ends_at": end,
            "reason": "回老家",
            **form,
        },
    }


def requirement(subject: str = "客户需要对接 ERP", **form: Any) -> dict[str, Any]:
    return {"type": "requirement", "form": {"subject": subject, "description": "详见附件", **form}}


async def submit(http: httpx.AsyncClient, body: dict[str, Any]) -> dict[str, Any]:
    return await ok(await http.post(APPROVALS, json=body), 201)


async def act(
    http: httpx.AsyncClient, record_id: str, action: str, comment: str | None = None
) -> httpx.Response:
    body = {"comment": comment} if comment else {}
    return await http.post(f"{APPROVALS}/{record_id}/{action}", json=body)


async def kinds(http: httpx.AsyncClient) -> list[str]:
    """The kinds of the caller's notifications, newest first."""
    body = await ok(await http.get(NOTIFICATIONS, params={"limit": 100}))
    return [n["kind"] for n in body["items"]]


async def status_type(http: httpx.AsyncClient, code: str) -> str:
    body = await ok(await http.get(STATUS_TYPES, params={"q": code, "limit": 50}))
    return str(next(t["id"] for t in body["items"] if t["code"] == code))
