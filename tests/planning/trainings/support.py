"""Helpers of the training tests."""

from __future__ import annotations

from typing import Any

import httpx

from tests.sales.support import ok

PLANS = "/api/v1/trainings"
SESSIONS = "/api/v1/training-sessions"
SUMMARY = "/api/v1/training-summary"


def attendees(session_id: str) -> str:
    return f"{SESSIONS}/{session_id}/attendees"


async def training_plan(
    http: httpx.AsyncClient, title: str = "新品培训", **extra: Any
) -> dict[str, Any]:
    body = {
        "title": title,
        "kind": "product",
        "period_start": "2027-01-01",
        "period_end": "2027-06-30",
        **extra,
    }
    return await ok(await http.post(PLANS, json=body), 201)


async def session(http: httpx.AsyncClient, topic: str = "产品讲解", **extra: Any) -> dict[str, Any]:
    body = {
        "topic": topic,
        "starts_at": "2027-02-01T01:00:00Z",
        "ends_at": "2027-02-01T04:00:00Z",
        "place": "总部",
        **extra,
    }
    return await ok(await http.post(SESSIONS, json=body), 201)
