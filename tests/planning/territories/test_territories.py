"""The tree (paths, moves, the subtree filter, deletes), the customers' territory, the dry run
and apply of a rule change, the hand-over, and the migration's mapping of the text fields."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import httpx

from tests.activities.support import UNKNOWN
from tests.conftest import TestDatabase, assert_unknown_reference
from tests.org.support import department, employee
from tests.planning.territories.support import (
    CUSTOMERS,
    RULES,
    TERRITORIES,
    members,
    rule,
    territory,
)
from tests.sales.support import ok

MIGRATION = Path(__file__).parents[3] / "migrations/versions/20261205_0027_planning_territories.py"


def _hex(body: dict[str, Any]) -> str:
    return str(body["id"]).replace("-", "")


async def _ids(http: httpx.AsyncClient, **params: Any) -> set[str]:
    items = (await ok(await http.get(TERRITORIES, params={**params, "limit": 200})))["items"]
    return {i["id"] for i in items}


async def test_the_tree_moves_and_refuses_cycles(client: httpx.AsyncClient) -> None:
    east = await territory(client, "华东", kind="region")
    zj = await territory(client, "浙江", east["id"], kind="province")
    hz = await territory(client, "杭州", zj["id"], kind="city")
    south = await territory(client, "华南", kind="region")
    assert (east["depth"], zj["depth"], hz["depth"]) == (0, 1, 2)
    assert hz["path"] == f"/{_hex(east)}/{_hex(zj)}/{_hex(hz)}/"
    assert hz["parent"]["name"] == "浙江"
    assert await _ids(client, within=east["id"]) == {east["id"], zj["id"], hz["id"]}
    assert await _ids(client, parent_id=east["id"]) == {zj["id"]}
    assert await _ids(client, q="杭州") == {hz["id"]}

    # Under itself or its own descendant: 422 naming parent_id; nothing changed.
    for target in (east, hz):
        refused = await client.patch(
            f"{TERRITORIES}/{east['id']}", json={"parent_id": target["id"]}
        )
        assert refused.status_code == 422, refused.text
        assert refused.json()["errors"][0]["loc"] == ["body", "parent_id"]
    assert_unknown_reference(
        await client.patch(f"{TERRITORIES}/{east['id']}", json={"parent_id": UNKNOWN}),
        "body", "parent_id",
    )  # fmt: skip

    # Moving 浙江 under 华南 rewrites its subtree's paths and depths.
    moved = await ok(
        await client.patch(f"{TERRITORIES}/{zj['id']}", json={"parent_id": south["id"]})
    )
    assert moved["path"] == f"/{_hex(south)}/{_hex(zj)}/"
    assert moved["depth"] == 1
    city = await ok(await client.get(f"{TERRITORIES}/{hz['id']}"))
    assert city["path"] == f"/{_hex(south)}/{_hex(zj)}/{_hex(hz)}/"
    assert city["depth"] == 2
    assert await _ids(client, within=south["id"]) == {south["id"], zj["id"], hz["id"]}
    assert await _ids(client, within=east["id"]) == {east["id"]}
    # To the root.
    root = await ok(await client.patch(f"{TERRITORIES}/{zj['id']}", json={"parent_id": None}))
    assert (root["path"], root["depth"]) == (f"/{_hex(zj)}/", 0)
    city = await ok(await client.get(f"{TERRITORIES}/{hz['id']}"))
    assert (city["path"], city["depth"]) == (f"/{_hex(zj)}/{_hex(hz)}/", 1)

    # Delete: refused with live children, customers or rules (409 with a code).
    busy = await client.delete(f"{TERRITORIES}/{zj['id']}")
    assert (busy.status_code, busy.json()["code"]) == (409, "territory_in_use")
    customer = await ok(
        await client.post(CUSTOMERS, json={"name": "区域客户", "territory_id": hz["id"]}), 201
    )
    assert customer["territory"]["name"] == "杭州"
    assert (await client.delete(f"{TERRITORIES}/{hz['id']}")).status_code == 409
    await ok(await client.patch(f"{CUSTOMERS}/{customer['id']}", json={"territory_id": None}))
    assert (await client.delete(f"{TERRITORIES}/{hz['id']}")).status_code == 204
    assert (await client.delete(f"{TERRITORIES}/{zj['id']}")).status_code == 204
    # A child's restore waits for its parent.
    orphan = await client.post(f"{TERRITORIES}/{hz['id']}/restore")
    assert (orphan.status_code, orphan.json()["code"]) == (409, "territory_parent_deleted")

    # Members: exactly one of an employee and a team.
    both = await client.post(
        members(east["id"]), json={"employee_id": UNKNOWN, "department_id": UNKNOWN}
    )
    assert both.status_code == 422
    assert (await client.post(members(east["id"]), json={})).status_code == 422
    team = await department(client, "华东销售队", None)
    made = await ok(await client.post(members(east["id"]), json={"department_id": team["id"]}), 201)
    assert made["department"]["name"] == "华东销售队"
    assert made["responsible"] is True


async def test_customers_get_their_territory_from_the_rules(client: httpx.AsyncClient) -> None:
    east = await territory(client, "华东", kind="region")
    zj = await territory(client, "浙江", east["id"], kind="province")
    hz = await territory(client, "杭州", zj["id"], kind="city")
    sh = await territory(client, "上海", east["id"], kind="city")
    other = await territory(client, "其他")
    assert_unknown_reference(
        await client.post(CUSTOMERS, json={"name": "坏区域", "territory_id": UNKNOWN}),
        "body", "territory_id",
    )  # fmt: skip
    # Before any rule: no territory; free text stays as written.
    plain = await ok(
        await client.post(
            CUSTOMERS, json={"name": "无规则", "province": "浙江省", "territory_text": "东片"}
        ),
        201,
    )
    assert (plain["territory_id"], plain["territory"], plain["territory_text"]) == (
        None, None, "东片",
    )  # fmt: skip

    await rule(client, hz["id"], name="杭州大客户", priority=1, cities=["杭州市"], tiers=["a"])
    await rule(client, zj["id"], name="浙江", priority=5, provinces=["浙江省"])
    await rule(client, sh["id"], name="上海", priority=5, cities=["上海市"], sizes=["large"])
    await rule(client, other["id"], name="停用", priority=0, active=False)

    async def made(name: str, **fields: Any) -> dict[str, Any]:
        return await ok(await client.post(CUSTOMERS, json={"name": name, **fields}), 201)

    a = await made("杭州A", province="浙江省", city="杭州市", tier="A")
    b = await made("杭州B", province="浙江省", city="杭州市", tier="B")
    c = await made("上海大", province="上海市", city="上海市", size="large")
    d = await made("上海小", province="上海市", city="上海市", size="small")
    e = await made("指定", province="浙江省", territory_id=sh["id"])
    assert [x["territory_id"] for x in (a, b, c, d, e)] == [
        hz["id"],
        zj["id"],
        sh["id"],
        None,
        sh["id"],
    ]
    assert a["territory"]["name"] == "杭州"
    # A change of a field the rules read places it again; an explicit territory wins.
    d2 = await ok(await client.patch(f"{CUSTOMERS}/{d['id']}", json={"size": "large"}))
    assert d2["territory_id"] == sh["id"]
    b2 = await ok(await client.patch(f"{CUSTOMERS}/{b['id']}", json={"remarks": "无关"}))
    assert b2["territory_id"] == zj["id"]

    async def listed(**params: Any) -> set[str]:
        items = (await ok(await client.get(CUSTOMERS, params={**params, "limit": 200})))["items"]
        return {i["id"] for i in items}

    assert await listed(territory_id=east["id"]) == {a["id"], b["id"], c["id"], d["id"], e["id"]}
    assert await listed(territory_id=zj["id"]) == {a["id"], b["id"]}
    assert await listed(territory_id=hz["id"]) == {a["id"]}
    assert await listed(territory_text="东片") == {plain["id"]}


async def test_dry_run_and_apply(client: httpx.AsyncClient, db: TestDatabase) -> None:
    north = await territory(client, "华北", kind="region")
    bj = await territory(client, "北京", north["id"], kind="city")
    tj = await territory(client, "天津", north["id"], kind="city")
    r_bj = await rule(client, bj["id"], name="北京", priority=1, cities=["北京市"])
    ids: dict[str, list[str]] = {"bj": [], "tj": [], "none": []}
    for n in range(5):
        ids["bj"].append(
            (
                await ok(
                    await client.post(CUSTOMERS, json={"name": f"京{n}", "city": "北京市"}), 201
                )
            )["id"]
        )
    for n in range(3):
        body = {"name": f"津{n}", "city": "天津市", "industry": "制造业"}
        ids["tj"].append((await ok(await client.post(CUSTOMERS, json=body), 201))["id"])
    # The current rules move nobody.
    current = await ok(await client.post(f"{RULES}/dry-run", json={}))
    assert (current["total"], current["moves"], current["customers"]) == (0, [], [])

    # Proposed: Tianjin's manufacturers to 天津 and Beijing's rule pointed at 华北.
    change = {
        "add": [{"territory_id": tj["id"], "cities": ["天津市"], "industries": ["制造业"]}],
        "edit": [{"id": r_bj["id"], "territory_id": north["id"]}],
        "limit": 4,
    }
    preview = await ok(await client.post(f"{RULES}/dry-run", json=change))
    assert preview["total"] == 8
    counts = {(m["from_territory_id"], m["to_territory_id"]): m["count"] for m in preview["moves"]}
    assert counts == {(bj["id"], north["id"]): 5, (None, tj["id"]): 3}
    assert preview["moves"][0]["to_territory"]["name"] == "华北"
    assert len(preview["customers"]) == 4
    assert preview["next_after"] is not None
    rest = await ok(
        await client.post(f"{RULES}/dry-run", json={**change, "after": preview["next_after"]})
    )
    seen = [c["customer_id"] for c in preview["customers"] + rest["customers"]]
    assert sorted(seen) == sorted(ids["bj"] + ids["tj"])
    assert rest["next_after"] is None
    assert rest["customers"][0]["customer"]["name"]
    # Removing Beijing's rule moves nobody (no rule: the customer keeps its territory).
    removed = await ok(await client.post(f"{RULES}/dry-run", json={"remove": [r_bj["id"]]}))
    assert removed["total"] == 0
    bad = await client.post(f"{RULES}/dry-run", json={"remove": [UNKNOWN]})
    assert_unknown_reference(bad, "body", "remove", 0)
    # Nothing was saved.
    still = await ok(await client.get(f"{CUSTOMERS}/{ids['tj'][0]}"))
    assert still["territory_id"] is None

    # Save the change, then apply it.
    await ok(await client.patch(f"{RULES}/{r_bj['id']}", json={"territory_id": north["id"]}))
    await rule(client, tj["id"], name="天津制造", cities=["天津市"], industries=["制造业"])
    applied = await ok(await client.post(f"{RULES}/apply"))
    assert (applied["moved"], applied["owners_notified"]) == (8, 1)
    assert {
        (m["from_territory_id"], m["to_territory_id"]): m["count"] for m in applied["moves"]
    } == counts
    moved = await ok(await client.get(f"{CUSTOMERS}/{ids['tj'][0]}"))
    assert (moved["territory_id"], moved["version"]) == (tj["id"], still["version"] + 1)
    trail = await ok(
        await client.get(
            "/api/v1/audit-events", params={"resource": "customer", "record_id": moved["id"]}
        )
    )
    assert any(e["changes"].get("territory_id") == [None, tj["id"]] for e in trail["items"]), trail
    told = await ok(
        await client.get("/api/v1/notifications", params={"kind": "territory_reassigned"})
    )
    assert len(told["items"]) == 1
    assert "8" in told["items"][0]["title"]
    again = await ok(await client.post(f"{RULES}/apply"))
    assert (again["moved"], again["owners_notified"]) == (0, 0)

    # The hand-over: the admin's customers of 华北 (and below) go to a new employee.
    team = await department(client, "华北队", None)
    heir = await employee(client, "接任者", team["id"])
    body = {"from_employee_id": db.admin_id, "to_employee_id": heir["id"], "reason": "离职"}
    handed = await ok(await client.post(f"{TERRITORIES}/{north['id']}/hand-over", json=body))
    assert handed["transferred"] == 8
    owner = await ok(await client.get(f"{CUSTOMERS}/{ids['bj'][0]}"))
    assert owner["owner_id"] == heir["id"]
    bad_heir = await client.post(
        f"{TERRITORIES}/{north['id']}/hand-over", json={**body, "to_employee_id": UNKNOWN}
    )
    assert_unknown_reference(bad_heir, "body", "to_employee_id")


async def test_the_migration_maps_the_text_fields(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    spec = importlib.util.spec_from_file_location("migration_0027", MIGRATION)
    assert spec is not None
    assert spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    rows = {
        "全": ("华东", "浙江省", "杭州市"),
        "同城": ("华东", "浙江省", "杭州市"),
        "省": ("华东", "浙江省", None),
        "无省": ("华东", None, "上海市"),
        "无区": (None, "广东省", "深圳市"),
        "空": (None, None, None),
    }
    made = {}
    for name, (region, province, city) in rows.items():
        body = {"name": f"迁移{name}", "region": region, "province": province, "city": city}
        made[name] = (await ok(await client.post(CUSTOMERS, json=body), 201))["id"]
    async with db.database.engine.begin() as connection:
        linked = await connection.run_sync(migration.link_customers)
    assert linked == 5

    async def chain(customer_id: str) -> list[tuple[str, str]]:
        customer = await ok(await client.get(f"{CUSTOMERS}/{customer_id}"))
        if customer["territory_id"] is None:
            return []
        node = await ok(await client.get(f"{TERRITORIES}/{customer['territory_id']}"))
        names = [(node["kind"], node["name"])]
        while node["parent_id"] is not None:
            node = await ok(await client.get(f"{TERRITORIES}/{node['parent_id']}"))
            names.insert(0, (node["kind"], node["name"]))
        assert customer["region"] == rows[next(k for k, v in made.items() if v == customer_id)][0]
        return names

    hz = [("region", "华东"), ("province", "浙江省"), ("city", "杭州市")]
    assert await chain(made["全"]) == hz
    assert await chain(made["同城"]) == hz
    assert await chain(made["省"]) == hz[:2]
    assert await chain(made["无省"]) == [("region", "华东"), ("city", "上海市")]
    assert await chain(made["无区"]) == [("province", "广东省"), ("city", "深圳市")]
    assert await chain(made["空"]) == []
    one = (
        await ok(
            await client.get(
                CUSTOMERS,
                params={
                    "territory_id": (await ok(await client.get(f"{CUSTOMERS}/{made['全']}")))[
                        "territory_id"
                    ]
                },
            )
        )
    )["items"]
    assert {c["id"] for c in one} == {made["全"], made["同城"]}
    regions = (await ok(await client.get(TERRITORIES, params={"kind": "region", "q": "华东"})))[
        "items"
    ]
    assert len(regions) == 1
    # Pure mapping: each distinct triple to its deepest node, one node per name and level.
    nodes, leaf = migration.territory_tree(list(rows.values()))
    assert len(nodes) == 6
    assert len(leaf) == 4
