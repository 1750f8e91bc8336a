"""Benchmark: a customer list filtered and sorted by custom fields, through the real app.

The data set is ``customers_scale.py``'s (its loader, its options: ``--customers``, ``--keep``,
``--reuse-url`` …). On it, the administrator defines two custom fields of customers through the
API -- ``segment``, a single select of five options, and ``score``, a number -- which builds
their expression indexes (``core/custom_fields``). One bulk ``UPDATE`` then gives every
customer a segment (a fifth each) and 90% of them a score (0.00 to 999.99; the rest none),
followed by ``VACUUM ANALYZE``.

Measured, for the representative (scope ``own``: 2% of the customers) and the administrator
(scope ``all``), median and p95 over ``--iterations`` rounds after ``--warmup``:

* ``cf page 1`` -- ``GET /api/v1/customers?cf.segment=a&sort=-cf.score&limit=50``;
* ``cf page 2`` -- the same with the first page's ``next_cursor`` (the keyset condition on the
  custom field);
* ``cf range`` -- ``cf.score_min=500&sort=cf.score`` (a range on the sort key).

Each request's page query is also run under ``EXPLAIN (ANALYZE, BUFFERS)`` (the plan is in the
JSON result). The issue's target: p95 under 50 ms at 1,000,000 customers.

    python bench/custom_fields_scale.py --customers 20000        # a quick run
    python bench/custom_fields_scale.py                          # 1,000,000 customers
    python bench/custom_fields_scale.py --reuse-url postgresql+asyncpg://...   # measure again
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from datetime import UTC, datetime
from typing import Any

import httpx
from customers_scale import (
    ADMIN,
    SUBJECTS,
    StatementClock,
    TimedApp,
    _raw,
    explain,
    load,
    table_sizes,
)
from permission_check import Stats, run_scale, scale_arguments, scale_settings, server_version
from sqlalchemy import event

import salescrm.models  # noqa: F401 - every mapper known before the first query
from salescrm.app import create_app
from salescrm.config import Settings
from salescrm.core.db.engine import Database
from salescrm.demo import DEMO_PASSWORD, seed_demo

SEGMENTS = ("a", "b", "c", "d", "e")
FIELDS = [
    {
        "resource": "customer",
        "key": "segment",
        "label": "客户细分",
        "label_en": "Segment",
        "type": "single_select",
        "options": [{"key": k, "label": f"细分{k}"} for k in SEGMENTS],
    },
    {"resource": "customer", "key": "score", "label": "评分", "type": "number"},
]
#: A segment for every customer (a fifth each), a score for 90% of them: hashes of the id, so
#: a re-run writes the same values.
FILL = """
UPDATE customers SET custom_fields = jsonb_strip_nulls(jsonb_build_object(
    'segment', (ARRAY['a','b','c','d','e'])[1 + abs(hashtext(id::text)) % 5],
    'score', CASE WHEN abs(hashtext(id::text || 's')) % 10 = 0 THEN NULL
                  ELSE (abs(hashtext(id::text || 'v')) % 100000) / 100.0 END))
"""


async def define_and_fill(database: Database, settings: Settings) -> dict[str, Any]:
    """The two definitions (through the API, as an administrator would), then the values."""
    app = create_app(settings, database=database)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
        token = await _token(http, ADMIN)
        headers = {"Authorization": f"Bearer {token}"}
        existing = await http.get(
            "/api/v1/custom-fields", params={"resource": "customer"}, headers=headers
        )
        have = {f["key"] for f in existing.json()["items"]}
        for field in FIELDS:
            if field["key"] in have:
                continue
            started = time.perf_counter()
            response = await http.post("/api/v1/custom-fields", json=field, headers=headers)
            assert response.status_code == 201, response.text
            print(f"defined {field['key']} (and its index) in {time.perf_counter() - started:.1f}s")
    conn = await _raw(database)
    try:
        started = time.perf_counter()
        await conn.execute("SET synchronous_commit = off")
        status = await conn.execute(FILL)
        filled = time.perf_counter() - started
        await conn.execute("VACUUM ANALYZE customers")
        analysed = time.perf_counter() - started - filled
        indexes = [
            r["indexdef"]
            for r in await conn.fetch(
                "SELECT indexdef FROM pg_indexes WHERE tablename = 'customers' "
                "AND indexname LIKE '%\\_cf\\_%'"
            )
        ]
    finally:
        await conn.close()
    print(f"filled the values ({status}) in {filled:.1f}s, VACUUM ANALYZE {analysed:.1f}s")
    return {
        "update": status,
        "fill_s": round(filled, 1),
        "analyze_s": round(analysed, 1),
        "indexes": indexes,
    }


async def _token(http: httpx.AsyncClient, username: str) -> str:
    response = await http.post(
        "/api/v1/auth/token", data={"username": username, "password": DEMO_PASSWORD}
    )
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


async def measure(
    database: Database, settings: Settings, args: argparse.Namespace
) -> dict[str, Any]:
    app = TimedApp(create_app(settings, database=database))
    clock = StatementClock(database)
    transport = httpx.ASGITransport(app=app)
    results: dict[str, Any] = {}
    first = {"cf.segment": "a", "sort": "-cf.score", "limit": "50"}
    ranged = {"cf.score_min": "500", "sort": "cf.score", "limit": "50"}
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
        probes: list[tuple[str, str, dict[str, str]]] = []
        for label in args.subjects:
            headers = {"Authorization": f"Bearer {await _token(http, SUBJECTS[label])}"}
            page = await http.get("/api/v1/customers", params=first, headers=headers)
            assert page.status_code == 200, page.text
            cursor = page.json()["next_cursor"]
            probes += [
                (label, "cf page 1", first),
                (label, "cf page 2", {**first, "cursor": cursor}),
                (label, "cf range", ranged),
            ]
            for _, name, params in probes[-3:]:
                counted = await http.get(
                    "/api/v1/customers", params={**params, "include_total": "true"}, headers=headers
                )
                assert counted.status_code == 200, counted.text
                clock.reset()
                await http.get("/api/v1/customers", params=params, headers=headers)
                statement, values = [s for s in clock.statements if " LIMIT " in s[0]][-1]
                plan = await explain(database, statement, values)
                results[f"{label}/{name}"] = {
                    "subject": label,
                    "request": name,
                    "params": params,
                    "matches": counted.json()["total"],
                    "items": len(counted.json()["items"]),
                    "statements": clock.count,
                    "page_query": statement,
                    "plan": plan,
                    "headers": dict(headers),
                }
        samples: dict[str, list[float]] = {key: [] for key in results}
        app_ms: dict[str, list[float]] = {key: [] for key in results}
        for round_ in range(args.warmup + args.iterations):
            for label, name, params in probes:
                key = f"{label}/{name}"
                started = time.perf_counter()
                response = await http.get(
                    "/api/v1/customers", params=params, headers=results[key]["headers"]
                )
                wall = (time.perf_counter() - started) * 1000
                assert response.status_code == 200, response.text
                if round_ >= args.warmup:
                    samples[key].append(wall)
                    app_ms[key].append(app.last_ms)
        for key, row in results.items():
            del row["headers"]
            row["wall"] = Stats.of(samples[key]).__dict__
            row["app"] = Stats.of(app_ms[key]).__dict__
    event.remove(clock.engine, "before_cursor_execute", clock._before)
    event.remove(clock.engine, "after_cursor_execute", clock._after)
    return results


async def run(args: argparse.Namespace, url: str, fresh: bool) -> dict[str, Any]:
    settings = scale_settings(url)
    database = Database(url)
    report: dict[str, Any] = {
        "benchmark": "custom_fields_scale",
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "iterations": args.iterations,
        "warmup": args.warmup,
    }
    try:
        if fresh:
            await seed_demo(url, settings=settings, customers=0)
            print(f"loading {args.customers:,} customers ...", flush=True)
            loaded = await load(database, args)
            report["load"] = {"customers": loaded.customers, "rep_customers": loaded.rep_customers}
        report["server_version"] = await server_version(database)
        report["fields"] = await define_and_fill(database, settings)
        report["tables"] = await table_sizes(database)
        await database.engine.dispose()
        load_before = os.getloadavg()[0]
        report["probes"] = await measure(database, settings, args)
        report["load_average"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    finally:
        await database.dispose()
    return report


def print_report(report: dict[str, Any]) -> None:
    customers = report.get("load", {}).get("customers")
    print(
        f"\ncustom_fields_scale on {report['server_version']}: "
        + (f"{customers:,} customers" if customers else "a reused database")
        + f", {report['cpus']} CPU(s); load average {report['load_average'][0]} before / "
        f"{report['load_average'][1]} after"
    )
    header = (
        f"{'subject':<8}{'request':<12}{'matches':>10}"
        f"{'wall med':>10}{'p95':>8}{'app med':>9}{'p95':>8}"
    )
    print(header)
    print("-" * len(header))
    for row in report["probes"].values():
        print(
            f"{row['subject']:<8}{row['request']:<12}{row['matches']:>10,}"
            f"{row['wall']['median_ms']:>10.1f}{row['wall']['p95_ms']:>8.1f}"
            f"{row['app']['median_ms']:>9.1f}{row['app']['p95_ms']:>8.1f}"
        )
    print("(ms; wall = the request in-process, app = inside the ASGI app)")
    for key, row in report["probes"].items():
        print(f"\n{key}: the page query's plan")
        print("\n".join(row["plan"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--contacts-per-customer", type=float, default=2.0)
    parser.add_argument("--rep-share", type=float, default=0.02)
    parser.add_argument("--pool-share", type=float, default=0.10)
    parser.add_argument("--match-keys", action="store_true")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--chunk", type=int, default=10_000)
    scale_arguments(parser, subjects=["rep", "admin"])
    args = parser.parse_args(argv)
    return run_scale(
        args,
        run,
        report=print_report,
        result_name=lambda report: (
            "custom_fields_scale-" + str(report.get("load", {}).get("customers") or "reused")
        ),
    )


if __name__ == "__main__":
    sys.exit(main())
