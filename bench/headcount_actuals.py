"""Benchmark: headcount plans with their ``actual`` computed in SQL, and the summary.

The organisation is ``permission_check.py``'s (``--employees`` people in its departments, with
hiring dates spread over the last years). Bulk SQL writes ``--quarters`` quarterly plans per
department. Measured in-process through ``httpx.ASGITransport`` as the CEO (scope ``all``):

* ``page`` -- ``GET /headcount-plans?limit=100``: a page of plans, each with ``actual`` (the
  employees of its department tree at the period's end), one statement for the page;
* ``summary`` -- ``GET /headcount-summary`` for one quarter: planned vs actual vs open
  requisitions for every department;

median and p95 over ``--iterations`` after ``--warmup``.

    python bench/headcount_actuals.py --employees 2000   # a quick run
    python bench/headcount_actuals.py --keep              # 10,000 employees
    python bench/headcount_actuals.py --reuse-url postgresql+asyncpg://...
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import sys
import time
from datetime import UTC, date, datetime
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
from sqlalchemy import insert, text

import salescrm.models  # noqa: F401 - every mapper known before the first query
from salescrm.app import create_app
from salescrm.core.db.engine import Database
from salescrm.core.ids import new_id
from salescrm.planning.organisation.models import HeadcountPlan

PASSWORD = "bench-password-1"  # noqa: S105 - the throwaway logins of permission_check.py
QUARTERS = [
    (date(2027, 1, 1), date(2027, 3, 31)),
    (date(2027, 4, 1), date(2027, 6, 30)),
    (date(2027, 7, 1), date(2027, 9, 30)),
    (date(2027, 10, 1), date(2027, 12, 31)),
]


async def load_plans(database: Database, org: Any, args: argparse.Namespace) -> int:
    now = datetime.now(UTC)
    rows = [
        {"id": new_id(), "department_id": dep["id"], "period_start": start,
         "period_end": end, "planned": 10 + n % 7, "created_at": now, "updated_at": now,
         "version": 1}
        for n, dep in enumerate(org.departments)
        for start, end in QUARTERS[: args.quarters]
    ]  # fmt: skip
    async with database.engine.begin() as conn:
        await conn.execute(insert(HeadcountPlan), rows)
        # Hiring dates over six years, one in twenty resigned within them.
        await conn.execute(
            text(
                "UPDATE employees SET hire_date = DATE '2022-01-01' "
                "+ (abs(hashtext(id::text)) % 2000), "
                "resigned_on = CASE WHEN abs(hashtext(id::text)) % 20 = 0 "
                "THEN DATE '2027-03-01' ELSE NULL END"
            )
        )
    async with database.engine.connect() as conn:
        await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text("VACUUM ANALYZE"))
    return len(rows)


async def token(http: httpx.AsyncClient, number: int) -> str:
    response = await http.post(
        "/api/v1/auth/token", data={"username": f"bench{number:06d}", "password": PASSWORD}
    )
    response.raise_for_status()
    return str(response.json()["access_token"])


async def measure(
    http: httpx.AsyncClient, app: TimedApp, args: argparse.Namespace, url: str, **kw: Any
) -> tuple[dict[str, Any], Any]:
    wall: list[float] = []
    inside: list[float] = []
    body: Any = None
    for i in range(args.warmup + args.iterations):
        started = time.perf_counter()
        response = await http.get(url, **kw)
        elapsed = (time.perf_counter() - started) * 1000
        response.raise_for_status()
        body = response.json()
        if i >= args.warmup:
            wall.append(elapsed)
            inside.append(app.last_ms)
    return {"wall": vars(Stats.of(wall)), "app": vars(Stats.of(inside))}, body


async def run(args: argparse.Namespace, url: str, fresh: bool) -> dict[str, Any]:
    settings = scale_settings(url)
    database = Database(url)
    rng = random.Random(args.seed)
    org = build_org(args.employees, args.directors, args.managers, rng)
    loaded: dict[str, Any] = {}
    if fresh:
        started = time.perf_counter()
        await load(database, org, settings, rng)
        plans = await load_plans(database, org, args)
        loaded = {"plans": plans, "seconds": round(time.perf_counter() - started, 1)}
        print(f"loaded {loaded}")
    ceo = org.by_level("ceo")[0]
    app = TimedApp(create_app(settings, database=database))
    gc.collect()
    gc.freeze()
    results: dict[str, Any] = {}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://bench", timeout=3600
    ) as http:
        headers = {"Authorization": f"Bearer {await token(http, ceo.number)}"}
        row, body = await measure(
            http, app, args, "/api/v1/headcount-plans",
            params={"limit": 100}, headers=headers,
        )  # fmt: skip
        results["page"] = {"plans": len(body["items"]), **row}
        print(f"page      plans={len(body['items'])} wall={row['wall']}")
        start, end = QUARTERS[args.quarters - 1]
        row, body = await measure(
            http, app, args, "/api/v1/headcount-summary",
            params={"period_start": start.isoformat(), "period_end": end.isoformat()},
            headers=headers,
        )  # fmt: skip
        actual = sum(r["actual"] for r in body["rows"])
        results["summary"] = {"departments": len(body["rows"]), **row}
        print(f"summary   departments={len(body['rows'])} actual={actual} wall={row['wall']}")
    return {
        "benchmark": "headcount_actuals",
        "employees": args.employees,
        "departments": len(org.departments),
        "loaded": loaded,
        "server": await server_version(database),
        "python": sys.version.split()[0],
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "results": results,
    }


def report(results: dict[str, Any]) -> None:
    print(f"\nheadcount_actuals: {results['employees']:,} employees, "
          f"{results['departments']} departments")  # fmt: skip
    for name, row in results["results"].items():
        print(f"  {name:10} {row}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=10_000)
    parser.add_argument("--directors", type=int, default=10)
    parser.add_argument("--managers", type=int, default=100)
    parser.add_argument("--quarters", type=int, default=4, choices=[1, 2, 3, 4])
    scale_arguments(parser, subjects=["admin"])
    parser.set_defaults(iterations=10, warmup=2)
    args = parser.parse_args()
    return run_scale(
        args, run, report=report, result_name=lambda r: f"headcount_actuals-{r['employees']}"
    )


if __name__ == "__main__":
    sys.exit(main())
