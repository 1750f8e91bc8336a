"""Calendar feeds: a secret URL per employee whose iCalendar a real parser reads, revocable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from icalendar import Calendar

from tests.activities.support import FEEDS, activity, customer, ok, problem, rep, task, visit
from tests.conftest import TestDatabase, http_client


async def test_the_feed_holds_visits_meetings_and_tasks_until_revoked(
    app: Any, client: httpx.AsyncClient, anon: httpx.AsyncClient, db: TestDatabase
) -> None:
    rep_id, token = await rep(app, client, db, "calendar")
    customer_id = await customer(client, "日历客户", owner_id=rep_id)
    # Inside the feed's window (90 days back, a year ahead) whenever the test runs.
    day = (datetime.now(UTC) + timedelta(days=17)).replace(
        hour=0, minute=0, second=0, microsecond=0
    )

    def at(days: int, hour: int, minute: int = 0) -> datetime:
        return day + timedelta(days=days, hours=hour, minutes=minute)

    def iso(moment: datetime) -> str:
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")

    async with http_client(app, token) as r:
        planned = await visit(r, customer_id, planned_at=iso(at(0, 2)), planned_minutes=45)
        meeting = await activity(
            r, customer_id, type="meeting", subject="方案评审会",
            occurred_at=iso(at(1, 6)), duration_minutes=90,
        )  # fmt: skip
        await activity(r, customer_id, type="call", subject="电话不进日历")
        old = await activity(
            r, customer_id, type="meeting", subject="太久以前", occurred_at=iso(at(-120, 1))
        )
        todo = await task(r, subject="提交投标文件", due_at=iso(at(2, 9)), priority="high")
        await task(r, subject="没有截止时间")
        created = await ok(await r.post(FEEDS, json={"name": "我的手机"}), 201)
        listed = await ok(await r.get(FEEDS))
    assert created["url"].startswith("http")
    assert created["url"].endswith(".ics")
    assert [f["id"] for f in listed["items"]] == [created["id"]]
    assert "url" not in listed["items"][0]
    path = created["url"].split("//", 1)[1].split("/", 1)[1]

    response = await anon.get(f"/{path}")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["x-wr-calname"]) == "我的手机"
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    todos = {str(t["uid"]): t for t in calendar.walk("VTODO")}
    visit_event = next(e for uid, e in events.items() if uid.startswith(f"visit-{planned['id']}"))
    assert str(visit_event["summary"]) == "拜访：上门演示"
    assert visit_event.decoded("dtstart") == at(0, 2)
    assert visit_event.decoded("dtend") == at(0, 2, 45)
    meeting_event = next(e for uid, e in events.items() if meeting["id"] in uid)
    assert str(meeting_event["summary"]) == "方案评审会"
    assert meeting_event.decoded("dtend") == at(1, 7, 30)
    assert len(events) == 2
    assert not any(old["id"] in uid for uid in events)
    (todo_item,) = todos.values()
    assert todo["id"] in str(todo_item["uid"])
    assert todo_item.decoded("due") == at(2, 9)
    assert int(todo_item["priority"]) == 3
    assert str(todo_item["status"]) == "NEEDS-ACTION"

    async with http_client(app, token) as r:
        assert (await r.delete(f"{FEEDS}/{created['id']}")).status_code == 204
        await problem(await r.delete(f"{FEEDS}/{created['id']}"), 404, "not_found")
        assert (await ok(await r.get(FEEDS)))["items"] == []
    await problem(await anon.get(f"/{path}"), 404, "not_found")


async def test_unknown_tokens_and_other_peoples_feeds_are_404(
    app: Any, client: httpx.AsyncClient, anon: httpx.AsyncClient, db: TestDatabase
) -> None:
    feed = await ok(await client.post(FEEDS, json={}), 201)
    await problem(await anon.get("/api/v1/calendar/" + "x" * 43 + ".ics"), 404, "not_found")
    _, token = await rep(app, client, db, "thief")
    async with http_client(app, token) as r:
        await problem(await r.delete(f"{FEEDS}/{feed['id']}"), 404, "not_found")
    path = feed["url"].split("//", 1)[1].split("/", 1)[1]
    assert (await anon.get(f"/{path}")).status_code == 200


async def test_a_feed_shows_only_what_its_employee_may_open(
    app: Any, client: httpx.AsyncClient, anon: httpx.AsyncClient, db: TestDatabase
) -> None:
    owner_id, owner = await rep(app, client, db, "host")
    guest_id, guest = await rep(app, client, db, "guest")
    customer_id = await customer(client, "保密客户", owner_id=owner_id)
    soon = (datetime.now(UTC) + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
    async with http_client(app, owner) as r:
        secret = await activity(
            r, customer_id, type="meeting", subject="机密报价会", notes="底价 80 万",
            occurred_at=soon, employee_ids=[guest_id],
        )  # fmt: skip
    async with http_client(app, guest) as r:
        await problem(await r.get(f"/api/v1/activities/{secret['id']}"), 404, "not_found")
        feed = await ok(await r.post(FEEDS, json={}), 201)
    path = feed["url"].split("//", 1)[1].split("/", 1)[1]
    body = (await anon.get(f"/{path}")).content
    assert b"VCALENDAR" in body
    assert secret["id"].encode() not in body
    assert "底价".encode() not in body
    # Once the guest may see the customer, the meeting is in their calendar.
    share = {"resource": "customer", "record_id": customer_id, "employee_id": guest_id}
    await ok(await client.post("/api/v1/record-shares", json=share), 201)
    assert secret["id"].encode() in (await anon.get(f"/{path}")).content
    # A disabled login's feeds stop.
    await ok(await client.put(f"/api/v1/employees/{guest_id}/account", json={"enabled": False}))
    await problem(await anon.get(f"/{path}"), 404, "not_found")
