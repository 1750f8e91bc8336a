"""Activities: links checked against the caller's scope, participants, follow-up tasks, the
public-pool clock, and visibility through the customer or the deal."""

from __future__ import annotations

from typing import Any

import httpx

from tests.activities.support import (
    ACTIVITIES,
    TASKS,
    UNKNOWN,
    activity,
    count,
    customer,
    deal,
    locs,
    ok,
    problem,
    rep,
)
from tests.conftest import TestDatabase, assert_unknown_reference, http_client

CUSTOMERS = "/api/v1/customers"
CONTACTS = "/api/v1/contacts"


async def _contact(http: httpx.AsyncClient, customer_id: str, name: str) -> str:
    body = await ok(await http.post(CONTACTS, json={"customer_id": customer_id, "name": name}), 201)
    return str(body["id"])


async def test_a_customer_the_caller_cannot_see_is_a_422_and_nothing_is_written(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    hidden = await customer(client, "别人的客户")
    _, token = await rep(app, client, db, "rep404")
    async with http_client(app, token) as r:
        payload = {"type": "call", "subject": "试探", "customer_id": hidden}
        assert_unknown_reference(await r.post(ACTIVITIES, json=payload), "body", "customer_id")
        payload["customer_id"] = UNKNOWN
        assert_unknown_reference(await r.post(ACTIVITIES, json=payload), "body", "customer_id")
    assert await count(client, ACTIVITIES) == 0


async def test_participants_links_and_their_422s(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    mine = await customer(client, "华信科技")
    other = await customer(client, "远方集团")
    zhang = await _contact(client, mine, "张伟")
    li = await _contact(client, mine, "李娜")
    stranger = await _contact(client, other, "王强")
    created = await activity(
        client,
        mine,
        type="meeting",
        contact_id=zhang,
        contact_ids=[zhang, li],
        employee_ids=[db.admin_id],
    )
    assert created["contact_ids"] == [zhang, li]
    assert created["employee_ids"] == [db.admin_id]
    assert created["author_id"] == db.admin_id
    listed = await ok(await client.get(ACTIVITIES, params={"participant_id": db.admin_id}))
    assert [a["id"] for a in listed["items"]] == [created["id"]]

    bad = await client.post(
        ACTIVITIES,
        json={"type": "call", "subject": "x", "customer_id": mine, "contact_ids": [stranger]},
    )
    await problem(bad, 422, "validation_error")
    assert [(e["loc"], e["type"]) for e in bad.json()["errors"]] == [
        (["body", "contact_ids", 0], "wrong_customer")
    ]
    foreign_deal = await deal(client, other)
    bad = await client.post(
        ACTIVITIES,
        json={
            "type": "call",
            "subject": "x",
            "customer_id": mine,
            "opportunity_id": foreign_deal["id"],
        },
    )
    assert locs(bad) == ["opportunity_id"]
    await client.patch(
        f"/api/v1/activity-types/{await _type_id(client, 'demo')}", json={"active": False}
    )
    bad = await client.post(ACTIVITIES, json={"type": "demo", "subject": "x", "customer_id": mine})
    assert locs(bad) == ["type"]

    changed = await ok(
        await client.patch(f"{ACTIVITIES}/{created['id']}", json={"contact_ids": [li]})
    )
    assert changed["contact_ids"] == [li]
    assert changed["employee_ids"] == [db.admin_id]
    assert await count(client, ACTIVITIES) == 1


async def _type_id(http: httpx.AsyncClient, code: str) -> str:
    items = (await ok(await http.get("/api/v1/activity-types", params={"q": code})))["items"]
    return str(next(t["id"] for t in items if t["code"] == code))


async def test_a_next_follow_up_date_creates_a_task_and_the_pool_clock_moves(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    customer_id = await customer(client, "跟进客户")
    before = (await ok(await client.get(f"{CUSTOMERS}/{customer_id}")))["last_follow_up_at"]
    created = await activity(
        client,
        customer_id,
        subject="电话沟通报价",
        occurred_at="2026-11-30T02:00:00Z",
        next_follow_up_at="2099-12-05T01:00:00Z",
    )
    task = await ok(await client.get(f"{TASKS}/{created['follow_up_task_id']}"))
    assert task["owner_id"] == db.admin_id
    assert task["due_at"] == "2099-12-05T01:00:00Z"
    assert task["activity_id"] == created["id"]
    assert task["customer_id"] == customer_id
    assert task["subject"] == "跟进：电话沟通报价"
    after = (await ok(await client.get(f"{CUSTOMERS}/{customer_id}")))["last_follow_up_at"]
    assert before is None
    assert after == "2026-11-30T02:00:00Z"
    # An older activity recorded later does not move the clock back.
    await activity(client, customer_id, occurred_at="2026-10-01T02:00:00Z")
    again = (await ok(await client.get(f"{CUSTOMERS}/{customer_id}")))["last_follow_up_at"]
    assert again == "2026-11-30T02:00:00Z"


async def test_a_deal_team_member_sees_the_deals_activities_not_the_customers_others(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    rep_id, token = await rep(app, client, db, "dealrep")
    customer_id = await customer(client, "大客户")
    their_deal = await deal(client, customer_id, owner_id=rep_id)
    on_deal = await activity(client, customer_id, opportunity_id=their_deal["id"])
    await activity(client, customer_id, subject="仅客户")
    async with http_client(app, token) as r:
        listed = await ok(await r.get(ACTIVITIES))
        assert [a["id"] for a in listed["items"]] == [on_deal["id"]]
        await ok(await r.get(f"{ACTIVITIES}/{on_deal['id']}"))
        # Their deal does not speak for a customer they may not change: a deal stands in for
        # its customer only as far as its owner — here the rep — may change that customer.
        payload = {"type": "call", "subject": "x", "customer_id": customer_id}
        on_theirs = {**payload, "opportunity_id": their_deal["id"]}
        refused = await r.post(ACTIVITIES, json=on_theirs)
        assert_unknown_reference(refused, "body", "customer_id")
        # Nor, of course, without the deal.
        assert_unknown_reference(await r.post(ACTIVITIES, json=payload), "body", "customer_id")


async def test_naive_or_out_of_range_times_in_filters_are_422(client: httpx.AsyncClient) -> None:
    naive = "2026-01-01T00:00:00"
    for path, name in (
        (ACTIVITIES, "occurred_from"),
        (TASKS, "due_to"),
        ("/api/v1/visits", "planned_from"),
        (CUSTOMERS, "created_from"),
    ):
        refused = await client.get(path, params={name: naive})
        await problem(refused, 422, "validation_error")
        assert locs(refused) == [name]
    for period in (("9999-12-01", "9999-12-31"), ("0001-01-01", "0001-01-02")):
        params = {"checked_out_from": period[0], "checked_out_to": period[1]}
        refused = await client.get("/api/v1/visits/stats", params=params)
        await problem(refused, 422, "validation_error")


async def test_writes_through_the_deal_follow_the_deals_access(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """An activity is changeable through its customer or its deal, each as the caller may
    change it: a read-only share of the deal reads but does not write; a deal-team member with
    write access changes the deal's activities, not the customer's others."""
    reader_id, reader = await rep(app, client, db, "reader")
    member_id, member = await rep(app, client, db, "member")
    customer_id = await customer(client, "团队客户")
    contact = await _contact(client, customer_id, "赵敏")
    the_deal = await deal(client, customer_id)
    on_deal = await activity(client, customer_id, opportunity_id=the_deal["id"])
    customer_only = await activity(client, customer_id, subject="客户层面")
    share = {"resource": "opportunity", "record_id": the_deal["id"], "employee_id": reader_id}
    await ok(await client.post("/api/v1/record-shares", json=share), 201)
    team = f"/api/v1/opportunities/{the_deal['id']}/team/{member_id}"
    await ok(await client.put(team, json={"role": "售前", "access": "write"}), 201)

    async with http_client(app, reader) as r:
        await ok(await r.get(f"{ACTIVITIES}/{on_deal['id']}"))
        refused = await r.patch(f"{ACTIVITIES}/{on_deal['id']}", json={"outcome": "改"})
        await problem(refused, 403, "forbidden")
        await problem(await r.delete(f"{ACTIVITIES}/{on_deal['id']}"), 403, "forbidden")
    async with http_client(app, member) as r:
        changed = await ok(await r.patch(f"{ACTIVITIES}/{on_deal['id']}", json={"outcome": "好"}))
        assert changed["outcome"] == "好"
        hidden = await r.patch(f"{ACTIVITIES}/{customer_only['id']}", json={"outcome": "x"})
        await problem(hidden, 404, "not_found")
        # Taking the deal off would leave the member outside the activity: refused, unchanged.
        away = await r.patch(f"{ACTIVITIES}/{on_deal['id']}", json={"opportunity_id": None})
        await problem(away, 403, "forbidden")
        # The deal vouches for its customer's contacts too.
        named = await activity(
            r, customer_id, opportunity_id=the_deal["id"], contact_id=contact, contact_ids=[contact]
        )
        assert named["contact_ids"] == [contact]
    still = await ok(await client.get(f"{ACTIVITIES}/{on_deal['id']}"))
    assert (still["opportunity_id"], still["outcome"]) == (the_deal["id"], "好")


async def test_a_follow_up_date_set_or_moved_later_keeps_one_task(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    customer_id = await customer(client, "改期客户")
    created = await activity(client, customer_id, occurred_at="2026-11-01T01:00:00Z")
    assert created["follow_up_task_id"] is None
    url = f"{ACTIVITIES}/{created['id']}"
    later = await ok(await client.patch(url, json={"next_follow_up_at": "2099-01-10T01:00:00Z"}))
    task_url = f"{TASKS}/{later['follow_up_task_id']}"
    assert (await ok(await client.get(task_url)))["due_at"] == "2099-01-10T01:00:00Z"
    moved = await ok(await client.patch(url, json={"next_follow_up_at": "2099-02-01T01:00:00Z"}))
    assert moved["follow_up_task_id"] == later["follow_up_task_id"]
    task = await ok(await client.get(task_url))
    assert (task["due_at"], task["remind_at"]) == ("2099-02-01T01:00:00Z",) * 2
    assert await count(client, TASKS) == 1
    # Moving the activity later moves the customer's follow-up clock with it.
    await ok(await client.patch(url, json={"occurred_at": "2026-11-20T01:00:00Z"}))
    customer_now = await ok(await client.get(f"{CUSTOMERS}/{customer_id}"))
    assert customer_now["last_follow_up_at"] == "2026-11-20T01:00:00Z"
