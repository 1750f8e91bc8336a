"""Commission statements with exact numbers: marginal tiers that accelerate above quota, the
cap, quotas from the default (and from an approved plan's target), contracts signed and
payments received as the basis, margin plans and who sees margins, traceable lines, the
approval that locks a period, and the refusals (overlapping tiers 422, recompute after
approval 409)."""

from __future__ import annotations

from typing import Any

import httpx

from tests.conftest import TestDatabase, http_client
from tests.org.support import department, staff_member
from tests.planning.commissions.support import (
    APPROVE,
    COMPUTE,
    PLANS,
    STATEMENTS,
    compute,
    lines,
    plan,
    plan_payload,
    statements,
)
from tests.sales.support import (
    OPPORTUNITIES,
    PAYMENTS,
    add_line,
    contract,
    deal,
    ok,
    product,
    won_deal,
)
from tests.work.support import NOTIFICATIONS, act


async def _signed(http: httpx.AsyncClient, owner: str, amount: str, day: str) -> dict[str, Any]:
    won = await won_deal(http, amount=amount, owner_id=owner)
    return await contract(http, won["id"], sign_date=day, owner_id=owner)


async def test_statements_with_exact_numbers(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    unit = await department(client, "提成测试部", db.root_department_id)
    a, a_token = await staff_member(
        app, client, "提成甲", unit["id"], username="comm.a", roles=("sales_rep",)
    )
    b, _ = await staff_member(
        app, client, "提成乙", unit["id"], username="comm.b", roles=("sales_rep",)
    )
    # A: 60,000 + 70,000 + 50,000 signed in Q1 2027; one in April and one terminated do not count.
    first = await _signed(client, a["id"], "60000.00", "2027-01-10")
    second = await _signed(client, a["id"], "70000.00", "2027-02-10")
    third = await _signed(client, a["id"], "50000.00", "2027-03-10")
    await _signed(client, a["id"], "99999.00", "2027-04-01")
    ended = await _signed(client, a["id"], "88888.00", "2027-02-01")
    await ok(await client.patch(f"/api/v1/contracts/{ended['id']}", json={"status": "terminated"}))
    await _signed(client, b["id"], "50000.00", "2027-03-31")

    # B's quota is their target in the approved sales plan of the quarter (A's target there is
    # for another metric: A keeps the default).
    _, d_token = await staff_member(
        app, client, "提成总监", db.root_department_id, username="comm.d", roles=("sales_director",)
    )
    async with http_client(app, d_token) as d:
        sales_plan = await ok(
            await d.post(
                "/api/v1/sales-plans",
                json={
                    "name": "2027 一季度销售计划",
                    "period_kind": "quarter",
                    "period_start": "2027-01-01",
                    "period_end": "2027-03-31",
                },
            ),
            201,
        )
        targets = ((b, "sales_amount", "40000.00"), (a, "payments", "999.00"))
        for employee, metric, value in targets:
            body = {
                "plan_id": sales_plan["id"],
                "level": "employee",
                "employee_id": employee["id"],
                "metric": metric,
                "value": value,
            }
            await ok(await d.post("/api/v1/sales-targets", json=body), 201)
        submitted = await ok(
            await d.post(f"/api/v1/sales-plans/{sales_plan['id']}/submit", json={})
        )
    await ok(await act(client, submitted["approval_id"], "approve"))

    quarterly = await plan(client, "季度阶梯提成", cap="5000.00", employee_ids=[a["id"], b["id"]])
    summary = await compute(client, quarterly["id"], "2027-01-01")
    assert summary["statements"] == 2
    assert summary["lines"] == 4
    assert summary["period_end"] == "2027-03-31"
    assert summary["status"] == "draft"
    assert summary["plan"]["name"] == "季度阶梯提成"
    by_employee = {s["employee_id"]: s for s in await statements(client, plan_id=quarterly["id"])}
    mine = by_employee[a["id"]]
    # 180,000 on a 100,000 quota: 3 % of 100,000 + 5 % of 50,000 + 8 % of 30,000 = 7,900,
    # capped at 5,000.
    assert (mine["total_amount"], mine["quota"], mine["quota_source"]) == (
        "180000.00",
        "100000.00",
        "default",
    )
    assert mine["attainment_percent"] == "180.00"
    assert (mine["commission_before_cap"], mine["commission"], mine["capped"]) == (
        "7900.00",
        "5000.00",
        True,
    )
    assert (mine["line_count"], mine["status"], mine["employee"]["name"]) == (3, "draft", "提成甲")
    theirs = by_employee[b["id"]]
    # 50,000 on a 40,000 target: 3 % of 40,000 + 5 % of 10,000.
    assert (theirs["quota"], theirs["quota_source"]) == ("40000.00", "target")
    assert (theirs["total_amount"], theirs["attainment_percent"], theirs["commission"]) == (
        "50000.00",
        "125.00",
        "1700.00",
    )
    assert theirs["capped"] is False
    traced = await lines(client, mine["id"])
    assert [
        (line["contract_id"], line["number"], line["day"], line["amount"]) for line in traced
    ] == [
        (first["id"], first["number"], "2027-01-10", "60000.00"),
        (second["id"], second["number"], "2027-02-10", "70000.00"),
        (third["id"], third["number"], "2027-03-10", "50000.00"),
    ]
    # Each line earns what it adds to the statement's commission, at the rate of the band
    # the running total ends in: 60,000 at 3 %; 40,000 at 3 % + 30,000 at 5 %; 20,000 at 5 %
    # + 30,000 at 8 %.
    assert [(line["rate_percent"], line["commission"]) for line in traced] == [
        ("3.00", "1800.00"),
        ("5.00", "2700.00"),
        ("8.00", "3400.00"),
    ]
    assert all(line["source"] == "contract" and line["payment_id"] is None for line in traced)
    assert traced[0]["contract"]["id"] == first["id"]

    # Payments received, monthly: 6,000 and 7,000 in February on a 10,000 quota
    # (2 % to 100 %, 4 % above): 200 + 120 = 320. March's payment does not count.
    for amount, day in (
        ("6000.00", "2027-02-05"),
        ("7000.00", "2027-02-20"),
        ("1000.00", "2027-03-01"),
    ):
        body = {"contract_id": first["id"], "amount": amount, "received_on": day}
        await ok(await client.post(PAYMENTS, json=body), 201)
    monthly = await plan(
        client,
        "月度回款提成",
        basis="payments_received",
        period_kind="month",
        default_quota="10000.00",
        employee_ids=[a["id"]],
        tiers=[
            {"from_percent": 0, "to_percent": 100, "rate_percent": "2.00"},
            {"from_percent": 100, "to_percent": None, "rate_percent": "4.00"},
        ],
    )
    await compute(client, monthly["id"], "2027-02-01")
    (paid,) = await statements(client, plan_id=monthly["id"])
    assert (paid["total_amount"], paid["attainment_percent"], paid["commission"]) == (
        "13000.00",
        "130.00",
        "320.00",
    )
    received = await lines(client, paid["id"])
    assert [
        (
            line["source"],
            line["contract_id"],
            line["day"],
            line["amount"],
            line["rate_percent"],
            line["commission"],
        )
        for line in received
    ] == [
        ("payment", first["id"], "2027-02-05", "6000.00", "2.00", "120.00"),
        ("payment", first["id"], "2027-02-20", "7000.00", "4.00", "200.00"),
    ]
    assert all(line["payment_id"] for line in received)

    # A margin plan on the department: A's deal of 3 × 1,000 at a cost of 600 (margin 1,200);
    # contracts priced by hand have no known margin and do not count. B has nothing in January.
    goods = await product(client, price="1000.00", cost="600.00")
    priced = await deal(client, owner_id=a["id"])
    await add_line(client, priced["id"], goods["id"], quantity="3")
    await ok(await client.post(f"{OPPORTUNITIES}/{priced['id']}/win", json={}))
    await contract(client, priced["id"], sign_date="2027-01-20", owner_id=a["id"])
    margins = await plan(
        client,
        "毛利提成",
        measure="margin",
        period_kind="month",
        default_quota="1000.00",
        department_ids=[unit["id"]],
        tiers=[{"from_percent": 0, "to_percent": None, "rate_percent": "10.00"}],
    )
    await compute(client, margins["id"], "2027-01-01")
    found = {s["employee_id"]: s for s in await statements(client, plan_id=margins["id"])}
    assert set(found) == {a["id"], b["id"]}
    on_margin = found[a["id"]]
    assert (on_margin["total_amount"], on_margin["total_margin"], on_margin["commission"]) == (
        "3000.00",
        "1200.00",
        "120.00",
    )
    assert on_margin["attainment_percent"] == "120.00"
    assert (found[b["id"]]["commission"], found[b["id"]]["line_count"]) == ("0.00", 0)
    (margin_line,) = await lines(client, on_margin["id"])
    assert (margin_line["amount"], margin_line["margin"], margin_line["commission"]) == (
        "3000.00",
        "1200.00",
        "120.00",
    )

    async with http_client(app, a_token) as rep:
        # A sales rep sees their own statements, not their colleague's; no margins.
        own = await statements(rep)
        assert {s["employee_id"] for s in own} == {a["id"]}
        assert (await rep.get(f"{STATEMENTS}/{theirs['id']}")).status_code == 404
        assert (await rep.get(f"{STATEMENTS}/{theirs['id']}/lines")).status_code == 404
        hidden = await ok(await rep.get(f"{STATEMENTS}/{on_margin['id']}"))
        assert "total_margin" not in hidden
        assert hidden["commission"] == "120.00"
        (rep_line,) = await lines(rep, on_margin["id"])
        assert "margin" not in rep_line
        assert rep_line["commission"] == "120.00"
        # ... and may neither compute nor approve.
        body = {"plan_id": quarterly["id"], "period_start": "2027-01-01"}
        assert (await rep.post(COMPUTE, json=body)).status_code == 403
        assert (await rep.post(APPROVE, json=body)).status_code == 403

    # Recomputing a draft period replaces it: a contract signed since counts.
    await _signed(client, b["id"], "10000.00", "2027-01-05")
    again = await compute(client, quarterly["id"], "2027-01-01")
    assert (again["statements"], again["lines"]) == (2, 6)  # and A's margin contract
    # 5,000 (capped) + B's 60,000 on 40,000: 3 % of 40,000 + 5 % of 20,000.
    assert again["total_commission"] == "7200.00"
    (recomputed,) = await statements(client, plan_id=quarterly["id"], employee_id=b["id"])
    assert [
        (line["day"], line["rate_percent"], line["commission"])
        for line in await lines(client, recomputed["id"])
    ] == [
        ("2027-01-05", "3.00", "300.00"),
        ("2027-03-31", "5.00", "1900.00"),
    ]
    assert len(await statements(client, plan_id=quarterly["id"])) == 2

    # Approval locks the period and tells each employee.
    approved = await ok(
        await client.post(APPROVE, json={"plan_id": quarterly["id"], "period_start": "2027-01-01"})
    )
    assert (approved["status"], approved["statements"]) == ("approved", 2)
    locked = await client.post(
        COMPUTE, json={"plan_id": quarterly["id"], "period_start": "2027-01-01"}
    )
    assert locked.status_code == 409, locked.text
    assert locked.json()["code"] == "commission_period_locked"
    twice = await client.post(
        APPROVE, json={"plan_id": quarterly["id"], "period_start": "2027-01-01"}
    )
    assert (twice.status_code, twice.json()["code"]) == (409, "commission_period_locked")
    # A recompute wrote new statements (new ids): read A's again.
    (final,) = await statements(client, plan_id=quarterly["id"], employee_id=a["id"])
    assert (final["status"], final["approved_by_id"]) == ("approved", db.admin_id)
    assert final["version"] == 2
    async with http_client(app, a_token) as rep:
        inbox = await ok(await rep.get(NOTIFICATIONS, params={"kind": "commission_statement"}))
        (told,) = inbox["items"]
        assert told["record_id"] == final["id"]
        assert "5000.00" in told["title"]


async def test_refusals(client: httpx.AsyncClient) -> None:
    overlapping = plan_payload(
        "重叠阶梯",
        tiers=[
            {"from_percent": 0, "to_percent": 100, "rate_percent": "3.00"},
            {"from_percent": 80, "to_percent": 150, "rate_percent": "5.00"},
            {"from_percent": 150, "to_percent": None, "rate_percent": "8.00"},
        ],
    )
    refused = await client.post(PLANS, json=overlapping)
    assert refused.status_code == 422, refused.text
    (error,) = refused.json()["errors"]
    assert (error["loc"], error["type"]) == (["body", "tiers"], "tier_overlap")
    gapped = plan_payload(
        "断档阶梯",
        tiers=[
            {"from_percent": 0, "to_percent": 100, "rate_percent": "3.00"},
            {"from_percent": 110, "to_percent": None, "rate_percent": "5.00"},
        ],
    )
    refused = await client.post(PLANS, json=gapped)
    assert (refused.status_code, refused.json()["errors"][0]["type"]) == (422, "tier_gap")
    assert (await client.get(PLANS, params={"include_total": "true"})).json()["total"] == 0

    made = await plan(client, "拒绝测试")
    patched = await client.patch(f"{PLANS}/{made['id']}", json={"tiers": overlapping["tiers"]})
    assert (patched.status_code, patched.json()["errors"][0]["loc"]) == (422, ["body", "tiers"])
    reversed_dates = await client.patch(
        f"{PLANS}/{made['id']}", json={"effective_to": "2026-12-31"}
    )
    assert reversed_dates.status_code == 422
    assert reversed_dates.json()["errors"][0]["loc"] == ["body", "effective_to"]

    cases = [
        ({"period_start": "2027-02-01"}, "period_start", "period_start_misaligned"),
        ({"period_start": "2026-10-01"}, "period_start", "period_outside_plan"),
        ({"plan_id": "01890a5d-ac96-774b-bcce-b302099a8001"}, "plan_id", "not_found"),
    ]
    for change, field, kind in cases:
        body = {"plan_id": made["id"], "period_start": "2027-01-01", **change}
        response = await client.post(COMPUTE, json=body)
        assert response.status_code == 422, response.text
        error = response.json()["errors"][0]
        assert (error["loc"], error["type"]) == (["body", field], kind)
    body = {"plan_id": made["id"], "period_start": "2027-01-01"}
    not_computed = await client.post(APPROVE, json=body)
    assert (not_computed.status_code, not_computed.json()["code"]) == (
        409,
        "commission_period_not_computed",
    )
    await ok(await client.patch(f"{PLANS}/{made['id']}", json={"active": False}))
    inactive = await client.post(COMPUTE, json=body)
    assert (inactive.status_code, inactive.json()["code"]) == (409, "commission_plan_inactive")
