"""Measure: how long 10,000 changes take to reach a webhook receiver (issue 14).

Creates a migrated database (PostgreSQL by default, dropped at the end; ``--sqlite`` for a
temporary file), an administrator, a local HTTP receiver (asyncio, answering 200 and closing
each connection) and a subscription to ``customer.created``; imports ``--changes`` customers
through ``POST /api/v1/imports`` (one event each), and lets the task queue deliver them: a
worker of the real queue (``core.queue.Worker``, in this process: procrastinate on PostgreSQL,
its in-memory connector on SQLite) runs the import, the periodic dispatcher and the senders, as
``salescrm worker`` would. ``--runner jobs`` instead runs the dispatcher and the sender back to
back by hand, as ``salescrm run-job`` would (the pure cost of the work, no scheduling). Checks
each signature. Prints the import's time, the time from its end to the last delivery, and
deliveries per second.

    .venv/bin/python bench/webhooks_throughput.py
    .venv/bin/python bench/webhooks_throughput.py --runner jobs
    .venv/bin/python bench/webhooks_throughput.py --changes 2000 --sqlite
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import io
import json
import time
from typing import Any

from harness import engine_arguments, machine, on_engine, signed_in
from import_customers import (
    RESULTS,
)
from standardwebhooks.webhooks import Webhook

import salescrm.models  # noqa: F401 - every mapper known before the first query
from salescrm.core.jobs import Job, run_once
from salescrm.core.queue import Worker
from salescrm.integrations import delivery
from salescrm.jobs import JOBS
from salescrm.platform import imports


class Receiver:
    def __init__(self) -> None:
        self.bodies: list[tuple[dict[str, str], bytes]] = []

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
            head = await reader.readuntil(b"\r\n\r\n")
            headers = {
                k.strip().lower(): v.strip()
                for k, _, v in (line.partition(":") for line in head.decode().split("\r\n")[1:])
                if k
            }
            body = await reader.readexactly(int(headers.get("content-length", "0")))
            self.bodies.append((headers, body))
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
            await writer.drain()
        writer.close()


def workbook(n: int) -> bytes:
    out = io.StringIO()
    rows = csv.writer(out)
    rows.writerow(["客户名称", "城市"])
    for i in range(n):
        rows.writerow([f"钩子压测{i:06d}有限公司", "上海"])
    return out.getvalue().encode()


async def until(done: Any, limit_s: float = 900.0) -> None:
    deadline = time.perf_counter() + limit_s
    while not await done():
        if time.perf_counter() > deadline:
            raise TimeoutError("not done in time")
        await asyncio.sleep(0.05)


async def run(url: str, label: str, changes: int, runner: str) -> dict[str, Any]:
    receiver = Receiver()
    server = await asyncio.start_server(receiver.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    worker: Worker | None = None
    try:
        async with signed_in(url) as bench:
            http, database, settings = bench.http, bench.database, bench.settings
            if runner == "queue":
                worker = Worker(JOBS, database, settings)
                await worker.start()
            hook = await http.post(
                "/api/v1/webhooks",
                json={"url": f"http://127.0.0.1:{port}/hook", "event_types": ["customer.created"]},
            )
            assert hook.status_code == 201, hook.text
            secret = hook.json()["secret"]
            started = time.perf_counter()
            job = await http.post(
                "/api/v1/imports",
                files={"file": ("c.csv", workbook(changes), "text/csv")},
                data={"target": "customers"},
            )
            assert job.status_code in (201, 202), job.text
            location = f"/api/v1/imports/{job.json()['id']}"
            if worker is None:
                for job_ in imports.JOBS:  # a large file waits for the import job
                    await run_once(job_, database, settings)

            async def imported_all() -> bool:
                status = (await http.get(location)).json()["status"]
                return status in ("succeeded", "failed")

            await until(imported_all)
            done = await http.get(location)
            assert done.json()["status"] == "succeeded", done.text
            imported = time.perf_counter() - started
            jobs = [
                Job("dispatch_webhooks", 2, delivery.dispatch),
                Job("send_webhooks", 2, delivery.send),
            ]
            started = time.perf_counter()
            runs = 0
            if worker is None:
                while len(receiver.bodies) < changes and runs < 10_000:
                    for job_ in jobs:
                        await run_once(job_, database, settings)
                    runs += 1
            else:

                async def delivered_all() -> bool:
                    return len(receiver.bodies) >= changes

                await until(delivered_all)
            elapsed = time.perf_counter() - started
            if worker is not None:
                await worker.stop()
                worker = None
    finally:
        if worker is not None:
            await worker.stop()
        server.close()
    verifier = Webhook(secret)
    for headers, body in receiver.bodies:
        verifier.verify(body, headers)
    ids = {json.loads(body)["data"]["record_id"] for _, body in receiver.bodies}
    return {
        "engine": label,
        "runner": runner,
        "changes": changes,
        "delivered": len(receiver.bodies),
        "distinct_records": len(ids),
        "import_seconds": round(imported, 2),
        "delivery_seconds": round(elapsed, 2),
        "deliveries_per_second": round(len(receiver.bodies) / elapsed),
        "job_runs": runs if runner == "jobs" else None,
        **machine(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument(
        "--runner", choices=["queue", "jobs"], default="queue", help="the task queue, or by hand"
    )
    engine_arguments(parser)
    args = parser.parse_args()
    result = on_engine(args, lambda url, label: run(url, label, args.changes, args.runner))
    for key, value in result.items():
        print(f"{key:24} {value}")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"webhooks_throughput-{result['engine']}-{args.runner}.json").write_text(
        json.dumps(result, indent=2)
    )


if __name__ == "__main__":
    main()
