"""Budgets against real approved expense claims: exact actual, remaining and used share per
department tree and territory tree, the owner's alert once per crossing, the summary, the
scope, and the refusals."""

from __future__ import annotations

from typing import Any

import httpx

from tests.activities.support import problem
from tests.conftest import TestDatabase, http_client
from tests.planning.territories.support import territory
from tests.sales.support import ok
from tests.work.support import NOTIFICATIONS, act, submit, team

BUDGETS = "/api/v1/budgets"
SUMMARY = "/api/v1/budget-summary"


def expense(amount: str, spent_on: str, category: str = "travel", **form: Any) -> dict[str, Any]:
    return {
        "type": "expense",
        "form": {
            "category": category,
            "amount": amount,
            "spent_on": spent_on,
            "description": "拜访客户",
            **form,
        },
    }


async def alerts(http: httpx.AsyncClient) -> list[dict[str, Any]]:
    body = await ok(await http.get(NOTIFICATIONS, params={"limit": 100}))
    return [n for n in body["items"] if n["kind"] == "budget_alert"]


async def refused(response: httpx.Response, error: str) -> None:
    body = await problem(response, 422, "validation_error")
    assert [e["type"] for e in body["errors"]] == [error], body


def figures(budget: dict[str, Any]) -> tuple[str, str, str | None]:
    return budget["actual"], budget["remaining"], budget["used_share"]


async def test_actual_remaining_share_alerts_and_summary(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db, "bg")
    root = db.root_department_id
    group_1 = await ok(
        await client.post("/api/v1/departments", json={"name": "预算一组", "parent_id": root}), 201
    )
    group_2 = await ok(
        await client.post("/api/v1/departments", json={"name": "预算二组", "parent_id": root}), 201
    )
    await ok(
        await client.patch(f"/api/v1/employees/{t.ids['R']}", json={"department_id": group_1["id"]})
    )
    region = await territory(client, "预算华东")
    city = await territory(client, "预算杭州", region["id"])
    other = await territory(client, "预算华南")
    body = {"name": "杭州客户", "territory_id": city["id"], "owner_id": t.ids["R"]}
    customer = (await ok(await client.post("/api/v1/customers", json=body), 201))["id"]

    dec = {"period_start": "2026-12-01", "period_end": "2026-12-31", "category": "travel"}
    made = {}
    for key, holder, amount, share in (
        ("root", {"department_id": root}, "1000.00", "50"),
        ("group_1", {"department_id": group_1["id"]}, "2000.00", "80"),
        ("group_2", {"department_id": group_2["id"]}, "1000.00", "80"),
        ("region", {"territory_id": region["id"]}, "2000.00", "80"),
        ("south", {"territory_id": other["id"]}, "0.00", "80"),
    ):
        payload = {
            "name": f"差旅{key}",
            **dec,
            **holder,
            "amount": amount,
            "alert_share": share,
            "owner_id": t.ids["D"],
        }
        made[key] = await ok(await client.post(BUDGETS, json=payload), 201)
    assert figures(made["root"]) == ("0.00", "1000.00", "0.00")
    assert made["root"]["alert_share"] == "50.00"
    assert made["group_2"]["alert_share"] == "80.00"
    assert figures(made["south"]) == ("0.00", "0.00", None)

    async with (
        http_client(app, t.tokens["R"]) as r,
        http_client(app, t.tokens["M"]) as m,
        http_client(app, t.tokens["D"]) as d,
    ):

        async def approved(body: dict[str, Any]) -> None:
            request = await submit(r, body)
            assert (await ok(await act(m, request["id"], "approve")))["status"] == "approved"

        # What does not count: another month, category or currency, a pending claim.
        await approved(expense("500.00", "2026-11-30"))
        await approved(expense("200.00", "2026-12-05", "entertainment"))
        await approved(expense("100.00", "2026-12-05", currency="USD"))
        await submit(r, expense("999.00", "2026-12-06"))
        await approved(expense("300.00", "2026-12-01", customer_id=customer))  # 30 %
        assert await alerts(d) == []
        await approved(expense("250.00", "2026-12-31"))  # 55 %: crosses 50 %
        assert len(await alerts(d)) == 1
        await approved(expense("100.00", "2026-12-15", customer_id=customer))  # 65 %
        assert len(await alerts(d)) == 1
        await approved(expense("400.00", "2026-12-20"))  # 105 %: crosses 100 %
        first, *_ = sent = await alerts(d)
        assert len(sent) == 2
        assert first["record_id"] == made["root"]["id"]
        await approved(expense("10.00", "2026-12-21"))  # 106 %: no crossing
        assert len(await alerts(d)) == 2

        page = await ok(await d.get(BUDGETS, params={"limit": 50, "sort": "name"}))
        by_id = {b["id"]: b for b in page["items"]}
        got = {key: figures(by_id[b["id"]]) for key, b in made.items()}
        assert got == {
            "root": ("1060.00", "-60.00", "106.00"),
            "group_1": ("1060.00", "940.00", "53.00"),
            "group_2": ("0.00", "1000.00", "0.00"),
            "region": ("400.00", "1600.00", "20.00"),
            "south": ("0.00", "0.00", None),
        }
        one = await ok(await d.get(f"{BUDGETS}/{made['region']['id']}"))
        assert figures(one) == ("400.00", "1600.00", "20.00")
        assert one["territory"]["name"] == "预算华东"
        assert one["owner"]["id"] == t.ids["D"]

        # A higher amount restarts the level quietly; crossing again alerts again, once.
        raised = await ok(
            await client.patch(f"{BUDGETS}/{made['root']['id']}", json={"amount": "3000.00"})
        )
        assert figures(raised) == ("1060.00", "1940.00", "35.33")
        await approved(expense("500.00", "2026-12-22"))  # 52 %
        assert len(await alerts(d)) == 3

        summary = await ok(
            await d.get(SUMMARY, params={"period_start": "2026-12-01", "period_end": "2026-12-31"})
        )
        rows = {(x["department_id"] or x["territory_id"]): x for x in summary["rows"]}
        assert len(rows) == 5
        row = rows[root]
        assert (row["budgets"], row["amount"], row["actual"], row["remaining"]) == (
            1,
            "3000.00",
            "1560.00",
            "1440.00",
        )
        assert row["used_share"] == "52.00"
        assert row["department"]["id"] == root
        assert rows[region["id"]]["actual"] == "400.00"
        none = await ok(
            await d.get(SUMMARY, params={"period_start": "2027-01-01", "period_end": "2027-01-31"})
        )
        assert none["rows"] == []
        await refused(
            await d.get(SUMMARY, params={"period_start": "2027-01-31", "period_end": "2027-01-01"}),
            "range_reversed",
        )

        # Scope: the manager sees the budgets of his department tree, not the territory's.
        seen = {b["id"] for b in (await ok(await m.get(BUDGETS, params={"limit": 50})))["items"]}
        assert seen == {made[k]["id"] for k in ("root", "group_1", "group_2")}
        assert (await m.get(f"{BUDGETS}/{made['region']['id']}")).status_code == 404
        assert (
            await m.patch(f"{BUDGETS}/{made['root']['id']}", json={"name": "x"})
        ).status_code == 403
        assert (await r.get(BUDGETS)).status_code == 403

    # Bad input: a reversed period, no holder or two, a negative amount.
    base = {"name": "坏", **dec, "department_id": root, "amount": "10.00"}
    await refused(
        await client.post(BUDGETS, json={**base, "period_end": "2026-11-30"}), "range_reversed"
    )
    await refused(
        await client.patch(f"{BUDGETS}/{made['root']['id']}", json={"period_start": "2027-01-01"}),
        "range_reversed",
    )
    await refused(
        await client.post(BUDGETS, json={**base, "territory_id": region["id"]}), "holder_required"
    )
    await refused(
        await client.post(BUDGETS, json={**base, "department_id": None}), "holder_required"
    )
    negative = await client.post(BUDGETS, json={**base, "amount": "-1.00"})
    assert negative.status_code == 422
    assert (await ok(await client.get(BUDGETS, params={"include_total": "true"})))["total"] == 5
