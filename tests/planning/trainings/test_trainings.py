"""Training: a plan linked to a sales plan, sessions with an employee or an external trainer,
invitations that notify, attendees who see what they attend, attendance and results summed per
plan and per session, and the refusals."""

from __future__ import annotations

from typing import Any

import httpx

from tests.activities.support import problem
from tests.conftest import TestDatabase, http_client
from tests.planning.trainings.support import (
    PLANS,
    SESSIONS,
    SUMMARY,
    attendees,
    session,
    training_plan,
)
from tests.sales.support import ok
from tests.work.support import kinds, team


async def test_sessions_attendance_results_and_summary(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db, "tr")
    sales_plan = await ok(
        await client.post(
            "/api/v1/sales-plans",
            json={
                "name": "2027 上半年",
                "period_kind": "quarter",
                "period_start": "2027-01-01",
                "period_end": "2027-03-31",
                "check_mode": "warn",
            },
        ),
        201,
    )
    plan = await training_plan(client, "新品上市培训", sales_plan_id=sales_plan["id"])
    assert plan["sales_plan"]["id"] == sales_plan["id"]
    assert plan["kind"] == "product"
    first = await session(client, "产品讲解", plan_id=plan["id"], trainer_id=t.ids["D"])
    second = await session(client, "演示实操", plan_id=plan["id"], trainer_name="外部讲师王")
    loose = await session(client, "入职须知")
    assert first["trainer"]["id"] == t.ids["D"]
    assert first["plan"]["name"] == "新品上市培训"
    assert second["trainer_id"] is None
    assert second["trainer_name"] == "外部讲师王"

    made = {}
    for key, where in (("R", first), ("R2", first), ("X", first), ("R@2", second), ("M", loose)):
        body = {"employee_id": t.ids[key.split("@")[0]]}
        made[key] = await ok(await client.post(attendees(where["id"]), json=body), 201)
        assert made[key]["status"] == "invited"
    await problem(
        await client.post(attendees(first["id"]), json={"employee_id": t.ids["R"]}),
        409,
        "duplicate",
    )

    async with http_client(app, t.tokens["R"]) as r, http_client(app, t.tokens["R2"]) as r2:
        assert (await kinds(r)).count("training") == 2
        # An attendee sees the sessions they attend, and nothing else; they change nothing.
        seen = {s["id"] for s in (await ok(await r.get(SESSIONS, params={"limit": 50})))["items"]}
        assert seen == {first["id"], second["id"]}
        assert (await r.get(f"{SESSIONS}/{loose['id']}")).status_code == 404
        listed = await ok(await r.get(attendees(first["id"])))
        assert len(listed["items"]) == 3
        assert (await r.patch(f"{SESSIONS}/{first['id']}", json={"place": "x"})).status_code == 403
        mine = await ok(await r2.get(SESSIONS, params={"attendee_id": t.ids["R2"]}))
        assert [s["id"] for s in mine["items"]] == [first["id"]]

    for key, change in (
        ("R", {"status": "attended", "score": 90, "result": "优秀"}),
        ("R2", {"status": "attended", "score": 70, "result": "通过"}),
        ("X", {"status": "absent", "comment": "出差"}),
        ("M", {"status": "attended"}),
    ):
        where = loose if key == "M" else first
        done = await ok(
            await client.patch(f"{attendees(where['id'])}/{made[key]['id']}", json=change)
        )
        assert done["status"] == change["status"]
    bad = await client.patch(f"{attendees(first['id'])}/{made['R']['id']}", json={"score": 101})
    assert bad.status_code == 422

    by_plan = await ok(await client.get(SUMMARY))
    rows = {row["plan_id"]: row for row in by_plan["rows"]}
    got = rows[plan["id"]]
    assert (got["sessions"], got["attendees"], got["attended"]) == (2, 4, 2)
    assert (got["attendance_rate"], got["average_score"]) == ("50.00", "80.00")
    assert got["plan"]["name"] == "新品上市培训"
    assert (rows[None]["sessions"], rows[None]["attendance_rate"], rows[None]["average_score"]) == (
        1,
        "100.00",
        None,
    )
    by_session = await ok(
        await client.get(SUMMARY, params={"by": "session", "plan_id": plan["id"]})
    )
    rows = {row["session_id"]: row for row in by_session["rows"]}
    assert set(rows) == {first["id"], second["id"]}
    assert (rows[first["id"]]["attendance_rate"], rows[first["id"]]["average_score"]) == (
        "66.67",
        "80.00",
    )
    assert (rows[second["id"]]["attended"], rows[second["id"]]["attendance_rate"]) == (0, "0.00")
    assert rows[first["id"]]["session"]["name"] == "产品讲解"

    # Bad input: periods reversed, two trainers.
    reversed_plan = await client.post(
        PLANS, json={"title": "坏", "period_start": "2027-02-01", "period_end": "2027-01-01"}
    )
    assert reversed_plan.status_code == 422
    assert reversed_plan.json()["errors"][0]["type"] == "range_reversed"
    changed = await client.patch(f"{PLANS}/{plan['id']}", json={"period_end": "2026-01-01"})
    assert changed.json()["errors"][0]["type"] == "range_reversed"
    ends_first = await client.post(
        SESSIONS,
        json={
            "topic": "坏",
            "starts_at": "2027-02-01T05:00:00Z",
            "ends_at": "2027-02-01T04:00:00Z",
        },
    )
    assert ends_first.json()["errors"][0]["type"] == "range_reversed"
    moved = await client.patch(
        f"{SESSIONS}/{first['id']}", json={"ends_at": "2027-01-01T00:00:00Z"}
    )
    assert moved.json()["errors"][0]["type"] == "range_reversed"
    both = await client.patch(f"{SESSIONS}/{second['id']}", json={"trainer_id": t.ids["D"]})
    assert both.status_code == 422
    assert both.json()["errors"][0]["type"] == "trainer_ambiguous"
