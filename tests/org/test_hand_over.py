"""Hand-over: the preview of what an employee owns, and a plan that splits it among colleagues,
the pool, and moves their memberships; over HTTP, with the owners, shares, notifications,
events and audit entries it leaves behind."""

from __future__ import annotations

from typing import Any

import httpx

from tests.activities.support import TASKS, VISITS, task, visit
from tests.conftest import TestDatabase, http_client
from tests.contract.matrix import PEOPLE, VIEWERS, VISIBLE, Org, build_org, holds
from tests.customers.support import create_customer
from tests.sales.support import deal

EMPLOYEES = "/api/v1/employees"
CUSTOMERS = "/api/v1/customers"
OPPORTUNITIES = "/api/v1/opportunities"
NOTIFICATIONS = "/api/v1/notifications"
EVENTS = "/api/v1/events"
AUDIT = "/api/v1/audit-events"
MISSING = "01890a5d-ac96-774b-bcce-b302099a8999"


def _holdings(employee_id: str) -> str:
    return f"{EMPLOYEES}/{employee_id}/holdings"


def _hand_over(employee_id: str) -> str:
    return f"{EMPLOYEES}/{employee_id}/hand-over"


async def _org(app: Any, client: httpx.AsyncClient, db: TestDatabase) -> Org:
    return await build_org(app, client, db, ["customer:read"])


async def _items(http: httpx.AsyncClient, path: str, **params: Any) -> list[dict[str, Any]]:
    """Every item of a list, read in Chinese."""
    response = await http.get(
        path, params={"limit": 200, **params}, headers={"Accept-Language": "zh-CN"}
    )
    assert response.status_code == 200, response.text
    found: list[dict[str, Any]] = response.json()["items"]
    return found


async def _owner(client: httpx.AsyncClient, path: str) -> str | None:
    response = await client.get(path)
    assert response.status_code == 200, response.text
    owner: str | None = response.json()["owner_id"]
    return owner


def _problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    return body


def _locs(response: httpx.Response) -> list[list[Any]]:
    return [e["loc"] for e in _problem(response, 422)["errors"]]


async def _leaver_with_records(client: httpx.AsyncClient, org: Org) -> dict[str, Any]:
    """R1 owns three customers and a deal, collaborates on R3's customer and on one of R2's
    (where R2 is the owner), and sits on R3's deal team, as does R2."""
    r1 = org.ids["R1"]
    first = await create_customer(client, "交接客户甲", owner_id=r1)
    second = await create_customer(client, "交接客户乙", owner_id=r1)
    pooled = await create_customer(client, "交接客户丙", owner_id=r1)
    opportunity = await deal(client, first["id"], owner_id=r1, name="交接商机")
    r3_customer = await create_customer(client, "他组客户", owner_id=org.ids["R3"])
    r2_customer = await create_customer(client, "同事客户", owner_id=org.ids["R2"])
    r3_deal = await deal(client, r3_customer["id"], owner_id=org.ids["R3"], name="他组商机")
    for path, access in (
        (f"{CUSTOMERS}/{r3_customer['id']}/collaborators/{r1}", "write"),
        (f"{CUSTOMERS}/{r2_customer['id']}/collaborators/{r1}", "read"),
    ):
        response = await client.put(path, json={"access": access})
        assert response.status_code == 201, response.text
    team = f"{OPPORTUNITIES}/{r3_deal['id']}/team"
    for member, seat in (
        (r1, {"access": "write", "role": "售前"}),
        (org.ids["R2"], {"role": "技术支持"}),
    ):
        response = await client.put(f"{team}/{member}", json=seat)
        assert response.status_code == 201, response.text
    return {
        "first": first["id"],
        "second": second["id"],
        "pooled": pooled["id"],
        "deal": opportunity["id"],
        "r3_customer": r3_customer["id"],
        "r2_customer": r2_customer["id"],
        "r3_deal": r3_deal["id"],
    }


async def test_the_preview_lists_every_owned_resource_and_membership(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    records = await _leaver_with_records(client, org)
    async with http_client(app, org.tokens["M1"]) as m1:
        response = await m1.get(_holdings(org.ids["R1"]))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["employee_id"] == org.ids["R1"]
    assert body["employee"]["name"] == "矩阵R1"
    by_resource = {r["resource"]: r for r in body["resources"]}
    assert {"customer", "opportunity", "contract", "task", "visit"} <= set(by_resource)
    customers = by_resource["customer"]
    assert customers["count"] == 3
    assert customers["truncated"] is False
    assert [(r["id"], r["name"]) for r in customers["records"]] == [
        (records["first"], "交接客户甲"),
        (records["second"], "交接客户乙"),
        (records["pooled"], "交接客户丙"),
    ]
    assert [(r["id"], r["name"]) for r in by_resource["opportunity"]["records"]] == [
        (records["deal"], "交接商机")
    ]
    assert by_resource["contract"] == {
        "resource": "contract",
        "count": 0,
        "records": [],
        "truncated": False,
    }
    memberships = {(m["resource"], m["record_id"]): m for m in body["memberships"]}
    assert set(memberships) == {
        ("customer", records["r3_customer"]),
        ("customer", records["r2_customer"]),
        ("opportunity", records["r3_deal"]),
    }
    seat = memberships["opportunity", records["r3_deal"]]
    assert (seat["name"], seat["access"], seat["role"]) == ("他组商机", "write", "售前")


async def test_a_plan_splits_records_by_resource_and_record_and_moves_memberships(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    records = await _leaver_with_records(client, org)
    r1, r2, v, m1_id = org.ids["R1"], org.ids["R2"], org.ids["V"], org.ids["M1"]
    plan = {
        "default_successor_id": r2,
        "resources": [{"resource": "opportunity", "successor_id": v}],
        "records": [{"resource": "customer", "record_id": records["pooled"], "to_pool": True}],
        "reason": "调岗",
    }
    async with http_client(app, org.tokens["M1"]) as m1:
        dry = await m1.post(_hand_over(r1), json={**plan, "dry_run": True})
        assert dry.status_code == 200, dry.text
        preview = dry.json()
        assert preview["dry_run"] is True
        assert preview["notified"] == []
        # Nothing changed.
        assert await _owner(client, f"{CUSTOMERS}/{records['first']}") == r1
        assert await _owner(client, f"{CUSTOMERS}/{records['pooled']}") == r1

        done = await m1.post(_hand_over(r1), json=plan)
    assert done.status_code == 200, done.text
    result = done.json()
    assert result["dry_run"] is False
    # The dry run said exactly what the real one did.
    for key in ("counts", "records", "memberships"):
        assert preview[key] == result[key], key
    moved = {m["record_id"]: m["successor_id"] for m in result["records"]}
    assert moved == {
        records["first"]: r2,
        records["second"]: r2,
        records["pooled"]: None,
        records["deal"]: v,
    }
    assert {(c["resource"], c["successor_id"], c["count"]) for c in result["counts"]} == {
        ("customer", r2, 2),
        ("customer", None, 1),
        ("opportunity", v, 1),
    }
    outcomes = {(m["resource"], m["record_id"]): m["outcome"] for m in result["memberships"]}
    assert outcomes == {
        ("customer", records["r3_customer"]): "moved",
        ("customer", records["r2_customer"]): "dropped",  # R2 owns it: not a member
        ("opportunity", records["r3_deal"]): "merged",  # R2 sat on the team already
    }

    # The owners moved.
    assert await _owner(client, f"{CUSTOMERS}/{records['first']}") == r2
    assert await _owner(client, f"{CUSTOMERS}/{records['second']}") == r2
    pooled = (await client.get(f"{CUSTOMERS}/{records['pooled']}")).json()
    assert pooled["owner_id"] is None
    assert await _owner(client, f"{OPPORTUNITIES}/{records['deal']}") == v
    leftover = (await client.get(_holdings(r1))).json()
    assert all(r["count"] == 0 for r in leftover["resources"]), leftover
    assert leftover["memberships"] == []

    # The memberships moved, merged (the wider access kept) or were dropped; no duplicates.
    collaborators = await _items(client, f"{CUSTOMERS}/{records['r3_customer']}/collaborators")
    assert [(c["employee_id"], c["access"]) for c in collaborators] == [(r2, "write")]
    assert await _items(client, f"{CUSTOMERS}/{records['r2_customer']}/collaborators") == []
    team = await _items(client, f"{OPPORTUNITIES}/{records['r3_deal']}/team")
    assert [(m["employee_id"], m["access"], m["role"]) for m in team] == [(r2, "write", "技术支持")]

    # The successors and their manager were told, in the reader's language.
    assert sorted(result["notified"]) == sorted([r2, v, m1_id])
    async with http_client(app, org.tokens["R2"]) as as_r2:
        inbox = await _items(as_r2, NOTIFICATIONS, kind="hand_over")
        english = await as_r2.get(
            NOTIFICATIONS, params={"kind": "hand_over"}, headers={"Accept-Language": "en"}
        )
    assert [(n["title"], n["body"]) for n in inbox] == [
        ("矩阵R1 的 4 条记录已交接给您", "原因:调岗")  # two customers and two memberships
    ]
    assert inbox[0]["resource"] == "employee"
    assert inbox[0]["record_id"] == r1
    assert english.json()["items"][0]["title"] == "矩阵R1 handed over 4 records to you"
    async with http_client(app, org.tokens["V"]) as as_v:
        assert [n["title"] for n in await _items(as_v, NOTIFICATIONS, kind="hand_over")] == [
            "矩阵R1 的 1 条记录已交接给您"
        ]
    async with http_client(app, org.tokens["M1"]) as as_m1:
        titles = {n["title"] for n in await _items(as_m1, NOTIFICATIONS, kind="hand_over")}
    assert titles == {"矩阵R1 的 4 条记录已交接给 矩阵R2", "矩阵R1 的 1 条记录已交接给 矩阵V"}

    # Each moved record was published as updated and audited with its owners.
    events = await _items(client, EVENTS, record_id=records["first"])
    latest = [e for e in events if e["request_id"] == events[0]["request_id"]]
    assert sorted(e["type"] for e in latest) == ["customer.transferred", "customer.updated"]
    assert all(e["data"]["owner_id"] == r2 for e in latest)
    deal_events = await _items(client, EVENTS, record_id=records["deal"])
    latest = [e for e in deal_events if e["request_id"] == deal_events[0]["request_id"]]
    assert sorted(e["type"] for e in latest) == ["opportunity.transferred", "opportunity.updated"]
    assert all(e["data"]["owner_id"] == v for e in latest)
    # The customers' timelines say so too, with the reason.
    timeline = await _items(client, f"{CUSTOMERS}/{records['first']}/events", kind="transferred")
    assert [(e["from_value"], e["to_value"], e["reason"]) for e in timeline] == [(r1, r2, "调岗")]
    released = await _items(client, f"{CUSTOMERS}/{records['pooled']}/events", kind="released")
    assert [(e["from_value"], e["to_value"]) for e in released] == [(r1, None)]
    trail = await _items(client, AUDIT, resource="customer", record_id=records["pooled"])
    assert [r1, None] in [e["changes"].get("owner_id") for e in trail]
    entries = await _items(client, AUDIT, resource="employee", record_id=r1, action="hand_over")
    assert len(entries) == 1
    assert entries[0]["actor_id"] == m1_id
    summary = entries[0]["changes"]["hand_over"][1]
    assert summary["memberships"] == 3
    assert summary["reason"] == "调岗"
    assert {"resource": "customer", "successor_id": None, "count": 1} in summary["records"]


async def test_a_team_transfer_hands_over_only_the_named_records(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    records = await _leaver_with_records(client, org)
    r1, r2 = org.ids["R1"], org.ids["R2"]
    response = await client.post(
        _hand_over(r1),
        json={
            "records": [
                {"resource": "customer", "record_id": records["second"], "successor_id": r2}
            ]
        },
    )
    assert response.status_code == 200, response.text
    assert [m["record_id"] for m in response.json()["records"]] == [records["second"]]
    assert response.json()["memberships"] == []
    assert await _owner(client, f"{CUSTOMERS}/{records['second']}") == r2
    assert await _owner(client, f"{CUSTOMERS}/{records['first']}") == r1
    assert await _owner(client, f"{OPPORTUNITIES}/{records['deal']}") == r1
    still = (await client.get(_holdings(r1))).json()
    assert len(still["memberships"]) == 3
    assert (await client.get(_holdings(r1))).json()["employee"]["name"] == "矩阵R1"


async def test_scope_permission_and_bad_plans_are_refused_naming_the_field(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    records = await _leaver_with_records(client, org)
    r1, r2, r3 = org.ids["R1"], org.ids["R2"], org.ids["R3"]
    resigned = await client.post(
        f"{EMPLOYEES}/{org.ids['R4']}/changes", json={"kind": "resignation", "successor_id": r3}
    )
    assert resigned.status_code == 201, resigned.text
    async with http_client(app, org.tokens["M1"]) as m1, http_client(app, org.tokens["R1"]) as rep:
        # Outside M1's scope: as if it did not exist.
        _problem(await m1.post(_hand_over(r3), json={"default_successor_id": r1}), 404)
        _problem(await m1.get(_holdings(r3)), 404)
        _problem(await m1.get(_holdings(MISSING)), 404)
        # A rep may not hand over, not even their own.
        assert _problem(await rep.get(_holdings(r1)), 403)["code"] == "forbidden"
        _problem(await rep.post(_hand_over(r1), json={"default_successor_id": r2}), 403)

        bad = [
            ({"default_successor_id": MISSING}, ["body", "default_successor_id"]),
            ({"default_successor_id": r3}, ["body", "default_successor_id"]),  # not M1's
            ({"default_successor_id": r1}, ["body", "default_successor_id"]),  # themselves
            (
                {"resources": [{"resource": "customer", "successor_id": MISSING}]},
                ["body", "resources", 0, "successor_id"],
            ),
            (
                {"resources": [{"resource": "opportunity", "to_pool": True}]},
                ["body", "resources", 0, "to_pool"],
            ),
            (
                {"resources": [{"resource": "customer", "to_pool": True, "successor_id": r2}]},
                ["body", "resources", 0, "successor_id"],
            ),
            (
                {"resources": [{"resource": "nonsense", "successor_id": r2}]},
                ["body", "resources", 0, "resource"],
            ),
            (
                {
                    "records": [
                        {
                            "resource": "customer",
                            "record_id": records["r3_customer"],
                            "successor_id": r2,
                        }
                    ]
                },
                ["body", "records", 0, "record_id"],
            ),
            (
                {
                    "records": [
                        {"resource": "customer", "record_id": records["deal"], "successor_id": r2}
                    ]
                },
                ["body", "records", 0, "record_id"],
            ),
            ({}, ["body"]),
            ({"default_successor_id": r2, "surprise": 1}, ["body", "surprise"]),
        ]
        for payload, loc in bad:
            response = await m1.post(_hand_over(r1), json=payload)
            assert _locs(response) == [loc], (payload, response.text)
    # An administrator may name anyone active, but not someone who left.
    response = await client.post(_hand_over(r1), json={"default_successor_id": org.ids["R4"]})
    assert _locs(response) == [["body", "default_successor_id"]]
    # Nothing moved on any refusal.
    assert await _owner(client, f"{CUSTOMERS}/{records['first']}") == r1
    assert len((await client.get(_holdings(r1))).json()["memberships"]) == 3


async def test_the_hand_over_matrix(app: Any, client: httpx.AsyncClient, db: TestDatabase) -> None:
    """Who may preview and hand over whose records: 403 without `employee:hand_over`, 404
    outside the caller's scope of employees, 200 within it (to a successor within it too;
    one outside it is a 422)."""
    org = await _org(app, client, db)
    for viewer in VIEWERS:
        async with http_client(app, org.tokens[viewer]) as http:
            for person in PEOPLE:
                status = (await http.get(_holdings(org.ids[person]))).status_code
                heir = next(p for p in sorted(VISIBLE[viewer] | {"R1", "R2"}) if p != person)
                plan = {"default_successor_id": org.ids[heir], "dry_run": True}
                handed = await http.post(_hand_over(org.ids[person]), json=plan)
                if not holds(org, viewer, "employee:hand_over"):
                    expected = 403
                elif person in VISIBLE[viewer]:
                    expected = 200 if heir in VISIBLE[viewer] else 422
                else:
                    expected = 404
                assert status == (200 if expected == 422 else expected), (viewer, person)
                assert handed.status_code == expected, (viewer, person, handed.text)


async def test_a_resignation_after_a_partial_hand_over_moves_the_rest_and_the_seats(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    records = await _leaver_with_records(client, org)
    r1, r2, m1_id = org.ids["R1"], org.ids["R2"], org.ids["M1"]
    pooled = await client.post(
        _hand_over(r1),
        json={
            "records": [{"resource": "customer", "record_id": records["pooled"], "to_pool": True}]
        },
    )
    assert pooled.status_code == 200, pooled.text
    resignation = await client.post(
        f"{EMPLOYEES}/{r1}/changes", json={"kind": "resignation", "successor_id": m1_id}
    )
    assert resignation.status_code == 201, resignation.text
    handover = resignation.json()["handover"]
    assert (handover["customer"], handover["opportunity"], handover["memberships"]) == (2, 1, 3)
    assert await _owner(client, f"{CUSTOMERS}/{records['first']}") == m1_id
    assert await _owner(client, f"{CUSTOMERS}/{records['pooled']}") is None
    timeline = await _items(client, f"{CUSTOMERS}/{records['first']}/events", kind="transferred")
    assert [(e["from_value"], e["to_value"]) for e in timeline] == [(r1, m1_id)]
    collaborators = await _items(client, f"{CUSTOMERS}/{records['r2_customer']}/collaborators")
    assert [c["employee_id"] for c in collaborators] == [m1_id]
    team = await _items(client, f"{OPPORTUNITIES}/{records['r3_deal']}/team")
    assert sorted(m["employee_id"] for m in team) == sorted([m1_id, r2])
    left = (await client.get(_holdings(r1))).json()
    assert left["memberships"] == []
    assert all(r["count"] == 0 for r in left["resources"])


async def test_only_open_tasks_and_planned_visits_are_handed_over(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    r1, r2 = org.ids["R1"], org.ids["R2"]
    customer = await create_customer(client, "拜访客户", owner_id=r1)
    open_task = await task(client, owner_id=r1, subject="跟进报价")
    done_task = await task(client, owner_id=r1, subject="已完成")
    finished = await client.patch(f"{TASKS}/{done_task['id']}", json={"status": "done"})
    assert finished.status_code == 200, finished.text
    planned = await visit(client, customer["id"], owner_id=r1)
    preview = (await client.get(_holdings(r1))).json()
    by_resource = {r["resource"]: r for r in preview["resources"]}
    assert [(r["id"], r["name"]) for r in by_resource["task"]["records"]] == [
        (open_task["id"], "跟进报价")
    ]
    assert [r["id"] for r in by_resource["visit"]["records"]] == [planned["id"]]

    response = await client.post(_hand_over(r1), json={"default_successor_id": r2})
    assert response.status_code == 200, response.text
    assert await _owner(client, f"{TASKS}/{open_task['id']}") == r2
    assert await _owner(client, f"{TASKS}/{done_task['id']}") == r1  # history stays
    assert await _owner(client, f"{VISITS}/{planned['id']}") == r2
