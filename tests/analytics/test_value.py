"""Customer value: the stored insights (RFM, ABC, lifetime value, loyalty), their recompute,
reads and the ABC apply, and the value statistics — exact figures on a known data set, two
scopes, and a property test against independent SQL."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import httpx

from salescrm.core.clock import today
from tests.analytics.support import ANALYTICS, independent, money, stat
from tests.conftest import TestDatabase, http_client
from tests.contract.matrix import build_org, holds
from tests.sales import support
from tests.sales.support import CONTRACTS, PAYMENTS, ok

INSIGHTS = f"{ANALYTICS}/customer-insights"
APPLY = f"{ANALYTICS}/abc/apply"


def _ago(days: int) -> str:
    return (today() - timedelta(days=days)).isoformat()


async def _bought(
    http: httpx.AsyncClient,
    customer_id: str,
    days_ago: int,
    amount: str,
    *,
    currency: str = "CNY",
    owner_id: str | None = None,
) -> str:
    """A contract of the customer signed ``days_ago`` days ago; its id."""
    owner = {"owner_id": owner_id} if owner_id else {}
    won = await support.won_deal(
        http, amount=amount, customer_id=customer_id, currency=currency, **owner
    )
    signed = await support.contract(http, won["id"], sign_date=_ago(days_ago), **owner)
    return str(signed["id"])


async def _paid(http: httpx.AsyncClient, contract_id: str, amount: str, days_ago: int) -> None:
    body = {
        "contract_id": contract_id,
        "amount": amount,
        "received_on": _ago(days_ago),
        "overpayment": True,
    }
    await ok(await http.post(PAYMENTS, json=body), 201)


async def _recompute(http: httpx.AsyncClient) -> dict[str, Any]:
    return await ok(await http.post(f"{INSIGHTS}/recompute"))


async def _known(client: httpx.AsyncClient) -> list[str]:
    """Seven customers: six with purchases chosen so that every figure is known, one without."""
    c = [await support.customer(client, name=f"价值客户{n}") for n in range(1, 8)]
    k = await _bought(client, c[0], 10, "1000.00")
    await _bought(client, c[0], 100, "2000.00")
    await _bought(client, c[0], 200, "3000.00")
    await _paid(client, k, "6000.00", 5)
    k = await _bought(client, c[1], 30, "3000.00")
    await _paid(client, k, "3000.00", 20)
    k = await _bought(client, c[1], 400, "1000.00")
    await _paid(client, k, "1000.00", 390)
    k = await _bought(client, c[2], 60, "2000.00")
    await _paid(client, k, "1000.00", 50)
    k = await _bought(client, c[3], 500, "4000.00")
    await _bought(client, c[3], 600, "4000.00")
    await _paid(client, k, "8000.00", 450)
    k = await _bought(client, c[4], 90, "9999.00", currency="USD")  # a purchase, not money
    await _paid(client, k, "100.00", 80)
    k = await _bought(client, c[4], 300, "600.00")
    await _paid(client, k, "600.00", 299)
    k = await _bought(client, c[5], 15, "400.00")
    await ok(await client.patch(f"{CONTRACTS}/{k}", json={"status": "terminated"}))
    k = await _bought(client, c[5], 340, "400.00")
    await _paid(client, k, "300.00", 330)
    return c


async def test_known_customers_get_exact_scores_classes_and_statistics(
    client: httpx.AsyncClient,
) -> None:
    c = await _known(client)
    result = await _recompute(client)
    # Only customers with a purchase are stored and listed; the single read of the one
    # without answers its empty insight.
    assert result["customers"] == 6
    assert result["steps"][0] == {"name": "value", "rows": 6}
    page = await ok(await client.get(INSIGHTS, params={"limit": 200}))
    got = {item["customer_id"]: item for item in page["items"]}
    assert set(got) == set(c[:6])
    got[c[6]] = await ok(await client.get(f"{INSIGHTS}/{c[6]}"))
    assert got[c[6]]["computed_at"] == got[c[0]]["computed_at"]
    assert got[c[6]]["customer"]["name"] == "价值客户7"

    def row(i: int) -> tuple[Any, ...]:
        x = got[c[i]]
        return (
            x["recency_days"],
            x["frequency"],
            x["purchases"],
            x["monetary"],
            x["paid_total"],
            x["revenue_12m"],
            (x["r_score"], x["f_score"], x["m_score"]),
            x["rfm_segment"],
            x["abc_class"],
            x["suggested_tier"],
            x["lifetime_value"],
            x["repeat_purchase"],
            x["tenure_days"],
        )

    assert row(0) == (10, 3, 3, "6000.00", "6000.00", "6000.00", (5, 5, 5), "champions", "A",
                      "A", "18000.00", True, 200)  # fmt: skip
    assert row(1) == (30, 1, 2, "3000.00", "4000.00", "3000.00", (4, 1, 4), "new", "A", "A",
                      "10000.00", True, 400)  # fmt: skip
    assert row(2) == (60, 1, 1, "1000.00", "1000.00", "2000.00", (3, 1, 3), "potential", "A",
                      "A", "3000.00", False, 60)  # fmt: skip
    assert row(3) == (500, 0, 2, "0.00", "8000.00", "0.00", (1, 1, 1), "lost", None, None,
                      "8000.00", True, 600)  # fmt: skip
    assert row(4) == (90, 2, 2, "600.00", "600.00", "600.00", (2, 4, 2), "at_risk", "B", "B",
                      "1800.00", True, 300)  # fmt: skip
    assert row(5) == (340, 1, 1, "300.00", "300.00", "400.00", (1, 1, 1), "lost", "C", "C",
                      "900.00", False, 340)  # fmt: skip
    assert row(6) == (None, 0, 0, "0.00", "0.00", "0.00", (None, None, None), None, None, None,
                      None, False, None)  # fmt: skip
    one = await ok(await client.get(f"{INSIGHTS}/{c[4]}"))
    assert (one["currency"], one["first_purchase_on"], one["last_purchase_on"]) == (
        "CNY",
        _ago(300),
        _ago(90),
    )
    assert one["customer"]["name"] == "价值客户5"
    # Sorts and filters.
    by_money = await ok(await client.get(INSIGHTS, params={"sort": "-monetary", "limit": 3}))
    assert [x["customer_id"] for x in by_money["items"]] == [c[0], c[1], c[2]]
    second = await ok(
        await client.get(
            INSIGHTS, params={"sort": "-monetary", "limit": 3, "cursor": by_money["next_cursor"]}
        )
    )
    assert [x["customer_id"] for x in second["items"]] == [c[4], c[5], c[3]]
    by_recency = await ok(await client.get(INSIGHTS, params={"sort": "recency_days"}))
    assert [x["customer_id"] for x in by_recency["items"]] == [
        c[0], c[1], c[2], c[4], c[5], c[3]
    ]  # fmt: skip
    lost = await ok(await client.get(INSIGHTS, params={"rfm_segment": "lost"}))
    assert {x["customer_id"] for x in lost["items"]} == {c[3], c[5]}
    a = await ok(await client.get(INSIGHTS, params={"abc_class": "A", "include_total": "true"}))
    assert a["total"] == 3

    # The statistics over the same insights.
    rfm = await stat(client, "rfm")
    assert [
        (r["rfm_segment"], r["customers"], r["monetary"], r["average_recency_days"],
         r["average_frequency"])
        for r in rfm["rows"]
    ] == [
        ("champions", 1, "6000.00", "10.00", "3.00"),
        ("new", 1, "3000.00", "30.00", "1.00"),
        ("potential", 1, "1000.00", "60.00", "1.00"),
        ("at_risk", 1, "600.00", "90.00", "2.00"),
        ("lost", 2, "300.00", "420.00", "0.50"),
    ]  # fmt: skip
    abc = await stat(client, "abc")
    assert [
        (r["abc_class"], r["currency"], r["customers"], r["revenue"], r["revenue_share"])
        for r in abc["rows"]
    ] == [
        ("A", "CNY", 3, "11000.00", "91.67"),
        ("B", "CNY", 1, "600.00", "5.00"),
        ("C", "CNY", 1, "400.00", "3.33"),
    ]
    value = await stat(client, "customer-value", top=3)
    assert value["summary"] == [
        {
            "currency": "CNY",
            "customers": 6,
            "total_lifetime_value": "41700.00",
            "average_lifetime_value": "6950.00",
            "paid_total": "19900.00",
        }
    ]
    assert [(r["rank"], r["customer_id"], r["lifetime_value"]) for r in value["rows"]] == [
        (1, c[0], "18000.00"),
        (2, c[1], "10000.00"),
        (3, c[3], "8000.00"),
    ]
    loyalty = await stat(client, "loyalty")
    assert loyalty["rows"] == [
        {
            "period_start": None,
            "customers": 6,
            "repeat_customers": 4,
            "repeat_rate": "66.67",
            "average_tenure_days": "316.67",
            "average_purchases": "1.83",
        }
    ]
    # Cohorts by the first purchase: only those who first bought in the last 365 days.
    recent = await stat(client, "loyalty", date_from=_ago(364), date_to=_ago(0), bucket="year")
    assert sum(r["customers"] for r in recent["rows"]) == 4  # c1, c3, c5, c6
    # Snapshots take no period; a currency other than the insights' has nothing.
    bad = await stat(client, "rfm", 422, date_from="2026-01-01")
    assert [(e["loc"], e["type"]) for e in bad["errors"]] == [
        (["query", "date_from"], "filter_not_supported")
    ]
    await stat(client, "abc", 422, bucket="month")
    await stat(client, "customer-value", 422, top=101)
    await stat(client, "customer-value", 422, product_id=c[0])
    assert (await stat(client, "abc", currency="USD"))["rows"] == []
    assert [r["customers"] for r in (await stat(client, "rfm", tier="A"))["rows"]] == []

    # The ABC apply: a dry run counts, the apply sets the tiers and audits each change.
    dry = await ok(await client.post(APPLY, json={"dry_run": True}))
    assert dry == {
        "dry_run": True,
        "changed": 5,
        "unchanged": 0,
        "skipped": 2,
        "skipped_read_only": 0,
    }
    only_b = await ok(await client.post(APPLY, json={"abc_class": "B"}))
    assert (only_b["changed"], only_b["skipped"]) == (1, 0)
    done = await ok(await client.post(APPLY, json={"customer_ids": [c[0], c[4], c[6]]}))
    assert (done["changed"], done["unchanged"], done["skipped"]) == (1, 1, 1)
    tiers = {
        x["id"]: x["tier"]
        for x in (await ok(await client.get("/api/v1/customers", params={"limit": 200})))["items"]
    }
    assert [tiers[x] for x in c] == ["A", None, None, None, "B", None, None]
    entries = (
        await ok(
            await client.get(
                "/api/v1/audit-events", params={"resource": "customer", "action": "update"}
            )
        )
    )["items"]
    tiered = {e["record_id"]: e["changes"] for e in entries if "tier" in e["changes"]}
    assert tiered == {c[4]: {"tier": [None, "B"]}, c[0]: {"tier": [None, "A"]}}
    # Bad input: 422 naming the field.
    for body, loc in (
        ({"customer_ids": []}, ["body", "customer_ids"]),
        ({"customer_ids": ["01890a5d-ac96-774b-bcce-b302099a8057"]}, ["body", "customer_ids", 0]),
        ({"abc_class": "D"}, ["body", "abc_class"]),
        ({"dry_run": "yes"}, ["body", "dry_run"]),
        ({"customer_ids": [c[0]] * 1001}, ["body", "customer_ids"]),
    ):
        response = await client.post(APPLY, json=body)
        assert response.status_code == 422, response.text
        assert response.json()["errors"][0]["loc"] == loc, response.text
    bad_list = await client.get(INSIGHTS, params={"sort": "name"})
    assert bad_list.status_code == 422
    assert (await client.get(INSIGHTS, params={"abc_class": "X"})).status_code == 422
    assert (await client.get(f"{INSIGHTS}/01890a5d-ac96-774b-bcce-b302099a8057")).status_code == 404
    # A customer created after the last recompute has no insight yet.
    later = await support.customer(client, name="价值客户8")
    assert (await client.get(f"{INSIGHTS}/{later}")).status_code == 404


async def test_insights_statistics_and_apply_follow_the_callers_scope(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await build_org(app, client, db, ["customer:read", "customer:write"])
    mine: dict[str, str] = {}
    for who, amount in (("R1", "1000.00"), ("R2", "2000.00"), ("R3", "4000.00")):
        owner = org.ids[who]
        mine[who] = await support.customer(client, owner_id=owner)
        k = await _bought(client, mine[who], 10, amount, owner_id=owner)
        await _paid(client, k, amount, 1)
    if not holds(org, "R1", "customer_insight:recompute"):
        async with http_client(app, org.tokens["R1"]) as http:
            assert (await http.post(f"{INSIGHTS}/recompute")).status_code == 403
    await _recompute(client)

    async def seen(viewer: str) -> set[str]:
        async with http_client(app, org.tokens[viewer]) as http:
            page = await ok(await http.get(INSIGHTS, params={"limit": 200}))
        return {x["customer_id"] for x in page["items"]}

    assert await seen("M1") == {mine["R1"], mine["R2"]}
    assert await seen("M2") == {mine["R3"]}
    assert await seen("R1") == {mine["R1"]}
    assert await seen("D") == set(mine.values())
    async with http_client(app, org.tokens["M1"]) as m1:
        assert (await m1.get(f"{INSIGHTS}/{mine['R3']}")).status_code == 404
        one = await ok(await m1.get(f"{INSIGHTS}/{mine['R1']}"))
        assert (one["owner_id"], one["abc_class"]) == (org.ids["R1"], "B")
        owned = await ok(await m1.get(INSIGHTS, params={"owner_id": org.ids["R2"]}))
        assert [x["customer_id"] for x in owned["items"]] == [mine["R2"]]
        # Classes are company-wide (4000, 2000, 1000: A, A, B); shares within the scope.
        abc = await stat(m1, "abc")
        shown = [
            (r["abc_class"], r["customers"], r["revenue"], r["revenue_share"]) for r in abc["rows"]
        ]
        assert shown == [("A", 1, "2000.00", "66.67"), ("B", 1, "1000.00", "33.33")]
        value = await stat(m1, "customer-value")
        assert [(s["customers"], s["total_lifetime_value"]) for s in value["summary"]] == [
            (2, "9000.00")
        ]
        only = await stat(m1, "customer-value", employee_id=org.ids["R2"])
        assert [r["customer_id"] for r in only["rows"]] == [mine["R2"]]
        assert [r["customers"] for r in (await stat(m1, "loyalty"))["rows"]] == [2]
    async with http_client(app, org.tokens["M2"]) as m2:
        abc = await stat(m2, "abc")
        assert [(r["abc_class"], r["revenue_share"]) for r in abc["rows"]] == [("A", "100.00")]
        rfm = await stat(m2, "rfm")
        assert sum(r["customers"] for r in rfm["rows"]) == 1
    async with http_client(app, org.tokens["D"]) as d:
        value = await stat(d, "customer-value")
        assert value["summary"][0]["total_lifetime_value"] == "21000.00"
    # The apply changes only what the caller may change: R3's customer, shared with M1 for
    # reading, is counted as skipped; another's customer named in the body is a 422.
    share = {"resource": "customer", "record_id": mine["R3"], "employee_id": org.ids["M1"]}
    await ok(await client.post("/api/v1/record-shares", json={**share, "access": "read"}), 201)
    async with http_client(app, org.tokens["M1"]) as m1:
        assert await seen("M1") == set(mine.values())
        done = await ok(await m1.post(APPLY, json={}))
        assert (done["changed"], done["unchanged"], done["skipped"]) == (2, 0, 1)
        assert done["skipped_read_only"] == 1
        other = await support.customer(client, owner_id=org.ids["R4"])
        refused = await m1.post(APPLY, json={"customer_ids": [mine["R1"], other]})
        assert refused.status_code == 422, refused.text
        assert refused.json()["errors"][0]["loc"] == ["body", "customer_ids", 1]
    tiers = {
        who: (await ok(await client.get(f"/api/v1/customers/{cid}")))["tier"]
        for who, cid in mine.items()
    }
    assert tiers == {"R1": "B", "R2": "A", "R3": None}
    entries = (
        await ok(
            await client.get(
                "/api/v1/audit-events", params={"resource": "customer", "action": "update"}
            )
        )
    )["items"]
    assert {(e["record_id"], e["actor_id"]) for e in entries if "tier" in (e["changes"] or {})} == {
        (mine["R1"], org.ids["M1"]),
        (mine["R2"], org.ids["M1"]),
    }
    for who in ("S", "V"):
        async with http_client(app, org.tokens[who]) as http:
            if not holds(org, who, "customer:write"):
                assert (await http.post(APPLY, json={"dry_run": True})).status_code == 403
            if not holds(org, who, "customer:read"):
                assert (await http.get(INSIGHTS)).status_code == 403
                await stat(http, "rfm", 403)


def _ntile_shared(values: dict[str, Any]) -> dict[str, int]:
    """NTILE(5) over the values ascending, equal values sharing the lowest quintile."""
    ordered = sorted(values, key=lambda k: (values[k], k))
    n = len(ordered)
    size, extra = divmod(n, 5)
    bounds: list[int] = []
    for group in range(5):
        bounds += [group + 1] * (size + (1 if group < extra else 0))
    raw = dict(zip(ordered, bounds, strict=True))
    return {k: min(raw[j] for j in ordered if values[j] == values[k]) for k in ordered}


async def test_insights_match_an_independent_query(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    rng = random.Random(1919)  # noqa: S311 — reproducible test data
    customers = [await support.customer(client) for _ in range(9)]
    contracts: list[str] = []
    for _ in range(18):
        who = rng.choice(customers[:8])
        currency = "USD" if rng.random() < 0.15 else "CNY"
        amount = f"{rng.randrange(100, 900000) / 100:.2f}"
        k = await _bought(client, who, rng.randrange(0, 800), amount, currency=currency)
        contracts.append(k)
    for k in contracts:
        if rng.random() < 0.7:
            days = rng.randrange(0, 500)
            contract = await ok(await client.get(f"{CONTRACTS}/{k}"))
            days = min(days, (today() - date.fromisoformat(contract["sign_date"])).days)
            await _paid(client, k, f"{rng.randrange(100, 500000) / 100:.2f}", days)
    for k in rng.sample(contracts, 2):
        await ok(await client.patch(f"{CONTRACTS}/{k}", json={"status": "terminated"}))
    await _recompute(client)

    day = today()
    start = day - timedelta(days=364)
    bought = await independent(
        db,
        "SELECT customer_id, sign_date, amount, currency FROM contracts "
        "WHERE deleted_at IS NULL AND status <> 'terminated'",
    )
    paid = await independent(
        db,
        "SELECT p.customer_id, p.received_on, p.amount, p.currency FROM payments p "
        "JOIN contracts c ON c.id = p.contract_id WHERE p.deleted_at IS NULL "
        "AND c.deleted_at IS NULL AND c.status <> 'terminated'",
    )

    def key(raw: Any) -> str:
        import uuid

        return str(uuid.UUID(str(raw)))

    want: dict[str, dict[str, Any]] = {
        c: {"days": [], "freq": 0, "rev": Decimal(0), "mon": Decimal(0), "paid": Decimal(0)}
        for c in customers
    }
    for customer_id, signed, amount, currency in bought:
        w = want[key(customer_id)]
        on = date.fromisoformat(str(signed)[:10])
        w["days"].append(on)
        if on >= start:
            w["freq"] += 1
            if currency == "CNY":
                w["rev"] += money(db, amount)
    for customer_id, received, amount, currency in paid:
        if currency != "CNY":
            continue
        w = want[key(customer_id)]
        w["paid"] += money(db, amount)
        if date.fromisoformat(str(received)[:10]) >= start:
            w["mon"] += money(db, amount)
    buyers = [c for c in customers if want[c]["days"]]
    r = _ntile_shared({c: max(want[c]["days"]) for c in buyers})
    f = _ntile_shared({c: want[c]["freq"] for c in buyers})
    m = _ntile_shared({c: want[c]["mon"] for c in buyers})
    total = sum((want[c]["rev"] for c in customers), Decimal(0))
    classes: dict[str, str | None] = {}
    for c in customers:
        rev = want[c]["rev"]
        before = sum((want[o]["rev"] for o in customers if want[o]["rev"] > rev), Decimal(0))
        classes[c] = (
            None
            if rev <= 0
            else "A"
            if before < total * Decimal("0.8")
            else ("B" if before < total * Decimal("0.95") else "C")
        )

    page = await ok(await client.get(INSIGHTS, params={"limit": 200}))
    got = {x["customer_id"]: x for x in page["items"]}
    assert set(got) == set(buyers)
    for c in set(customers) - set(buyers):
        got[c] = await ok(await client.get(f"{INSIGHTS}/{c}"))
    for c in customers:
        w, x = want[c], got[c]
        days = w["days"]
        assert x["purchases"] == len(days), c
        assert x["frequency"] == w["freq"], c
        assert Decimal(x["revenue_12m"]) == w["rev"], c
        assert Decimal(x["monetary"]) == w["mon"], c
        assert Decimal(x["paid_total"]) == w["paid"], c
        assert x["abc_class"] == classes[c], c
        if days:
            assert x["recency_days"] == (day - max(days)).days
            assert x["tenure_days"] == (day - min(days)).days
            assert (x["r_score"], x["f_score"], x["m_score"]) == (r[c], f[c], m[c]), c
            clv = w["paid"] + 2 * w["mon"]
            assert Decimal(x["lifetime_value"]) == clv.quantize(Decimal("0.01"), ROUND_HALF_UP)
        else:
            assert (x["r_score"], x["rfm_segment"], x["lifetime_value"]) == (None, None, None)
    abc = await stat(client, "abc")
    for row in abc["rows"]:
        members = [c for c in customers if classes[c] == row["abc_class"]]
        assert row["customers"] == len(members)
        assert Decimal(row["revenue"]) == sum((want[c]["rev"] for c in members), Decimal(0))
    loyalty = (await stat(client, "loyalty"))["rows"]
    assert loyalty[0]["customers"] == len(buyers)
    assert loyalty[0]["repeat_customers"] == sum(1 for c in buyers if len(want[c]["days"]) >= 2)
