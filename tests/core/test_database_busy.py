"""A write that cannot get its lock in time is answered 503 with ``Retry-After``, never 500.

On SQLite one writer holds the database's write lock; on PostgreSQL a table lock stands in for
a long transaction. With a short ``database_lock_timeout_seconds``, a create and a login that
have to wait for it are refused as ``database_busy``; reads go on, and once the lock is free
the same requests succeed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from salescrm.app import create_app
from salescrm.core.db.engine import Database
from tests.conftest import ADMIN_PASSWORD, ADMIN_USER, TestDatabase, http_client, make_settings
from tests.core.test_errors import PRODUCT, assert_problem

PRODUCTS = "/api/v1/products"
TOKEN = "/api/v1/auth/token"


@asynccontextmanager
async def lock_held(db: TestDatabase, table: str) -> AsyncIterator[None]:
    """Another connection holds what a write of ``table`` needs: SQLite's write lock, or an
    lock of the table against writes on PostgreSQL, until the block ends."""
    if db.engine_name == "sqlite":
        other = sqlite3.connect(make_url(db.url).database or "", isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            yield
        finally:
            other.execute("ROLLBACK")
            other.close()
        return
    engine = create_async_engine(db.url)
    try:
        async with engine.connect() as connection:
            await connection.execute(text(f"LOCK TABLE {table} IN EXCLUSIVE MODE"))
            yield
            await connection.rollback()
    finally:
        await engine.dispose()


@pytest.fixture
async def impatient(db: TestDatabase) -> AsyncIterator[Any]:
    """An app whose writes wait at most 0.3 s for a lock."""
    settings = make_settings(db.url, database_lock_timeout_seconds=0.3)
    database = Database.for_settings(settings)
    try:
        yield create_app(settings, database=database)
    finally:
        await database.dispose()


def assert_busy(response: httpx.Response) -> None:
    body = assert_problem(response, 503, "database_busy")
    assert int(response.headers["retry-after"]) >= 1
    assert "nothing was changed" in body["detail"].lower() or "未做任何修改" in body["detail"]


async def test_a_write_that_waits_too_long_for_a_lock_is_503(
    impatient: Any, db: TestDatabase
) -> None:
    async with http_client(impatient, db.admin_token) as http:
        async with lock_held(db, "products"):
            assert_busy(await http.post(PRODUCTS, json=PRODUCT))
            # Reads are not held up.
            assert (await http.get(PRODUCTS)).status_code == 200
        created = await http.post(PRODUCTS, json=PRODUCT)
        assert created.status_code == 201, created.text


async def test_a_login_that_waits_too_long_for_a_lock_is_503(
    impatient: Any, db: TestDatabase
) -> None:
    form = {"username": ADMIN_USER, "password": ADMIN_PASSWORD}
    async with http_client(impatient) as anon:
        async with lock_held(db, "login_events"):
            busy = await anon.post(TOKEN, data=form)
            assert_busy(busy)
            assert busy.headers["content-language"] == "en"
            zh = await anon.post(TOKEN, data=form, headers={"Accept-Language": "zh-CN"})
            assert_busy(zh)
            assert zh.json()["title"] == "数据库繁忙"
        assert (await anon.post(TOKEN, data=form)).status_code == 200


async def test_busy_is_documented_on_every_operation_of_the_api(impatient: Any) -> None:
    """A unit of work may find the database busy: writes mostly, but also a read that notes
    an API key's use."""
    spec = impatient.openapi()
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if not path.startswith("/api/v1/"):
                continue
            busy = operation["responses"].get("503")
            assert busy is not None, (method, path)
            assert "Retry-After" in busy["headers"]
            assert "application/problem+json" in busy["content"]
