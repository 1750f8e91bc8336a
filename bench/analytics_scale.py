"""Benchmark: every statistic, and the customer-insight recompute, at issue 19's scale.

Issue 19 asks, on PostgreSQL with 1,000,000 customers, 500,000 deals, 200,000 contracts with
payments and 5,000,000 activities, for every statistic under 1 s at p95 for an administrator and
for a manager, and for the RFM and churn recompute of all customers under 60 s.

The data set, on a fresh database migrated with the real migrations, is made by the other
scale benchmarks' own loaders (imported, not copied):

* the demo organisation without customers (``salescrm.demo``: 41 employees with logins);
* ``customers_scale.load``: ``--customers`` customers (default 1,000,000) with about two
  contacts each, 2% the representative's, 10% in the public pool, created over six years;
* ``opportunities_scale.load``: ``--opportunities`` deals (default 500,000) on the owned
  customers with line items, stage histories, competitors, and for every won deal (about 46%:
  some 230,000) a contract with its line items, a payment plan of 1-3 instalments and the
  payments received -- the issue's 200,000 contracts and more, so no extra contract step;
* ``activities_scale.load``: ``--activities`` activities (default 5,000,000) and one task per ten,
  set-based on the server (``INSERT ... SELECT ... generate_series``), over three years.

``--keep`` leaves the database, ``--reuse-url`` measures a kept one again without loading
(``salescrm migrate`` it first after a schema change).

Measuring, in-process through ``httpx.ASGITransport`` (server time without network), as the
administrator ``liminghui01`` (scope ``all``) and the manager ``xumin01`` (``subordinates``;
``--subjects`` adds the representative ``caochao01``):

* first, every ``POST`` under ``/api/v1/analytics`` whose path ends in ``/recompute`` or
  ``/refresh`` (the RFM/churn recompute and any pre-aggregation refresh), as the administrator,
  ``--recompute-runs`` times: its wall time (the statistics that read its results then see them);
* then every statistic of ``salescrm.analytics.registry.STATISTICS`` (the registry, so that a
  statistic added later is measured without another line), with its default filters (the 365
  days up to today) and with ``bucket=month`` (``--buckets``; a 422 there means "no buckets",
  noted and skipped); round-robin, ``--warmup`` rounds, then ``--iterations`` rounds -- a
  request slower than ``--slow-cap-ms`` on its first call only ``--slow-iterations`` rounds.

Columns: ``wall`` (the request in-process), ``app`` (inside the ASGI app), ``db`` (the sum of its
statements' times), p50 and p95 in ms; the number of statements and rows. Every request whose
p95 is over ``--explain-over-ms`` (default 1,000) gets its heaviest statement (the highest median
time over the rounds) under ``EXPLAIN (ANALYZE, BUFFERS)``, as the app plans it (for its values).

    python bench/analytics_scale.py --customers 20000 --opportunities 10000 --activities 100000
    nice -n 10 python bench/analytics_scale.py --keep            # the issue's scale, kept
    python bench/analytics_scale.py --reuse-url postgresql+asyncpg://postgres@.../salescrm_bench_x
"""

from __future__ import annotations

import argparse
import enum
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import activities_scale
import customers_scale
import httpx
import opportunities_scale
from activities_scale import PerStatementClock, source_commit
from customers_scale import TimedApp, _execution_ms, _raw, explain
from permission_check import Stats, run_scale, scale_arguments, scale_settings, server_version
from sqlalchemy import event

import salescrm.analytics.router  # registers every statistic
import salescrm.models  # noqa: F401 - every mapper known before the first query
from salescrm.analytics.registry import STATISTICS
from salescrm.app import create_app
from salescrm.config import Settings
from salescrm.core.db.engine import Database
from salescrm.demo import DEMO_PASSWORD, seed_demo

SUBJECTS = {"admin": "liminghui01", "manager": "xumin01", "rep": "caochao01"}
ANALYTICS = "/api/v1/analytics"
#: The tables counted in the report (the data set's size).
COUNTED = (
    "customers", "contacts", "opportunities", "opportunity_line_items", "contracts",
    "contract_installments", "payments", "activities", "tasks", "visits",
)  # fmt: skip
#: The issue's limits.
LIMIT_MS = 1000.0
RECOMPUTE_LIMIT_S = 60.0


# ----- loading -------------------------------------------------------------------------------
async def load(database: Database, url: str, settings: Settings, args: argparse.Namespace) -> Any:
    """The demo organisation, then the customers', the deals' and the activities' loaders."""
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    demo = await seed_demo(url, settings=settings, customers=0)
    seconds["demo"] = time.perf_counter() - started
    print(f"seeded the demo organisation {demo} in {seconds['demo']:.0f}s", flush=True)

    started = time.perf_counter()
    print(f"loading {args.customers:,} customers ...", flush=True)
    customers = await customers_scale.load(
        database,
        argparse.Namespace(
            customers=args.customers,
            contacts_per_customer=2.0,
            rep_share=0.02,
            pool_share=0.10,
            match_keys=False,
            workers=args.workers,
            chunk=10_000,
            seed=args.seed,
        ),
    )
    seconds["customers"] = time.perf_counter() - started

    started = time.perf_counter()
    print(f"loading {args.opportunities:,} deals with their contracts ...", flush=True)
    deals = await opportunities_scale.load(
        database,
        argparse.Namespace(
            opportunities=args.opportunities, workers=args.workers, chunk=5_000, seed=args.seed
        ),
    )
    seconds["deals"] = time.perf_counter() - started

    started = time.perf_counter()
    print(f"loading {args.activities:,} activities ...", flush=True)
    activities = await activities_scale.load(
        database,
        argparse.Namespace(
            activities=args.activities,
            tasks=None,
            skew=2.0,
            workers=args.workers,
            chunk=250_000,
            seed=args.seed,
        ),
    )
    seconds["activities"] = time.perf_counter() - started
    return {
        "demo": demo,
        "customers": customers.customers,
        "contacts": customers.contacts,
        "deal_rows": deals.rows,
        "activity_rows": activities.rows,
        "index_mismatches": activities.mismatches,
        "seconds": {k: round(v, 1) for k, v in seconds.items()},
    }


# ----- measuring -----------------------------------------------------------------------------
@dataclass
class Probe:
    subject: str
    statistic: str
    variant: str
    params: dict[str, str]
    #: Measured rounds (fewer for a request far over the limit).
    rounds: int = 0
    wall: list[float] = field(default_factory=list)
    app: list[float] = field(default_factory=list)
    db: list[float] = field(default_factory=list)
    per_statement: list[list[float]] = field(default_factory=list)
    last: list[tuple[str, Any]] = field(default_factory=list)
    error: str | None = None

    @property
    def key(self) -> str:
        return f"{self.statistic}/{self.variant}/{self.subject}"


def _problem(response: httpx.Response) -> str:
    """A refused request in a few words: its status and problem type (or body's start)."""
    try:
        body = response.json()
    except ValueError:
        return f"{response.status_code} {response.text[:200]}"
    kinds = [e.get("type") for e in body.get("errors", []) if isinstance(e, dict)]
    return f"{response.status_code} {body.get('type', '')} {kinds or ''}".strip()


def _recompute_paths(app: Any) -> list[str]:
    return sorted(
        path
        for path, operations in app.openapi()["paths"].items()
        if path.startswith(ANALYTICS)
        and "post" in operations
        and path.rstrip("/").rsplit("/", 1)[-1] in ("recompute", "refresh")
        and "{" not in path
    )


async def _recompute(
    http: httpx.AsyncClient, app: TimedApp, auth: dict[str, str], runs: int
) -> dict[str, Any]:
    """Every recompute or refresh endpoint under /analytics, as the administrator, timed."""
    paths = _recompute_paths(app.app)
    results: dict[str, Any] = {}
    for path in paths:
        seconds: list[float] = []
        outcome: dict[str, Any] = {}
        for run in range(runs):
            print(f"  POST {path} ({run + 1}/{runs}) ...", flush=True)
            started = time.perf_counter()
            response = await http.post(path, headers=auth, json={})
            elapsed = time.perf_counter() - started
            if response.status_code >= 300:
                outcome["error"] = _problem(response)
                break
            seconds.append(elapsed)
            try:
                outcome["answer"] = response.json()
            except ValueError:
                outcome["answer"] = response.text[:500]
            outcome["status"] = response.status_code
        outcome["seconds"] = [round(s, 2) for s in seconds]
        if seconds:
            outcome["under_limit"] = max(seconds) < RECOMPUTE_LIMIT_S
        results[path] = outcome
    return results


async def _scope_sizes(http: httpx.AsyncClient, auth: dict[str, dict[str, str]]) -> Any:
    """Customers and deals each subject sees (what its statistics aggregate over)."""
    sizes: dict[str, dict[str, int]] = {}
    for label, headers in auth.items():
        sizes[label] = {}
        for name in ("customers", "opportunities", "contracts"):
            response = await http.get(
                f"/api/v1/{name}", params={"limit": 1, "include_total": "true"}, headers=headers
            )
            assert response.status_code == 200, response.text
            sizes[label][name] = response.json()["total"]
    return sizes


def groupings(params: type[Any]) -> list[tuple[str, dict[str, str]]]:
    """A variant per other value of the statistic's ``group_by`` (its rows' dimension)."""
    found = params.model_fields.get("group_by")
    if found is None or not isinstance(found.annotation, type):
        return []
    if not issubclass(found.annotation, enum.Enum):
        return []
    default = getattr(found.default, "value", found.default)
    return [
        (f"by {m.value}", {"group_by": str(m.value)})
        for m in found.annotation
        if m.value != default
    ]


async def measure(
    database: Database, settings: Settings, args: argparse.Namespace
) -> dict[str, Any]:
    inner = create_app(settings, database=database)
    app = TimedApp(inner)
    clock = PerStatementClock(database)
    names = sorted(STATISTICS)
    if args.only:
        unknown = set(args.only) - set(names)
        assert not unknown, f"no such statistic: {sorted(unknown)}; known: {names}"
        names = [n for n in names if n in args.only]
    results: dict[str, Any] = {
        "statistics": names,
        "probes": {},
        "refused": {},
    }
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://bench", timeout=600.0
    ) as http:
        auth: dict[str, dict[str, str]] = {}
        for label in args.subjects:
            response = await http.post(
                "/api/v1/auth/token",
                data={"username": SUBJECTS[label], "password": DEMO_PASSWORD},
            )
            assert response.status_code == 200, response.text
            auth[label] = {"Authorization": f"Bearer {response.json()['access_token']}"}
        results["scope_sizes"] = await _scope_sizes(http, auth)
        print(f"in scope: {results['scope_sizes']}", flush=True)

        if args.recompute_runs and "admin" in auth:
            print("recomputing ...", flush=True)
            results["recompute"] = await _recompute(http, app, auth["admin"], args.recompute_runs)

        async def call(probe: Probe) -> tuple[httpx.Response, float]:
            clock.reset()
            started = time.perf_counter()
            response = await http.get(
                f"{ANALYTICS}/{probe.statistic}", params=probe.params, headers=auth[probe.subject]
            )
            return response, (time.perf_counter() - started) * 1000

        # The first call of each: is it answered, what does it answer, how slow is it.
        probes: list[Probe] = []
        buckets: list[tuple[str, dict[str, str]]] = [(b, {"bucket": b}) for b in args.buckets]
        for name in names:
            variants = [("default", {}), *buckets, *groupings(STATISTICS[name].params)]
            for variant, params in variants:
                for label in args.subjects:
                    probe = Probe(label, name, variant, params)
                    response, wall = await call(probe)
                    if response.status_code != 200:
                        results["refused"][probe.key] = _problem(response)
                        print(f"  {probe.key}: {results['refused'][probe.key]}", flush=True)
                        continue
                    body = response.json()
                    probe.rounds = (
                        args.slow_iterations if wall > args.slow_cap_ms else args.iterations
                    )
                    results["probes"][probe.key] = {
                        "statistic": name,
                        "variant": variant,
                        "subject": label,
                        "params": params,
                        "rows": len(body.get("rows", [])),
                        "statements": clock.count,
                        "first_ms": round(wall, 1),
                    }
                    print(f"  {probe.key}: {wall:,.0f} ms, {clock.count} statements", flush=True)
                    probes.append(probe)
        print(
            f"measuring {len(probes)} requests round-robin, {args.warmup} warm-up + "
            f"{args.iterations} rounds ({args.slow_iterations} for those over "
            f"{args.slow_cap_ms:,.0f} ms) ...",
            flush=True,
        )
        for round_ in range(args.warmup + args.iterations):
            started = time.perf_counter()
            for probe in probes:
                if probe.error is not None or round_ >= args.warmup + probe.rounds:
                    continue
                response, wall = await call(probe)
                if response.status_code != 200:
                    probe.error = _problem(response)
                    continue
                if round_ >= args.warmup:
                    probe.wall.append(wall)
                    probe.app.append(app.last_ms)
                    probe.db.append(clock.total_ms)
                    probe.per_statement.append(list(clock.durations))
                    probe.last = list(clock.statements)
            print(f"  round {round_ + 1}: {time.perf_counter() - started:6.1f}s", flush=True)

        for probe in probes:
            row = results["probes"][probe.key]
            if probe.error is not None or not probe.wall:
                row["error"] = probe.error or "not measured"
                continue
            for kind in ("wall", "app", "db"):
                row[kind] = Stats.of(getattr(probe, kind)).__dict__
            row["rounds"] = len(probe.wall)
            runs = [r for r in probe.per_statement if len(r) == len(probe.last)]
            medians = [statistics.median(col) for col in zip(*runs, strict=True)]
            heaviest = max(range(len(medians)), key=medians.__getitem__)
            statement, params = probe.last[heaviest]
            row["statement_medians_ms"] = [round(m, 2) for m in medians]
            row["heaviest"] = heaviest
            row["heaviest_sql"] = statement
            row["heaviest_params"] = [str(p) for p in params]
            if row["wall"]["p95_ms"] > args.explain_over_ms:
                try:
                    row["plan"] = await explain(database, statement, params)
                    row["explain_ms"] = _execution_ms(row["plan"])
                except Exception as error:  # a plan is a diagnosis, not the result
                    row["plan_error"] = repr(error)
    event.remove(clock.engine, "before_cursor_execute", clock._before)
    event.remove(clock.engine, "after_cursor_execute", clock._after)
    return results


async def table_facts(database: Database) -> dict[str, Any]:
    conn = await _raw(database)
    try:
        counts = {}
        for name in COUNTED:  # our own table names
            counts[name] = await conn.fetchval(f"SELECT count(*) FROM {name}")  # noqa: S608
        sizes = await conn.fetch(
            """SELECT relname, pg_size_pretty(pg_table_size(oid)) AS table_size,
                      pg_size_pretty(pg_indexes_size(oid)) AS indexes_size
               FROM pg_class WHERE relname = ANY($1::text[]) ORDER BY relname""",
            list(COUNTED),
        )
        settings = {
            name: await conn.fetchval(f"SHOW {name}")
            for name in ("shared_buffers", "work_mem", "max_parallel_workers_per_gather", "jit")
        }
    finally:
        await conn.close()
    return {"rows": counts, "sizes": {r["relname"]: dict(r) for r in sizes}, "server": settings}


# ----- the run -------------------------------------------------------------------------------
async def run(args: argparse.Namespace, url: str, fresh: bool) -> dict[str, Any]:
    settings = scale_settings(url)
    database = Database(url)
    report: dict[str, Any] = {
        "benchmark": "analytics_scale",
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "commit": source_commit(),
        "iterations": args.iterations,
        "warmup": args.warmup,
        "database": url.rsplit("/", 1)[-1],
    }
    try:
        if fresh:
            report["load"] = await load(database, url, settings, args)
            print(f"loaded {report['load']}", flush=True)
        report.update(await table_facts(database))
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
        f"\nanalytics_scale on PostgreSQL {report['server_version']} "
        f"({', '.join(f'{k} {v}' for k, v in report['server'].items())}): "
        + ", ".join(f"{v:,} {k}" for k, v in rows.items())
        + f"; {report['cpus']} CPU(s); load average {report['load_average'][0]} before / "
        f"{report['load_average'][1]} after"
    )
    print("in scope: " + str(results["scope_sizes"]))
    for path, outcome in results.get("recompute", {}).items():
        print(f"POST {path}: {outcome}"[:600])
    header = (
        f"{'statistic':<28}{'variant':<15}{'subject':<9}{'rows':>6}{'stmts':>6}"
        f"{'wall p50':>10}{'p95':>8}{'app p50':>9}{'p95':>8}{'db p50':>8}{'p95':>8}{'n':>4}  <1s"
    )
    print(header)
    print("-" * len(header))
    over = []
    for key, row in results["probes"].items():
        lead = (
            f"{row['statistic']:<28}{row['variant']:<15}{row['subject']:<9}"
            f"{row['rows']:>6}{row['statements']:>6}"
        )
        if "error" in row:
            print(f"{lead}  error: {row['error']}")
            continue
        fine = row["wall"]["p95_ms"] < LIMIT_MS
        if not fine:
            over.append(key)
        print(
            f"{lead}{row['wall']['median_ms']:>10.1f}{row['wall']['p95_ms']:>8.1f}"
            f"{row['app']['median_ms']:>9.1f}{row['app']['p95_ms']:>8.1f}"
            f"{row['db']['median_ms']:>8.1f}{row['db']['p95_ms']:>8.1f}{row['rounds']:>4}"
            f"  {'yes' if fine else 'NO'}"
        )
    print(
        f"(ms; {report['iterations']} rounds after {report['warmup']} warm-up, n = the rounds "
        "measured; wall = the request in-process, app = inside the ASGI app, db = the sum of its "
        "statements)"
    )
    for key, problem in results["refused"].items():
        print(f"refused: {key}: {problem}")
    print(f"\nover {LIMIT_MS:,.0f} ms at p95: {len(over)} of {len(results['probes'])}")
    for key in over:
        row = results["probes"][key]
        medians = row["statement_medians_ms"]
        print(
            f"\nslow: {key} -- statement {row['heaviest']} of {row['statements']} "
            f"(median {medians[row['heaviest']]} ms); params {row['heaviest_params']}"
        )
        print(row["heaviest_sql"])
        print("\n".join(row.get("plan", [row.get("plan_error", "no plan")])))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--opportunities", type=int, default=500_000)
    parser.add_argument("--activities", type=int, default=5_000_000)
    parser.add_argument("--workers", type=int, default=2, help="generating processes")
    parser.add_argument(
        "--only",
        type=lambda s: [x for x in s.split(",") if x],
        default=[],
        help="comma-separated statistic names (default: every registered one)",
    )
    parser.add_argument(
        "--buckets",
        type=lambda s: [x for x in s.split(",") if x],
        default=["month"],
        help="bucketed variants measured besides the default (comma-separated; '' for none)",
    )
    parser.add_argument("--slow-cap-ms", type=float, default=5000.0)
    parser.add_argument("--slow-iterations", type=int, default=3)
    parser.add_argument("--explain-over-ms", type=float, default=LIMIT_MS)
    parser.add_argument(
        "--recompute-runs", type=int, default=1, help="times each recompute runs (0: none)"
    )
    scale_arguments(parser, subjects=["admin", "manager"])
    parser.set_defaults(iterations=20, warmup=2)
    args = parser.parse_args(argv)
    unknown = set(args.subjects) - set(SUBJECTS)
    if unknown:
        parser.error(f"unknown subjects: {sorted(unknown)}")
    return run_scale(
        args,
        run,
        report=print_report,
        result_name=lambda report: (
            f"analytics_scale-{report['rows']['customers']}"
            + ("" if "load" in report else "-reused")
        ),
    )


if __name__ == "__main__":
    sys.exit(main())
