"""Measure: what the event outbox costs a write (issue 14), on PostgreSQL, in one run.

Creates a migrated database (PostgreSQL by default, dropped at the end; ``--sqlite`` for a
temporary file), an administrator, and then, in-process over HTTP (ASGI), alternates blocks of
``--block`` writes with the outbox on and off, ``--rounds`` times: ``POST /api/v1/customers``
(a realistic company from ``salescrm.customers.fake``) and ``PATCH /api/v1/customers/{id}`` with
its ``If-Match``. "Off" removes the outbox's two session hooks (``core.events``) and puts them
back; alternating blocks keeps drift of the machine out of the comparison. Prints the median and
p95 of each, and the events written.

    .venv/bin/python bench/events_outbox.py
    .venv/bin/python bench/events_outbox.py --rounds 10 --block 100 --sqlite
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx
from harness import engine_arguments, machine, on_engine, signed_in
from import_customers import RESULTS
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

import salescrm.models  # noqa: F401 - every mapper known before the first query
from salescrm.core import events
from salescrm.customers.fake import CustomerFaker

HOOKS: list[tuple[str, Callable[..., Any]]] = [
    ("before_flush", events._collect),
    ("before_commit", events._write),
]


def outbox(on: bool) -> None:
    for name, hook in HOOKS:
        if on and not event.contains(Session, name, hook):
            event.listen(Session, name, hook)
        if not on and event.contains(Session, name, hook):
            event.remove(Session, name, hook)


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(len(values) * 0.95) - 1)]


async def block(
    http: httpx.AsyncClient,
    faker: CustomerFaker,
    n: int,
    creates: list[float],
    updates: list[float],
) -> None:
    for _ in range(n):
        started = time.perf_counter()
        # Fake names repeat, and a few fake phone numbers are not in libphonenumber's plan.
        body = {**faker.customer(), "allow_duplicate": True, "phones": []}
        created = await http.post("/api/v1/customers", json=body)
        creates.append((time.perf_counter() - started) * 1000)
        assert created.status_code == 201, created.text
        record = created.json()
        started = time.perf_counter()
        updated = await http.patch(
            f"/api/v1/customers/{record['id']}",
            json={"remarks": "跟进中", "stage": "new", "stage_reason": "首单"},
            headers={"If-Match": f'"{record["version"]}"'},
        )
        updates.append((time.perf_counter() - started) * 1000)
        assert updated.status_code == 200, updated.text


async def run(url: str, label: str, rounds: int, size: int) -> dict[str, Any]:
    times: dict[str, dict[str, list[float]]] = {
        state: {"create": [], "update": []} for state in ("on", "off")
    }
    async with signed_in(url) as bench:
        faker = CustomerFaker(2026)
        await block(bench.http, faker, 20, [], [])  # warm-up
        try:
            for _ in range(rounds):
                for state in ("on", "off"):
                    outbox(state == "on")
                    await block(
                        bench.http, faker, size, times[state]["create"], times[state]["update"]
                    )
        finally:
            outbox(True)
        async with bench.database.sessionmaker() as session:
            written = await session.scalar(select(func.count()).select_from(events.Event))
    rows = {
        f"{op} outbox {state}": {
            "n": len(values),
            "median_ms": round(statistics.median(values), 2),
            "p95_ms": round(p95(values), 2),
        }
        for state, ops in times.items()
        for op, values in ops.items()
    }
    return {"engine": label, "events_written": written, "rows": rows, **machine()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--block", type=int, default=100)
    engine_arguments(parser)
    args = parser.parse_args()
    result = on_engine(args, lambda url, label: run(url, label, args.rounds, args.block))
    print(f"engine: {result['engine']}; events written: {result['events_written']}")
    print(f"{'operation':22} {'n':>5} {'median ms':>10} {'p95 ms':>8}")
    for name, row in result["rows"].items():
        print(f"{name:22} {row['n']:5d} {row['median_ms']:10.2f} {row['p95_ms']:8.2f}")
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"events_outbox-{result['engine']}.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
