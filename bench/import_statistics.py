"""Measure: the first page of ``/contacts`` right after a large import, with and without the
planner statistics refreshed by the import (``core.db.statistics``), on PostgreSQL.

For each variant, a fresh migrated database: ``--customers`` customers and ``--contacts``
contacts (five per customer by default) imported through ``POST /api/v1/imports`` as the
administrator and run by the import job, as a worker would; then at once ``GET
/api/v1/contacts?limit=50`` ``--iterations`` times (median and p95). "off" sets the refresh's
floor out of reach, which is the code before it: the statistics are then whatever autovacuum
has done by then.

    .venv/bin/python bench/import_statistics.py
    .venv/bin/python bench/import_statistics.py --customers 2000 --contacts 10000
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import json
import random
import statistics as stats
import time
from typing import Any

import httpx
from harness import machine, signed_in
from import_customers import (
    DEFAULT_POSTGRES,
    HEADER,
    RESULTS,
    create_postgres,
    customer_rows,
    drop_postgres,
)
from sqlalchemy import text

import salescrm.models  # noqa: F401 - every mapper known before the first query
from salescrm.core.db import statistics
from salescrm.core.jobs import run_once
from salescrm.platform import imports


def as_csv(rows: list[list[Any]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


def contact_rows(customers: list[str], per: int, rng: random.Random) -> list[list[Any]]:
    rows: list[list[Any]] = [["客户名称", "姓名", "职务", "手机"]]
    surnames, given = "王李张刘陈杨黄赵吴周", "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚"
    for name in customers:
        for _ in range(per):
            person = rng.choice(surnames) + rng.choice(given) + rng.choice(given)
            rows.append([name, person, rng.choice(["经理", "总监", "采购", "工程师"]), ""])
    return rows


async def upload(http: httpx.AsyncClient, content: bytes, target: str, bench: Any) -> float:
    started = time.perf_counter()
    response = await http.post(
        "/api/v1/imports",
        files={"file": (f"{target}.csv", content, "text/csv")},
        data={"target": target},
    )
    assert response.status_code in (201, 202), response.text
    while (await run_once(imports.PROCESSOR, bench.database, bench.settings)) > 0:
        pass
    done = (await http.get(f"/api/v1/imports/{response.json()['id']}")).json()
    assert done["status"] == "succeeded", done
    return time.perf_counter() - started


async def variant(url: str, refresh: bool, args: argparse.Namespace) -> dict[str, Any]:
    statistics.FLOOR = 500 if refresh else 1 << 62
    rng = random.Random(args.seed)
    rows = customer_rows(args.customers, rng)
    names = [row[0] for row in rows]
    customers = [HEADER, *rows]
    async with signed_in(url) as bench:
        http = bench.http
        imported = await upload(http, as_csv(customers), "customers", bench)
        per = max(1, args.contacts // args.customers)
        imported += await upload(http, as_csv(contact_rows(names, per, rng)), "contacts", bench)
        times = []
        for _ in range(args.iterations):
            started = time.perf_counter()
            page = await http.get("/api/v1/contacts", params={"limit": "50"})
            times.append((time.perf_counter() - started) * 1000)
            assert page.status_code == 200, page.text
        async with bench.database.engine.connect() as connection:
            analysed = (
                await connection.execute(
                    text(
                        "SELECT relname, last_analyze IS NOT NULL, last_autoanalyze IS NOT NULL"
                        " FROM pg_stat_user_tables WHERE relname IN ('customers', 'contacts')"
                    )
                )
            ).all()
    ordered = sorted(times)
    return {
        "refresh": refresh,
        "import_seconds": round(imported, 1),
        "contacts_page_median_ms": round(stats.median(ordered), 1),
        "contacts_page_p95_ms": round(ordered[max(0, round(0.95 * len(ordered)) - 1)], 1),
        "analysed": {name: {"analyze": a, "autoanalyze": b} for name, a, b in analysed},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--iterations", type=int, default=9)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES)
    args = parser.parse_args()
    results = []
    for refresh in (False, True):
        url, name = asyncio.run(create_postgres(args.postgres_url))
        try:
            results.append(asyncio.run(variant(url, refresh, args)))
        finally:
            asyncio.run(drop_postgres(args.postgres_url, name))
        print(json.dumps(results[-1], ensure_ascii=False), flush=True)
    report = {"customers": args.customers, "contacts": args.contacts, "runs": results, **machine()}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "import_statistics.json").write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
