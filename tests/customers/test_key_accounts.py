"""Key accounts: screening rules and candidates, marking and unmarking, plans."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

import httpx
import pytest

from tests.conftest import TestDatabase, http_client
from tests.contract.crud import CrudContract
from tests.contract.matrix import Org, PermissionMatrix, build_org
from tests.customers.support import CONTACTS, CUSTOMERS, POLICY, create_customer

CANDIDATES = "/api/v1/key-account-candidates"
PLANS = "/api/v1/key-account-plans"
UNKNOWN = "01890a5d-ac96-774b-bcce-b302099a8000"


async def set_rules(
    http: httpx.AsyncClient, conditions: list[dict[str, Any]], match: str = "all"
) -> None:
    response = await http.patch(
        POLICY, json={"key_account_rules": {"match": match, "conditions": conditions}}
    )
    assert response.status_code == 200, response.text


async def candidates(http: httpx.AsyncClient, **params: Any) -> set[str]:
    ids: set[str] = set()
    cursor = None
    while True:
        query = {"limit": 2, **params, **({"cursor": cursor} if cursor else {})}
        response = await http.get(CANDIDATES, params=query)
        assert response.status_code == 200, response.text
        page = response.json()
        ids.update(item["id"] for item in page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            return ids


async def mark(http: httpx.AsyncClient, customer_id: str, reason: str = "年采购额过千万") -> Any:
    return await http.post(f"{CUSTOMERS}/{customer_id}/mark-key-account", json={"reason": reason})


async def unmark(http: httpx.AsyncClient, customer_id: str, reason: str = "合作结束") -> Any:
    return await http.post(f"{CUSTOMERS}/{customer_id}/unmark-key-account", json={"reason": reason})


async def key_account(http: httpx.AsyncClient, name: str, **fields: Any) -> dict[str, Any]:
    customer = await create_customer(http, name, **fields)
    response = await mark(http, customer["id"])
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def plan_payload(customer_id: str, **extra: Any) -> dict[str, Any]:
    return {"customer_id": customer_id, "review_date": "2027-03-31", **extra}


# ----- screening ------------------------------------------------------------------------------
async def test_the_default_rule_and_an_empty_rule_set(client: httpx.AsyncClient) -> None:
    strategic = await create_customer(client, "战略客户甲", strategic=True)
    await create_customer(client, "普通客户乙")
    assert await candidates(client) == {strategic["id"]}  # the seeded rule: strategic
    await set_rules(client, [])
    assert await candidates(client) == set()  # no rules select nobody, not everyone


async def test_rules_select_candidates(client: httpx.AsyncClient) -> None:
    strategic = await create_customer(client, "战略客户甲", strategic=True, tier="C")
    rich = await create_customer(
        client, "富裕客户乙", annual_revenue="5000000.00", tier="B", size="large"
    )
    top = await create_customer(client, "顶级客户丙", tier="A", stage="loyal")
    plain = await create_customer(client, "普通客户丁", tier="D", annual_revenue="999999.99")
    untiered = await create_customer(client, "无等级客户戊")
    for n in range(3):
        response = await client.post(CONTACTS, json={"customer_id": top["id"], "name": f"联系{n}"})
        assert response.status_code == 201, response.text
    gone = await client.post(CONTACTS, json={"customer_id": plain["id"], "name": "已删"})
    assert (await client.delete(f"{CONTACTS}/{gone.json()['id']}")).status_code == 204
    await client.post(CONTACTS, json={"customer_id": plain["id"], "name": "留下"})

    cases: list[tuple[list[dict[str, Any]], str, set[str]]] = [
        ([{"metric": "strategic", "op": "eq", "value": True}], "all", {strategic["id"]}),
        (
            [{"metric": "annual_revenue", "op": "gte", "value": "1000000"}],
            "all",
            {rich["id"]},
        ),
        ([{"metric": "annual_revenue", "op": "lt", "value": 1000000}], "all", {plain["id"]}),
        ([{"metric": "tier_rank", "op": "lte", "value": 1}], "all", {top["id"]}),
        (
            [{"metric": "tier_rank", "op": "gte", "value": 3}],
            "all",
            {strategic["id"], plain["id"]},  # no tier: no rank, never selected
        ),
        ([{"metric": "contact_count", "op": "gte", "value": 2}], "all", {top["id"]}),
        (
            [{"metric": "contact_count", "op": "eq", "value": 1}],
            "all",
            {plain["id"]},  # the deleted contact does not count
        ),
        ([{"metric": "size", "op": "in", "value": ["large", "enterprise"]}], "all", {rich["id"]}),
        ([{"metric": "stage", "op": "eq", "value": "loyal"}], "all", {top["id"]}),
        (
            [{"metric": "annual_revenue", "op": "in", "value": ["5000000.00", 1]}],
            "all",
            {rich["id"]},
        ),
        (
            [{"metric": "tier_rank", "op": "in", "value": [1, 4]}],
            "all",
            {top["id"], plain["id"]},
        ),
        (
            [
                {"metric": "strategic", "op": "eq", "value": True},
                {"metric": "annual_revenue", "op": "gte", "value": "1000000.00"},
            ],
            "any",
            {strategic["id"], rich["id"]},
        ),
        (
            [
                {"metric": "tier_rank", "op": "lte", "value": 2},
                {"metric": "annual_revenue", "op": "gte", "value": 1000000},
            ],
            "all",
            {rich["id"]},
        ),
        (
            [
                {"metric": "tier_rank", "op": "lte", "value": 2},
                {"metric": "contact_count", "op": "gte", "value": 3},
            ],
            "any",
            {rich["id"], top["id"]},
        ),
        (
            [{"metric": "strategic", "op": "ne", "value": True}],
            "all",
            {rich["id"], top["id"], plain["id"], untiered["id"]},
        ),
    ]
    for conditions, match, expected in cases:
        await set_rules(client, conditions, match)
        assert await candidates(client) == expected, (conditions, match)

    # Candidates are those not yet key accounts; the list filters and searches like customers.
    await set_rules(
        client,
        [
            {"metric": "strategic", "op": "eq", "value": True},
            {"metric": "tier_rank", "op": "lte", "value": 2},
        ],
        "any",
    )
    assert await candidates(client) == {strategic["id"], rich["id"], top["id"]}
    assert await candidates(client, tier="A") == {top["id"]}
    assert await candidates(client, q="富裕") == {rich["id"]}
    assert (await mark(client, top["id"])).status_code == 200
    assert await candidates(client) == {strategic["id"], rich["id"]}
    page = (await client.get(CANDIDATES, params={"include_total": "true"})).json()
    assert page["total"] == 2
    assert {"name", "owner_id", "key_account", "tier"} <= set(page["items"][0])
    bad = await client.get(CANDIDATES, params={"key_account": "true"})
    assert bad.status_code == 422


BAD_RULES: list[tuple[dict[str, Any], str]] = [
    ({"metric": "strategic", "op": "gte", "value": True}, "op"),
    ({"metric": "strategic", "op": "eq", "value": "yes"}, "value"),
    ({"metric": "tier_rank", "op": "lte", "value": 1.5}, "value"),
    ({"metric": "contact_count", "op": "in", "value": []}, "value"),
    ({"metric": "annual_revenue", "op": "gte", "value": "lots"}, "value"),
    ({"metric": "size", "op": "eq", "value": "huge"}, "value"),
    ({"metric": "stage", "op": "lt", "value": "active"}, "op"),
]


async def test_rules_of_the_wrong_type_are_refused(client: httpx.AsyncClient) -> None:
    """A condition whose operator or value does not fit its metric never selects silently:
    the policy refuses it (422, when the policy checks rules with ``validate_rules``), and rules
    stored before that check (or naming a metric since withdrawn) make the candidate list a 409
    that points at the policy."""
    await create_customer(client, "战略客户甲", strategic=True)
    for condition, field in BAD_RULES:
        good = {"metric": "strategic", "op": "eq", "value": True}
        response = await client.patch(
            POLICY, json={"key_account_rules": {"match": "any", "conditions": [good, condition]}}
        )
        if response.status_code == 422:
            locs = [e["loc"] for e in response.json()["errors"]]
            assert locs == [["body", "key_account_rules", "conditions", 1, field]], condition
            continue
        assert response.status_code == 200, response.text
        refused = await client.get(CANDIDATES)
        assert refused.status_code == 409, condition
        problem = refused.json()
        assert [e["loc"] for e in problem["errors"]] == [
            ["policy", "key_account_rules", "conditions", 1, field]
        ], condition
    unknown = await client.patch(
        POLICY,
        json={"key_account_rules": {"conditions": [{"metric": "moon", "op": "eq", "value": 1}]}},
    )
    assert unknown.status_code == 422
    assert [e["loc"] for e in unknown.json()["errors"]] == [
        ["body", "key_account_rules", "conditions", 0, "metric"]
    ]


async def test_candidates_follow_the_callers_scope(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await build_org(app, client, db, ["customer:read"])
    owned = {
        owner: (
            await create_customer(
                client, f"战略客户{owner}", strategic=True, owner_id=org.ids[owner]
            )
        )["id"]
        for owner in ("R1", "R3", "M1")
    }
    pool = (await create_customer(client, "公海战略客户", strategic=True, owner_id=None))["id"]
    await set_rules(client, [{"metric": "strategic", "op": "eq", "value": True}])
    assert await candidates(client) == {*owned.values(), pool}
    expectations = {
        "R1": {owned["R1"]},
        "R3": {owned["R3"]},
        "M1": {owned["R1"], owned["M1"]},
        "M2": {owned["R3"]},
        "D": set(owned.values()),
        "S": set(),
    }
    for viewer, expected in expectations.items():
        async with http_client(app, org.tokens[viewer]) as http:
            assert await candidates(http) == expected, viewer
    async with http_client(app, org.tokens["V"]) as http:  # no customer:read at all
        assert (await http.get(CANDIDATES)).status_code == 403


# ----- marking --------------------------------------------------------------------------------
async def test_mark_and_unmark_with_reason_on_the_timeline(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client, "华信科技")
    url = f"{CUSTOMERS}/{customer['id']}"
    marked = await mark(client, customer["id"], "年采购额过千万")
    assert marked.status_code == 200, marked.text
    body = marked.json()
    assert body["key_account"] is True
    assert body["key_account_since"].endswith("Z")
    assert body["version"] == customer["version"] + 1
    assert marked.headers["etag"] == f'"{body["version"]}"'
    assert (await client.get(url)).json() == body
    listed = (await client.get(CUSTOMERS, params={"key_account": "true"})).json()["items"]
    assert [c["id"] for c in listed] == [customer["id"]]

    again = await mark(client, customer["id"])
    assert again.status_code == 409
    assert again.json()["code"] == "conflict"

    events = (await client.get(f"{url}/events", params={"kind": "key_account_marked"})).json()[
        "items"
    ]
    assert len(events) == 1
    assert events[0]["reason"] == "年采购额过千万"
    assert events[0]["actor_id"] is not None

    unmarked = await unmark(client, customer["id"], "合作结束")
    assert unmarked.status_code == 200, unmarked.text
    assert unmarked.json()["key_account"] is False
    assert unmarked.json()["key_account_since"] is None
    assert (await unmark(client, customer["id"])).status_code == 409
    events = (await client.get(f"{url}/events", params={"kind": "key_account_unmarked"})).json()[
        "items"
    ]
    assert [e["reason"] for e in events] == ["合作结束"]
    # Marked again later: a second mark event, the first one kept.
    assert (await mark(client, customer["id"], "重新合作")).status_code == 200
    events = (await client.get(f"{url}/events", params={"kind": "key_account_marked"})).json()[
        "items"
    ]
    assert sorted(e["reason"] for e in events) == ["年采购额过千万", "重新合作"]


async def test_marking_needs_a_reason_and_a_visible_customer(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client, "华信科技")
    path = f"{CUSTOMERS}/{customer['id']}/mark-key-account"
    for body, field in (
        ({}, "reason"),
        ({"reason": ""}, "reason"),
        ({"reason": "x" * 501}, "reason"),
    ):
        response = await client.post(path, json=body)
        assert response.status_code == 422, body
        assert ["body", field] in [e["loc"] for e in response.json()["errors"]]
    response = await client.post(path, json={"reason": "ok", "extra": 1})
    assert response.status_code == 422
    assert (await mark(client, UNKNOWN)).status_code == 404
    assert (await client.get(f"{CUSTOMERS}/{customer['id']}")).json() == customer
    assert (await client.delete(f"{CUSTOMERS}/{customer['id']}")).status_code == 204
    assert (await mark(client, customer["id"])).status_code == 404


async def test_marking_follows_function_and_scope(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await build_org(app, client, db, ["customer:read"])
    mine = await create_customer(client, "一组客户", owner_id=org.ids["R1"])
    theirs = await create_customer(client, "二组客户", owner_id=org.ids["R3"])
    async with http_client(app, org.tokens["R1"]) as r1:  # sales_rep: no key_account:manage
        refused = await mark(r1, mine["id"])
        assert refused.status_code == 403
        assert refused.json()["code"] == "forbidden"
    async with http_client(app, org.tokens["M1"]) as m1:
        assert (await mark(m1, theirs["id"])).status_code == 404
        assert (await unmark(m1, theirs["id"])).status_code == 404
        assert (await mark(m1, mine["id"])).status_code == 200
    # A read-only share lets M2 see R1's customer but not mark it.
    share = await client.post(
        "/api/v1/record-shares",
        json={
            "resource": "customer",
            "record_id": mine["id"],
            "employee_id": org.ids["M2"],
            "access": "read",
        },
    )
    assert share.status_code == 201, share.text
    async with http_client(app, org.tokens["M2"]) as m2:
        assert (await m2.get(f"{CUSTOMERS}/{mine['id']}")).status_code == 200
        assert (await unmark(m2, mine["id"])).status_code == 403
    assert (await client.get(f"{CUSTOMERS}/{mine['id']}")).json()["key_account"] is True


async def test_unmarking_closes_the_plan(client: httpx.AsyncClient) -> None:
    customer = await key_account(client, "华信科技")
    plan = (await client.post(PLANS, json=plan_payload(customer["id"]))).json()
    assert plan["status"] == "active"
    assert (await unmark(client, customer["id"])).status_code == 200
    closed = (await client.get(f"{PLANS}/{plan['id']}")).json()
    assert closed["status"] == "closed"
    assert closed["version"] == plan["version"] + 1
    events = (
        await client.get(
            f"{CUSTOMERS}/{customer['id']}/events", params={"kind": "key_account_unmarked"}
        )
    ).json()["items"]
    assert events[0]["details"]["closed_plans"] == [plan["id"]]
    # A closed plan of a former key account can still be edited; a new one cannot be made.
    assert (await client.patch(f"{PLANS}/{plan['id']}", json={"notes": "复盘"})).status_code == 200
    assert (await client.post(PLANS, json=plan_payload(customer["id"]))).status_code == 422


# ----- plans ----------------------------------------------------------------------------------
async def test_a_plan_needs_a_key_account(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client, "普通客户")
    response = await client.post(PLANS, json=plan_payload(customer["id"]))
    assert response.status_code == 422
    error = response.json()["errors"][0]
    assert error["loc"] == ["body", "customer_id"]
    assert "not a key account" in error["msg"]
    response = await client.post(PLANS, json=plan_payload(UNKNOWN))
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "customer_id"]
    total = (await client.get(PLANS, params={"include_total": "true"})).json()["total"]
    assert total == 0


async def test_one_live_plan_per_key_account(client: httpx.AsyncClient) -> None:
    customer = await key_account(client, "华信科技")
    first = await client.post(PLANS, json=plan_payload(customer["id"]))
    assert first.status_code == 201, first.text
    second = await client.post(PLANS, json=plan_payload(customer["id"], notes="又一个"))
    assert second.status_code == 409
    assert second.json()["code"] == "duplicate"
    assert second.json()["field"] == "customer_id"
    # Once the first is deleted a new one may be made; restoring the old one then clashes.
    assert (await client.delete(f"{PLANS}/{first.json()['id']}")).status_code == 204
    replacement = await client.post(PLANS, json=plan_payload(customer["id"]))
    assert replacement.status_code == 201, replacement.text
    restored = await client.post(f"{PLANS}/{first.json()['id']}/restore")
    assert restored.status_code == 409


async def test_a_plan_is_restored_only_for_a_key_account(client: httpx.AsyncClient) -> None:
    customer = await key_account(client, "华信科技")
    plan = (await client.post(PLANS, json=plan_payload(customer["id"]))).json()
    assert (await client.delete(f"{PLANS}/{plan['id']}")).status_code == 204
    assert (await unmark(client, customer["id"])).status_code == 200
    refused = await client.post(f"{PLANS}/{plan['id']}/restore")
    assert refused.status_code == 409
    assert refused.json()["code"] == "conflict"
    assert (await mark(client, customer["id"])).status_code == 200
    restored = await client.post(f"{PLANS}/{plan['id']}/restore")
    assert restored.status_code == 200, restored.text
    assert restored.json()["status"] == "active"  # deleted before the unmark closed plans


async def test_plan_team_and_goals_are_checked(client: httpx.AsyncClient, db: TestDatabase) -> None:
    customer = await key_account(client, "华信科技")
    team = [
        {"employee_id": db.admin_id, "role": "客户经理"},
        {"employee_id": UNKNOWN, "role": "技术支持"},
    ]
    response = await client.post(PLANS, json=plan_payload(customer["id"], team=team))
    assert response.status_code == 422
    assert [e["loc"] for e in response.json()["errors"]] == [["body", "team", 1, "employee_id"]]
    twice = [team[0], {"employee_id": db.admin_id, "role": "销售"}]
    response = await client.post(PLANS, json=plan_payload(customer["id"], team=twice))
    assert response.status_code == 422
    assert [e["loc"] for e in response.json()["errors"]] == [["body", "team", 1, "employee_id"]]
    for bad in (
        {"team": [{"employee_id": db.admin_id, "role": ""}]},
        {"team": [{"employee_id": db.admin_id, "role": "x" * 51}]},
        {"goals": [{"description": "x" * 501}]},
        {"goals": [{"description": "增长", "target_amount": "-1.00"}]},
        {"goals": [{"description": "增长", "target_amount": "1.001"}]},
        {"goals": [{"description": f"目标{n}"} for n in range(21)]},
        {"status": "paused"},
        {"review_date": None},
    ):
        response = await client.post(PLANS, json=plan_payload(customer["id"], **bad))
        assert response.status_code == 422, bad
    goals = [
        {"description": "年度采购额", "target_amount": "12000000.00", "due_date": "2027-12-31"},
        {"description": "导入新产品线", "target_amount": None, "due_date": None},
    ]
    created = await client.post(
        PLANS, json=plan_payload(customer["id"], team=team[:1], goals=goals)
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["goals"] == goals
    assert body["team"] == team[:1]
    update = await client.patch(
        f"{PLANS}/{body['id']}", json={"goals": [{"description": "续约", "target_amount": 5}]}
    )
    assert update.status_code == 200, update.text
    assert update.json()["goals"] == [
        {"description": "续约", "target_amount": "5.00", "due_date": None}
    ]
    update = await client.patch(f"{PLANS}/{body['id']}", json={"team": team})
    assert update.status_code == 422
    assert update.json()["errors"][0]["loc"] == ["body", "team", 1, "employee_id"]
    assert (
        await client.patch(f"{PLANS}/{body['id']}", json={"customer_id": UNKNOWN})
    ).status_code == 422


async def test_plan_audit_follows_the_customer(client: httpx.AsyncClient) -> None:
    customer = await key_account(client, "华信科技")
    plan = (await client.post(PLANS, json=plan_payload(customer["id"]))).json()
    entries = (
        await client.get(
            "/api/v1/audit-events",
            params={"resource": "key_account_plan", "record_id": plan["id"]},
        )
    ).json()["items"]
    assert [e["action"] for e in entries] == ["create"]


class TestKeyAccountPlanContract(CrudContract):
    path = PLANS
    customer_ids: ClassVar[list[str]] = []
    echo_fields: ClassVar = ("customer_id", "review_date", "status", "notes", "goals", "team")
    update_payload: ClassVar[Any] = {
        "review_date": "2027-09-30",
        "notes": "季度复盘后调整",
        "goals": [
            {"description": "续签三年框架协议", "target_amount": "3000000.00", "due_date": None}
        ],
    }
    required_field = "review_date"
    invalid_payloads: ClassVar[Any] = [
        ({"review_date": "someday"}, "review_date"),
        ({"status": "paused"}, "status"),
        ({"customer_id": UNKNOWN}, "customer_id"),
        ({"goals": [{"description": ""}]}, "goals"),
        ({"goals": [{"description": "增长", "target_amount": "-5.00"}]}, "goals"),
        ({"team": [{"employee_id": UNKNOWN, "role": "经理"}]}, "team"),
        ({"team": [{"employee_id": "nope", "role": "经理"}]}, "team"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "review_date")
    filter_cases: ClassVar[Any] = [
        ({"status": "closed"}, lambda p: p["status"] == "closed"),
        ({"review_before": "2027-03-31"}, lambda p: p["review_date"] <= "2027-03-31"),
        (
            {"status": "active", "review_before": "2027-04-30"},
            lambda p: p["status"] == "active" and p["review_date"] <= "2027-04-30",
        ),
    ]

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        async with http_client(app, db.admin_token) as http:
            type(self).customer_ids = [
                (await key_account(http, f"计划客户{n}"))["id"] for n in range(1, 8)
            ]
            type(self).admin_id = db.admin_id
            yield http

    admin_id: ClassVar[str] = ""

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "customer_id": self.customer_ids[(n - 1) % len(self.customer_ids)],
            "review_date": f"2027-0{1 + n % 9}-{10 + n:02d}",
            "status": "closed" if n % 3 == 0 else "active",
            "notes": f"第{n}号计划",
            "goals": [
                {
                    "description": f"目标{n}",
                    "target_amount": f"{n}00000.00",
                    "due_date": "2027-12-31",
                }
            ],
            "team": [{"employee_id": self.admin_id, "role": "客户经理"}],
        }

    async def test_list_filters_by_customer(self, client: httpx.AsyncClient) -> None:
        created = [await self.create(client, n) for n in range(1, 4)]
        items = await self.walk(client, {"customer_id": created[1]["customer_id"]})
        assert [i["id"] for i in items] == [created[1]["id"]]


class TestKeyAccountPlanMatrix(PermissionMatrix):
    """A plan is as visible as its customer; keeping plans is ``key_account:manage``."""

    path = PLANS
    resource = "key_account_plan"
    owned = True
    read_permission = "customer:read"
    write_permission = "key_account:manage"
    delete_permission = "key_account:manage"
    update_payload: ClassVar[dict[str, Any]] = {"notes": "matrix"}

    @property
    def write_grants(self) -> list[str]:
        return ["key_account:manage", "customer:read"]

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        customer = await key_account(admin, f"矩阵大客户{owner}", owner_id=org.ids[owner])
        response = await admin.post(PLANS, json=plan_payload(customer["id"]))
        assert response.status_code == 201, response.text
        return str(response.json()["id"])
