"""The rules of organisation planning: headcount actuals from the employee records, the
requisition's approval round trip, territories of branches and partners, bad input."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import TestDatabase, http_client
from tests.org.support import POSITIONS, department, employee
from tests.planning.organisation.support import (
    APPROVALS,
    BRANCHES,
    HEADCOUNT,
    PARTNERS,
    REQUISITIONS,
    SUMMARY,
    TERRITORIES,
)
from tests.sales.support import ok
from tests.work.support import act, team


async def test_headcount_actual_summary_and_bad_periods(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    top = await department(client, "编制华东", db.root_department_id)
    sub = await department(client, "编制杭州", top["id"])
    other = await department(client, "编制华南", db.root_department_id)
    rep = await ok(await client.post(POSITIONS, json={"name": "编制客户经理"}), 201)
    # At 2027-06-30 in the tree of 华东: a1, a2 (top), b1 (sub, the position); not c (hired
    # later), not d (resigned, dated today), not e (another department).
    await employee(client, "a1", top["id"], hire_date="2026-01-01")
    await employee(client, "a2", top["id"], position_id=rep["id"])
    await employee(client, "b1", sub["id"], hire_date="2027-06-30", position_id=rep["id"])
    await employee(client, "c", sub["id"], hire_date="2027-07-01", position_id=rep["id"])
    await employee(client, "e", other["id"], hire_date="2020-01-01")
    d = await employee(client, "d", sub["id"], hire_date="2020-01-01", position_id=rep["id"])
    resigned = await client.patch(
        f"/api/v1/employees/{d['id']}",
        json={"employment_status": "resigned"},
        headers={"If-Match": f'"{d["version"]}"'},
    )
    assert resigned.status_code == 200, resigned.text  # resigned today: gone by 2027-06-30

    period = {"period_start": "2027-01-01", "period_end": "2027-06-30"}
    whole = await ok(
        await client.post(HEADCOUNT, json={"department_id": top["id"], "planned": 5, **period}),
        201,
    )
    assert whole["actual"] == 3
    reps = await ok(
        await client.post(
            HEADCOUNT,
            json={"department_id": top["id"], "position_id": rep["id"], "planned": 2, **period},
        ),
        201,
    )
    assert reps["actual"] == 2
    await ok(
        await client.post(HEADCOUNT, json={"department_id": other["id"], "planned": 1, **period}),
        201,
    )
    # Earlier period: b1 not yet hired.
    march = await ok(
        await client.patch(
            f"{HEADCOUNT}/{whole['id']}",
            json={"period_end": "2027-03-31"},
            headers={"If-Match": f'"{whole["version"]}"'},
        )
    )
    assert march["actual"] == 2
    listed = await ok(await client.get(HEADCOUNT, params={"department_id": top["id"]}))
    assert sorted(p["actual"] for p in listed["items"]) == sorted([march["actual"], reps["actual"]])

    # Bad input: a period reversed, on create, on update (one end) and on the summary.
    reversed_ = await client.post(
        HEADCOUNT,
        json={"department_id": top["id"], "planned": 1, "period_start": "2027-06-30",
              "period_end": "2027-01-01"},
    )  # fmt: skip
    assert reversed_.status_code == 422
    assert reversed_.json()["errors"][0]["type"] == "range_reversed"
    one_end = await client.patch(
        f"{HEADCOUNT}/{reps['id']}",
        json={"period_end": "2026-12-31"},
        headers={"If-Match": f'"{reps["version"]}"'},
    )
    assert one_end.status_code == 422
    assert one_end.json()["errors"][0]["type"] == "range_reversed"
    negative = await client.post(
        HEADCOUNT, json={"department_id": top["id"], "planned": -1, **period}
    )
    assert negative.status_code == 422
    bad_summary = await client.get(
        SUMMARY, params={"period_start": "2027-06-30", "period_end": "2027-01-01"}
    )
    assert bad_summary.status_code == 422

    # Requisitions open against 华东: 3 pending-or-approved heads once submitted.
    req = await ok(
        await client.post(
            REQUISITIONS, json={"department_id": top["id"], "position_id": rep["id"], "count": 3}
        ),
        201,
    )
    assert (req["title"], req["status"]) == ("编制客户经理", "draft")
    await ok(await client.post(f"{REQUISITIONS}/{req['id']}/submit", json={}))
    summary = await ok(await client.get(SUMMARY, params=period))
    rows = {r["department_id"]: r for r in summary["rows"]}
    assert rows[top["id"]]["planned"] == 7
    assert rows[top["id"]]["actual"] == 3
    assert rows[top["id"]]["open_requisitions"] == 3
    assert (rows[other["id"]]["planned"], rows[other["id"]]["actual"]) == (1, 1)
    assert rows[other["id"]]["open_requisitions"] == 0


async def test_requisition_approval_round_trip(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """D (a director with nobody above: the administrators approve) asks for people; M asks
    through the approvals API and D decides."""
    people = await team(app, client, db, tag="q")
    async with (
        http_client(app, people.tokens["D"]) as d,
        http_client(app, people.tokens["M"]) as m,
        http_client(app, people.tokens["R"]) as r,
    ):
        body = {"department_id": db.root_department_id, "title": "大客户经理", "count": 2,
                "requirements": "五年经验", "reason": "新开华北"}  # fmt: skip
        req = await ok(await d.post(REQUISITIONS, json=body), 201)
        assert (req["status"], req["owner_id"], req["approval_id"]) == (
            "draft", people.ids["D"], None,
        )  # fmt: skip
        assert (await r.post(REQUISITIONS, json=body)).status_code == 403
        url = f"{REQUISITIONS}/{req['id']}"

        submitted = await ok(await d.post(f"{url}/submit", json={"title": "招聘大客户经理"}))
        assert submitted["status"] == "pending"
        assert submitted["approval_id"]
        request = await ok(await client.get(f"{APPROVALS}/{submitted['approval_id']}"))
        assert (request["type"], request["form"]["requisition_id"]) == ("recruitment", req["id"])
        etag = {"If-Match": f'"{submitted["version"]}"'}
        locked = await d.patch(url, json={"count": 5}, headers=etag)
        assert (locked.status_code, locked.json()["code"]) == (409, "requisition_locked")
        again = await d.post(f"{url}/submit", json={})
        assert (again.status_code, again.json()["code"]) == (409, "requisition_locked")
        early = await client.post(f"{url}/fill", json={})
        assert (early.status_code, early.json()["code"]) == (409, "requisition_not_approved")

        # Returned: editable again; submitted anew and approved.
        await ok(await act(client, submitted["approval_id"], "return", "写清预算"))
        returned = await ok(await d.get(url))
        assert returned["status"] == "returned"
        edited = await ok(
            await d.patch(url, json={"count": 3},
                          headers={"If-Match": f'"{returned["version"]}"'})
        )  # fmt: skip
        assert (edited["count"], edited["status"]) == (3, "returned")
        second = await ok(await d.post(f"{url}/submit", json={}))
        assert second["approval_id"] != submitted["approval_id"]
        await ok(await act(client, second["approval_id"], "approve"))
        approved = await ok(await d.get(url))
        assert approved["status"] == "approved"
        listed = await ok(await d.get(REQUISITIONS, params={"status": "approved"}))
        assert [i["id"] for i in listed["items"]] == [req["id"]]
        assert (await d.post(f"{url}/fill", json={})).status_code == 403  # HR's to do
        hired = await ok(await client.get("/api/v1/employees", params={"limit": 1}))
        filled = await ok(
            await client.post(f"{url}/fill", json={"hired": [hired["items"][0]["id"]]})
        )
        assert (filled["status"], filled["approval_id"]) == ("filled", second["approval_id"])
        assert filled["closed_on"] is not None
        assert filled["hired_ids"] == [hired["items"][0]["id"]]
        assert (await client.post(f"{url}/cancel", json={})).status_code == 409

        # Through the approvals API: the same check; rejected → rejected.
        own = await ok(await m.post(REQUISITIONS, json={**body, "title": "销售助理"}), 201)
        foreign = await m.post(
            APPROVALS, json={"type": "recruitment", "form": {"requisition_id": req["id"]}}
        )
        assert foreign.status_code in (404, 409, 422), foreign.text
        made = await ok(
            await m.post(
                APPROVALS, json={"type": "recruitment", "form": {"requisition_id": own["id"]}}
            ),
            201,
        )
        assert (await ok(await m.get(f"{REQUISITIONS}/{own['id']}")))["status"] == "pending"
        twice = await m.post(
            APPROVALS, json={"type": "recruitment", "form": {"requisition_id": own["id"]}}
        )
        assert (twice.status_code, twice.json()["code"]) == (409, "requisition_locked")
        await ok(await act(d, made["id"], "reject", "预算不足"))
        rejected = await ok(await m.get(f"{REQUISITIONS}/{own['id']}"))
        assert (rejected["status"], rejected["approval_id"]) == ("rejected", made["id"])
        cancelled = await ok(
            await client.post(f"{REQUISITIONS}/{own['id']}/cancel", json={"reason": "岗位取消"})
        )
        assert (cancelled["status"], cancelled["close_reason"]) == ("cancelled", "岗位取消")


async def test_branches_and_partners_with_territories(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    east = await ok(await client.post(TERRITORIES, json={"name": "华东区", "kind": "region"}), 201)
    zj = await ok(
        await client.post(
            TERRITORIES, json={"name": "浙江省", "kind": "province", "parent_id": east["id"]}
        ),
        201,
    )
    boss = await employee(client, "分公司经理", db.root_department_id)
    body = {"name": "杭州分公司", "code": "HZ", "city": "杭州", "manager_id": boss["id"],
            "department_id": db.root_department_id, "territory_ids": [zj["id"], east["id"]],
            "phone": "0571-88881234", "opened_on": "2024-05-01"}  # fmt: skip
    branch = await ok(await client.post(BRANCHES, json=body), 201)
    assert sorted(branch["territory_ids"]) == sorted([zj["id"], east["id"]])
    assert branch["phone"].startswith("+86")
    assert branch["manager"]["name"] == "分公司经理"
    duplicate = await client.post(BRANCHES, json={**body, "name": "另一个"})
    assert (duplicate.status_code, duplicate.json()["code"]) == (409, "duplicate")
    moved = await ok(
        await client.patch(
            f"{BRANCHES}/{branch['id']}",
            json={"territory_ids": [east["id"]]},
            headers={"If-Match": f'"{branch["version"]}"'},
        )
    )
    assert moved["territory_ids"] == [east["id"]]
    in_zj = await ok(await client.get(BRANCHES, params={"territory_id": zj["id"]}))
    assert in_zj["items"] == []

    partner = await ok(
        await client.post(
            PARTNERS,
            json={"name": "云帆贸易", "kind": "distributor", "phone": "138 0013 8000",
                  "territory_ids": [zj["id"]], "agreement_start": "2027-01-01",
                  "agreement_end": "2027-12-31"},
        ),
        201,
    )  # fmt: skip
    assert partner["owner_id"] == db.admin_id
    assert partner["territory_ids"] == [zj["id"]]
    assert partner["phone"] == "+8613800138000"
    found = await ok(await client.get(PARTNERS, params={"territory_id": zj["id"]}))
    assert [p["id"] for p in found["items"]] == [partner["id"]]
    backwards = await client.patch(
        f"{PARTNERS}/{partner['id']}",
        json={"agreement_end": "2026-12-31"},
        headers={"If-Match": f'"{partner["version"]}"'},
    )
    assert backwards.status_code == 422
    assert backwards.json()["errors"][0]["type"] == "range_reversed"
