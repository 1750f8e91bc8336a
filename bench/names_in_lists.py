"""Benchmark: list pages with names beside ids at 1,000,000 customers and 500,000 deals.

Every reference in a list row carries a summary (``"customer": {"id", "name"}``, ``"owner"``,
``"stage"`` ...), loaded by ``core.references`` in one batched query per kind of reference. This
measures what that costs where it matters most: the first page of the lists a SPA and the app
open all day, on a data set the size of a large customer.

The data set, on a fresh PostgreSQL database migrated with the real migrations: the demo
organisation and ``--customers`` customers with about two contacts each, loaded exactly as
``customers_scale.py`` loads them (its loader, reused), then ``--opportunities`` deals on those
customers with their line items, stage histories, contracts and payments, loaded exactly as
``opportunities_scale.py`` loads them (its loader, reused). ``--keep`` leaves the database, and
``--reuse-url`` measures a kept one again (``salescrm migrate`` it first after a schema change).

Measured in-process through ``httpx.ASGITransport`` for the representative (scope ``own``), his
manager (``subordinates``) and the administrator (``all``), ``limit=50``:

* ``opportunities`` -- customer, owner, pipeline and stage summaries on every row;
* ``opportunities+expand`` -- the same with ``expand=customer`` (the larger customer object);
* ``customers`` -- owner summaries; ``contacts`` -- customer summaries;
* ``contracts`` -- customer, deal and owner summaries; ``payments`` -- contract summaries.

Columns: ``wall``, ``app``, ``db`` (median / p95 ms, as in ``customers_scale.py``), the number of
statements per request (the batched loading keeps it independent of the page size), and a check
that every row's summaries carry a name.

    python bench/names_in_lists.py --customers 20000 --opportunities 20000   # a quick run
    python bench/names_in_lists.py --keep          # 1,000,000 customers, 500,000 deals
    python bench/names_in_lists.py --reuse-url postgresql+asyncpg://...
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import customers_scale
import httpx
import opportunities_scale
from customers_scale import StatementClock, TimedApp
from permission_check import Stats, run_scale, scale_arguments, scale_settings, server_version
from sqlalchemy import event

import salescrm.models  # noqa: F401 - every mapper known before the first query
from salescrm.app import create_app
from salescrm.config import Settings
from salescrm.core.db.engine import Database
from salescrm.demo import DEMO_PASSWORD, seed_demo

SUBJECTS = {"rep": "caochao01", "manager": "xumin01", "admin": "liminghui01"}


@dataclass(frozen=True)
class Probe:
    name: str
    path: str
    params: dict[str, str]
    #: The summaries every row must carry, each with a non-empty name.
    summaries: tuple[str, ...]


PROBES = (
    Probe(
        "opportunities",
        "/api/v1/opportunities",
        {"limit": "50"},
        ("customer", "owner", "pipeline", "stage"),
    ),
    Probe(
        "opportunities+expand",
        "/api/v1/opportunities",
        {"limit": "50", "expand": "customer"},
        ("customer", "owner", "stage"),
    ),
    Probe("customers", "/api/v1/customers", {"limit": "50"}, ()),
    Probe("contacts", "/api/v1/contacts", {"limit": "50"}, ("customer",)),
    Probe("contracts", "/api/v1/contracts", {"limit": "50"}, ("customer", "owner")),
    Probe("payments", "/api/v1/payments", {"limit": "50"}, ("contract",)),
)


def _check_names(probe: Probe, body: dict[str, Any]) -> None:
    """Every row carries each summary with a name: the benchmark measures the real shape."""
    for row in body["items"]:
        for key in probe.summaries:
            summary = row.get(key)
            assert summary, f"{probe.name}: no {key} summary: {row}"
            assert summary.get("name"), f"{probe.name}: {key} without a name: {row}"


async def measure(database: Database, settings: Settings, args: argparse.Namespace) -> Any:
    app = TimedApp(create_app(settings, database=database))
    clock = StatementClock(database)
    results: dict[str, Any] = {"probes": {}}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
        tokens: dict[str, str] = {}
        for label in args.subjects:
            response = await http.post(
                "/api/v1/auth/token",
                data={"username": SUBJECTS[label], "password": DEMO_PASSWORD},
            )
            assert response.status_code == 200, response.text
            tokens[label] = response.json()["access_token"]

        async def call(subject: str, probe: Probe) -> tuple[httpx.Response, float]:
            clock.reset()
            started = time.perf_counter()
            response = await http.get(
                probe.path,
                params=probe.params,
                headers={"Authorization": f"Bearer {tokens[subject]}"},
            )
            return response, (time.perf_counter() - started) * 1000

        for subject in args.subjects:
            for probe in PROBES:
                response, _ = await call(subject, probe)
                assert response.status_code == 200, response.text
                body = response.json()
                _check_names(probe, body)
                results["probes"][f"{subject}/{probe.name}"] = {
                    "subject": subject,
                    "request": probe.name,
                    "items": len(body["items"]),
                    "statements": clock.count,
                    "wall": [],
                    "app": [],
                    "db": [],
                }
        print(f"measuring: {args.warmup} warm-up + {args.iterations} rounds ...", flush=True)
        for round_ in range(args.warmup + args.iterations):
            for subject in args.subjects:
                for probe in PROBES:
                    response, wall = await call(subject, probe)
                    assert response.status_code == 200, response.text
                    if round_ >= args.warmup:
                        row = results["probes"][f"{subject}/{probe.name}"]
                        row["wall"].append(wall)
                        row["app"].append(app.last_ms)
                        row["db"].append(clock.total_ms)
        for row in results["probes"].values():
            for kind in ("wall", "app", "db"):
                row[kind] = Stats.of(row[kind]).__dict__
    event.remove(clock.engine, "before_cursor_execute", clock._before)
    event.remove(clock.engine, "after_cursor_execute", clock._after)
    return results


async def load(database: Database, url: str, settings: Settings, args: argparse.Namespace) -> Any:
    """The demo organisation, then the customers' loader, then the deals' loader."""
    started = time.perf_counter()
    await seed_demo(url, settings=settings, customers=0)
    customer_args = argparse.Namespace(
        customers=args.customers,
        contacts_per_customer=2.0,
        rep_share=0.02,
        pool_share=0.10,
        match_keys=False,
        workers=args.workers,
        chunk=10_000,
        seed=args.seed,
    )
    print(f"loading {args.customers:,} customers ...", flush=True)
    customers = await customers_scale.load(database, customer_args)
    deal_args = argparse.Namespace(
        opportunities=args.opportunities, workers=args.workers, chunk=5_000, seed=args.seed
    )
    print(f"loading {args.opportunities:,} deals ...", flush=True)
    deals = await opportunities_scale.load(database, deal_args)
    return {
        "customers": customers.customers,
        "contacts": customers.contacts,
        "deals": deals.rows,
        "seconds": round(time.perf_counter() - started, 1),
    }


async def run(args: argparse.Namespace, url: str, fresh: bool) -> dict[str, Any]:
    settings = scale_settings(url)
    database = Database(url)
    report: dict[str, Any] = {
        "benchmark": "names_in_lists",
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "iterations": args.iterations,
        "warmup": args.warmup,
    }
    try:
        if fresh:
            report["load"] = await load(database, url, settings, args)
            print(f"loaded {report['load']}", flush=True)
        report["rows"] = await opportunities_scale.table_rows(database)
        conn = await customers_scale._raw(database)
        try:
            report["rows"]["customers"] = await conn.fetchval("SELECT count(*) FROM customers")
            report["rows"]["contacts"] = await conn.fetchval("SELECT count(*) FROM contacts")
        finally:
            await conn.close()
        report["server_version"] = await server_version(database)
        load_before = os.getloadavg()[0]
        report["results"] = await measure(database, settings, args)
        report["load_average"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    finally:
        await database.dispose()
    return report


def print_report(report: dict[str, Any]) -> None:
    rows = report["rows"]
    print(
        f"\nnames_in_lists on {report['server_version']}: {rows['customers']:,} customers, "
        f"{rows['contacts']:,} contacts, {rows['opportunities']:,} deals, "
        f"{rows['contracts']:,} contracts; {report['cpus']} CPU(s); load average "
        f"{report['load_average'][0]} before / {report['load_average'][1]} after"
    )
    header = (
        f"{'subject':<8}{'request':<22}{'wall med':>9}{'p95':>7}{'app med':>8}{'p95':>7}"
        f"{'db med':>7}{'p95':>7}{'stmts':>6}{'rows':>5}"
    )
    print(header)
    print("-" * len(header))
    for row in report["results"]["probes"].values():
        print(
            f"{row['subject']:<8}{row['request']:<22}"
            f"{row['wall']['median_ms']:>9.1f}{row['wall']['p95_ms']:>7.1f}"
            f"{row['app']['median_ms']:>8.1f}{row['app']['p95_ms']:>7.1f}"
            f"{row['db']['median_ms']:>7.1f}{row['db']['p95_ms']:>7.1f}"
            f"{row['statements']:>6}{row['items']:>5}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--opportunities", type=int, default=500_000)
    parser.add_argument("--workers", type=int, default=2)
    scale_arguments(parser, subjects=["rep", "manager", "admin"])
    args = parser.parse_args(argv)
    return run_scale(
        args,
        run,
        report=print_report,
        result_name=lambda report: f"names_in_lists-{report['rows']['customers']}",
    )


if __name__ == "__main__":
    sys.exit(main())
