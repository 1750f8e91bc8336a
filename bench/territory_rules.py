"""Benchmark: a territory rule change over 1,000,000 customers (preview and apply).

The organisation is ``permission_check.py``'s (``--employees`` people; the customers are
spread over its reps). Bulk SQL then writes a territory tree of ``--regions`` regions,
``--provinces`` provinces and ``--cities`` cities per province, one rule per province placing
its customers in the province, and ``--customers`` customers (``INSERT … SELECT
generate_series``) spread evenly over the cities, each already in its province's territory.
Then ``VACUUM ANALYZE``.

The change: one rule per city of ``--moved-provinces`` provinces, before the province rules,
moves those provinces' customers from their province to their city. Measured in-process through
``httpx.ASGITransport`` as the administrator:

* ``dry run`` -- ``POST /territory-rules/dry-run`` with the proposed rules (``add``): the
  counts per (from → to) and the first page of the customers that move; median and p95 over
  ``--iterations`` after ``--warmup``;
* ``apply`` -- the city rules saved, then ``POST /territory-rules/apply`` once: the UPDATE,
  the audit entries, the change events and one notification per owner, committed.

    python bench/territory_rules.py --customers 20000 --employees 500   # a quick run
    python bench/territory_rules.py --keep                                # 1,000,000
    python bench/territory_rules.py --reuse-url postgresql+asyncpg://...  # dry run only
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import sys
import time
import uuid
from datetime import UTC, datetime
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
from sqlalchemy import insert, select, text

import salescrm.models  # noqa: F401 - every mapper known before the first query
from salescrm.app import create_app
from salescrm.core.db.engine import Database
from salescrm.core.ids import new_id
from salescrm.planning.territories.models import Territory, TerritoryRule

PASSWORD = "bench-password-1"  # noqa: S105 - the throwaway logins of permission_check.py


def _node(name: str, kind: str, parent: dict[str, Any] | None, now: datetime) -> dict[str, Any]:
    record_id = new_id()
    return {
        "id": record_id,
        "name": name,
        "kind": kind,
        "parent_id": parent["id"] if parent else None,
        "path": f"{parent['path'] if parent else '/'}{record_id.hex}/",
        "depth": parent["depth"] + 1 if parent else 0,
        "active": True,
        "created_at": now,
        "updated_at": now,
        "version": 1,
    }


async def load_territories(
    database: Database, org: Any, args: argparse.Namespace
) -> dict[str, Any]:
    now = datetime.now(UTC)
    regions = [_node(f"大区{r}", "region", None, now) for r in range(args.regions)]
    provinces = [
        _node(f"省{p}", "province", regions[p % args.regions], now) for p in range(args.provinces)
    ]
    cities = [
        [_node(f"省{p}市{c}", "city", provinces[p], now) for c in range(args.cities)]
        for p in range(args.provinces)
    ]
    rules = [
        {
            "id": new_id(), "name": f"省{p}", "territory_id": province["id"], "priority": 100,
            "provinces": [f"省{p}"], "cities": [], "industries": [], "sizes": [], "tiers": [],
            "active": True, "created_at": now, "updated_at": now, "version": 1,
        }
        for p, province in enumerate(provinces)
    ]  # fmt: skip
    owners = [str(p.id) for p in org.people if p.level == "rep"] or [str(org.people[0].id)]
    per_province = args.cities
    async with database.engine.begin() as conn:
        await conn.execute(
            insert(Territory), regions + provinces + [c for cs in cities for c in cs]
        )
        await conn.execute(insert(TerritoryRule), rules)
        # The province of customer i is i % provinces, its city (i // provinces) % cities.
        await conn.execute(text("CREATE TEMP TABLE bench_places (n int, province text, "
                                "city text, territory_id uuid) ON COMMIT DROP"))  # fmt: skip
        await conn.execute(
            text("INSERT INTO bench_places VALUES (:n, :province, :city, :territory_id)"),
            [
                {"n": p * per_province + c, "province": f"省{p}", "city": f"省{p}市{c}",
                 "territory_id": provinces[p]["id"]}
                for p in range(args.provinces) for c in range(per_province)
            ],
        )  # fmt: skip
        await conn.execute(
            text("CREATE TEMP TABLE bench_owners (n int, owner_id uuid) ON COMMIT DROP")
        )
        await conn.execute(
            text("INSERT INTO bench_owners VALUES (:n, :owner_id)"),
            [{"n": n, "owner_id": o} for n, o in enumerate(owners)],
        )
        started = time.perf_counter()
        await conn.execute(
            text(
                """
                INSERT INTO customers (id, kind, name, phones, stage, stage_changed_at,
                    key_account, strategic, tags, tag_index, status, created_at, updated_at,
                    version, search_text, custom_fields, province, city, tier, size, industry,
                    owner_id, owned_since, territory_id)
                SELECT gen_random_uuid(), 'company', '客户' || i, '[]', 'prospect', now(),
                    false, false, '[]', '', 'active', now(), now(), 1, '客户' || i, '{}',
                    pl.province, pl.city, (ARRAY['A','B','C','D'])[1 + i % 4],
                    (ARRAY['small','medium','large'])[1 + i % 3], '制造业',
                    ow.owner_id, now(), pl.territory_id
                FROM generate_series(0, :total - 1) AS i
                JOIN bench_places pl
                  ON pl.n = (i % :provinces) * :cities + (i / :provinces) % :cities
                JOIN bench_owners ow ON ow.n = i % :owners
                """
            ),
            {"total": args.customers, "provinces": args.provinces, "cities": args.cities,
             "owners": len(owners)},
        )  # fmt: skip
        print(f"inserted {args.customers:,} customers in {time.perf_counter() - started:.1f}s")
    async with database.engine.connect() as conn:
        await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text("VACUUM ANALYZE"))
    return {"cities": cities}


def city_rules(cities: list[list[dict[str, Any]]], moved: int) -> list[dict[str, Any]]:
    return [
        {"name": city["name"], "territory_id": str(city["id"]), "priority": 10,
         "cities": [city["name"]]}
        for province in cities[:moved] for city in province
    ]  # fmt: skip


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
        built = await load_territories(database, org, args)
        cities = built["cities"]
        loaded = {"customers": args.customers, "seconds": round(time.perf_counter() - started, 1)}
        print(f"loaded {loaded}")
    else:
        async with database.engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(Territory.id, Territory.name, Territory.parent_id)
                    .where(Territory.kind == "city")
                    .order_by(Territory.name)
                )
            ).all()
        by_parent: dict[uuid.UUID, list[dict[str, Any]]] = {}
        for row in rows:
            by_parent.setdefault(row.parent_id, []).append({"id": row.id, "name": row.name})
        cities = sorted(by_parent.values(), key=lambda cs: int(cs[0]["name"][1:].split("市")[0]))
    proposed = city_rules(cities, args.moved_provinces)
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
        wall: list[float] = []
        inside: list[float] = []
        body: dict[str, Any] = {}
        for i in range(args.warmup + args.iterations):
            started = time.perf_counter()
            response = await http.post(
                "/api/v1/territory-rules/dry-run", json={"add": proposed}, headers=headers
            )
            elapsed = (time.perf_counter() - started) * 1000
            response.raise_for_status()
            body = response.json()
            if i >= args.warmup:
                wall.append(elapsed)
                inside.append(app.last_ms)
        results["dry run"] = {
            "moving": body["total"], "pairs": len(body["moves"]),
            "wall": vars(Stats.of(wall)), "app": vars(Stats.of(inside)),
        }  # fmt: skip
        print(f"dry run   moving={body['total']:,} wall={vars(Stats.of(wall))}")
        if fresh:
            for rule in proposed:
                saved = await http.post("/api/v1/territory-rules", json=rule, headers=headers)
                saved.raise_for_status()
            started = time.perf_counter()
            response = await http.post("/api/v1/territory-rules/apply", headers=headers)
            elapsed = (time.perf_counter() - started) * 1000
            response.raise_for_status()
            applied = response.json()
            results["apply"] = {
                "moved": applied["moved"], "owners_notified": applied["owners_notified"],
                "wall_ms": round(elapsed, 1), "app_ms": round(app.last_ms, 1),
            }  # fmt: skip
            print(f"apply     moved={applied['moved']:,} wall={elapsed / 1000:.1f}s")
    return {
        "benchmark": "territory_rules",
        "customers": args.customers,
        "employees": args.employees,
        "moved_provinces": args.moved_provinces,
        "loaded": loaded,
        "server": await server_version(database),
        "python": sys.version.split()[0],
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "results": results,
    }


def report(results: dict[str, Any]) -> None:
    print(f"\nterritory_rules: {results['customers']:,} customers")
    for name, row in results["results"].items():
        print(f"  {name:10} {row}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--employees", type=int, default=2_000)
    parser.add_argument("--directors", type=int, default=10)
    parser.add_argument("--managers", type=int, default=100)
    parser.add_argument("--regions", type=int, default=7)
    parser.add_argument("--provinces", type=int, default=30)
    parser.add_argument("--cities", type=int, default=10, help="cities per province")
    parser.add_argument("--moved-provinces", type=int, default=10)
    scale_arguments(parser, subjects=["admin"])
    parser.set_defaults(iterations=5, warmup=1)
    args = parser.parse_args()
    return run_scale(
        args, run, report=report, result_name=lambda r: f"territory_rules-{r['customers']}"
    )


if __name__ == "__main__":
    sys.exit(main())
