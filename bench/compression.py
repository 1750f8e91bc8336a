"""Measure: what gzip saves on a 100-row customer page (issue 13, item 7).

Seeds ``--customers`` realistic companies (``salescrm.customers.fake``, fixed seed) through the
API into a temporary, migrated SQLite database, then fetches ``GET /api/v1/customers?limit=100``
in-process as the administrator with ``Accept-Encoding: identity`` and ``gzip``, ``--iterations``
times each, and prints the bytes on the wire and the median and p95 time of each. It also prints
``/openapi.json`` both ways, and what zlib levels 1, 6 (ours) and 9 (Starlette's default) make of
the page's JSON and how long each takes.

    .venv/bin/python bench/compression.py
    .venv/bin/python bench/compression.py --iterations 500
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import httpx
from harness import signed_in

import salescrm.models  # noqa: F401 - every mapper known before the first query
from salescrm.app import GZIP_LEVEL
from salescrm.customers.fake import CustomerFaker

PAGE = "/api/v1/customers?limit=100"


async def wire(http: httpx.AsyncClient, url: str, encoding: str) -> tuple[bytes, httpx.Response]:
    """The body as sent, before httpx would decode it."""
    async with http.stream("GET", url, headers={"Accept-Encoding": encoding}) as response:
        body = b"".join([chunk async for chunk in response.aiter_raw()])
    return body, response


async def timed(http: httpx.AsyncClient, url: str, encoding: str, n: int) -> list[float]:
    times = []
    for _ in range(n):
        started = time.perf_counter()
        await wire(http, url, encoding)
        times.append((time.perf_counter() - started) * 1000)
    return times


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(len(values) * 0.95) - 1)]


async def run(customers: int, iterations: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="salescrm-gzip-"))
    url = f"sqlite+aiosqlite:///{folder / 'gzip.db'}"
    try:
        async with signed_in(url) as bench:
            http = bench.http
            faker = CustomerFaker(2026)
            for _ in range(customers):
                created = await http.post("/api/v1/customers", json=faker.customer())
                assert created.status_code in (200, 201), created.text
            plain, response = await wire(http, PAGE, "identity")
            packed, packed_response = await wire(http, PAGE, "gzip")
            assert response.headers.get("content-encoding") is None
            assert packed_response.headers["content-encoding"] == "gzip"
            assert gzip.decompress(packed) == plain
            items = len(json.loads(plain)["items"])
            await timed(http, PAGE, "identity", 10)  # warm-up
            identity_ms = await timed(http, PAGE, "identity", iterations)
            gzip_ms = await timed(http, PAGE, "gzip", iterations)
            spec_plain, _ = await wire(http, "/openapi.json", "identity")
            spec_packed, _ = await wire(http, "/openapi.json", "gzip")
        print(f"page: {PAGE} ({customers} customers seeded, {items} in the page)")
        print(f"{'encoding':10} {'bytes':>8} {'median ms':>10} {'p95 ms':>8}")
        for name, body, times in (
            ("identity", plain, identity_ms),
            ("gzip", packed, gzip_ms),
        ):
            print(f"{name:10} {len(body):8d} {statistics.median(times):10.2f} {p95(times):8.2f}")
        print(f"saving: {1 - len(packed) / len(plain):.1%} (ratio {len(plain) / len(packed):.1f}x)")
        print(f"openapi.json: {len(spec_plain)} -> {len(spec_packed)} bytes gzipped")
        print(f"zlib on the page's JSON (ours: level {GZIP_LEVEL}):")
        for level in (1, 6, 9):
            started = time.perf_counter()
            for _ in range(100):
                size = len(gzip.compress(plain, compresslevel=level))
            print(
                f"  level {level}: {size:6d} bytes, {(time.perf_counter() - started) * 10:.2f} ms"
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100)
    parser.add_argument("--iterations", type=int, default=200)
    args = parser.parse_args()
    asyncio.run(run(args.customers, args.iterations))


if __name__ == "__main__":
    main()
