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
from tests.sales.support import default_pipeline, stage


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
    assert picked["items"][1]["title"] == "Call: 二次电话"
    assert picked["items"][1]["data"]["type"] == "call"
    assert picked["items"][1]["data"]["type_name"] == "电话"

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


async def test_titles_are_words_in_the_callers_language_never_codes(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    rep_id, _ = await rep(app, client, db, "heir")
    pipeline = await default_pipeline(client)
    names = {s["id"]: s["name"] for s in pipeline["stages"]}
    customer_id = await customer(client, "标题客户", stage="prospect")
    await activity(client, customer_id, subject="首次电话", occurred_at="2026-11-01T01:00:00Z")
    await task(client, subject="发资料", customer_id=customer_id)
    await visit(client, customer_id, purpose="上门演示", planned_at="2099-12-10T02:00:00Z")
    the_deal = await deal(client, customer_id, name="二期项目", amount="50000.00")
    url = f"/api/v1/customers/{customer_id}"
    second = stage(pipeline, index=1)
    await ok(
        await client.patch(f"/api/v1/opportunities/{the_deal['id']}", json={"stage_id": second})
    )
    await ok(await client.post(f"/api/v1/opportunities/{the_deal['id']}/win", json={}))
    await ok(await client.patch(url, json={"stage": "active", "owner_id": rep_id}))

    async def titles(language: str) -> dict[str, list[str]]:
        response = await client.get(
            f"{url}/timeline", params={"limit": 200}, headers={"Accept-Language": language}
        )
        by_kind: dict[str, list[str]] = {}
        for item in (await ok(response))["items"]:
            by_kind.setdefault(item["kind"], []).append(item["title"])
        return by_kind

    first, won_stage = names[the_deal["stage_id"]], names[stage(pipeline, "won")]
    english = await titles("en-US,en;q=0.9")
    assert english["activity"] == ["Call: 首次电话"]
    assert english["task"] == ["Task (Open): 发资料"]
    assert english["visit"] == ["Visit (Planned): 上门演示"]
    assert english["stage_change"] == [
        "Deal 二期项目 won",
        f"Deal 二期项目 moved from {first} to {names[second]}",
        f"Deal 二期项目 created in stage {first}",
    ]
    assert english["customer_event"] == [
        "Transferred from 系统管理员 to 销售heir",
        "Stage changed from Prospect to Active customer",
        "Stage set to Prospect",
    ]
    chinese = await titles("zh-CN,zh;q=0.9,en;q=0.5")
    assert chinese["activity"] == ["电话：首次电话"]
    assert chinese["task"] == ["任务（待办）：发资料"]
    assert chinese["visit"] == ["拜访（计划中）：上门演示"]
    assert chinese["stage_change"] == [
        "商机「二期项目」赢单",
        f"商机「二期项目」从「{first}」进入「{names[second]}」",
        f"商机「二期项目」创建，阶段「{first}」",
    ]
    assert chinese["customer_event"] == [
        "从系统管理员转给销售heir",
        "客户阶段从「潜在客户」变为「活跃客户」",
        "客户阶段设为「潜在客户」",
    ]
    timeline = await ok(await client.get(f"{url}/timeline", params={"kind": "customer_event"}))
    changed = timeline["items"][1]["data"]
    assert (changed["kind"], changed["from"], changed["to"]) == (
        "stage_changed",
        "prospect",
        "active",
    )
    codes = ("stage_changed", "transferred", "prospect", "active", "→", "in_progress", "None")
    for title in [t for ts in [*english.values(), *chinese.values()] for t in ts]:
        assert not any(code in title for code in codes), title
    # The data carry the names too, and the stage change's statuses as values of their enum.
    deal_items = await ok(await client.get(f"/api/v1/opportunities/{the_deal['id']}/timeline"))
    won = deal_items["items"][0]
    assert won["data"]["to_stage_name"] == won_stage
    assert (won["data"]["from_status"], won["data"]["to_status"]) == ("open", "won")
    assert won["data"]["opportunity_name"] == "二期项目"


def test_the_contract_types_each_kind_of_item(app: Any) -> None:
    """A generated client gets one member per kind, told apart by ``kind``, each with typed
    ``data``: no untyped map anywhere under a timeline page."""
    schemas = app.openapi()["components"]["schemas"]
    items = schemas["TimelinePage"]["properties"]["items"]["items"]
    mapping = items["discriminator"]["mapping"]
    assert items["discriminator"]["propertyName"] == "kind"
    assert set(mapping) == {
        "activity",
        "task",
        "visit",
        "stage_change",
        "customer_event",
        "schedule",
        "approval",
    }

    def untyped(schema: dict[str, Any], seen: set[str]) -> list[str]:
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            return [] if name in seen else untyped(schemas[name], seen | {name})
        found = []
        if schema.get("type") == "object" and not schema.get("properties"):
            extra = schema.get("additionalProperties")
            if not isinstance(extra, dict) or not extra:
                found.append(str(schema))
        if not schema or schema.get("additionalProperties") is True:
            found.append(str(schema))
        children = [
            *schema.get("properties", {}).values(),
            *schema.get("anyOf", []),
            *schema.get("oneOf", []),
        ]
        for key in ("items", "additionalProperties"):
            if isinstance(schema.get(key), dict):
                children.append(schema[key])
        return [problem for child in children for problem in untyped(child, seen)]

    for kind, ref in mapping.items():
        member = schemas[ref.rsplit("/", 1)[-1]]
        assert member["properties"]["kind"].get("const", member["properties"]["kind"].get("enum"))
        assert "$ref" in member["properties"]["data"], kind
        assert untyped(member, set()) == [], kind
