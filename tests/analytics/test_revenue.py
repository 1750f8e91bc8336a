"""Sales (amount, quantity, margin by period, department, employee, product, customer) and
contracts signed: exact figures over one small data set seen by callers of different scopes,
and a property test against an independent query."""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import httpx

from tests.analytics.support import independent, money, stat
from tests.conftest import TestDatabase, http_client
from tests.contract.matrix import build_org, holds
from tests.sales import support
from tests.sales.support import CONTRACTS, OPPORTUNITIES, ok

PERIOD: dict[str, Any] = {"date_from": "2026-01-01", "date_to": "2026-06-30"}


async def _signed(
    http: httpx.AsyncClient,
    customer_id: str,
    owner_id: str | None,
    sign_date: str,
    lines: list[tuple[str, str]] = (),  # type: ignore[assignment]
    **deal: Any,
) -> dict[str, Any]:
    """A contract signed on ``sign_date`` from a deal with ``lines`` (product, quantity), or
    priced by hand (``amount``) without them."""
    owner = {"owner_id": owner_id} if owner_id else {}
    opportunity = await support.deal(http, customer_id, **owner, **deal)
    for product_id, quantity in lines:
        await support.add_line(http, opportunity["id"], product_id, quantity=quantity)
    await ok(await http.post(f"{OPPORTUNITIES}/{opportunity['id']}/win", json={}))
    return await support.contract(http, opportunity["id"], sign_date=sign_date, **owner)


def _rows(body: dict[str, Any], *keys: str) -> list[tuple[Any, ...]]:
    return [tuple(r.get(k) for k in keys) for r in body["rows"]]


async def test_sales_and_contracts_exactly_and_per_scope(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await build_org(app, client, db, [])
    ids = org.ids
    p1 = await support.product(client, price="1000.00", cost="600.00")
    p2 = await support.product(client, price="250.00", cost="100.00")
    p3 = await support.product(client, price="250.00", cost="100.00", currency="USD")
    c1 = await support.customer(client, "客户甲", owner_id=ids["R1"])
    c2 = await support.customer(client, "客户乙", owner_id=ids["R2"])
    c3 = await support.customer(client, "客户丙", owner_id=ids["R3"])
    # R1: 3000.00 (margin 1400.00, 6 pieces) in January, and USD 500.00 in March.
    await _signed(client, c1, ids["R1"], "2026-01-15", [(p1["id"], "2"), (p2["id"], "4")])
    await _signed(client, c1, ids["R1"], "2026-03-05", [(p3["id"], "2")], currency="USD")
    # R2: 1500.00 (margin 600.00, 1.5 pieces) in February; one signed before the period.
    await _signed(client, c2, ids["R2"], "2026-02-10", [(p1["id"], "1.5")])
    await _signed(client, c2, ids["R2"], "2025-12-31", [(p1["id"], "1")])
    # R3: 700.00 priced by hand (no margin known) in February, and a terminated one.
    await _signed(client, c3, ids["R3"], "2026-02-20", amount="700.00")
    cut = await _signed(client, c3, ids["R3"], "2026-03-10", [(p1["id"], "1")])
    await ok(await client.patch(f"{CONTRACTS}/{cut['id']}", json={"status": "terminated"}))

    keys = ("period_start", "currency", "contracts", "quantity", "amount", "margin", "cost_known")
    monthly = await stat(client, "sales", **PERIOD)
    assert (monthly["bucket"], monthly["group_by"], monthly["truncated"]) == (
        "month",
        "period",
        False,
    )
    assert _rows(monthly, *keys) == [
        ("2026-01-01", "CNY", 1, "6", "3000.00", "1400.00", True),
        ("2026-02-01", "CNY", 2, "1.5", "2200.00", "600.00", False),
        ("2026-03-01", "USD", 1, "2", "500.00", "300.00", True),
    ]
    named = ("group_name", "currency", "contracts", "quantity", "amount", "margin", "cost_known")
    by_employee = await stat(client, "sales", group_by="employee", **PERIOD)
    assert _rows(by_employee, *named) == [
        ("矩阵R1", "CNY", 1, "6", "3000.00", "1400.00", True),
        ("矩阵R2", "CNY", 1, "1.5", "1500.00", "600.00", True),
        ("矩阵R3", "CNY", 1, "0", "700.00", None, False),
        ("矩阵R1", "USD", 1, "2", "500.00", "300.00", True),
    ]
    assert by_employee["rows"][0]["group_id"] == ids["R1"]
    by_department = await stat(client, "sales", group_by="department", **PERIOD)
    assert _rows(by_department, *named) == [
        ("销售一组", "CNY", 2, "7.5", "4500.00", "2000.00", True),
        ("销售二组", "CNY", 1, "0", "700.00", None, False),
        ("销售一组", "USD", 1, "2", "500.00", "300.00", True),
    ]
    by_product = await stat(client, "sales", group_by="product", **PERIOD)
    assert _rows(by_product, "group_id", *named[1:]) == [
        (p1["id"], "CNY", 2, "3.5", "3500.00", "1400.00", True),
        (p2["id"], "CNY", 1, "4", "1000.00", "600.00", True),
        (p3["id"], "USD", 1, "2", "500.00", "300.00", True),
    ]
    assert by_product["rows"][0]["group_name"] == p1["name"]
    top = await stat(client, "sales", group_by="customer", limit=1, **PERIOD)
    assert top["truncated"] is True
    assert _rows(top, "group_id", "group_name", "currency", "amount") == [
        (c1, "客户甲", "CNY", "3000.00"),
        (c1, "客户甲", "USD", "500.00"),
    ]
    with_p2 = await stat(client, "sales", product_id=p2["id"], **PERIOD)  # whole contracts
    assert _rows(with_p2, "period_start", "amount") == [("2026-01-01", "3000.00")]
    refused = await stat(client, "sales", 422, group_by="employee", bucket="month")
    assert [(e["loc"], e["type"]) for e in refused["errors"]] == [
        (["query", "bucket"], "filter_not_supported")
    ]
    await stat(client, "sales", 422, group_by="customer", limit=1001)

    counted = ("status", "currency", "contracts", "amount")
    assert _rows(await stat(client, "contracts", **PERIOD), *counted) == [
        ("active", "CNY", 3, "5200.00"),
        ("active", "USD", 1, "500.00"),
        ("terminated", "CNY", 1, "1000.00"),
    ]
    quarterly = await stat(client, "contracts", bucket="quarter", currency="CNY", **PERIOD)
    assert _rows(quarterly, "period_start", *counted) == [
        ("2026-01-01", "active", "CNY", 3, "5200.00"),
        ("2026-01-01", "terminated", "CNY", 1, "1000.00"),
    ]
    exported = await client.get(
        "/api/v1/analytics/sales/export", params={"format": "csv", "group_by": "employee", **PERIOD}
    )
    assert exported.status_code == 200, exported.text
    assert exported.content.decode("utf-8-sig").splitlines()[:2] == [
        "期间,分组,币种,合同数,数量,销售额,毛利",
        ",矩阵R1,CNY,1,6,3000.00,1400.00",
    ]

    async def seen(who: str, name: str, **params: Any) -> list[tuple[Any, ...]]:
        async with http_client(app, org.tokens[who]) as http:
            body = await stat(http, name, **PERIOD, **params)
        return [tuple(row.values()) for row in body["rows"]]

    assert await seen("M1", "contracts") == [
        (None, "active", "CNY", 2, "4500.00"),
        (None, "active", "USD", 1, "500.00"),
    ]
    assert await seen("M2", "contracts") == [
        (None, "active", "CNY", 1, "700.00"),
        (None, "terminated", "CNY", 1, "1000.00"),
    ]
    r1 = await seen("R1", "sales", group_by="employee")
    margins = holds(org, "R1", "margin:read")
    assert r1 == [
        (None, ids["R1"], "矩阵R1", "CNY", 1, "6", "3000.00", *(("1400.00", True) * margins)),
        (None, ids["R1"], "矩阵R1", "USD", 1, "2", "500.00", *(("300.00", True) * margins)),
    ]
    assert not margins  # a representative does not see margins: the row leaves them out


def _quantity(db: TestDatabase, stored: Any) -> Decimal:
    """A stored quantity as the API reads it: SQLite keeps ten-thousandths."""
    if db.engine_name == "sqlite":
        return Decimal(int(stored)) / 10000
    return Decimal(stored)


async def test_sales_match_an_independent_query(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    rng = random.Random(1919)  # noqa: S311 — reproducible test data
    products = {
        "CNY": [(await support.product(client))["id"] for _ in range(3)],
        "USD": [(await support.product(client, currency="USD"))["id"] for _ in range(2)],
    }
    customers = [await support.customer(client) for _ in range(3)]
    start = date(2026, 1, 1)
    for n in range(12):
        currency = rng.choice(("CNY", "CNY", "USD"))
        lines = [
            (rng.choice(products[currency]), str(rng.randrange(1, 40) / 4))
            for _ in range(rng.randrange(0, 3))
        ]
        made = await _signed(
            client,
            rng.choice(customers),
            None,
            (start + timedelta(days=rng.randrange(180))).isoformat(),
            lines,
            amount=f"{rng.randrange(100, 900000) / 100:.2f}",
            currency=currency,
        )
        if n % 5 == 0:
            url = f"{CONTRACTS}/{made['id']}"
            await ok(await client.patch(url, json={"status": "terminated"}))
    date_from = start + timedelta(days=rng.randrange(40))
    period: dict[str, Any] = {"date_from": date_from.isoformat(), "date_to": "2026-06-30"}
    bounds = {"a": date_from, "b": date(2026, 6, 30)}

    Key = tuple[str, str]
    want: dict[Key, list[Any]] = defaultdict(lambda: [set(), Decimal(0), Decimal(0), Decimal(0)])
    for product_id, currency, contract_id, quantity, amount, margin in await independent(
        db,
        "SELECT l.product_id, c.currency, c.id, l.quantity, l.amount, l.margin "
        "FROM contract_line_items l JOIN contracts c ON c.id = l.contract_id "
        "WHERE c.deleted_at IS NULL AND c.status <> 'terminated' AND l.deleted_at IS NULL "
        "AND c.sign_date >= :a AND c.sign_date <= :b",
        **bounds,
    ):
        entry = want[(str(uuid.UUID(str(product_id))), currency)]
        entry[0].add(contract_id)
        entry[1] += _quantity(db, quantity)
        entry[2] += money(db, amount)
        entry[3] += money(db, margin)
    body = await stat(client, "sales", group_by="product", **period)
    got = {
        (r["group_id"], r["currency"]): (
            r["contracts"],
            Decimal(r["quantity"]),
            Decimal(r["amount"]),
            Decimal(r["margin"]),
        )
        for r in body["rows"]
    }
    assert got == {k: (len(v[0]), v[1], v[2], v[3]) for k, v in want.items()}

    per_customer: dict[Key, list[Any]] = defaultdict(lambda: [0, Decimal(0)])
    per_status: dict[Key, list[Any]] = defaultdict(lambda: [0, Decimal(0)])
    for customer_id, currency, status, amount in await independent(
        db,
        "SELECT customer_id, currency, status, amount FROM contracts "
        "WHERE deleted_at IS NULL AND sign_date >= :a AND sign_date <= :b",
        **bounds,
    ):
        per_status[(status, currency)][0] += 1
        per_status[(status, currency)][1] += money(db, amount)
        if status != "terminated":
            per_customer[(str(uuid.UUID(str(customer_id))), currency)][0] += 1
            per_customer[(str(uuid.UUID(str(customer_id))), currency)][1] += money(db, amount)
    body = await stat(client, "sales", group_by="customer", **period)
    assert {
        (r["group_id"], r["currency"]): [r["contracts"], Decimal(r["amount"])] for r in body["rows"]
    } == dict(per_customer)
    amounts = [Decimal(r["amount"]) for r in body["rows"] if r["currency"] == "CNY"]
    assert amounts == sorted(amounts, reverse=True)
    body = await stat(client, "contracts", **period)
    assert {
        (r["status"], r["currency"]): [r["contracts"], Decimal(r["amount"])] for r in body["rows"]
    } == dict(per_status)
