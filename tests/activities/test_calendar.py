"""Calendar feeds: a secret URL per employee whose iCalendar a real parser reads, revocable."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from icalendar import Calendar
from pydantic import ValidationError
from sqlalchemy import event

from salescrm.app import create_app
from salescrm.config import Environment
from tests.activities.support import (
    FEEDS,
    activity,
    customer,
    deal,
    ok,
    problem,
    rep,
    task,
    visit,
)
from tests.conftest import TestDatabase, http_client, make_settings


def _path(url: str) -> str:
    return "/" + url.split("//", 1)[1].split("/", 1)[1]


def _day() -> datetime:
    """A day inside the feed's window (90 days back, a year ahead) whenever the test runs."""
    return (datetime.now(UTC) + timedelta(days=17)).replace(
        hour=0, minute=0, second=0, microsecond=0
    )


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


async def test_the_feed_holds_visits_meetings_and_tasks_until_revoked(
    app: Any, client: httpx.AsyncClient, anon: httpx.AsyncClient, db: TestDatabase
) -> None:
    rep_id, token = await rep(app, client, db, "calendar")
    customer_id = await customer(
        client, "日历客户", owner_id=rep_id, province="上海市", city="上海市",
        district="浦东新区", address="上海市浦东新区世纪大道100号", latitude=31.2304,
        longitude=121.4737,
    )  # fmt: skip
    the_deal = await deal(client, customer_id, name="二期项目", owner_id=rep_id)
    day = _day()

    def at(days: int, hour: int, minute: int = 0) -> datetime:
        return day + timedelta(days=days, hours=hour, minutes=minute)

    async with http_client(app, token) as r:
        planned = await visit(r, customer_id, planned_at=_iso(at(0, 2)), planned_minutes=45)
        meeting = await activity(
            r, customer_id, type="meeting", subject="方案评审会", notes="评审二期方案",
            outcome="客户同意试点", opportunity_id=the_deal["id"],
            occurred_at=_iso(at(1, 6)), duration_minutes=90,
        )  # fmt: skip
        remote = await activity(
            r, customer_id, type="meeting", subject="视频会", channel="video",
            occurred_at=_iso(at(3, 6)),
        )  # fmt: skip
        await activity(r, customer_id, type="call", subject="电话不进日历")
        old = await activity(
            r, customer_id, type="meeting", subject="太久以前", occurred_at=_iso(at(-120, 1))
        )
        todo = await task(
            r, subject="提交投标文件", due_at=_iso(at(2, 9)), priority="high",
            customer_id=customer_id,
        )  # fmt: skip
        await task(r, subject="没有截止时间")
        answer = await r.post(FEEDS, json={"name": "我的手机"})
        created = await ok(answer, 201)
        listed = await ok(await r.get(FEEDS))
    # Location names the feed as a resource (what DELETE revokes), never its secret URL.
    assert answer.headers["location"] == f"{FEEDS}/{created['id']}"
    assert created["url"].startswith("http://localhost:8000/api/v1/calendar/")
    assert created["url"].endswith(".ics")
    assert [f["id"] for f in listed["items"]] == [created["id"]]
    assert "url" not in listed["items"][0]
    path = _path(created["url"])

    response = await anon.get(path)  # no Accept-Language, as calendar apps fetch it
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["x-wr-calname"]) == "我的手机"
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    todos = {str(t["uid"]): t for t in calendar.walk("VTODO")}
    # UIDs are the record under a fixed domain: no host in them.
    assert set(events) == {
        f"visit-{planned['id']}@salescrm",
        f"activity-{meeting['id']}@salescrm",
        f"activity-{remote['id']}@salescrm",
    }
    assert set(todos) == {f"task-{todo['id']}@salescrm"}
    assert not any(old["id"] in uid for uid in events)

    visit_event = events[f"visit-{planned['id']}@salescrm"]
    assert str(visit_event["summary"]) == "拜访日历客户：上门演示"
    assert str(visit_event["location"]) == "上海市浦东新区世纪大道100号"
    assert (visit_event["geo"].latitude, visit_event["geo"].longitude) == (31.2304, 121.4737)
    assert visit_event.decoded("dtstart") == at(0, 2)
    assert visit_event.decoded("dtend") == at(0, 2, 45)

    meeting_event = events[f"activity-{meeting['id']}@salescrm"]
    assert str(meeting_event["summary"]) == "日历客户：方案评审会"
    assert str(meeting_event["location"]) == "上海市浦东新区世纪大道100号"
    assert str(meeting_event["description"]).split("\n") == [
        "评审二期方案",
        "结果：客户同意试点",
        "客户：日历客户",
        "商机：二期项目",
    ]
    assert meeting_event.decoded("dtend") == at(1, 7, 30)
    # A video call takes place nowhere in particular.
    assert "location" not in events[f"activity-{remote['id']}@salescrm"]

    (todo_item,) = todos.values()
    assert str(todo_item["summary"]) == "日历客户：提交投标文件"
    assert todo_item.decoded("due") == at(2, 9)
    assert int(todo_item["priority"]) == 3
    assert str(todo_item["status"]) == "NEEDS-ACTION"

    # The request's Accept-Language does not choose: the feed's language does. A feed made
    # without a language or Accept-Language keeps the deployment's (Chinese here) ...
    assert listed["items"][0]["locale"] == "zh-CN"
    asked = Calendar.from_ical((await anon.get(path, headers={"Accept-Language": "en"})).content)
    summaries = {str(e["summary"]) for e in asked.walk("VEVENT")}
    assert "拜访日历客户：上门演示" in summaries
    # ... and keeps it when the deployment's default changes later.
    english_app = create_app(make_settings(db.url, default_locale="en"), database=db.database)
    async with http_client(english_app) as outsider:
        kept = Calendar.from_ical((await outsider.get(path)).content)
    assert "拜访日历客户：上门演示" in {str(e["summary"]) for e in kept.walk("VEVENT")}
    # A feed made in English (its locale, or the creating app's Accept-Language) reads English.
    async with http_client(app, token) as r:
        by_field = await ok(await r.post(FEEDS, json={"name": "phone", "locale": "en"}), 201)
        by_header = await ok(
            await r.post(FEEDS, json={"name": "tablet"}, headers={"Accept-Language": "en-GB"}),
            201,
        )
    assert (by_field["locale"], by_header["locale"]) == ("en", "en")
    for made in (by_field, by_header):
        served = await anon.get(_path(made["url"]), headers={"Accept-Language": "zh-CN"})
        english = Calendar.from_ical(served.content)
        by_uid = {str(e["uid"]): e for e in english.walk("VEVENT")}
        summary = str(by_uid[f"visit-{planned['id']}@salescrm"]["summary"])
        assert summary == "Visit 日历客户: 上门演示"
        description = str(by_uid[f"activity-{meeting['id']}@salescrm"]["description"])
        assert "Deal: 二期项目" in description

    async with http_client(app, token) as r:
        assert (await r.delete(f"{FEEDS}/{created['id']}")).status_code == 204
        await problem(await r.delete(f"{FEEDS}/{created['id']}"), 404, "not_found")
        left = {f["id"] for f in (await ok(await r.get(FEEDS)))["items"]}
        assert left == {by_field["id"], by_header["id"]}
    await problem(await anon.get(path), 404, "not_found")


async def test_a_new_public_base_url_changes_the_links_but_not_the_uids(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    customer_id = await customer(client, "搬家客户")
    await visit(client, customer_id, planned_at=_iso(_day()))
    await task(client, subject="回电", due_at=_iso(_day()))
    moved = create_app(
        make_settings(db.url, public_base_url="https://crm.example.com/"), database=db.database
    )

    async def uids(application: Any) -> tuple[str, set[str]]:
        async with http_client(application, db.admin_token) as http:
            url = (await ok(await http.post(FEEDS, json={}), 201))["url"]
            body = (await http.get(_path(url))).content
        calendar = Calendar.from_ical(body)
        return url, {str(c["uid"]) for c in [*calendar.walk("VEVENT"), *calendar.walk("VTODO")]}

    before_url, before = await uids(app)
    after_url, after = await uids(moved)
    assert before_url.startswith("http://localhost:8000/api/v1/calendar/")
    assert after_url.startswith("https://crm.example.com/api/v1/calendar/")
    assert len(before) == 2
    assert after == before


async def test_names_and_places_are_loaded_once_for_the_whole_feed(
    client: httpx.AsyncClient, anon: httpx.AsyncClient, db: TestDatabase
) -> None:
    """The customers and deals of the entries are read in one query each, however many there
    are: a feed of one customer's meeting and one of eight customers' take as many queries."""
    feed = await ok(await client.post(FEEDS, json={}), 201)

    async def statements() -> int:
        seen: list[str] = []

        def count(*args: Any) -> None:
            seen.append(str(args[2]))

        engine = db.database.engine.sync_engine
        event.listen(engine, "before_cursor_execute", count)
        try:
            response = await anon.get(_path(feed["url"]))
        finally:
            event.remove(engine, "before_cursor_execute", count)
        assert response.status_code == 200, response.text
        return len(seen)

    async def meeting_at(customer_id: str, n: int) -> None:
        the_deal = await deal(client, customer_id)
        moment = _iso(_day() + timedelta(hours=n))
        await activity(
            client, customer_id, type="meeting", subject=f"会议{n}", occurred_at=moment,
            opportunity_id=the_deal["id"],
        )  # fmt: skip
        await visit(client, customer_id, planned_at=moment)
        await task(client, subject=f"任务{n}", due_at=moment, customer_id=customer_id)

    await meeting_at(await customer(client, address="北京市海淀区1号"), 0)
    one = await statements()
    for n in range(1, 8):
        await meeting_at(await customer(client, address=f"北京市海淀区{n + 1}号"), n)
    eight = await statements()
    body = Calendar.from_ical((await anon.get(_path(feed["url"]))).content)
    assert len(body.walk("VEVENT")) == 16
    assert all(str(e["location"]).startswith("北京市海淀区") for e in body.walk("VEVENT"))
    assert eight == one


async def test_production_warns_at_start_when_the_public_base_url_is_unset(
    db: TestDatabase, caplog: pytest.LogCaptureFixture
) -> None:
    production = {"environment": Environment.production, "secret_key": "k" * 48}
    unset = make_settings(db.url, **production)
    assert unset.public_base_url_warning is not None
    assert "SALESCRM_PUBLIC_BASE_URL is unset" in unset.public_base_url_warning
    loopback = make_settings(db.url, public_base_url="http://127.0.0.1:8000", **production)
    assert "loopback" in str(loopback.public_base_url_warning)
    set_ = make_settings(db.url, public_base_url="https://crm.example.com", **production)
    assert set_.public_base_url_warning is None
    assert make_settings(db.url).public_base_url_warning is None  # not in development or tests
    with pytest.raises(ValidationError, match="public_base_url"):
        make_settings(db.url, public_base_url="crm.example.com")

    for settings, warned in ((unset, True), (set_, False)):
        caplog.clear()
        application = create_app(settings, database=db.database)
        with caplog.at_level(logging.WARNING, logger="salescrm.app"):
            async with application.router.lifespan_context(application):
                pass
        messages = [r.getMessage() for r in caplog.records if r.name == "salescrm.app"]
        assert any("SALESCRM_PUBLIC_BASE_URL" in m for m in messages) is warned, messages


async def test_unknown_tokens_and_other_peoples_feeds_are_404(
    app: Any, client: httpx.AsyncClient, anon: httpx.AsyncClient, db: TestDatabase
) -> None:
    feed = await ok(await client.post(FEEDS, json={}), 201)
    await problem(await anon.get("/api/v1/calendar/" + "x" * 43 + ".ics"), 404, "not_found")
    _, token = await rep(app, client, db, "thief")
    async with http_client(app, token) as r:
        await problem(await r.delete(f"{FEEDS}/{feed['id']}"), 404, "not_found")
    assert (await anon.get(_path(feed["url"]))).status_code == 200


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


async def test_a_replayed_feed_creation_does_not_hand_out_the_secret_again(
    client: httpx.AsyncClient,
) -> None:
    """The secret URL is shown once; the stored answer an Idempotency-Key replays says null
    there, as the contract states (found by the contract fuzz, ST108)."""
    key = {"Idempotency-Key": "feed-replay-1"}
    first = await client.post(FEEDS, json={}, headers=key)
    assert first.status_code == 201, first.text
    assert first.json()["url"].endswith(".ics")
    again = await client.post(FEEDS, json={}, headers=key)
    assert again.status_code == 201, again.text
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json()["url"] is None
    assert again.json()["id"] == first.json()["id"]
    listed = (await client.get(FEEDS)).json()["items"]
    assert [feed["id"] for feed in listed] == [first.json()["id"]]
