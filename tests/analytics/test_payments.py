"""The payments-collected statistic: exact figures, two scopes, and a property test against an
independent query. The pattern every statistic's tests follow."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import httpx

from salescrm.core.clock import today
from tests.analytics.support import independent, money, stat
from tests.conftest import TestDatabase, http_client
from tests.contract.matrix import build_org, holds
from tests.sales import support
from tests.sales.support import PAYMENTS, ok


async def _paid(http: httpx.AsyncClient, contract_id: str, amount: str, on: date) -> None:
    body = {
        "contract_id": contract_id,
        "amount": amount,
        "received_on": on.isoformat(),
        "overpayment": True,
    }
    await ok(await http.post(PAYMENTS, json=body), 201)


async def test_payments_exact_per_month_and_currency(client: httpx.AsyncClient) -> None:
    cny = await support.contract(client)
    usd = await support.contract(client, (await support.won_deal(client, currency="USD"))["id"])
    await _paid(client, cny["id"], "1000.10", date(2026, 1, 31))
    await _paid(client, cny["id"], "2000.20", date(2026, 2, 1))
    await _paid(client, cny["id"], "0.01", date(2026, 2, 28))
    await _paid(client, usd["id"], "500.00", date(2026, 2, 14))
    await _paid(client, cny["id"], "7.00", date(2025, 12, 31))  # before the period

    body = await stat(
        client, "payments", date_from="2026-01-01", date_to="2026-03-31", bucket="month"
    )
    assert (body["date_from"], body["date_to"], body["bucket"]) == (
        "2026-01-01",
        "2026-03-31",
        "month",
    )
    assert [
        (r["period_start"], r["currency"], r["payments"], r["amount"]) for r in body["rows"]
    ] == [
        ("2026-01-01", "CNY", 1, "1000.10"),
        ("2026-02-01", "CNY", 2, "2000.21"),
        ("2026-02-01", "USD", 1, "500.00"),
    ]
    whole = await stat(client, "payments", date_from="2026-01-01", date_to="2026-03-31")
    assert [(r["currency"], r["payments"], r["amount"]) for r in whole["rows"]] == [
        ("CNY", 3, "3000.31"),
        ("USD", 1, "500.00"),
    ]
    only = await stat(
        client, "payments", date_from="2026-01-01", date_to="2026-03-31", currency="USD"
    )
    assert [r["amount"] for r in only["rows"]] == ["500.00"]


async def test_payments_follow_the_callers_scope(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await build_org(app, client, db, ["contract:read", "payment:read"])
    day = today()
    for who, amount in (("R1", "100.00"), ("R2", "20.00"), ("R3", "3.00")):
        customer_id = await support.customer(client, owner_id=org.ids[who])
        won = await support.won_deal(client, customer_id=customer_id, owner_id=org.ids[who])
        signed = await support.contract(client, won["id"], owner_id=org.ids[who])
        await _paid(client, signed["id"], amount, day)

    async def total(viewer: str) -> list[tuple[str, int, str]]:
        async with http_client(app, org.tokens[viewer]) as http:
            body = await stat(http, "payments")
        return [(r["currency"], r["payments"], r["amount"]) for r in body["rows"]]

    if holds(org, "R1", "payment:read"):
        assert await total("R1") == [("CNY", 1, "100.00")]
    else:
        async with http_client(app, org.tokens["R1"]) as http:
            await stat(http, "payments", 403)
    assert await total("M1") == [("CNY", 2, "120.00")]
    assert await total("M2") == [("CNY", 1, "3.00")]
    assert await total("D") == [("CNY", 3, "123.00")]
    async with http_client(app, org.tokens["S"]) as http:
        await stat(http, "payments", 403)  # a service agent does not read payments
    async with http_client(app, org.tokens["R1"]) as http:
        await stat(http, "payments/export", 403)  # not without analytics:export
    async with http_client(app, org.tokens["M1"]) as http:
        response = await http.get("/api/v1/analytics/payments/export", params={"format": "csv"})
    assert response.status_code == 200, response.text
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines == ["期间,币种,回款笔数,回款金额", ",CNY,2,120.00"]
    entries = (await client.get("/api/v1/audit-events", params={"action": "export"})).json()
    assert [(e["resource"], e["actor_id"], e["changes"]) for e in entries["items"]] == [
        (
            "analytics_export",
            org.ids["M1"],
            {
                "statistic": [None, "payments"],
                "format": [None, "csv"],
                "filters": [None, {}],
                "rows": [None, 1],
            },
        )
    ]


async def test_payments_match_an_independent_query(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    rng = random.Random(19)  # noqa: S311 — reproducible test data
    contracts = [(await support.contract(client))["id"] for _ in range(3)]
    start = date(2026, 1, 1)
    for _ in range(25):
        on = start + timedelta(days=rng.randrange(120))
        amount = f"{rng.randrange(1, 500000) / 100:.2f}"
        await _paid(client, rng.choice(contracts), amount, on)
    for bucket in ("week", "month", "quarter"):
        date_from = start + timedelta(days=rng.randrange(30))
        date_to = date_from + timedelta(days=rng.randrange(30, 90))
        body = await stat(
            client,
            "payments",
            date_from=date_from.isoformat(),
            date_to=date_to.isoformat(),
            bucket=bucket,
        )
        got = {r["period_start"]: (r["payments"], Decimal(r["amount"])) for r in body["rows"]}
        rows = await independent(
            db,
            "SELECT received_on, amount FROM payments WHERE deleted_at IS NULL "
            "AND received_on >= :a AND received_on <= :b",
            a=date_from,
            b=date_to,
        )
        want: dict[str, tuple[int, Decimal]] = {}
        for received_on, amount in rows:
            day = date.fromisoformat(str(received_on)[:10])
            if bucket == "week":
                first = day - timedelta(days=day.weekday())
            elif bucket == "month":
                first = day.replace(day=1)
            else:
                first = day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
            count, total = want.get(first.isoformat(), (0, Decimal("0.00")))
            want[first.isoformat()] = (count + 1, total + money(db, amount))
        assert got == want, bucket
