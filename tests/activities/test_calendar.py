"""Calendar feeds: a secret URL per employee whose iCalendar a real parser reads, revocable."""

from __future__ import annotations

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
    async with http_client(app, token) as r:
        planned = await visit(r, customer_id, planned_at="2026-12-20T02:00:00Z", planned_minutes=45)
        meeting = await activity(
            r, customer_id, type="meeting", subject="方案评审会",
            occurred_at="2026-12-21T06:00:00Z", duration_minutes=90,
        )  # fmt: skip
        await activity(r, customer_id, type="call", subject="电话不进日历")
        todo = await task(r, subject="提交投标文件", due_at="2026-12-22T09:00:00Z", priority="high")
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
    assert visit_event.decoded("dtstart").isoformat() == "2026-12-20T02:00:00+00:00"
    assert visit_event.decoded("dtend").isoformat() == "2026-12-20T02:45:00+00:00"
    meeting_event = next(e for uid, e in events.items() if meeting["id"] in uid)
    assert str(meeting_event["summary"]) == "方案评审会"
    assert meeting_event.decoded("dtend").isoformat() == "2026-12-21T07:30:00+00:00"
    assert len(events) == 2
    (todo_item,) = todos.values()
    assert todo["id"] in str(todo_item["uid"])
    assert todo_item.decoded("due").isoformat() == "2026-12-22T09:00:00+00:00"
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
