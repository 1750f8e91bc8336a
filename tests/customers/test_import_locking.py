"""On SQLite an import reads, decodes and checks its file without the database's write lock,
and holds the lock only to write (issue 12, item 3): every time the import reads a row or
checks a batch of rows, another connection can begin a write at once; when the import writes,
it cannot. Inline and background imports alike."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy.engine import make_url

from salescrm.app import create_app
from salescrm.core.jobs import run_once
from salescrm.customers.io import CustomerImporter
from salescrm.platform import imports
from tests.conftest import TestDatabase, http_client, make_settings
from tests.customers.test_import_export import csv_bytes, many, poll, upload, xlsx_bytes


class LockProbe:
    """Tries to begin a write on its own connection, without waiting: whether anyone holds
    SQLite's write lock at that moment."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.seen: dict[str, list[bool]] = {}

    def free(self, where: str) -> None:
        probe = sqlite3.connect(self.path, timeout=0, isolation_level=None)
        try:
            probe.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc):
                raise
            self.seen.setdefault(where, []).append(False)
        else:
            probe.execute("ROLLBACK")
            self.seen.setdefault(where, []).append(True)
        finally:
            probe.close()


@pytest.fixture
def probe(db: TestDatabase, monkeypatch: pytest.MonkeyPatch) -> LockProbe:
    if db.engine_name != "sqlite":
        pytest.skip("SQLite's database-wide write lock")
    lock = LockProbe(make_url(db.url).database or "")
    read_rows, parse_batch = imports.read_rows, imports._parse_batch
    write = CustomerImporter.write

    def probed_read_rows(*args: Any, **kwargs: Any) -> Iterator[imports.Row]:
        for row in read_rows(*args, **kwargs):
            lock.free("read")
            yield row

    def probed_parse_batch(*args: Any) -> Any:
        lock.free("parse")
        return parse_batch(*args)

    async def probed_write(self: CustomerImporter, rows: Any) -> int:
        lock.free("write")
        return await write(self, rows)

    monkeypatch.setattr(imports, "read_rows", probed_read_rows)
    monkeypatch.setattr(imports, "_parse_batch", probed_parse_batch)
    monkeypatch.setattr(CustomerImporter, "write", probed_write)
    return lock


@pytest.fixture
async def batch_client(db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
    """Imports of more than 5 rows run in the background: here by ``run_once`` (the test's own
    hand), so that no other job of a worker takes the write lock while the probe looks."""
    app = create_app(make_settings(db.url, import_inline_rows=5), database=db.database)
    async with http_client(app, db.admin_token) as http:
        yield http


@pytest.mark.parametrize("all_or_nothing", [False, True])
async def test_an_inline_import_parses_without_the_write_lock(
    client: httpx.AsyncClient, probe: LockProbe, all_or_nothing: bool
) -> None:
    response = await upload(client, xlsx_bytes(many(4)), all_or_nothing=all_or_nothing)
    assert response.status_code == 201, response.text
    assert response.json()["created_rows"] == 4
    assert set(probe.seen) == {"read", "parse", "write"}
    assert all(probe.seen["read"]), probe.seen
    assert all(probe.seen["parse"]), probe.seen
    assert probe.seen["write"] == [False]  # written under the lock


@pytest.mark.parametrize("dry_run", [False, True])
async def test_a_background_import_reads_without_the_write_lock(
    batch_client: httpx.AsyncClient,
    db: TestDatabase,
    probe: LockProbe,
    monkeypatch: pytest.MonkeyPatch,
    dry_run: bool,
) -> None:
    """Each chunk is read before the lock is taken, and its checkpoint lets the lock go. (Its
    parsing runs ahead, in parallel with the chunk before being written: not probed here.
    An all-or-nothing job writes every row in one transaction, under the lock throughout.)"""
    monkeypatch.setattr(imports, "PARSE_WORKERS", 0)
    monkeypatch.setattr(imports, "CHUNK_ROWS", 4)
    response = await upload(batch_client, csv_bytes(many(10)), dry_run=dry_run)
    assert response.status_code == 202, response.text
    assert await run_once(imports.PROCESSOR, db.database, make_settings(db.url)) == 1
    job = await poll(batch_client, response.headers["Location"])
    assert (job["status"], job["created_rows"]) == ("succeeded", 0 if dry_run else 10), job
    assert len(probe.seen["read"]) > 10
    assert all(probe.seen["read"]), probe.seen
    # Three chunks of at most 4 rows, each written under the lock.
    assert probe.seen.get("write", []) == ([] if dry_run else [False, False, False])
