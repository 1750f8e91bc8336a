"""Benchmark: mobile delta sync (``GET /api/v1/sync/changes``) at 1,000,000 customers, for a
representative and a manager.

Data: the data set of ``bench/customers_scale.py`` (1,000,000 customers, 2,000,000 contacts, the
demo organisation), loaded by it with ``--keep`` and named here with ``--reuse-url`` (or loaded
here, without ``--reuse-url``, by the same loader). Bulk loading writes no events, so unless
``--no-history`` the outbox first gets one ``customer.created`` event per customer, in creation
order, as if each had been created through the API: the pulls below then page an outbox of a
million events, not an empty one.

Measured in-process through the real app (``httpx.ASGITransport``: server time, no network),
for each subject, median and p95:

* **first pull**: ``GET /sync/changes?resources=customer`` without ``since`` (it answers the
  starting cursor), then the initial load the client algorithm prescribes (docs/integrations.md):
  every page of ``GET /customers?limit=200`` in the caller's scope, timed per page and as a
  whole;
* **incremental pull**: ``--changes`` updates of random customers through the API by the
  administrator (the rep sees about 2% of them, the manager about 21%), then
  ``GET /sync/changes?since=<the kept cursor>&resources=customer&limit=200``, the same pull
  ``--iterations`` times (a pull writes nothing, so each sees the same changes);
* **empty pull**: the same from the cursor that pull returned (nothing changed since).

    python bench/customers_scale.py --keep --iterations 2 --warmup 0 --subjects rep
    python bench/sync_scale.py --reuse-url postgresql+asyncpg://.../salescrm_bench_...
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import UTC, datetime
from typing import Any

import httpx
from customers_scale import SUBJECTS, load
from permission_check import run_scale, scale_arguments, scale_settings, server_version
from sqlalchemy import text

import salescrm.models  # noqa: F401 - every mapper known before the first query
from salescrm.app import create_app
from salescrm.core.db.engine import Database
from salescrm.demo import DEMO_PASSWORD, seed_demo

SYNC = "/api/v1/sync/changes"
CUSTOMERS = "/api/v1/customers"

#: One ``customer.created`` per customer, in creation order, in one transaction (one ``tx``).
HISTORY = text(
    "INSERT INTO events (id, tx, type, resource, record_id, occurred_at, actor_type, data)"
    " SELECT gen_random_uuid(), pg_current_xact_id()::text::bigint, 'customer.created',"
    " 'customer', c.id, c.created_at, 'system', json_build_object('id', c.id, 'name', c.name)"
    " FROM customers c ORDER BY c.created_at, c.id"
)


def stats(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "n": len(ordered),
        "median_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[max(0, round(0.95 * len(ordered)) - 1)], 2),
    }


async def timed(http: httpx.AsyncClient, path: str, **kwargs: Any) -> tuple[httpx.Response, float]:
    started = time.perf_counter()
    response = await http.get(path, **kwargs)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, response.text
    return response, elapsed


async def initial_load(http: httpx.AsyncClient, headers: dict[str, str]) -> dict[str, Any]:
    started = time.perf_counter()
    first, first_ms = await timed(http, SYNC, params={"resources": "customer"}, headers=headers)
    assert first.json()["changes"] == []
    pages: list[float] = []
    rows = 0
    cursor: str | None = None
    while True:
        params = {"limit": "200", **({"cursor": cursor} if cursor else {})}
        page, ms = await timed(http, CUSTOMERS, params=params, headers=headers)
        pages.append(ms)
        body = page.json()
        rows += len(body["items"])
        cursor = body.get("next_cursor")
        if not cursor:
            break
    return {
        "cursor": first.json()["next_cursor"],
        "starting_cursor_ms": round(first_ms, 2),
        "customers": rows,
        "pages": stats(pages),
        "total_s": round(time.perf_counter() - started, 1),
    }


async def change(http: httpx.AsyncClient, admin: dict[str, str], ids: list[str]) -> None:
    for n, record_id in enumerate(ids):
        current = await http.get(f"{CUSTOMERS}/{record_id}", headers=admin)
        assert current.status_code == 200, current.text
        updated = await http.patch(
            f"{CUSTOMERS}/{record_id}",
            json={"remarks": f"同步基准 {n}"},
            headers={**admin, "If-Match": current.headers["ETag"]},
        )
        assert updated.status_code == 200, updated.text


async def pulls(
    http: httpx.AsyncClient, headers: dict[str, str], cursor: str, iterations: int, warmup: int
) -> tuple[dict[str, Any], str]:
    params = {"since": cursor, "resources": "customer", "limit": "200"}
    times: list[float] = []
    body: dict[str, Any] = {}
    for n in range(warmup + iterations):
        response, ms = await timed(http, SYNC, params=params, headers=headers)
        body = response.json()
        if n >= warmup:
            times.append(ms)
    result = {**stats(times), "changes": len(body["changes"]), "has_more": body["has_more"]}
    return result, body["next_cursor"]


async def run(args: argparse.Namespace, url: str, fresh: bool) -> dict[str, Any]:
    settings = scale_settings(url)
    database = Database(url)
    report: dict[str, Any] = {
        "benchmark": "sync_scale",
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "iterations": args.iterations,
        "warmup": args.warmup,
        "changes": args.changes,
    }
    try:
        if fresh:
            await seed_demo(url, settings=settings, customers=0)
            await load(database, args)
        async with database.engine.begin() as connection:
            events = int(
                (await connection.execute(text("SELECT count(*) FROM events"))).scalar_one()
            )
            if not args.no_history and events < 1000:
                started = time.perf_counter()
                await connection.execute(HISTORY)
                print(f"wrote the outbox's history in {time.perf_counter() - started:.0f}s")
        async with database.engine.begin() as connection:
            await connection.execute(text("ANALYZE events"))
            report["events"] = int(
                (await connection.execute(text("SELECT count(*) FROM events"))).scalar_one()
            )
            sample = (
                await connection.execute(
                    text("SELECT id::text FROM customers TABLESAMPLE SYSTEM (1) LIMIT :n"),
                    {"n": args.changes * 4},
                )
            ).scalars()
            ids = list(sample)
        report["server_version"] = await server_version(database)
        app = create_app(settings, database=database)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
            tokens: dict[str, dict[str, str]] = {}
            for label in {*args.subjects, "admin"}:
                response = await http.post(
                    "/api/v1/auth/token",
                    data={"username": SUBJECTS[label], "password": DEMO_PASSWORD},
                )
                assert response.status_code == 200, response.text
                token = response.json()["access_token"]
                tokens[label] = {"Authorization": f"Bearer {token}"}
            report["subjects"] = {}
            for label in args.subjects:
                loaded = await initial_load(http, tokens[label])
                print(f"{label}: initial load {loaded}", flush=True)
                report["subjects"][label] = {"initial_load": loaded}
            random.Random(args.seed).shuffle(ids)
            await change(http, tokens["admin"], ids[: args.changes])
            for label in args.subjects:
                cursor = report["subjects"][label]["initial_load"]["cursor"]
                incremental, after = await pulls(
                    http, tokens[label], cursor, args.iterations, args.warmup
                )
                empty, _ = await pulls(http, tokens[label], after, args.iterations, args.warmup)
                report["subjects"][label]["incremental"] = incremental
                report["subjects"][label]["empty"] = empty
                print(f"{label}: incremental {incremental}, empty {empty}", flush=True)
    finally:
        await database.dispose()
    return report


def print_report(report: dict[str, Any]) -> None:
    print(f"\nevents in the outbox: {report['events']:,}; {report['changes']} changes")
    print(f"{'subject':8} {'pull':24} {'median ms':>10} {'p95 ms':>8}  detail")
    for label, result in report["subjects"].items():
        load_ = result["initial_load"]
        print(
            f"{label:8} {'starting cursor':24} {load_['starting_cursor_ms']:10.2f} {'':>8}  (once)"
        )
        pages = load_["pages"]
        print(
            f"{label:8} {'initial load, per page':24} {pages['median_ms']:10.2f}"
            f" {pages['p95_ms']:8.2f}  {pages['n']} pages, {load_['customers']:,} customers,"
            f" {load_['total_s']} s in all"
        )
        for name in ("incremental", "empty"):
            row = result[name]
            print(
                f"{label:8} {name + ' pull':24} {row['median_ms']:10.2f} {row['p95_ms']:8.2f}"
                f"  {row['changes']} change(s), has_more {row['has_more']}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--contacts-per-customer", type=float, default=2.0)
    parser.add_argument("--rep-share", type=float, default=0.02)
    parser.add_argument("--pool-share", type=float, default=0.10)
    parser.add_argument("--match-keys", action="store_true")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--chunk", type=int, default=10_000)
    parser.add_argument("--changes", type=int, default=200, help="updates before the pull")
    parser.add_argument("--no-history", action="store_true", help="leave the outbox empty")
    scale_arguments(parser, subjects=["rep", "manager"])
    args = parser.parse_args(argv)
    return run_scale(args, run, report=print_report, result_name=lambda _r: "sync_scale")


if __name__ == "__main__":
    sys.exit(main())
