"""Receivables and their ageing as of a day: exact figures at every ageing boundary, callers of
different scopes, and a property test against instalments filled by hand from the raw rows."""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import httpx
from sqlalchemy import text

from tests.analytics.support import independent, money, stat
from tests.conftest import TestDatabase, http_client
from tests.contract.matrix import build_org, holds
from tests.sales import support
from tests.sales.support import CONTRACTS, PAYMENTS, ok

AS_OF = date(2026, 6, 30)
AGES = ("not_due", "days_0_30", "days_31_60", "days_61_90", "days_over_90")


def _day(days_before: int) -> str:
    return (AS_OF - timedelta(days=days_before)).isoformat()


async def _paid(http: httpx.AsyncClient, contract_id: str, amount: str, on: str) -> None:
    body = {"contract_id": contract_id, "amount": amount, "received_on": on, "overpayment": True}
    await ok(await http.post(PAYMENTS, json=body), 201)


async def _signed(
    http: httpx.AsyncClient, owner: str, customer: str, amount: str, sign: str, **fields: Any
) -> dict[str, Any]:
    won = await support.won_deal(
        http, amount=amount, customer_id=customer, owner_id=owner, **fields.pop("deal", {})
    )
    return await support.contract(http, won["id"], owner_id=owner, sign_date=sign, **fields)


async def _without_plan(db: TestDatabase, number: str) -> None:
    """A contract whose payment plan is gone (as an imported one may be): its instalments
    deleted in the table itself, as no API call leaves a contract without a plan. Found by
    its number: ids are stored differently per engine."""
    async with db.database.engine.begin() as connection:
        await connection.execute(
            text(
                "UPDATE contract_installments SET deleted_at = created_at WHERE contract_id = "
                "(SELECT id FROM contracts WHERE number = :number)"
            ),
            {"number": number},
        )


def _aged(body: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (r["group_name"], r["currency"], r["contracts"], r["outstanding"], *(r[a] for a in AGES))
        for r in body["rows"]
    ]


async def test_receivables_age_exactly_at_every_boundary_and_per_scope(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await build_org(app, client, db, [])
    ids = org.ids
    ca = await support.customer(client, "客户甲", owner_id=ids["R1"])
    cb = await support.customer(client, "客户乙", owner_id=ids["R3"])
    cc = await support.customer(client, "客户丙", owner_id=ids["R2"])
    # R1: one instalment on each side of every boundary; 500.25 paid by then fills the oldest.
    plan = [
        (-1, "1.00"),  # not yet due
        (0, "10.00"),  # due on the day: 0-30
        (30, "300.00"),
        (31, "310.00"),
        (60, "600.00"),
        (61, "610.00"),
        (90, "900.00"),
        (91, "1000.00"),  # 499.75 of it left: over 90
    ]
    a = await _signed(
        client,
        ids["R1"],
        ca,
        "3731.00",
        "2026-03-01",
        payment_plan=[{"due_date": _day(d), "amount": amount} for d, amount in plan],
    )
    await _paid(client, a["id"], "500.25", _day(10))
    await _paid(client, a["id"], "5000.00", _day(-1))  # the day after: not yet received
    await _signed(client, ids["R1"], ca, "80.00", _day(-2))  # signed after the day
    # R3: USD 200.00 due on its sign date, 45 days before; a terminated contract is no debt.
    await _signed(client, ids["R3"], cb, "200.00", _day(45), deal={"currency": "USD"})
    cut = await _signed(client, ids["R3"], cb, "50.00", _day(100))
    await ok(await client.patch(f"{CONTRACTS}/{cut['id']}", json={"status": "terminated"}))
    # R2: a contract without a plan owes the rest on its sign date, 61 days before.
    e = await _signed(client, ids["R2"], cc, "70.00", _day(61))
    await _paid(client, e["id"], "20.00", _day(1))
    await _without_plan(db, e["number"])

    on: dict[str, Any] = {"date_to": AS_OF.isoformat()}
    total = await stat(client, "receivables", **on)
    assert (total["as_of"], total["date_from"], total["date_to"]) == (AS_OF.isoformat(),) * 3
    assert _aged(total) == [
        (None, "CNY", 2, "3280.75", "1.00", "310.00", "910.00", "1560.00", "499.75"),
        (None, "USD", 1, "200.00", "0.00", "0.00", "200.00", "0.00", "0.00"),
    ]
    by_customer = await stat(client, "receivables", group_by="customer", **on)
    assert [(r["group_id"], r["group_name"], r["outstanding"]) for r in by_customer["rows"]] == [
        (ca, "客户甲", "3230.75"),
        (cc, "客户丙", "50.00"),
        (cb, "客户乙", "200.00"),
    ]
    top = await stat(client, "receivables", group_by="employee", limit=1, **on)
    assert top["truncated"] is True
    assert [(r["group_id"], r["currency"], r["outstanding"]) for r in top["rows"]] == [
        (ids["R1"], "CNY", "3230.75"),
        (ids["R3"], "USD", "200.00"),
    ]
    next_day = await stat(client, "receivables", date_to=_day(-1))  # the 5000.00 came in
    assert _aged(next_day) == [
        (None, "CNY", 1, "50.00", "0.00", "0.00", "0.00", "50.00", "0.00"),
        (None, "USD", 1, "200.00", "0.00", "0.00", "200.00", "0.00", "0.00"),
    ]
    refusals: list[dict[str, Any]] = [{"date_from": "2026-01-01"}, {"bucket": "month"}]
    for refused in refusals:
        body = await stat(client, "receivables", 422, **refused)
        assert [e["type"] for e in body["errors"]] == ["filter_not_supported"]

    async def seen(who: str) -> list[tuple[Any, ...]]:
        async with http_client(app, org.tokens[who]) as http:
            return _aged(await stat(http, "receivables", **on))

    if holds(org, "R1", "payment:read"):
        assert await seen("R1") == [
            (None, "CNY", 1, "3230.75", "1.00", "310.00", "910.00", "1510.00", "499.75")
        ]
    assert await seen("M1") == _aged(total)[:1]
    assert await seen("M2") == _aged(total)[1:]
    assert not holds(org, "S", "payment:read")
    async with http_client(app, org.tokens["S"]) as http:
        await stat(http, "receivables", 403)


async def test_receivables_match_instalments_filled_by_hand(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    rng = random.Random(2019)  # noqa: S311 — reproducible test data
    customers = [await support.customer(client) for _ in range(3)]
    start = date(2026, 1, 1)
    for n in range(9):
        cents = rng.randrange(1000, 2000000)
        sign = start + timedelta(days=rng.randrange(150))
        parts = sorted(rng.sample(range(1, cents), rng.randrange(0, 3)))
        shares = [b - a for a, b in zip([0, *parts], [*parts, cents], strict=True)]
        plan = [
            {
                "due_date": (sign + timedelta(days=rng.randrange(-10, 150))).isoformat(),
                "amount": f"{share / 100:.2f}",
            }
            for share in shares
        ]
        made = await _signed(
            client,
            db.admin_id,
            rng.choice(customers),
            f"{cents / 100:.2f}",
            sign.isoformat(),
            payment_plan=plan,
            deal={"currency": rng.choice(("CNY", "USD"))},
        )
        for _ in range(rng.randrange(3)):
            on = sign + timedelta(days=rng.randrange(200))
            await _paid(client, made["id"], f"{rng.randrange(1, cents) / 200:.2f}", on.isoformat())
        if n == 4:
            await _without_plan(db, made["number"])
        if n == 7:
            await ok(await client.patch(f"{CONTRACTS}/{made['id']}", json={"status": "terminated"}))

    contracts = await independent(
        db,
        "SELECT id, customer_id, currency, sign_date, amount FROM contracts "
        "WHERE deleted_at IS NULL AND status <> 'terminated'",
    )
    dues: dict[Any, list[tuple[date, int, Decimal]]] = defaultdict(list)
    for contract_id, due_date, position, amount in await independent(
        db,
        "SELECT contract_id, due_date, position, amount FROM contract_installments "
        "WHERE deleted_at IS NULL",
    ):
        dues[contract_id].append((_date(due_date), position, money(db, amount)))
    payments = await independent(
        db, "SELECT contract_id, received_on, amount FROM payments WHERE deleted_at IS NULL"
    )
    for as_of in (date(2026, 3, 1), date(2026, 5, 20), date(2026, 9, 1)):
        want: dict[tuple[str, str], list[Any]] = {}
        for contract_id, customer_id, currency, sign_date, amount in contracts:
            if _date(sign_date) > as_of:
                continue
            paid = sum(
                (money(db, a) for c, r, a in payments if c == contract_id and _date(r) <= as_of),
                Decimal("0.00"),
            )
            owing = sorted(dues[contract_id]) or [(_date(sign_date), 0, money(db, amount))]
            for due, _, share in owing:
                owed = share - min(share, max(paid, Decimal(0)))
                paid -= share
                if owed == 0:
                    continue
                days = (as_of - due).days
                age = (
                    0
                    if days < 0
                    else 1
                    if days <= 30
                    else 2
                    if days <= 60
                    else 3
                    if days <= 90
                    else 4
                )
                key = (str(uuid.UUID(str(customer_id))), currency)
                entry = want.setdefault(key, [set(), Decimal(0), *[Decimal(0)] * 5])
                entry[0].add(contract_id)
                entry[1] += owed
                entry[2 + age] += owed
        body = await stat(client, "receivables", group_by="customer", date_to=as_of.isoformat())
        got = {
            (r["group_id"], r["currency"]): [
                r["contracts"],
                *(Decimal(r[k]) for k in ("outstanding", *AGES)),
            ]
            for r in body["rows"]
        }
        assert got == {k: [len(v[0]), *v[1:]] for k, v in want.items()}, as_of
        assert any(v[1] for v in want.values())


def _date(value: Any) -> date:
    return date.fromisoformat(str(value)[:10])
