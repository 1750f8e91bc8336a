"""Benchmark: recomputing a quarter's commission statements for 10,000 employees from 200,000
contracts and payments, on PostgreSQL.

The organisation is ``permission_check.py``'s (a CEO, ``--directors`` divisions, ``--managers``
teams, about ``--employees`` people). Bulk SQL then writes ``--contracts`` won deals and their
contracts signed in the quarter (amounts 10,000 to 500,000, margins 15 to 45 %), each owned by
a random salesperson, and ``--payments`` payments received in the quarter against random
contracts; an approved sales plan of the quarter gives 80 % of the employees a target
(``sales_amount``, ``payments`` and ``gross_profit``), the rest take the plan's default
quota. Then ``VACUUM ANALYZE``.

Three commission plans apply to the whole company (the root department and everything below):
contracts signed × amount, payments received × amount, contracts signed × margin; each with
accelerating marginal tiers (3 % / 5 % / 8 % at 100 % and 150 % of quota) and a cap. Measured
in-process through ``httpx.ASGITransport``, median and p95 over ``--iterations`` rounds after
``--warmup`` (``wall``: the request; ``app``: inside the ASGI app):

* ``compute contracts`` / ``compute payments`` / ``compute margin`` --
  ``POST /commission-statements/compute`` for the quarter: deletes the draft statements and
  lines and writes 10,000 statements and one line per contract or payment again;
* ``statements page`` -- ``GET /commission-statements?plan_id=…&limit=200`` (administrator);
* ``lines page`` -- ``GET /commission-statements/{id}/lines?limit=200`` of a statement;
* ``approve payments`` -- once, on a fresh database: ``POST /commission-statements/approve``
  of the payments plan's quarter (10,000 statements locked, 10,000 notifications).

    python bench/commission_statements.py --employees 1000 --contracts 20000 --payments 20000
    python bench/commission_statements.py --keep               # 10,000 / 100,000 / 100,000
    python bench/commission_statements.py --reuse-url postgresql+asyncpg://...
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
from customers_scale import TimedApp
from permission_check import (
    BATCH,
    Stats,
    build_org,
    load,
    run_scale,
    scale_arguments,
    scale_settings,
    server_version,
)
from sqlalchemy import insert, select, text

import salescrm.models  # noqa: F401 - every mapper known before the first query
from salescrm.app import create_app
from salescrm.core.db.engine import Database
from salescrm.core.ids import new_id
from salescrm.customers.models import Customer
from salescrm.planning.plans.models import SalesPlan, SalesTarget
from salescrm.sales.models import Contract, Opportunity, Payment, PipelineStage

PASSWORD = "bench-password-1"  # noqa: S105 - the throwaway logins of permission_check.py
QUARTER_START = date(2026, 7, 1)
QUARTER_END = date(2026, 9, 30)
TIERS = [
    {"from_percent": 0, "to_percent": 100, "rate_percent": "3.00"},
    {"from_percent": 100, "to_percent": 150, "rate_percent": "5.00"},
    {"from_percent": 150, "to_percent": None, "rate_percent": "8.00"},
]


def chunked(rows: Iterator[dict[str, Any]], size: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _day(rng: random.Random) -> date:
    return QUARTER_START + timedelta(days=rng.randrange((QUARTER_END - QUARTER_START).days + 1))


async def load_sales(database: Database, org: Any, args: argparse.Namespace) -> dict[str, int]:
    """Customers, won deals, contracts and payments, and an approved plan's targets: core bulk
    inserts (no ORM, no audit)."""
    rng = random.Random(args.seed)
    sellers = [p for p in org.people if p.level != "ceo"]
    now = datetime.now(UTC)
    stamp = {"created_at": now, "updated_at": now, "version": 1}
    customers = [new_id() for _ in range(max(1, args.contracts // 20))]
    counts: dict[str, int] = {}
    async with database.engine.begin() as conn:
        stage = (
            await conn.execute(
                select(PipelineStage.id, PipelineStage.pipeline_id).where(
                    PipelineStage.kind == "won"
                )
            )
        ).first()
        assert stage is not None
        stage_id, pipeline_id = stage
        for batch in chunked(
            {"id": c, "name": f"基准客户{n}", "owner_id": rng.choice(sellers).id, **stamp}
            for n, c in enumerate(customers)
        ):
            await conn.execute(insert(Customer), batch)
        counts["customers"] = len(customers)

        contracts: list[tuple[Any, Any, Decimal]] = []
        deals, rows = [], []
        for n in range(args.contracts):
            owner = rng.choice(sellers).id
            customer = rng.choice(customers)
            amount = Decimal(rng.randrange(1_000_000, 50_000_000)) / 100
            margin = (amount * Decimal(rng.randrange(15, 46)) / 100).quantize(Decimal("0.01"))
            signed = _day(rng)
            deal_id, contract_id = new_id(), new_id()
            deals.append({
                "id": deal_id, "name": f"基准商机{n}", "customer_id": customer,
                "pipeline_id": pipeline_id, "stage_id": stage_id, "status": "won",
                "expected_close_date": signed, "closed_on": signed, "amount": amount,
                "owner_id": owner, **stamp,
            })  # fmt: skip
            rows.append({
                "id": contract_id, "number": f"HT-B{n:07d}", "title": f"基准合同{n}",
                "opportunity_id": deal_id, "customer_id": customer, "sign_date": signed,
                "amount": amount, "cost": amount - margin, "margin": margin,
                "owner_id": owner, **stamp,
            })  # fmt: skip
            contracts.append((contract_id, customer, amount))
        for batch in chunked(iter(deals)):
            await conn.execute(insert(Opportunity), batch)
        for batch in chunked(iter(rows)):
            await conn.execute(insert(Contract), batch)
        counts["contracts"] = len(rows)

        def payments() -> Iterator[dict[str, Any]]:
            for _ in range(args.payments):
                contract_id, customer, amount = rng.choice(contracts)
                part = (amount * Decimal(rng.randrange(10, 60)) / 100).quantize(Decimal("0.01"))
                yield {
                    "id": new_id(), "contract_id": contract_id, "customer_id": customer,
                    "amount": part, "received_on": _day(rng), **stamp,
                }  # fmt: skip

        counts["payments"] = 0
        for batch in chunked(payments()):
            await conn.execute(insert(Payment), batch)
            counts["payments"] += len(batch)

        plan_id = new_id()
        await conn.execute(
            insert(SalesPlan),
            [{
                "id": plan_id, "name": "基准季度计划", "period_kind": "quarter",
                "period_start": QUARTER_START, "period_end": QUARTER_END, "status": "approved",
                "approved_at": now, **stamp,
            }],
        )  # fmt: skip

        def targets() -> Iterator[dict[str, Any]]:
            for p in sellers:
                if rng.random() >= 0.8:
                    continue
                for metric, value in (
                    ("sales_amount", 1_500_000),
                    ("payments", 800_000),
                    ("gross_profit", 450_000),
                ):
                    yield {
                        "id": new_id(), "plan_id": plan_id, "level": "employee",
                        "employee_id": p.id, "owner_id": p.id, "metric": metric,
                        "value": Decimal(rng.randrange(value // 2, value * 2)),
                        "subject_key": f"{metric}|employee|{p.id}|", **stamp,
                    }  # fmt: skip

        counts["targets"] = 0
        for batch in chunked(targets()):
            await conn.execute(insert(SalesTarget), batch)
            counts["targets"] += len(batch)
    async with database.engine.connect() as conn:
        await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text("VACUUM ANALYZE"))
    return counts


async def token(http: httpx.AsyncClient, number: int) -> str:
    response = await http.post(
        "/api/v1/auth/token", data={"username": f"bench{number:06d}", "password": PASSWORD}
    )
    response.raise_for_status()
    return str(response.json()["access_token"])


async def run(args: argparse.Namespace, url: str, fresh: bool) -> dict[str, Any]:
    settings = scale_settings(url)
    database = Database(url)
    rng = random.Random(args.seed)
    org = build_org(args.employees, args.directors, args.managers, rng)
    loaded: dict[str, Any] = {}
    if fresh:
        started = time.perf_counter()
        await load(database, org, settings, rng)
        loaded.update(await load_sales(database, org, args))
        loaded["seconds"] = round(time.perf_counter() - started, 1)
        print(f"loaded {loaded}")
    ceo = org.by_level("ceo")[0]
    root = org.departments[0]["id"]
    app = TimedApp(create_app(settings, database=database))
    gc.collect()
    gc.freeze()
    results: dict[str, Any] = {}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench", timeout=600) as http:
        http.headers["Authorization"] = f"Bearer {await token(http, ceo.number)}"
        plans: dict[str, str] = {}
        for name, basis, measure in (
            ("contracts", "contracts_signed", "amount"),
            ("payments", "payments_received", "amount"),
            ("margin", "contracts_signed", "margin"),
        ):
            found = await http.get("/api/v1/commission-plans", params={"q": f"基准{name}"})
            items = found.json()["items"]
            if items:
                plans[name] = items[0]["id"]
                continue
            created = await http.post(
                "/api/v1/commission-plans",
                json={
                    "name": f"基准{name}",
                    "basis": basis,
                    "measure": measure,
                    "period_kind": "quarter",
                    "tiers": TIERS,
                    "cap": "60000.00",
                    "default_quota": "1000000.00",
                    "department_ids": [str(root)],
                    "effective_from": "2026-01-01",
                },
            )
            created.raise_for_status()
            plans[name] = created.json()["id"]
        for name, plan_id in plans.items():
            body = {"plan_id": plan_id, "period_start": QUARTER_START.isoformat()}
            wall: list[float] = []
            inside: list[float] = []
            summary: dict[str, Any] = {}
            for i in range(args.warmup + args.iterations):
                started = time.perf_counter()
                response = await http.post("/api/v1/commission-statements/compute", json=body)
                elapsed = (time.perf_counter() - started) * 1000
                response.raise_for_status()
                summary = response.json()
                if i >= args.warmup:
                    wall.append(elapsed)
                    inside.append(app.last_ms)
            results[f"compute {name}"] = {
                "statements": summary["statements"], "lines": summary["lines"],
                "total_commission": summary["total_commission"],
                "wall": vars(Stats.of(wall)), "app": vars(Stats.of(inside)),
            }  # fmt: skip
            print(
                f"compute {name:10} statements={summary['statements']} "
                f"lines={summary['lines']} wall={vars(Stats.of(wall))}"
            )
        page = (
            await http.get(
                "/api/v1/commission-statements",
                params={"plan_id": plans["contracts"], "limit": 200, "sort": "-commission"},
            )
        ).json()
        top = page["items"][0]["id"]
        probes: list[tuple[str, str, dict[str, Any]]] = [
            ("statements page", "/api/v1/commission-statements",
             {"plan_id": plans["contracts"], "limit": 200}),
            ("lines page", f"/api/v1/commission-statements/{top}/lines", {"limit": 200}),
        ]  # fmt: skip
        for name, path, params in probes:
            wall = []
            size = 0
            for i in range(args.warmup + args.iterations):
                started = time.perf_counter()
                response = await http.get(path, params=params)
                elapsed = (time.perf_counter() - started) * 1000
                response.raise_for_status()
                size = len(response.json()["items"])
                if i >= args.warmup:
                    wall.append(elapsed)
            results[name] = {"rows": size, "wall": vars(Stats.of(wall))}
            print(f"{name:16} rows={size:4} wall={vars(Stats.of(wall))}")
        if fresh:
            # Once: approving locks the period (and notifies every employee), so a later
            # ``--reuse-url`` run could not compute it again.
            body = {"plan_id": plans["payments"], "period_start": QUARTER_START.isoformat()}
            started = time.perf_counter()
            approved = await http.post("/api/v1/commission-statements/approve", json=body)
            elapsed = round((time.perf_counter() - started) * 1000, 1)
            approved.raise_for_status()
            statements = approved.json()["statements"]
            results["approve payments"] = {"statements": statements, "wall_ms": elapsed}
            print(f"approve payments statements={statements} wall_ms={elapsed}")
    return {
        "benchmark": "commission_statements",
        "employees": args.employees,
        "contracts": args.contracts,
        "payments": args.payments,
        "loaded": loaded,
        "server": await server_version(database),
        "python": sys.version.split()[0],
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "results": results,
    }


def report(results: dict[str, Any]) -> None:
    print(
        f"\ncommission_statements: {results['employees']} employees, "
        f"{results['contracts']} contracts, {results['payments']} payments"
    )
    for name, row in results["results"].items():
        print(f"  {name:18} {row}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=10_000)
    parser.add_argument("--directors", type=int, default=10)
    parser.add_argument("--managers", type=int, default=500)
    parser.add_argument("--contracts", type=int, default=100_000)
    parser.add_argument("--payments", type=int, default=100_000)
    scale_arguments(parser, subjects=["admin"])
    parser.set_defaults(iterations=5, warmup=1)
    args = parser.parse_args()
    return run_scale(
        args,
        run,
        report=report,
        result_name=lambda r: f"commission_statements-{r['employees']}",
    )


if __name__ == "__main__":
    sys.exit(main())
