"""Plans and targets: allocation (even, weighted, last year's share, by hand) and roll-up with
exact numbers, the balance check in both modes, the bad input the issue lists, approval,
revisions with their history, coverage, and who sees which targets."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import TestDatabase, http_client
from tests.org.support import department, employee
from tests.planning.plans.support import (
    PLANS,
    STRATEGIES,
    TARGETS,
    allocate,
    plan,
    target,
    values,
)
from tests.sales.support import contract, ok, won_deal
from tests.work.support import APPROVALS, act, kinds, team


async def _count(http: httpx.AsyncClient, plan_id: str) -> int:
    body = await ok(
        await http.get(TARGETS, params={"plan_id": plan_id, "include_total": "true", "limit": 1})
    )
    total: int = body["total"]
    return total


async def test_allocation_roll_up_and_checks(client: httpx.AsyncClient, db: TestDatabase) -> None:
    http = client
    east = (await department(http, "华东区", db.root_department_id))["id"]
    west = (await department(http, "西南区", db.root_department_id))["id"]
    e1 = (await employee(http, "张伟", east, is_sales=True))["id"]
    e2 = (await employee(http, "李娜", east, is_sales=True))["id"]
    e3 = (await employee(http, "王强", west, is_sales=True))["id"]

    # A strategy, and the plan implementing it listed under it.
    strategy = await ok(
        await http.post(
            STRATEGIES,
            json={
                "name": "2027 华东深耕",
                "period_start": "2027-01-01",
                "period_end": "2027-12-31",
                "target_markets": ["华东"],
                "products": [{"product_line": "传感器", "stage": "maturity"}],
            },
        ),
        201,
    )
    assert strategy["products"][0]["stage"] == "maturity"
    p = await plan(http, strategy_id=strategy["id"])
    assert (p["status"], p["revision"], p["strategy"]["name"]) == ("draft", 1, "2027 华东深耕")
    listed = await ok(await http.get(f"{STRATEGIES}/{strategy['id']}/plans"))
    assert [x["id"] for x in listed["items"]] == [p["id"]]
    by_filter = await ok(await http.get(PLANS, params={"strategy_id": strategy["id"]}))
    assert [x["id"] for x in by_filter["items"]] == [p["id"]]

    # Bad input: a period that ends before it starts, a negative target.
    reversed_ = await http.post(
        PLANS,
        json={"name": "倒置", "period_kind": "month", "period_start": "2027-02-01",
              "period_end": "2027-01-01"},
    )  # fmt: skip
    assert reversed_.status_code == 422, reversed_.text
    assert reversed_.json()["errors"][0]["type"] == "range_reversed"
    bad = await http.patch(f"{PLANS}/{p['id']}", json={"period_end": "2026-06-30"})
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["loc"] == ["body", "period_end"]
    negative = await http.post(
        TARGETS,
        json={"plan_id": p["id"], "level": "company", "metric": "sales_amount", "value": "-5"},
    )
    assert negative.status_code == 422
    assert negative.json()["errors"][0]["loc"] == ["body", "value"]
    assert await _count(http, p["id"]) == 0

    # Even, two levels in one request: company → departments → employees.
    company = await target(http, p["id"], "1000000.00")
    body = {
        "method": "even",
        "children": [
            {"level": "department", "department_id": east,
             "children": [{"level": "employee", "employee_id": e1},
                          {"level": "employee", "employee_id": e2}]},
            {"level": "department", "department_id": west,
             "children": [{"level": "employee", "employee_id": e3}]},
        ],
    }  # fmt: skip
    out = await allocate(http, company["id"], body)
    assert (out["created"], out["updated"], out["warnings"]) == (5, 0, [])
    assert await values(http, p["id"], metric="sales_amount") == {
        "company": "1000000.00",
        east: "500000.00",
        west: "500000.00",
        e1: "250000.00",
        e2: "250000.00",
        e3: "500000.00",
    }
    mine = await ok(await http.get(TARGETS, params={"employee_id": e1}))
    (e1_target,) = mine["items"]
    assert e1_target["owner_id"] == e1
    assert e1_target["employee"]["name"] == "张伟"
    assert e1_target["department_id"] is None

    # Even with a remainder: cents (and whole units) go to the first parts.
    small = await target(http, p["id"], "1000.00", product_line="配件")
    three = [{"level": "employee", "employee_id": e} for e in (e1, e2, e3)]
    await allocate(http, small["id"], {"method": "even", "children": three})
    assert await values(http, p["id"], product_line="配件", level="employee") == {
        e1: "333.34", e2: "333.33", e3: "333.33"
    }  # fmt: skip
    units = await target(http, p["id"], "100.00", metric="quantity")
    await allocate(http, units["id"], {"method": "even", "children": three})
    assert await values(http, p["id"], metric="quantity", level="employee") == {
        e1: "34.00", e2: "33.00", e3: "33.00"
    }  # fmt: skip

    # Weighted; then again with other weights: the same children are updated, not added.
    profit = await target(http, p["id"], "90000.00", metric="gross_profit")
    weighted = [{**c, "weight": w} for c, w in zip(three, ("1", "2", "3"), strict=True)]
    out = await allocate(http, profit["id"], {"method": "weights", "children": weighted})
    assert await values(http, p["id"], metric="gross_profit", level="employee") == {
        e1: "15000.00", e2: "30000.00", e3: "45000.00"
    }  # fmt: skip
    reweighted = [{**c, "weight": w} for c, w in zip(three, ("1", "1", "1"), strict=True)]
    out = await allocate(http, profit["id"], {"method": "weights", "children": reweighted})
    assert (out["created"], out["updated"]) == (0, 2)  # e2 keeps 30000.00
    missing_weight = await http.post(
        f"{TARGETS}/{profit['id']}/allocate", json={"method": "weights", "children": three}
    )
    assert missing_weight.status_code == 422
    assert missing_weight.json()["errors"][0]["loc"] == ["body", "children", 0, "weight"]

    # Last year's share: contracts signed in 2026 (300 : 100 : 0), and payments.
    for owner, amount in ((e1, "300.00"), (e2, "100.00")):
        deal = await won_deal(http, amount=amount, owner_id=owner)
        await contract(http, deal["id"], owner_id=owner, sign_date="2026-03-01")
    later = await won_deal(http, amount="900.00", owner_id=e3)
    await contract(http, later["id"], owner_id=e3, sign_date="2027-01-05")  # not last year
    payments = await target(http, p["id"], "1000.00", metric="payments")
    await allocate(http, payments["id"], {"method": "last_year", "children": three})
    assert await values(http, p["id"], metric="payments", level="employee") == {
        e1: "750.00", e2: "250.00", e3: "0.00"
    }  # fmt: skip
    by_department = await target(http, p["id"], "800.00", metric="payments", product_line="服务")
    depts = [{"level": "department", "department_id": d} for d in (east, west)]
    await allocate(http, by_department["id"], {"method": "last_year", "children": depts})
    assert await values(http, p["id"], metric="payments", product_line="服务",
                        level="department") == {east: "800.00", west: "0.00"}  # fmt: skip
    nothing = await http.post(
        f"{TARGETS}/{payments['id']}/allocate",
        json={"method": "last_year", "basis": "payments", "children": three},
    )
    assert nothing.status_code == 422
    assert nothing.json()["errors"][0]["type"] == "no_weights"

    # By hand, under warn: accepted, the answer lists the parent that does not add up.
    visits = await target(http, p["id"], "100.00", metric="visits")
    manual = [{**c, "value": v} for c, v in zip(three, ("50", "40", "30"), strict=True)]
    out = await allocate(http, visits["id"], {"method": "manual", "children": manual})
    assert out["warnings"] == [
        {"parent_id": visits["id"], "level": "company", "metric": "visits",
         "value": "100.00", "children_total": "120.00"}
    ]  # fmt: skip
    checked = await ok(await http.get(f"{PLANS}/{p['id']}/check"))
    assert checked["balanced"] is False
    assert [w["parent_id"] for w in checked["warnings"]] == [visits["id"]]

    # Bottom-up: the parent becomes the sum of its children; the plan is balanced again.
    rolled = await ok(await http.post(f"{PLANS}/{p['id']}/roll-up"))
    assert (rolled["updated"], rolled["warnings"]) == (1, [])
    assert (await ok(await http.get(f"{TARGETS}/{visits['id']}")))["value"] == "120.00"

    # Under refuse: children exceeding their parent are a 409 naming it and the sums, and
    # nothing is written.
    await ok(await http.patch(f"{PLANS}/{p['id']}", json={"check_mode": "refuse"}))
    before = await _count(http, p["id"])
    over = [{**c, "value": v} for c, v in zip(three, ("50", "50", "21"), strict=True)]
    refused = await http.post(
        f"{TARGETS}/{visits['id']}/allocate", json={"method": "manual", "children": over}
    )
    assert refused.status_code == 409, refused.text
    problem = refused.json()
    assert problem["code"] == "targets_unbalanced"
    assert (problem["parent_id"], problem["value"], problem["children_total"]) == (
        visits["id"], "120.00", "121.00"
    )  # fmt: skip
    assert await _count(http, p["id"]) == before
    assert await values(http, p["id"], metric="visits", level="employee") == {
        e1: "50.00", e2: "40.00", e3: "30.00"
    }  # fmt: skip
    e1_visits = await ok(await http.get(TARGETS, params={"employee_id": e1, "metric": "visits"}))
    raised = await http.patch(f"{TARGETS}/{e1_visits['items'][0]['id']}", json={"value": "51"})
    assert raised.status_code == 409
    assert raised.json()["code"] == "targets_unbalanced"

    # A level not below its parent's, a subject named twice, a subject that does not exist.
    for children, loc in (
        ([{"level": "company"}], ["body", "children", 0, "level"]),
        ([three[0], three[0]], ["body", "children", 1]),
        ([{"level": "employee", "employee_id": db.root_department_id}],
         ["body", "children", 0, "employee_id"]),
        ([{"level": "department"}], ["body", "children", 0, "department_id"]),
    ):  # fmt: skip
        response = await http.post(
            f"{TARGETS}/{visits['id']}/allocate", json={"method": "even", "children": children}
        )
        assert response.status_code == 422, response.text
        assert response.json()["errors"][0]["loc"] == loc

    # Coverage: every salesperson of the plan's departments has a number for each metric.
    coverage = await ok(await http.get(f"{PLANS}/{p['id']}/coverage"))
    assert coverage["metrics"] == [
        "gross_profit", "payments", "quantity", "sales_amount", "visits"
    ]  # fmt: skip
    assert coverage["complete"] is True
    assert coverage["employees_missing"] == []
    newcomer = (await employee(http, "赵敏", west, is_sales=True))["id"]
    coverage = await ok(await http.get(f"{PLANS}/{p['id']}/coverage"))
    assert coverage["complete"] is False
    (gap,) = coverage["employees_missing"]
    assert gap["employee_id"] == newcomer
    assert gap["employee"]["name"] == "赵敏"
    assert len(gap["metrics"]) == 5


async def test_approval_revisions_history_and_scope(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """D (a director with nobody above: the administrators approve) plans for M's team."""
    people = await team(app, client, db, tag="p")
    ids, tokens = people.ids, people.tokens
    async with (
        http_client(app, tokens["D"]) as d,
        http_client(app, tokens["M"]) as m,
        http_client(app, tokens["R"]) as r,
    ):
        p = await plan(d, "2027 一季度", period_kind="quarter", period_end="2027-03-31")
        company = await target(d, p["id"], "600.00")
        reps = [{"level": "employee", "employee_id": ids[k]} for k in ("M", "R", "R2", "X")]
        await allocate(d, company["id"], {"method": "even", "children": reps})

        # Scope: a rep sees their own target; the manager their people's and their own.
        seen_by_r = await values(r, p["id"])
        assert seen_by_r == {ids["R"]: "150.00"}
        assert set(await values(m, p["id"])) == {ids["M"], ids["R"], ids["R2"]}
        assert set(await values(d, p["id"])) == {"company", *(ids[k] for k in reps_keys())}
        r_target = (await ok(await r.get(TARGETS, params={"plan_id": p["id"]})))["items"][0]
        forbidden = await r.patch(f"{TARGETS}/{r_target['id']}", json={"value": "1"})
        assert forbidden.status_code == 403
        split = {"method": "even", "children": [{"level": "employee", "employee_id": ids["R"]}]}
        assert (await r.post(f"{TARGETS}/{company['id']}/allocate", json=split)).status_code == 403
        unseen = await m.post(f"{TARGETS}/{company['id']}/allocate", json=split)
        assert unseen.status_code == 404  # the company target is D's: outside M's scope
        x_target = (await ok(await d.get(TARGETS, params={"employee_id": ids["X"]})))["items"][0]
        assert (await m.get(f"{TARGETS}/{x_target['id']}")).status_code == 404

        # Submitted: an approval request of type sales_plan; the plan waits, locked.
        submitted = await ok(await d.post(f"{PLANS}/{p['id']}/submit", json={}))
        assert submitted["status"] == "pending"
        assert submitted["approval_id"]
        request = await ok(await client.get(f"{APPROVALS}/{submitted['approval_id']}"))
        assert (request["type"], request["form"]["plan_id"]) == ("sales_plan", p["id"])
        again = await d.post(f"{PLANS}/{p['id']}/submit", json={})
        assert again.status_code == 409
        assert again.json()["code"] == "plan_not_draft"
        locked = await m.patch(f"{TARGETS}/{r_target['id']}", json={"value": "160.00"})
        assert locked.status_code == 409
        assert locked.json()["code"] == "plan_locked"

        # Returned for changes: a draft again; submitted anew and approved by the admin.
        await ok(await act(client, submitted["approval_id"], "return", "调整 R 的目标"))
        assert (await ok(await d.get(f"{PLANS}/{p['id']}")))["status"] == "draft"
        await ok(await m.patch(f"{TARGETS}/{r_target['id']}", json={"value": "140.00"}))
        await ok(await m.patch(f"{TARGETS}/{r_target['id']}", json={"value": "150.00"}))
        resubmitted = await ok(await d.post(f"{PLANS}/{p['id']}/submit", json={}))
        await ok(await act(client, resubmitted["approval_id"], "approve"))
        approved = await ok(await d.get(f"{PLANS}/{p['id']}"))
        assert (approved["status"], approved["revision"]) == ("approved", 1)
        assert approved["approved_at"] is not None
        assert "sales_target" in await kinds(r)

        # Approved: editing without a new revision is a 409; a revision opens a draft.
        locked = await m.patch(f"{TARGETS}/{r_target['id']}", json={"value": "170.00"})
        assert locked.status_code == 409
        assert locked.json()["code"] == "plan_locked"
        assert (await d.delete(f"{PLANS}/{p['id']}")).status_code == 409
        draft = await ok(await d.post(f"{PLANS}/{p['id']}/revisions", json={"note": "上调"}))
        assert (draft["status"], draft["revision"]) == ("draft", 2)
        # Submitted through /approvals as well: the plan follows its request as it goes.
        body = {"type": "sales_plan", "form": {"plan_id": p["id"]}}
        direct = await ok(await d.post(APPROVALS, json=body), 201)
        assert (await ok(await d.get(f"{PLANS}/{p['id']}")))["status"] == "pending"
        await ok(await d.post(f"{APPROVALS}/{direct['id']}/withdraw", json={}))
        assert (await ok(await d.get(f"{PLANS}/{p['id']}")))["status"] == "draft"
        twice = await d.post(f"{PLANS}/{p['id']}/revisions", json={})
        assert twice.status_code == 409
        assert twice.json()["code"] == "plan_not_approved"
        await ok(await m.patch(f"{TARGETS}/{r_target['id']}", json={"value": "170.00"}))
        outside = await m.post(
            TARGETS,
            json={"plan_id": p["id"], "level": "employee", "employee_id": ids["X"],
                  "metric": "visits", "value": "3"},
        )  # fmt: skip
        assert outside.status_code == 422
        assert outside.json()["errors"][0]["loc"] == ["body", "employee_id"]

        # History: who changed which target, when, in which revision, from → to.
        history = await ok(
            await d.get(f"{PLANS}/{p['id']}/history", params={"target_id": r_target["id"]})
        )
        steps = [
            (h["revision"], h["action"], h["from_value"], h["to_value"], h["actor"]["name"])
            for h in history["items"]
        ]
        assert steps == [
            (2, "changed", "150.00", "170.00", "审批Mp"),
            (1, "changed", "140.00", "150.00", "审批Mp"),
            (1, "changed", "150.00", "140.00", "审批Mp"),
            (1, "created", None, "150.00", "审批Dp"),
        ]
        assert history["items"][0]["employee"]["name"] == "审批Rp"
        own = await ok(await r.get(f"{PLANS}/{p['id']}/history"))
        assert {h["target_id"] for h in own["items"]} == {r_target["id"]}


def reps_keys() -> tuple[str, ...]:
    return ("M", "R", "R2", "X")
