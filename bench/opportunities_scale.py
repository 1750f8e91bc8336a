"""Benchmark: deal lists and the win/loss analysis at 500,000 opportunities, through the real app.

On a fresh PostgreSQL database migrated with the real migrations, this seeds the demo
organisation with ``--customers`` demo customers (``salescrm.demo``: 41 employees with logins;
20,000 customers of the demo's sellers), then bulk-loads ``--opportunities`` deals (default
500,000) drawn by ``salescrm.sales.fake.DealFaker`` -- the rows the API writes for a deal: line
items priced by the API's own ``price_line``, stage histories, contacts on the deal, competitor
entries (0-2 of eight competitors), and for won deals a contract with its payment plan and the
payments received. Each deal belongs to its customer's owner, so the representative
``caochao01`` holds what the demo gives him (about 3-4%), his manager's scope about a fifth.

Loading: worker processes generate the rows; the parent writes them with asyncpg's binary
``COPY`` into tables whose secondary indexes and foreign keys were dropped first and are
rebuilt afterwards as the migrations define them; then ``VACUUM ANALYZE``.

Measuring, in-process through ``httpx.ASGITransport`` (server time without network), for a
representative (scope ``own``), his manager (``subordinates``) and the administrator (``all``):

* ``stage`` -- ``GET /api/v1/opportunities?limit=50&stage_id=<商务谈判>`` (the list filtered by
  stage in the caller's scope, default sort ``-created_at``);
* ``open by amount`` -- ``?status=open&sort=-amount&limit=50`` (the biggest open deals);
* ``win/loss`` -- ``GET /api/v1/competitors/win-loss`` over the last 365 days.

Columns as in ``customers_scale.py``: ``wall``, ``app`` and ``db`` (median / p95 ms), and the
heaviest statement under ``EXPLAIN (ANALYZE, BUFFERS)``.

    python bench/opportunities_scale.py --opportunities 20000      # a quick run
    python bench/opportunities_scale.py                            # 500,000 deals
    python bench/opportunities_scale.py --keep ; ... --reuse-url postgresql+asyncpg://...
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import multiprocessing
import os
import platform
import random
import re
import sys
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
from customers_scale import StatementClock, TimedApp, _raw, explain
from permission_check import (
    Stats,
    run_scale,
    scale_arguments,
    scale_settings,
    server_version,
)
from sqlalchemy import event

import salescrm.models  # noqa: F401 - every mapper known before the first query
from salescrm.app import create_app
from salescrm.config import Settings
from salescrm.core.db.engine import Database
from salescrm.demo import DEMO_PASSWORD, seed_demo
from salescrm.sales import fake
from salescrm.sales import models as sales

SUBJECTS = {"rep": "caochao01", "manager": "xumin01", "admin": "liminghui01"}
#: Every table a deal writes, in the order they are loaded (parents first).
TABLES: dict[str, Any] = {
    "opportunities": sales.Opportunity,
    "opportunity_contacts": sales.OpportunityContact,
    "opportunity_line_items": sales.OpportunityLineItem,
    "opportunity_stage_changes": sales.OpportunityStageChange,
    "opportunity_competitors": sales.OpportunityCompetitor,
    "contracts": sales.Contract,
    "contract_line_items": sales.ContractLineItem,
    "contract_installments": sales.Installment,
    "payments": sales.Payment,
}
#: Loaded columns: all but the custom-field values, left to their default ``{}``.
COLUMNS = {
    name: [c.name for c in model.__table__.columns if c.name != "custom_fields"]
    for name, model in TABLES.items()
}


# ----- generating (in worker processes) ------------------------------------------------------
@dataclass(frozen=True)
class Reference:
    """What every chunk draws from: the pipeline, products, reasons, competitors, customers."""

    pipeline_id: uuid.UUID
    stages: tuple[fake.StageRef, ...]
    products: tuple[fake.ProductRef, ...]
    loss_reasons: tuple[uuid.UUID, ...]
    competitors: tuple[uuid.UUID, ...]
    customers: tuple[fake.CustomerRef, ...]
    today: date


@dataclass(frozen=True)
class Task:
    seed: int
    start: int
    stop: int


_reference: Reference | None = None


def _init(reference: Reference) -> None:
    global _reference
    _reference = reference


def generate(task: Task) -> tuple[dict[str, list[tuple[Any, ...]]], float]:
    """Deals ``[start, stop)`` as COPY records per table, and the CPU seconds it took."""
    started = time.process_time()
    ref = _reference
    assert ref is not None
    rng = random.Random(f"{task.seed}:{task.start}")
    faker = fake.DealFaker(
        rng,
        pipeline_id=ref.pipeline_id,
        stages=ref.stages,
        products=ref.products,
        loss_reasons=ref.loss_reasons,
        competitors=ref.competitors,
        today=ref.today,
        # Contract numbers are unique: each chunk numbers its own after its first deal.
        taken_numbers=None,
    )
    out: dict[str, list[tuple[Any, ...]]] = {name: [] for name in TABLES}
    for n in range(task.start, task.stop):
        rows = faker.deal(ref.customers[n % len(ref.customers)])
        if rows.contract is not None:
            rows.contract["number"] = f"B{n:08d}"
        parts: dict[str, list[dict[str, Any]]] = {
            "opportunities": [rows.opportunity],
            "opportunity_contacts": rows.contacts,
            "opportunity_line_items": rows.lines,
            "opportunity_stage_changes": rows.history,
            "opportunity_competitors": rows.competitors,
            "contracts": [rows.contract] if rows.contract else [],
            "contract_line_items": rows.contract_lines,
            "contract_installments": rows.installments,
            "payments": rows.payments,
        }
        for name, batch in parts.items():
            columns = COLUMNS[name]
            out[name].extend(tuple(row.get(c) for c in columns) for row in batch)
    return out, time.process_time() - started


# ----- loading -------------------------------------------------------------------------------
@dataclass
class Loaded:
    rows: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


async def _reference_data(conn: Any) -> Reference:
    pipeline = await conn.fetchval("SELECT id FROM pipelines WHERE is_default")
    stages = await conn.fetch(
        "SELECT id, kind, probability, forecast_category FROM pipeline_stages "
        "WHERE pipeline_id = $1 AND deleted_at IS NULL ORDER BY position",
        pipeline,
    )
    products = await conn.fetch("SELECT id, name, unit, list_price, standard_cost FROM products")
    reasons = await conn.fetch("SELECT id FROM loss_reasons ORDER BY position")
    competitors = await conn.fetch("SELECT id FROM competitors ORDER BY name")
    customers = await conn.fetch(
        "SELECT id, owner_id, coalesce(short_name, name) AS label FROM customers "
        "WHERE owner_id IS NOT NULL ORDER BY id"
    )
    contacts: dict[uuid.UUID, list[uuid.UUID]] = {}
    for row in await conn.fetch(
        "SELECT customer_id, id FROM contacts ORDER BY customer_id, is_primary DESC, id"
    ):
        contacts.setdefault(row["customer_id"], []).append(row["id"])
    return Reference(
        pipeline_id=pipeline,
        stages=tuple(
            fake.StageRef(s["id"], s["kind"], s["probability"], s["forecast_category"])
            for s in stages
        ),
        products=tuple(
            fake.ProductRef(
                p["id"], p["name"], p["unit"], Decimal(p["list_price"]), Decimal(p["standard_cost"])
            )
            for p in products
        ),
        loss_reasons=tuple(r["id"] for r in reasons),
        competitors=tuple(c["id"] for c in competitors),
        customers=tuple(
            fake.CustomerRef(
                c["id"], c["owner_id"], c["label"], tuple(contacts.get(c["id"], ())[:3])
            )
            for c in customers
        ),
        today=datetime.now(UTC).date(),
    )


async def _secondary_ddl(conn: Any) -> tuple[list[str], list[tuple[str, str, str]]]:
    """The loaded tables' indexes (other than primary keys) and the foreign keys touching them."""
    tables = list(TABLES)
    indexes = await conn.fetch(
        """SELECT i.indexdef FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname
           WHERE i.schemaname = 'public' AND i.tablename = ANY($1::text[])
             AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid
                             AND k.contype = 'p')""",
        tables,
    )
    foreign = await conn.fetch(
        """SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
           FROM pg_constraint WHERE contype = 'f'
             AND (conrelid::regclass::text = ANY($1::text[])
                  OR confrelid::regclass::text = ANY($1::text[]))""",
        tables,
    )
    return [r["indexdef"] for r in indexes], [(r[0], r[1], r[2]) for r in foreign]


async def load(database: Database, args: argparse.Namespace) -> Loaded:
    loaded = Loaded(rows=dict.fromkeys(TABLES, 0))
    conn = await _raw(database)
    try:
        reference = await _reference_data(conn)
        indexes, foreign = await _secondary_ddl(conn)
        started = time.perf_counter()
        for table, name, _ in foreign:
            await conn.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        for ddl in indexes:
            found = re.search(r"INDEX (\S+) ON", ddl)
            assert found is not None
            await conn.execute(f"DROP INDEX {found.group(1)}")
        await conn.execute("SET synchronous_commit = off")
        tasks = [
            Task(args.seed, start, min(start + args.chunk, args.opportunities))
            for start in range(0, args.opportunities, args.chunk)
        ]
        loop = asyncio.get_running_loop()
        context = multiprocessing.get_context("spawn")
        cpu = 0.0
        with concurrent.futures.ProcessPoolExecutor(
            args.workers, mp_context=context, initializer=_init, initargs=(reference,)
        ) as pool:
            pending = [loop.run_in_executor(pool, generate, t) for t in tasks]
            for done, future in enumerate(pending, start=1):
                records, seconds = await future
                cpu += seconds
                for name, batch in records.items():
                    if batch:
                        await conn.copy_records_to_table(name, records=batch, columns=COLUMNS[name])
                        loaded.rows[name] += len(batch)
                if done % max(1, len(tasks) // 20) == 0 or done == len(tasks):
                    print(
                        f"  {loaded.rows['opportunities']:>9,} deals "
                        f"in {time.perf_counter() - started:6.1f}s",
                        flush=True,
                    )
        loaded.seconds["generate_and_copy"] = time.perf_counter() - started
        loaded.seconds["generate_cpu"] = cpu
        started = time.perf_counter()
        await conn.execute("SET maintenance_work_mem = '1GB'")
        for ddl in indexes:
            await conn.execute(ddl)
        for table, name, definition in foreign:
            await conn.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
        loaded.seconds["indexes"] = time.perf_counter() - started
        started = time.perf_counter()
        await conn.execute("VACUUM ANALYZE")
        loaded.seconds["vacuum_analyze"] = time.perf_counter() - started
    finally:
        await conn.close()
    return loaded


# ----- measuring -----------------------------------------------------------------------------
@dataclass
class Probe:
    subject: str
    name: str
    path: str
    params: dict[str, str]


async def _scope_sizes(database: Database, tokens: dict[str, str], http: Any) -> dict[str, int]:
    sizes = {}
    for label, token in tokens.items():
        response = await http.get(
            "/api/v1/opportunities",
            params={"limit": 1, "include_total": "true"},
            headers={"Authorization": f"Bearer {token}"},
        )
        sizes[label] = response.json()["total"]
    return sizes


async def measure(
    database: Database, settings: Settings, args: argparse.Namespace
) -> dict[str, Any]:
    app = TimedApp(create_app(settings, database=database))
    clock = StatementClock(database)
    conn = await _raw(database)
    try:
        negotiation = await conn.fetchval(
            "SELECT s.id FROM pipeline_stages s JOIN pipelines p ON p.id = s.pipeline_id "
            "WHERE p.is_default AND s.name = '商务谈判'"
        )
    finally:
        await conn.close()
    today = datetime.now(UTC).date()
    year = {
        "closed_from": (today - timedelta(days=365)).isoformat(),
        "closed_to": today.isoformat(),
    }
    results: dict[str, Any] = {"probes": {}}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
        tokens = {}
        for label in args.subjects:
            response = await http.post(
                "/api/v1/auth/token",
                data={"username": SUBJECTS[label], "password": DEMO_PASSWORD},
            )
            assert response.status_code == 200, response.text
            tokens[label] = response.json()["access_token"]
        results["scope_sizes"] = await _scope_sizes(database, tokens, http)
        probes = []
        for label in args.subjects:
            probes += [
                Probe(
                    label,
                    "stage",
                    "/api/v1/opportunities",
                    {"limit": "50", "stage_id": str(negotiation)},
                ),
                Probe(
                    label,
                    "open by amount",
                    "/api/v1/opportunities",
                    {"limit": "50", "status": "open", "sort": "-amount"},
                ),
                Probe(label, "win/loss", "/api/v1/competitors/win-loss", year),
            ]

        async def call(probe: Probe) -> tuple[httpx.Response, float]:
            clock.reset()
            started = time.perf_counter()
            response = await http.get(
                probe.path,
                params=probe.params,
                headers={"Authorization": f"Bearer {tokens[probe.subject]}"},
            )
            return response, (time.perf_counter() - started) * 1000

        for probe in probes:
            response, _ = await call(probe)
            assert response.status_code == 200, response.text
            body = response.json()
            slowest = max(clock.statements, key=lambda s: len(s[0]))
            plan = await explain(database, slowest[0], slowest[1])
            results["probes"][f"{probe.subject}/{probe.name}"] = {
                "subject": probe.subject,
                "request": probe.name,
                "params": probe.params,
                "answer": (
                    {"items": len(body["items"])}
                    if "items" in body
                    else {"deals": body["deals"], "competitors": len(body["competitors"])}
                ),
                "statements": clock.count,
                "plan": plan,
            }
        print(f"measuring {len(probes)} requests, {args.warmup} + {args.iterations} rounds ...")
        samples = {key: {"wall": [], "app": [], "db": []} for key in results["probes"]}
        for round_ in range(args.warmup + args.iterations):
            for probe in probes:
                response, wall = await call(probe)
                assert response.status_code == 200, response.text
                if round_ >= args.warmup:
                    key = f"{probe.subject}/{probe.name}"
                    samples[key]["wall"].append(wall)
                    samples[key]["app"].append(app.last_ms)
                    samples[key]["db"].append(clock.total_ms)
        for key, values in samples.items():
            for kind, series in values.items():
                results["probes"][key][kind] = Stats.of(series).__dict__
    event.remove(clock.engine, "before_cursor_execute", clock._before)
    event.remove(clock.engine, "after_cursor_execute", clock._after)
    return results


async def table_rows(database: Database) -> dict[str, int]:
    conn = await _raw(database)
    try:
        counts = {}
        for name in TABLES:  # our own table names
            counts[name] = await conn.fetchval(f"SELECT count(*) FROM {name}")  # noqa: S608
        return counts
    finally:
        await conn.close()


async def run(args: argparse.Namespace, url: str, fresh: bool) -> dict[str, Any]:
    settings = scale_settings(url)
    database = Database(url)
    report: dict[str, Any] = {
        "benchmark": "opportunities_scale",
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "iterations": args.iterations,
        "warmup": args.warmup,
    }
    try:
        if fresh:
            started = time.perf_counter()
            counts = await seed_demo(url, settings=settings, customers=args.customers)
            counts.pop("sales", None)
            print(f"seeded the demo {counts} in {time.perf_counter() - started:.1f}s", flush=True)
            conn = await _raw(database)
            try:  # the demo's own deals make way for the loaded ones
                for name in reversed(TABLES):
                    await conn.execute(f"DELETE FROM {name}")  # noqa: S608
            finally:
                await conn.close()
            print(f"loading {args.opportunities:,} deals with {args.workers} worker(s) ...")
            loaded = await load(database, args)
            report["load"] = {"seconds": {k: round(v, 1) for k, v in loaded.seconds.items()}}
        report["rows"] = await table_rows(database)
        report["server_version"] = await server_version(database)
        load_before = os.getloadavg()[0]
        report["results"] = await measure(database, settings, args)
        report["load_average"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    finally:
        await database.dispose()
    return report


def print_report(report: dict[str, Any]) -> None:
    rows = report["rows"]
    results = report["results"]
    print(
        f"\nopportunities_scale on {report['server_version']}: {rows['opportunities']:,} deals, "
        f"{rows['contracts']:,} contracts, {rows['payments']:,} payments, "
        f"{rows['opportunity_competitors']:,} competitor entries; {report['cpus']} CPU(s); "
        f"load average {report['load_average'][0]} before / {report['load_average'][1]} after"
    )
    print("deals in scope: " + ", ".join(f"{k} {v:,}" for k, v in results["scope_sizes"].items()))
    header = (
        f"{'subject':<8}{'request':<16}{'wall med':>10}{'p95':>8}{'app med':>9}{'p95':>8}"
        f"{'db med':>8}{'p95':>8}  answer"
    )
    print(header)
    print("-" * len(header))
    for row in results["probes"].values():
        print(
            f"{row['subject']:<8}{row['request']:<16}"
            f"{row['wall']['median_ms']:>10.1f}{row['wall']['p95_ms']:>8.1f}"
            f"{row['app']['median_ms']:>9.1f}{row['app']['p95_ms']:>8.1f}"
            f"{row['db']['median_ms']:>8.1f}{row['db']['p95_ms']:>8.1f}  {row['answer']}"
        )
    slow = [r for r in results["probes"].values() if r["app"]["median_ms"] > 100]
    for row in slow:
        print(f"\nslow: {row['subject']} {row['request']} -- its longest statement's plan:")
        print("\n".join(row["plan"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--opportunities", type=int, default=500_000)
    parser.add_argument("--customers", type=int, default=20_000, help="demo customers first")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--chunk", type=int, default=5_000)
    scale_arguments(parser, subjects=["rep", "manager", "admin"])
    args = parser.parse_args(argv)
    return run_scale(
        args,
        run,
        report=print_report,
        result_name=lambda report: f"opportunities_scale-{report['rows']['opportunities']}",
    )


if __name__ == "__main__":
    sys.exit(main())
