"""Benchmark: work management at 10,000 employees with a year of journals, schedules,
approvals and attendance.

The organisation is ``permission_check.py``'s (a CEO, ``--directors`` divisions of about
``employees / directors`` people, ``--managers`` teams). Bulk SQL then writes, for every
employee and every working day of the last ``--days`` days: a submitted daily journal, an
event in their schedule, and a settled attendance record (normal, late, on leave …); and
``--requests`` approval requests per employee spread over the period, each with its step
(those of the last two weeks still pending at their manager). Today, a share of the people
have a status set by hand, an event, and a visit checked in. Then ``VACUUM ANALYZE``.

Measured in-process through ``httpx.ASGITransport``, median and p95 over ``--iterations``
rounds after ``--warmup`` (``wall``: the request; ``app``: inside the ASGI app):

* ``board`` -- ``GET /team-board?limit=200`` for a director (about 1,000 people in scope):
  the first page, with each person's status now, the day's schedule and check-ins;
* ``board all`` -- every page of the director's board (the whole division, walked);
* ``inbox`` -- ``GET /approvals?awaiting_me=true&include_total=true`` for a manager;
* ``stats month`` -- ``GET /attendance/statistics?month=…`` for the administrator: the whole
  company per employee (10,000 rows), and ``stats by dept`` grouped per department.

    python bench/work_scale.py --employees 2000 --days 60     # a quick run
    python bench/work_scale.py --keep                          # 10,000 employees, 365 days
    python bench/work_scale.py --reuse-url postgresql+asyncpg://...
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
from customers_scale import TimedApp
from permission_check import (
    BATCH,
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
from salescrm.core import clock
from salescrm.core.db.engine import Database
from salescrm.core.ids import new_id
from salescrm.work.models import (
    ApprovalRequest,
    ApprovalStep,
    AttendanceDay,
    EmployeeStatus,
    Journal,
    Schedule,
)

PASSWORD = "bench-password-1"  # noqa: S105 - the throwaway logins of permission_check.py
STATUSES = ("normal",) * 16 + ("late", "left_early", "on_leave", "on_trip", "missing_punch")


def workdays(days: int, today: date) -> list[date]:
    return [
        today - timedelta(days=n)
        for n in range(days, 0, -1)
        if (today - timedelta(days=n)).isoweekday() <= 5
    ]


def chunked(rows: Iterator[dict[str, Any]], size: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


async def load_work(database: Database, org: Any, args: argparse.Namespace) -> dict[str, int]:
    """A year of work for everyone, written with core bulk inserts (no ORM, no audit)."""
    rng = random.Random(args.seed)
    today = clock.today()
    days = workdays(args.days, today)
    people = org.people
    stamp = datetime.now(UTC)
    counts: dict[str, int] = {}

    def journals() -> Iterator[dict[str, Any]]:
        for p in people:
            for day in days:
                at = clock.wall_clock(day, datetime.min.time()) + timedelta(hours=18)
                yield {
                    "id": new_id(), "owner_id": p.id, "period": "daily", "period_start": day,
                    "period_end": day, "status": "submitted", "submitted_at": at,
                    "done": "拜访客户两家,跟进报价", "planned": "明日演示", "created_at": at,
                    "updated_at": at, "version": 1,
                }  # fmt: skip

    def schedules() -> Iterator[dict[str, Any]]:
        for p in people:
            for day in [*days, today]:
                start = clock.wall_clock(day, datetime.min.time()) + timedelta(
                    hours=9 + rng.randrange(8)
                )
                yield {
                    "id": new_id(), "owner_id": p.id, "title": "客户拜访", "kind": "visit",
                    "starts_at": start, "ends_at": start + timedelta(hours=1), "all_day": False,
                    "attendee_ids": [], "created_at": start, "updated_at": start, "version": 1,
                }  # fmt: skip

    def attendance() -> Iterator[dict[str, Any]]:
        for p in people:
            for day in days:
                status = rng.choice(STATUSES)
                first = clock.wall_clock(day, datetime.min.time()) + timedelta(hours=9)
                yield {
                    "employee_id": p.id, "day": day, "status": status, "workday": True,
                    "first_in": first, "last_out": first + timedelta(hours=9),
                    "late_minutes": 10 if status == "late" else 0,
                    "early_minutes": 15 if status == "left_early" else 0,
                    "worked_minutes": 540, "request_id": None, "computed_at": stamp,
                }  # fmt: skip

    async with database.engine.begin() as conn:
        for name, model, rows in (
            ("journals", Journal, journals()),
            ("schedules", Schedule, schedules()),
            ("attendance_days", AttendanceDay, attendance()),
        ):
            counts[name] = 0
            for batch in chunked(rows):
                await conn.execute(insert(model), batch)
                counts[name] += len(batch)
        requests, steps = [], []
        recent = today - timedelta(days=14)
        for p in people:
            if p.manager is None:
                continue
            for _ in range(args.requests):
                day = rng.choice(days) if days else today
                pending = day >= recent
                at = clock.wall_clock(day, datetime.min.time()) + timedelta(hours=10)
                request_id = new_id()
                requests.append({
                    "id": request_id, "owner_id": p.id, "type": "requirement",
                    "title": "客户需求", "form": {"subject": "需求", "description": "详见"},
                    "status": "pending" if pending else "approved", "round": 1,
                    "current_step": 0 if pending else None, "submitted_at": at,
                    "decided_at": None if pending else at + timedelta(hours=3),
                    "created_at": at, "updated_at": at, "version": 1,
                })  # fmt: skip
                steps.append({
                    "id": new_id(), "request_id": request_id, "round": 1, "position": 0,
                    "approver_id": p.manager.id, "status": "pending" if pending else "approved",
                    "pending_since": at, "decided_at": None if pending else at,
                    "decided_by_id": None if pending else p.manager.id, "created_at": at,
                })  # fmt: skip
        for batch in chunked(iter(requests)):
            await conn.execute(insert(ApprovalRequest), batch)
        for batch in chunked(iter(steps)):
            await conn.execute(insert(ApprovalStep), batch)
        counts["approval_requests"] = len(requests)
        type_ids = [row[0] for row in await conn.execute(text("SELECT id FROM status_types"))]
        now = datetime.now(UTC)
        statuses = [
            {"id": new_id(), "owner_id": p.id, "type_id": rng.choice(type_ids),
             "starts_at": now - timedelta(hours=2), "ends_at": now + timedelta(hours=6),
             "created_at": now, "updated_at": now, "version": 1}
            for p in people if rng.random() < 0.3
        ]  # fmt: skip
        for batch in chunked(iter(statuses)):
            await conn.execute(insert(EmployeeStatus), batch)
        counts["employee_statuses"] = len(statuses)
    async with database.engine.connect() as conn:
        await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text("VACUUM ANALYZE"))
    return counts


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
    loaded: dict[str, int] = {}
    if fresh:
        started = time.perf_counter()
        await load(database, org, settings, rng)
        loaded = await load_work(database, org, args)
        loaded["seconds"] = round(time.perf_counter() - started, 1)
        print(f"loaded {loaded}")
    director = org.by_level("director")[0]
    manager = org.by_level("manager")[0]
    ceo = org.by_level("ceo")[0]
    month = (clock.today().replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    app = TimedApp(create_app(settings, database=database))
    # The harness's own objects (the organisation it built: 10,000 people) are no server's:
    # kept out of the collector's sweeps, as a server process would not hold them.
    gc.collect()
    gc.freeze()
    results: dict[str, Any] = {}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
        tokens = {
            "director": await token(http, director.number),
            "manager": await token(http, manager.number),
            "admin": await token(http, ceo.number),
        }

        async def board_all(headers: dict[str, str]) -> int:
            cursor, rows = None, 0
            while True:
                params: dict[str, Any] = {"limit": 200, **({"cursor": cursor} if cursor else {})}
                response = await http.get("/api/v1/team-board", params=params, headers=headers)
                page = response.json()
                rows += len(page["items"])
                cursor = page["next_cursor"]
                if cursor is None:
                    return rows

        cases = [
            ("board", "director", "/api/v1/team-board", {"limit": 200}),
            ("inbox", "manager", "/api/v1/approvals",
             {"awaiting_me": "true", "include_total": "true"}),
            ("stats month", "admin", "/api/v1/attendance/statistics", {"month": month}),
            ("stats by dept", "admin", "/api/v1/attendance/statistics",
             {"month": month, "group": "department"}),
        ]  # fmt: skip
        for name, who, path, params in cases:
            headers = {"Authorization": f"Bearer {tokens[who]}"}
            wall: list[float] = []
            inside: list[float] = []
            size = 0
            for i in range(args.warmup + args.iterations):
                started = time.perf_counter()
                response = await http.get(path, params=params, headers=headers)
                elapsed = (time.perf_counter() - started) * 1000
                response.raise_for_status()
                body = response.json()
                size = len(body.get("items") or body.get("rows") or [])
                if i >= args.warmup:
                    wall.append(elapsed)
                    inside.append(app.last_ms)
            results[name] = {
                "subject": who, "rows": size,
                "wall": vars(Stats.of(wall)), "app": vars(Stats.of(inside)),
            }  # fmt: skip
            print(f"{name:14} {who:8} rows={size:6} wall={vars(Stats.of(wall))}")
        headers = {"Authorization": f"Bearer {tokens['director']}"}
        walks: list[float] = []
        rows = 0
        warm = max(2, args.warmup // 5)
        for i in range(warm + max(5, args.iterations // 5)):
            started = time.perf_counter()
            rows = await board_all(headers)
            if i >= warm:
                walks.append((time.perf_counter() - started) * 1000)
        results["board all"] = {"subject": "director", "rows": rows, "wall": vars(Stats.of(walks))}
        print(f"{'board all':14} director rows={rows:6} wall={vars(Stats.of(walks))}")
    return {
        "benchmark": "work_scale",
        "employees": args.employees,
        "days": args.days,
        "loaded": loaded,
        "month": month,
        "server": await server_version(database),
        "python": sys.version.split()[0],
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "results": results,
    }


def report(results: dict[str, Any]) -> None:
    print(f"\nwork_scale: {results['employees']} employees, {results['days']} days")
    for name, row in results["results"].items():
        print(f"  {name:14} {row}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=10_000)
    parser.add_argument("--directors", type=int, default=10)
    parser.add_argument("--managers", type=int, default=500)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--requests", type=int, default=12, help="approval requests per person")
    scale_arguments(parser, subjects=["director", "manager", "admin"])
    args = parser.parse_args()
    return run_scale(args, run, report=report, result_name=lambda r: f"work_scale-{r['employees']}")


if __name__ == "__main__":
    sys.exit(main())
