"""Benchmark: allocating a company sales target to 10,000 employees through 50 departments in
one request (``POST /sales-targets/{id}/allocate``), on PostgreSQL.

The organisation is ``permission_check.py``'s (a CEO, ``--directors`` divisions of about
``employees / directors`` people in teams, ``--managers`` managers). For each round a fresh
plan and its company target are made through the API (not timed); then, timed:

* ``allocate`` -- one request splitting the company target evenly among the divisions and,
  within each division, among its people (``employees - 1`` employee targets): every target
  created (``COPY``), with a history row, an audit entry and an event each;
* ``reallocate`` -- the same tree again by weights (each employee's ``number % 7 + 1``): every
  target updated in one executemany UPDATE, with its history;
* ``roll-up`` -- ``POST /sales-plans/{id}/roll-up`` (the division sums, then the company);
* ``check`` -- ``GET /sales-plans/{id}/check`` (one grouped sum over the plan).

Median and p95 over ``--iterations`` rounds after ``--warmup`` (``wall``: the request;
``app``: inside the ASGI app).

    python bench/plan_allocation.py --employees 1000 --directors 10 --managers 50 \\
        --iterations 3 --warmup 1                               # a quick run
    python bench/plan_allocation.py --keep                      # 10,000 employees, 50 depts
    python bench/plan_allocation.py --reuse-url postgresql+asyncpg://...
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import sys
import time
from typing import Any

import httpx
from customers_scale import TimedApp
from permission_check import (
    Stats,
    build_org,
    load,
    run_scale,
    scale_arguments,
    scale_settings,
    server_version,
)
from sqlalchemy import func, select, text

import salescrm.models  # noqa: F401 - every mapper known before the first query
from salescrm.app import create_app
from salescrm.core.db.engine import Database
from salescrm.org.models import Department, Employee
from salescrm.planning.plans.models import SalesTarget

PASSWORD = "bench-password-1"  # noqa: S105 - the throwaway logins of permission_check.py


async def token(http: httpx.AsyncClient, number: int) -> str:
    response = await http.post(
        "/api/v1/auth/token", data={"username": f"bench{number:06d}", "password": PASSWORD}
    )
    response.raise_for_status()
    return str(response.json()["access_token"])


async def tree(database: Database) -> dict[Any, list[tuple[Any, int]]]:
    """Each division (a department right under the root) → its people ``(id, number)``."""
    async with database.engine.connect() as conn:
        departments = (
            await conn.execute(select(Department.id, Department.parent_id, Department.kind))
        ).all()
        root = next(d for d, parent, _ in departments if parent is None)
        division_of = {d: d for d, parent, _ in departments if parent == root}
        for d, parent, _ in departments:
            if parent in division_of and d not in division_of:
                division_of[d] = division_of[parent]
        people = (await conn.execute(select(Employee.id, Employee.employee_no))).all()
        employees = (await conn.execute(select(Employee.id, Employee.department_id))).all()
    numbers = {e: int(no.removeprefix("B")) for e, no in people}
    out: dict[Any, list[tuple[Any, int]]] = {d: [] for d in set(division_of.values())}
    for employee_id, department_id in employees:
        division = division_of.get(department_id)
        if division is not None:
            out[division].append((employee_id, numbers[employee_id]))
    return out


def body(divisions: dict[Any, list[tuple[Any, int]]], method: str) -> bytes:
    def child(employee_id: Any, number: int) -> dict[str, Any]:
        row: dict[str, Any] = {"level": "employee", "employee_id": str(employee_id)}
        if method == "weights":
            row["weight"] = str(number % 7 + 1)
        return row

    children = []
    for division, people in sorted(divisions.items(), key=lambda kv: str(kv[0])):
        node: dict[str, Any] = {
            "level": "department",
            "department_id": str(division),
            "children": [child(e, n) for e, n in people],
        }
        if method == "weights":
            node["weight"] = str(len(people))
        children.append(node)
    return json.dumps({"method": method, "children": children}, separators=(",", ":")).encode()


async def run(args: argparse.Namespace, url: str, fresh: bool) -> dict[str, Any]:
    settings = scale_settings(url).model_copy(update={"max_body_bytes": 4 * 1_048_576})
    database = Database(url)
    rng = random.Random(args.seed)
    org = build_org(args.employees, args.directors, args.managers, rng)
    loaded: dict[str, Any] = {}
    if fresh:
        started = time.perf_counter()
        await load(database, org, settings, rng)
        async with database.engine.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text("VACUUM ANALYZE"))
        loaded["seconds"] = round(time.perf_counter() - started, 1)
        print(f"loaded {loaded}")
    ceo = org.by_level("ceo")[0]
    divisions = await tree(database)
    people = sum(len(p) for p in divisions.values())
    even = body(divisions, "even")
    weighted = body(divisions, "weights")
    app = TimedApp(create_app(settings, database=database))
    gc.collect()
    gc.freeze()
    samples: dict[str, tuple[list[float], list[float]]] = {
        name: ([], []) for name in ("allocate", "reallocate", "roll-up", "check")
    }
    counts: dict[str, Any] = {}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench", timeout=600) as http:
        headers = {"Authorization": f"Bearer {await token(http, ceo.number)}"}
        json_headers = {**headers, "Content-Type": "application/json"}
        for i in range(args.warmup + args.iterations):
            plan = await http.post(
                "/api/v1/sales-plans",
                headers=headers,
                json={
                    "name": f"2027 年度计划 {i}",
                    "period_kind": "year",
                    "period_start": "2027-01-01",
                    "period_end": "2027-12-31",
                },
            )
            plan.raise_for_status()
            plan_id = plan.json()["id"]
            company = await http.post(
                "/api/v1/sales-targets",
                headers=headers,
                json={
                    "plan_id": plan_id,
                    "level": "company",
                    "metric": "sales_amount",
                    "value": "123456789.00",
                },
            )
            company.raise_for_status()
            target_id = company.json()["id"]
            steps = (
                ("allocate", "POST", f"/api/v1/sales-targets/{target_id}/allocate", even),
                ("reallocate", "POST", f"/api/v1/sales-targets/{target_id}/allocate", weighted),
                ("roll-up", "POST", f"/api/v1/sales-plans/{plan_id}/roll-up", None),
                ("check", "GET", f"/api/v1/sales-plans/{plan_id}/check", None),
            )
            for name, method, path, content in steps:
                started = time.perf_counter()
                response = await http.request(
                    method, path, headers=json_headers if content else headers, content=content
                )
                elapsed = (time.perf_counter() - started) * 1000
                if response.status_code != 200:
                    raise SystemExit(f"{name}: {response.status_code} {response.text[:500]}")
                answer = response.json()
                if name in ("allocate", "reallocate"):
                    counts[name] = {"created": answer["created"], "updated": answer["updated"]}
                if i >= args.warmup:
                    samples[name][0].append(elapsed)
                    samples[name][1].append(app.last_ms)
            print(f"round {i + 1}: " + ", ".join(f"{n}={samples[n][0][-1:]}" for n in samples))
    async with database.engine.connect() as conn:
        targets = await conn.scalar(select(func.count()).select_from(SalesTarget))
    results = {
        name: {"wall": vars(Stats.of(wall)), "app": vars(Stats.of(inside)), **counts.get(name, {})}
        for name, (wall, inside) in samples.items()
    }
    return {
        "benchmark": "plan_allocation",
        "employees": args.employees,
        "departments": len(divisions),
        "employee_targets": people,
        "request_bytes": len(even),
        "targets_in_database": targets,
        "loaded": loaded,
        "server": await server_version(database),
        "python": sys.version.split()[0],
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "results": results,
    }


def report(results: dict[str, Any]) -> None:
    print(
        f"\nplan_allocation: {results['employee_targets']} employees in "
        f"{results['departments']} departments, request {results['request_bytes']:,} bytes"
    )
    for name, row in results["results"].items():
        print(f"  {name:11} {row}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=10_000)
    parser.add_argument("--directors", type=int, default=50, help="divisions (departments)")
    parser.add_argument("--managers", type=int, default=500)
    scale_arguments(parser, subjects=["admin"])
    parser.set_defaults(iterations=5, warmup=1)
    args = parser.parse_args()
    return run_scale(
        args, run, report=report, result_name=lambda r: f"plan_allocation-{r['employees']}"
    )


if __name__ == "__main__":
    sys.exit(main())
