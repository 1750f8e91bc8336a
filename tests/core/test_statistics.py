"""Planner statistics after bulk writes (``core.db.statistics``): an import that wrote a good
share of a table has it analysed once committed; a small one does not pay for it."""

from __future__ import annotations

import asyncio
from datetime import datetime

import httpx
import pytest
from sqlalchemy import text

from salescrm.catalog.models import Product
from salescrm.core.db import statistics
from salescrm.core.jobs import Job, run_once
from salescrm.core.uow import Ctx
from tests.conftest import TestDatabase, make_settings
from tests.customers.test_import_export import csv_bytes, imported, many

_LAST = text("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = :table")


async def _last_analyze(db: TestDatabase, table: str) -> datetime | None:
    async with db.database.engine.connect() as connection:
        value: datetime | None = (await connection.execute(_LAST, {"table": table})).scalar()
        return value


async def _analysed_since(db: TestDatabase, table: str, before: datetime | None) -> bool:
    for _ in range(20):  # the statistics view shows it within moments
        after = await _last_analyze(db, table)
        if after is not None and (before is None or after > before):
            return True
        await asyncio.sleep(0.1)
    return False


async def test_an_import_of_many_rows_has_its_tables_analysed(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    if db.engine_name != "postgresql":
        pytest.skip("SQLite plans without statistics: nothing to refresh")
    before = {t: await _last_analyze(db, t) for t in ("customers", "events", "audit_log")}
    small = await imported(client, csv_bytes(many(10)))
    assert small["created_rows"] == 10
    assert not await _analysed_since(db, "customers", before["customers"])  # under the floor

    rows = statistics.FLOOR + 100
    job = await imported(client, csv_bytes(many(rows, start=1000)))
    assert job["created_rows"] == rows, job
    # The customers table (now ~610 rows) got far more than a tenth of itself: analysed, and
    # so were the tables the import wrote beside it.
    for table in ("customers", "events"):
        assert await _analysed_since(db, table, before[table]), table


async def test_a_job_that_writes_many_rows_through_the_orm_has_its_table_analysed(
    db: TestDatabase,
) -> None:
    """Not only imports: whatever a unit of work flushes is counted (a hand-over, the pool's
    recycling), and its end refreshes the statistics, here a job's run of 600 products."""
    if db.engine_name != "postgresql":
        pytest.skip("SQLite plans without statistics: nothing to refresh")
    before = await _last_analyze(db, "products")

    async def add_products(ctx: Ctx) -> int:
        for n in range(600):
            ctx.session.add(Product(code=f"STAT-{n:04d}", name=f"统计产品{n}", list_price=1))
        await ctx.session.flush()
        return 600

    job = Job("add_products", 3600, add_products)
    assert await run_once(job, db.database, make_settings(db.url)) == 600
    assert await _analysed_since(db, "products", before)
