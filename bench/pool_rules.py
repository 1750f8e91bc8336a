"""Benchmark: several public pools at 1,000,000 customers and 500,000 deals.

The data set is ``names_in_lists.py``'s (its loader: the demo organisation, ``--customers``
customers with about two contacts each, 10% of them in the pool, and ``--opportunities`` deals
with contracts), or ``--reuse-url``'s. On it, the administrator creates five pools through the
API -- the representative's department's, two regions', one with listed members (not the
representative), one open to all -- and sets a daily claim limit and a cooldown on the policy.
Bulk SQL then spreads the pool customers over the default pool and the five (a sixth each) and
writes ``--events-share`` of the customers a claim, a release (with a reason) and a return
each, spread over the last 365 days (1,500,000 pool events at the defaults), marks the claims
whose customer then won a deal or got a contract, and fills the day counters the app keeps as
it writes events (``customer_pool_days``), then ``VACUUM ANALYZE``.

Measured in-process through ``httpx.ASGITransport``, median and p95 over ``--iterations``
rounds after ``--warmup`` (``wall``: the request; ``app``: inside the ASGI app):

* ``pool page 1`` / ``pool page 2`` -- ``GET /customer-pool?limit=50`` for the representative
  (a member of the default pool, his department's and the open one: the membership predicate)
  and its next page;
* ``one pool`` -- ``?pool_id=`` his department's pool;
* ``contacts`` -- ``GET /customer-pool/{id}/contacts`` (masked);
* ``claim`` -- ``POST /customer-pool/{id}/claim`` of a different customer each round: the
  cooldown check and the daily-limit count (``ix_customer_events_actor``) included;
* ``stats 30d/day`` and ``stats 1y/month`` -- ``GET /customer-pools/statistics`` for the
  manager (his pools) and the administrator (every pool): two grouped queries over the
  period's day counters.

    python bench/pool_rules.py --customers 20000 --opportunities 20000   # a quick run
    python bench/pool_rules.py --keep       # 1,000,000 customers, 500,000 deals
    python bench/pool_rules.py --reuse-url postgresql+asyncpg://...
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import names_in_lists
from customers_scale import ADMIN, SUBJECTS, TimedApp, _raw
from permission_check import Stats, run_scale, scale_arguments, scale_settings, server_version

import salescrm.models  # noqa: F401 - every mapper known before the first query
from salescrm.app import create_app
from salescrm.config import Settings
from salescrm.core import clock
from salescrm.core.db.engine import Database
from salescrm.demo import DEMO_PASSWORD

POOLS = "/api/v1/customer-pools"
SPREAD = """
UPDATE customers SET pool_id = ($1::uuid[])[1 + abs(hashtext(id::text || 'pool')) % 6]
WHERE owner_id IS NULL AND deleted_at IS NULL
"""
#: A claim, a release and a return for a share of the customers, at hashed times in the last
#: year, by hashed employees, in hashed pools (the default one included), releases with a
#: hashed reason (one in eight without).
EVENTS = """
INSERT INTO customer_events
    (id, created_at, customer_id, kind, from_value, to_value, reason, actor_id, details,
     pool_id, release_reason_id)
SELECT gen_random_uuid(),
       now() - make_interval(secs => abs(hashtext(c.id::text || k.kind)) % 31536000),
       c.id, k.kind, NULL, NULL, NULL,
       ($1::uuid[])[1 + abs(hashtext(c.id::text || 'actor')) % cardinality($1::uuid[])],
       '{}'::json,
       ($2::uuid[])[1 + abs(hashtext(c.id::text || 'pool')) % 6],
       CASE WHEN k.kind = 'released' THEN
           ($3::uuid[])[1 + abs(hashtext(c.id::text || 'why')) % (cardinality($3::uuid[]) + 1)]
       END
FROM customers c CROSS JOIN (VALUES ('claimed'), ('released'), ('returned_to_pool')) AS k(kind)
WHERE abs(hashtext(c.id::text || 'events')) % 1000 < $4
"""

#: What ``customers.pool_counts`` would have counted, had the events above been written one by
#: one: the claims that converted (a deal won or a contract after the claim) marked, then every
#: event per pool, business day, kind and reason.
CONVERSIONS = """
WITH converting AS (
    SELECT customer_id, closed_at AS at FROM opportunities
    WHERE status = 'won' AND deleted_at IS NULL
    UNION ALL
    SELECT customer_id, created_at FROM contracts WHERE deleted_at IS NULL
), first AS (
    SELECT e.id, min(c.at) AS at FROM customer_events e
    JOIN converting c ON c.customer_id = e.customer_id AND c.at >= e.created_at
    WHERE e.kind = 'claimed' GROUP BY e.id
)
UPDATE customer_events e SET converted_at = first.at FROM first WHERE e.id = first.id
"""
COUNTERS = """
INSERT INTO customer_pool_days (pool_key, day, kind, reason_key, count)
SELECT coalesce(pool_id, $2::uuid), date(timezone($1, created_at)), kind,
       coalesce(release_reason_id, $2::uuid), count(*)
FROM customer_events WHERE kind IN ('claimed', 'released', 'returned_to_pool')
GROUP BY 1, 2, 3, 4
UNION ALL
SELECT coalesce(pool_id, $2::uuid), date(timezone($1, created_at)), 'converted', $2::uuid,
       count(*)
FROM customer_events WHERE kind = 'claimed' AND converted_at IS NOT NULL
GROUP BY 1, 2
"""


async def _token(http: httpx.AsyncClient, username: str) -> str:
    response = await http.post(
        "/api/v1/auth/token", data={"username": username, "password": DEMO_PASSWORD}
    )
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


async def prepare(database: Database, settings: Settings, args: argparse.Namespace) -> Any:
    """The pools and policy through the API, then the pool customers and events in SQL."""
    app = create_app(settings, database=database)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
        admin = {"Authorization": f"Bearer {await _token(http, ADMIN)}"}
        rep = (
            await http.get("/api/v1/employees", params={"q": SUBJECTS["rep"]}, headers=admin)
        ).json()["items"][0]
        wanted = [
            {"name": "本部门公海", "department_id": rep["department_id"]},
            {"name": "华东公海", "region": "华东"},
            {"name": "华南公海", "region": "华南"},
            {"name": "重点行业公海", "member_ids": [], "description": "listed members only"},
            {"name": "全员公海", "open_to_all": True},
        ]
        have = {
            p["name"]: p["id"]
            for p in (await http.get(POOLS, params={"limit": 200}, headers=admin)).json()["items"]
        }
        pool_ids = []
        for body in wanted:
            if body["name"] not in have:
                response = await http.post(POOLS, json=body, headers=admin)
                assert response.status_code == 201, response.text
                have[body["name"]] = response.json()["id"]
            pool_ids.append(have[body["name"]])
        policy = await http.get("/api/v1/customer-policy", headers=admin)
        response = await http.patch(
            "/api/v1/customer-policy",
            json={"daily_claim_limit": 10_000, "claim_cooldown_days": 3},
            headers={**admin, "If-Match": policy.headers["ETag"]},
        )
        assert response.status_code == 200, response.text
        reasons = [
            r["id"]
            for r in (await http.get("/api/v1/pool-release-reasons", headers=admin)).json()["items"]
        ]
    conn = await _raw(database)
    try:
        await conn.execute("SET synchronous_commit = off")
        employees = [r["id"] for r in await conn.fetch("SELECT id FROM employees")]
        pools = [None, *pool_ids]
        started = time.perf_counter()
        spread = await conn.execute(SPREAD, pools)
        spread_s = time.perf_counter() - started
        existing = await conn.fetchval(
            "SELECT count(*) FROM customer_events WHERE kind IN "
            "('claimed', 'released', 'returned_to_pool')"
        )
        started = time.perf_counter()
        inserted = "kept"
        if existing < 1000:
            inserted = await conn.execute(
                EVENTS, employees, pools, reasons, int(args.events_share * 1000)
            )
        if not await conn.fetchval("SELECT count(*) FROM customer_pool_days"):
            await conn.execute(CONVERSIONS)
            await conn.execute(COUNTERS, settings.timezone, uuid.UUID(int=0))
        events_s = time.perf_counter() - started
        await conn.execute("VACUUM ANALYZE customers")
        await conn.execute("VACUUM ANALYZE customer_events")
        await conn.execute("VACUUM ANALYZE customer_pool_days")
        counts = {
            "pool_customers": await conn.fetchval(
                "SELECT count(*) FROM customers WHERE owner_id IS NULL"
            ),
            "pool_events": await conn.fetchval(
                "SELECT count(*) FROM customer_events WHERE kind IN "
                "('claimed', 'released', 'returned_to_pool')"
            ),
            "customer_events": await conn.fetchval("SELECT count(*) FROM customer_events"),
            "converted_claims": await conn.fetchval(
                "SELECT count(*) FROM customer_events WHERE converted_at IS NOT NULL"
            ),
            "day_counters": await conn.fetchval("SELECT count(*) FROM customer_pool_days"),
        }
    finally:
        await conn.close()
    print(
        f"pools ready: {counts}; spread {spread} in {spread_s:.1f}s, events {inserted} "
        f"in {events_s:.1f}s",
        flush=True,
    )
    return {
        "pools": pool_ids,
        "department_pool": pool_ids[0],
        **counts,
        "spread_s": round(spread_s, 1),
        "events_s": round(events_s, 1),
    }


async def measure(
    database: Database, settings: Settings, args: argparse.Namespace, prepared: dict[str, Any]
) -> dict[str, Any]:
    app = TimedApp(create_app(settings, database=database))
    transport = httpx.ASGITransport(app=app)
    today = clock.today()
    year = {"start_date": (today - timedelta(days=364)).isoformat(), "bucket": "month"}
    results: dict[str, Any] = {}
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
        headers = {
            label: {"Authorization": f"Bearer {await _token(http, SUBJECTS[label])}"}
            for label in ("rep", "manager", "admin")
        }
        first = await http.get(
            "/api/v1/customer-pool", params={"limit": "50"}, headers=headers["rep"]
        )
        assert first.status_code == 200, first.text
        page = first.json()
        one_id = page["items"][0]["id"]
        # Customers to claim, one per round, from the representative's pools.
        claimable: list[str] = []
        cursor = None
        while len(claimable) < args.warmup + args.iterations:
            params = {"limit": "200", **({"cursor": cursor} if cursor else {})}
            body = (
                await http.get("/api/v1/customer-pool", params=params, headers=headers["rep"])
            ).json()
            claimable += [c["id"] for c in body["items"] if c["id"] != one_id]
            cursor = body["next_cursor"]
            assert cursor or len(claimable) >= args.warmup + args.iterations
        gets: list[tuple[str, str, str, dict[str, str]]] = [
            ("rep", "pool page 1", "/api/v1/customer-pool", {"limit": "50"}),
            (
                "rep",
                "pool page 2",
                "/api/v1/customer-pool",
                {"limit": "50", "cursor": page["next_cursor"]},
            ),
            (
                "rep",
                "one pool",
                "/api/v1/customer-pool",
                {"limit": "50", "pool_id": prepared["department_pool"]},
            ),
            ("rep", "contacts", f"/api/v1/customer-pool/{one_id}/contacts", {}),
            ("manager", "stats 30d/day", f"{POOLS}/statistics", {"bucket": "day"}),
            ("manager", "stats 1y/month", f"{POOLS}/statistics", year),
            ("admin", "stats 30d/day", f"{POOLS}/statistics", {"bucket": "day"}),
            ("admin", "stats 1y/month", f"{POOLS}/statistics", year),
        ]
        samples: dict[str, list[float]] = {}
        app_ms: dict[str, list[float]] = {}
        shape: dict[str, Any] = {}
        for round_ in range(args.warmup + args.iterations):
            for label, name, path, params in gets:
                key = f"{label}/{name}"
                started = time.perf_counter()
                response = await http.get(path, params=params, headers=headers[label])
                wall = (time.perf_counter() - started) * 1000
                assert response.status_code == 200, response.text
                if round_ == 0:
                    body = response.json()
                    shape[key] = (
                        {
                            "rows": len(body["rows"]),
                            "pools": len(body["totals"]),
                            "claims": sum(t["claims"] for t in body["totals"]),
                            "conversions": sum(t["conversions"] for t in body["totals"]),
                        }
                        if "totals" in body
                        else {"items": len(body["items"])}
                    )
                if round_ >= args.warmup:
                    samples.setdefault(key, []).append(wall)
                    app_ms.setdefault(key, []).append(app.last_ms)
            started = time.perf_counter()
            response = await http.post(
                f"/api/v1/customer-pool/{claimable[round_]}/claim", headers=headers["rep"]
            )
            wall = (time.perf_counter() - started) * 1000
            assert response.status_code == 200, response.text
            if round_ >= args.warmup:
                samples.setdefault("rep/claim", []).append(wall)
                app_ms.setdefault("rep/claim", []).append(app.last_ms)
        for key in samples:
            results[key] = {
                "shape": shape.get(key, {}),
                "wall": Stats.of(samples[key]).__dict__,
                "app": Stats.of(app_ms[key]).__dict__,
            }
    return results


async def run(args: argparse.Namespace, url: str, fresh: bool) -> dict[str, Any]:
    settings = scale_settings(url)
    database = Database(url)
    report: dict[str, Any] = {
        "benchmark": "pool_rules",
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "iterations": args.iterations,
        "warmup": args.warmup,
    }
    try:
        if fresh:
            report["load"] = await names_in_lists.load(database, url, settings, args)
            print(f"loaded {report['load']}", flush=True)
        report["server_version"] = await server_version(database)
        report["prepared"] = await prepare(database, settings, args)
        await database.engine.dispose()
        load_before = os.getloadavg()[0]
        report["probes"] = await measure(database, settings, args, report["prepared"])
        report["load_average"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    finally:
        await database.dispose()
    return report


def print_report(report: dict[str, Any]) -> None:
    prepared = report["prepared"]
    print(
        f"\npool_rules on {report['server_version']}: {prepared['pool_customers']:,} pool "
        f"customers in 6 pools, {prepared['pool_events']:,} pool events, {report['cpus']} "
        f"CPU(s); load average {report['load_average'][0]} before / "
        f"{report['load_average'][1]} after"
    )
    header = f"{'probe':<24}{'wall med':>10}{'p95':>8}{'app med':>9}{'p95':>8}  shape"
    print(header)
    print("-" * len(header))
    for key, row in report["probes"].items():
        print(
            f"{key:<24}{row['wall']['median_ms']:>10.1f}{row['wall']['p95_ms']:>8.1f}"
            f"{row['app']['median_ms']:>9.1f}{row['app']['p95_ms']:>8.1f}  {row['shape']}"
        )
    print("(ms; wall = the request in-process, app = inside the ASGI app)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--opportunities", type=int, default=500_000)
    parser.add_argument(
        "--events-share",
        type=float,
        default=0.5,
        help="of the customers, with a claim, a release and a return each",
    )
    parser.add_argument("--workers", type=int, default=2)
    scale_arguments(parser, subjects=["rep", "manager", "admin"])
    args = parser.parse_args(argv)
    return run_scale(
        args,
        run,
        report=print_report,
        result_name=lambda report: (
            "pool_rules-" + str(report.get("load", {}).get("customers") or "reused")
        ),
    )


if __name__ == "__main__":
    sys.exit(main())
