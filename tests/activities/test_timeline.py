"""Timelines: a customer's and a deal's activities, tasks, visits, stage changes and events,
merged newest first and paged without gaps or repeats."""

from __future__ import annotations

from typing import Any

import httpx

from tests.activities.support import (
    ACTIVITIES,
    activity,
    customer,
    deal,
    ok,
    problem,
    rep,
    task,
    visit,
)
from tests.conftest import TestDatabase, http_client


def _timeline(resource: str, record_id: str) -> str:
    return f"/api/v1/{resource}/{record_id}/timeline"


async def _all(http: httpx.AsyncClient, url: str, limit: int) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": limit, **({"cursor": cursor} if cursor else {})}
        page = await ok(await http.get(url, params=params))
        items.extend(page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            return items


async def test_a_customers_timeline_merges_every_kind_newest_first(
    client: httpx.AsyncClient,
) -> None:
    customer_id = await customer(client, "时间线客户")
    older = await activity(
        client, customer_id, subject="首次电话", occurred_at="2026-11-01T01:00:00Z"
    )
    newer = await activity(
        client, customer_id, subject="二次电话", occurred_at="2026-11-20T01:00:00Z"
    )
    planned = await visit(client, customer_id, planned_at="2099-12-10T02:00:00Z")
    todo = await task(client, subject="发资料", customer_id=customer_id)
    the_deal = await deal(client, customer_id)
    on_deal = await activity(
        client, customer_id, subject="商机沟通", occurred_at="2026-11-10T01:00:00Z",
        opportunity_id=the_deal["id"],
    )  # fmt: skip
    elsewhere = await customer(client, "别的客户")
    await activity(client, elsewhere, subject="无关")

    url = _timeline("customers", customer_id)
    picked = await ok(await client.get(url, params={"kind": ["activity", "visit"]}))
    assert [(i["kind"], i["id"]) for i in picked["items"]] == [
        ("visit", planned["id"]),
        ("activity", newer["id"]),
        ("activity", on_deal["id"]),
        ("activity", older["id"]),
    ]
    assert picked["items"][1]["title"] == "二次电话"
    assert picked["items"][1]["data"]["type"] == "call"

    whole = (await ok(await client.get(url, params={"limit": 200})))["items"]
    kinds = {i["kind"] for i in whole}
    assert {"activity", "visit", "task", "stage_change", "customer_event"} <= kinds
    assert todo["id"] in {i["id"] for i in whole}
    stamps = [(i["at"], i["id"]) for i in whole]
    assert stamps == sorted(stamps, reverse=True)
    paged = await _all(client, url, limit=2)
    assert [i["id"] for i in paged] == [i["id"] for i in whole]

    await ok_delete(client, f"{ACTIVITIES}/{older['id']}")
    after = (await ok(await client.get(url, params={"kind": "activity"})))["items"]
    assert older["id"] not in {i["id"] for i in after}

    deal_items = await _all(client, _timeline("opportunities", the_deal["id"]), limit=1)
    # The deal was created (its first stage change) today, after the activity of 10 November.
    assert [i["kind"] for i in deal_items] == ["stage_change", "activity"]
    assert deal_items[1]["id"] == on_deal["id"]


async def ok_delete(http: httpx.AsyncClient, url: str) -> None:
    response = await http.delete(url)
    assert response.status_code == 204, response.text


async def test_a_timeline_needs_its_record_and_checks_its_parameters(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    customer_id = await customer(client, "保密客户")
    the_deal = await deal(client, customer_id)
    _, token = await rep(app, client, db, "nosy")
    async with http_client(app, token) as r:
        await problem(await r.get(_timeline("customers", customer_id)), 404, "not_found")
        await problem(await r.get(_timeline("opportunities", the_deal["id"])), 404, "not_found")
    url = _timeline("customers", customer_id)
    await problem(await client.get(url, params={"kind": "gossip"}), 422, "validation_error")
    await problem(await client.get(url, params={"cursor": "forged"}), 422, "validation_error")
    await problem(await client.get(url, params={"limit": 0}), 422, "validation_error")


async def test_items_with_a_scope_of_their_own_show_only_where_it_covers_them(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    rep_id, token = await rep(app, client, db, "owner")
    colleague_id, _ = await rep(app, client, db, "colleague")
    customer_id = await customer(client, "共享客户", owner_id=rep_id)
    theirs = await task(
        client, subject="同事的任务", customer_id=customer_id, owner_id=colleague_id
    )
    mine = await task(client, subject="我的任务", customer_id=customer_id, owner_id=rep_id)
    their_deal = await deal(client, customer_id, owner_id=colleague_id)
    my_deal = await deal(client, customer_id, owner_id=rep_id)
    noted = await activity(client, customer_id, opportunity_id=their_deal["id"])
    url = _timeline("customers", customer_id)
    async with http_client(app, token) as r:
        items = await _all(r, url, limit=2)  # the guards hold on every page
        assert [i["id"] for i in items] == [i["id"] for i in await _all(r, url, limit=50)]
    ids = {i["id"] for i in items}
    assert mine["id"] in ids
    assert theirs["id"] not in ids
    deals = {i["data"]["opportunity_id"] for i in items if i["kind"] == "stage_change"}
    assert deals == {my_deal["id"]}
    # Activities follow the customer, which the rep sees: all of them show.
    assert noted["id"] in ids
    everything = {i["id"] for i in await _all(client, url, limit=50)}
    assert theirs["id"] in everything
