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
from tests.conftest import TestDatabase, http_client

CUSTOMERS = "/api/v1/customers"
CONTACTS = "/api/v1/contacts"


async def _contact(http: httpx.AsyncClient, customer_id: str, name: str) -> str:
    body = await ok(await http.post(CONTACTS, json={"customer_id": customer_id, "name": name}), 201)
    return str(body["id"])


async def test_a_customer_the_caller_cannot_see_is_a_404_and_nothing_is_written(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    hidden = await customer(client, "别人的客户")
    _, token = await rep(app, client, db, "rep404")
    async with http_client(app, token) as r:
        payload = {"type": "call", "subject": "试探", "customer_id": hidden}
        await problem(await r.post(ACTIVITIES, json=payload), 404, "not_found")
        payload["customer_id"] = UNKNOWN
        await problem(await r.post(ACTIVITIES, json=payload), 404, "not_found")
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
    assert locs(bad) == ["contact_ids"]
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
        # The deal vouches for its customer: the rep records on it although the customer is
        # not theirs to see.
        mine = await activity(r, customer_id, opportunity_id=their_deal["id"], subject="我的")
        assert mine["author_id"] == rep_id
        # Without the deal, the customer stays out of reach.
        payload = {"type": "call", "subject": "x", "customer_id": customer_id}
        await problem(await r.post(ACTIVITIES, json=payload), 404, "not_found")
