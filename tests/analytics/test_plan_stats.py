"""Plan against actual (``targets``): exact figures for each level and metric in three scopes,
and a property test of the contract amounts against independent SQL."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import httpx

from salescrm.core.clock import today
from tests.analytics.support import independent, money, stat
from tests.conftest import TestDatabase, http_client
from tests.contract.matrix import build_org, holds
from tests.planning.plans.support import PLANS, plan, target
from tests.planning.territories.support import territory
from tests.sales import support
from tests.sales.support import PAYMENTS, ok
from tests.work.support import act


async def _signed(
    http: httpx.AsyncClient, owner: str, amount: str, on: date, **customer: Any
) -> dict[str, Any]:
    currency = customer.pop("currency", None)
    customer_id = await support.customer(http, owner_id=owner, **customer)
    won = await support.won_deal(
        http,
        customer_id=customer_id,
        owner_id=owner,
        amount=amount,
        **({"currency": currency} if currency else {}),
    )
    return await support.contract(http, won["id"], owner_id=owner, sign_date=on.isoformat())


def _year() -> dict[str, Any]:
    year = today().year
    return {"period_start": f"{year}-01-01", "period_end": f"{year}-12-31"}


def _key(row: dict[str, Any]) -> tuple[Any, ...]:
    subject = row["employee_name"] or row["department_name"] or row["territory_name"]
    return (row["level"], row["metric"], subject, row["product_line"])


def _figures(body: Any) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    return {
        _key(r): (r["target"], r["actual"], r["attainment"], r["unavailable"]) for r in body["rows"]
    }


async def test_targets_against_actuals_in_each_scope(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await build_org(app, client, db, [])
    ids, day = org.ids, today()
    east = await territory(client, "华东大区")
    first = await _signed(client, ids["R1"], "300.00", day, territory_id=east["id"])
    await _signed(client, ids["R3"], "70.00", day)
    await support.customer(client, owner_id=ids["R1"])  # a third new customer of R1's
    last_year = date(day.year - 1, 12, 31)
    await _signed(client, ids["R1"], "40.00", last_year)  # before the plan's period
    body = {"contract_id": first["id"], "amount": "120.00", "received_on": day.isoformat(),
            "overpayment": True}  # fmt: skip
    await ok(await client.post(PAYMENTS, json=body), 201)

    p = await plan(client, name="本年计划", **_year())
    pid = p["id"]
    await target(client, pid, "1000.00")
    await target(client, pid, "500.00", level="department",
                 department_id=org.departments["team_a"], owner_id=ids["M1"])  # fmt: skip
    await target(client, pid, "300.00", level="territory", territory_id=east["id"])
    for who, metric, value, line in (
        ("R1", "sales_amount", "200.00", None),
        ("R3", "sales_amount", "100.00", None),
        ("R1", "payments", "100.00", None),
        ("R1", "new_customers", "4", None),
        ("R1", "visits", "10", None),
        ("R1", "quantity", "5", None),
        ("R1", "sales_amount", "50.00", "传感器"),
    ):
        extra = {"product_line": line} if line else {}
        await target(client, pid, value, metric, level="employee", employee_id=ids[who], **extra)
    draft = await plan(client, name="草稿计划", **_year())
    await target(client, draft["id"], "9.00")
    async with http_client(app, org.tokens["D"]) as director:  # nobody above: admins decide
        submitted = await ok(await director.post(f"{PLANS}/{pid}/submit", json={}))
    await ok(await act(client, submitted["approval_id"], "approve"))

    year: dict[str, Any] = {"date_from": f"{day.year}-01-01", "date_to": f"{day.year}-12-31"}
    everything = _figures(await stat(client, "targets", **year))
    assert everything == {
        ("company", "sales_amount", None, None): ("1000.00", "370.00", "37.00", None),
        ("department", "sales_amount", "销售一组", None): ("500.00", "300.00", "60.00", None),
        ("territory", "sales_amount", "华东大区", None): ("300.00", "300.00", "100.00", None),
        ("employee", "sales_amount", "矩阵R1", None): ("200.00", "300.00", "150.00", None),
        ("employee", "sales_amount", "矩阵R3", None): ("100.00", "70.00", "70.00", None),
        ("employee", "payments", "矩阵R1", None): ("100.00", "120.00", "120.00", None),
        ("employee", "new_customers", "矩阵R1", None): ("4.00", "3", "75.00", None),
        ("employee", "visits", "矩阵R1", None): ("10.00", "0", "0.00", None),
        ("employee", "quantity", "矩阵R1", None): ("5.00", "0.0000", "0.00", None),
        ("employee", "sales_amount", "矩阵R1", "传感器"): ("50.00", None, None, "product_line"),
    }
    # A draft plan only when named; an unknown plan is a 422; a bucket is refused.
    named = await stat(client, "targets", plan_id=draft["id"])
    assert [(r["plan_status"], r["target"], r["actual"]) for r in named["rows"]] == [
        ("draft", "9.00", "370.00")
    ]
    missing = await stat(client, "targets", 422, plan_id=ids["R1"])
    assert missing["errors"][0]["type"] == "not_found"
    assert (await stat(client, "targets", 422, bucket="month"))["errors"][0]["loc"] == [
        "query",
        "bucket",
    ]
    few = await stat(client, "targets", limit=2, metric="sales_amount", level="employee", **year)
    assert (len(few["rows"]), few["more"]) == (2, True)

    # The manager: their team's and people's targets, actuals of their scope only.
    async with http_client(app, org.tokens["M1"]) as m1:
        mine = _figures(await stat(m1, "targets", **year))
    assert set(mine) == {k for k in everything if k[0] == "department" or k[2] == "矩阵R1"}
    assert mine[("department", "sales_amount", "销售一组", None)][1] == "300.00"
    async with http_client(app, org.tokens["M2"]) as m2:
        theirs = _figures(await stat(m2, "targets", **year))
    assert theirs == {
        ("employee", "sales_amount", "矩阵R3", None): ("100.00", "70.00", "70.00", None)
    }
    # A representative: their own numbers; payments only with payment:read.
    async with http_client(app, org.tokens["R1"]) as r1:
        own = _figures(await stat(r1, "targets", **year))
    assert own[("employee", "sales_amount", "矩阵R1", None)][1] == "300.00"
    paid = own[("employee", "payments", "矩阵R1", None)]
    if holds(org, "R1", "payment:read"):
        assert paid[1] == "120.00"
    else:
        assert paid == ("100.00", None, None, "not_permitted")
    async with http_client(app, org.tokens["V"]) as viewer:
        await stat(viewer, "targets", 403)


async def test_targets_match_an_independent_query(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    rng = random.Random(4242)  # noqa: S311 — reproducible test data
    org = await build_org(app, client, db, [])
    people = ("R1", "R2", "R3", "M1")
    day = today()
    for _ in range(14):
        who = rng.choice(people)
        on = day - timedelta(days=rng.randrange(500))
        amount = f"{rng.randrange(100, 900000) / 100:.2f}"
        currency = rng.choice(("CNY", "CNY", "USD"))
        await _signed(client, org.ids[who], amount, on, currency=currency)
    start = day - timedelta(days=rng.randrange(100, 300))
    p = await plan(
        client,
        name="随机计划",
        period_kind="quarter",
        period_start=start.isoformat(),
        period_end=(start + timedelta(days=200)).isoformat(),
    )
    await target(client, p["id"], "1000.00")
    await target(client, p["id"], "800.00", level="department",
                 department_id=org.departments["team_a"])  # fmt: skip
    for who in people:
        await target(client, p["id"], "300.00", level="employee", employee_id=org.ids[who])
    body = await stat(client, "targets", plan_id=p["id"])
    got = {(r["level"], r["employee_id"]): (r["actual"], r["attainment"]) for r in body["rows"]}

    rows = await independent(
        db,
        "SELECT owner_id, amount FROM contracts WHERE deleted_at IS NULL AND currency = 'CNY' "
        "AND sign_date >= :a AND sign_date <= :b",
        a=start,
        b=start + timedelta(days=200),
    )
    by_owner: dict[str, Decimal] = {}
    for owner, amount in rows:
        key = str(owner).replace("-", "")
        by_owner[key] = by_owner.get(key, Decimal("0.00")) + money(db, amount)

    def of(*who: str) -> Decimal:
        return sum(
            (by_owner.get(org.ids[w].replace("-", ""), Decimal("0.00")) for w in who),
            Decimal("0.00"),
        )

    def figures(actual: Decimal, value: str) -> tuple[str, str]:
        rate = (actual * 100 / Decimal(value)).quantize(Decimal("0.01"), ROUND_HALF_UP)
        return f"{actual:.2f}", f"{rate:.2f}"

    want: dict[tuple[str, str | None], tuple[str, str]] = {
        ("company", None): figures(of(*people), "1000.00")
    }
    want["department", None] = figures(of("R1", "R2", "M1"), "800.00")
    for who in people:
        want["employee", org.ids[who]] = figures(of(who), "300.00")
    assert got == want
