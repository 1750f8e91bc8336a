"""Schedules: a leader's view of the team's day, attendees, comments and reminders, overlaps,
the calendar feed and the customer's timeline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from icalendar import Calendar

from tests.activities.support import problem
from tests.conftest import TestDatabase, http_client
from tests.sales.support import customer, ok
from tests.work.support import SCHEDULES, kinds, team


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _event(title: str, start: datetime, hours: float = 1, **fields: Any) -> dict[str, Any]:
    return {
        "title": title,
        "kind": "meeting",
        "starts_at": _iso(start),
        "ends_at": _iso(start + timedelta(hours=hours)),
        **fields,
    }


DAY = datetime(2026, 12, 14, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai


async def test_a_leader_sees_the_teams_day_and_a_peer_does_not(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    async with (
        http_client(app, t.tokens["R"]) as r,
        http_client(app, t.tokens["R2"]) as r2,
        http_client(app, t.tokens["M"]) as m,
    ):
        mine = await ok(await r.post(SCHEDULES, json=_event("周会", DAY)), 201)
        theirs = await ok(await r2.post(SCHEDULES, json=_event("拜访", DAY, kind="visit")), 201)
        await ok(await r.post(SCHEDULES, json=_event("下周", DAY + timedelta(days=7))), 201)
        day = {"ends_after": "2026-12-13T16:00:00Z", "starts_before": "2026-12-14T16:00:00Z"}
        seen = await ok(await m.get(SCHEDULES, params={**day, "sort": "starts_at"}))
        assert {e["id"] for e in seen["items"]} == {mine["id"], theirs["id"]}
        only_r = await ok(await m.get(SCHEDULES, params={**day, "owner_id": t.ids["R"]}))
        assert [e["id"] for e in only_r["items"]] == [mine["id"]]
        assert (await r2.get(f"{SCHEDULES}/{mine['id']}")).status_code == 404
        # An attendee sees the event they take part in.
        await ok(await r.patch(f"{SCHEDULES}/{mine['id']}", json={"attendee_ids": [t.ids["R2"]]}))
        assert (await r2.get(f"{SCHEDULES}/{mine['id']}")).status_code == 200
        attending = await ok(await r2.get(SCHEDULES, params={"attendee_id": t.ids["R2"]}))
        assert [e["id"] for e in attending["items"]] == [mine["id"]]


async def test_an_event_that_ends_before_it_starts_is_422(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    backwards = _event("倒过来", DAY, hours=-1)
    body = await problem(await client.post(SCHEDULES, json=backwards), 422, "validation_error")
    assert body["errors"][0]["type"] == "range_reversed"
    event = await ok(await client.post(SCHEDULES, json=_event("正常", DAY)), 201)
    moved = await client.patch(
        f"{SCHEDULES}/{event['id']}", json={"ends_at": _iso(DAY - timedelta(hours=2))}
    )
    assert (await problem(moved, 422, "validation_error"))["errors"][0]["type"] == (
        "range_reversed"
    )
    total = await ok(await client.get(SCHEDULES, params={"include_total": "true"}))
    assert total["total"] == 1


async def test_comments_and_reminders_reach_the_owner(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    async with (
        http_client(app, t.tokens["R"]) as r,
        http_client(app, t.tokens["R2"]) as r2,
        http_client(app, t.tokens["M"]) as m,
    ):
        event = await ok(
            await r.post(SCHEDULES, json=_event("见客户", DAY, attendee_ids=[t.ids["R2"]])), 201
        )
        url = f"{SCHEDULES}/{event['id']}"
        note = await ok(await m.post(f"{url}/comments", json={"body": "带上合同"}), 201)
        assert (note["kind"], note["author_id"]) == ("comment", t.ids["M"])
        assert "schedule_comment" in await kinds(r)
        reminder = await ok(await m.post(f"{url}/remind", json={"body": "别迟到"}), 201)
        assert reminder["kind"] == "reminder"
        assert "schedule_reminder" in await kinds(r)
        assert "schedule_reminder" in await kinds(r2)
        # A peer attending may not remind the owner (no right to change the event).
        await problem(await r2.post(f"{url}/remind", json={}), 403, "forbidden")
        notes = await ok(await r.get(f"{url}/notes"))
        assert [n["kind"] for n in notes["items"]] == ["comment", "reminder"]


async def test_overlaps_are_reported_per_owner(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    async with http_client(app, t.tokens["R"]) as r, http_client(app, t.tokens["M"]) as m:
        a = await ok(await r.post(SCHEDULES, json=_event("A", DAY, hours=2)), 201)
        b = await ok(await r.post(SCHEDULES, json=_event("B", DAY + timedelta(hours=1))), 201)
        await ok(await r.post(SCHEDULES, json=_event("C", DAY + timedelta(hours=2))), 201)
        await ok(await m.post(SCHEDULES, json=_event("M's", DAY)), 201)
        period = {"ends_after": "2026-12-13T16:00:00Z", "starts_before": "2026-12-14T16:00:00Z"}
        found = await ok(await m.get(f"{SCHEDULES}/overlaps", params=period))
        pairs = [({o["first_id"], o["second_id"]}, o["owner_id"]) for o in found["items"]]
        assert pairs == [({a["id"], b["id"]}, t.ids["R"])]
        assert found["items"][0]["starts_at"] == b["starts_at"]
        too_long = {**period, "starts_before": "2027-03-01T00:00:00Z"}
        assert (await m.get(f"{SCHEDULES}/overlaps", params=too_long)).status_code == 422


async def test_events_reach_the_calendar_feed_and_the_customers_timeline(
    app: Any, client: httpx.AsyncClient, anon: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    soon = (datetime.now(UTC) + timedelta(days=3)).replace(microsecond=0)
    async with http_client(app, t.tokens["R"]) as r:
        customer_id = await customer(r, "日程客户")
        event = await ok(
            await r.post(
                SCHEDULES,
                json=_event("方案演示", soon, customer_id=customer_id, location="客户会议室"),
            ),
            201,
        )
        feed = await ok(await r.post("/api/v1/calendar-feeds", json={"name": "手机"}), 201)
        timeline = await ok(await r.get(f"/api/v1/customers/{customer_id}/timeline"))
    path = "/" + feed["url"].split("//", 1)[1].split("/", 1)[1]
    calendar = Calendar.from_ical((await anon.get(path)).content)
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    mine = events[f"schedule-{event['id']}@salescrm"]
    assert str(mine["summary"]) == "方案演示"
    assert str(mine["location"]) == "客户会议室"
    items = [i for i in timeline["items"] if i["kind"] == "schedule"]
    assert [i["id"] for i in items] == [event["id"]]
    assert items[0]["data"]["schedule_kind"] == "meeting"
