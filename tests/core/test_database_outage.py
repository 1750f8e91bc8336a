"""A database that is down, silent or restarting is a 503 with ``Retry-After`` within the connect
timeout, never a 500 or a hang; the service comes back by itself when the database does.

The whole story, with the PostgreSQL server really stopped and started under load, is
``bench/db_outage.py`` (docs/reliability.md); these tests pin each piece of it: a refused
connection, a server that accepts but never answers, a connection the server drops in the middle
of a request, and the queue worker that must start again after losing its database.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest
from fastapi import APIRouter, Request
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from salescrm.app import create_app
from salescrm.core.db.engine import Database
from salescrm.core.jobs import Ctx, Job
from salescrm.core.queue import Worker, enqueue
from salescrm.core.uow import UnitOfWorkRoute, run_after_commit
from tests.conftest import TestDatabase, http_client, make_settings
from tests.core.test_errors import PRODUCT, assert_problem

CONNECT_TIMEOUT = 0.5


def assert_unavailable(response: httpx.Response) -> None:
    body = assert_problem(response, 503, "database_unavailable")
    assert int(response.headers["retry-after"]) >= 1
    assert "Idempotency-Key" in body["detail"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.asynccontextmanager
async def app_on(url: str) -> AsyncIterator[Any]:
    settings = make_settings(url, database_connect_timeout_seconds=CONNECT_TIMEOUT)
    database = Database.for_settings(settings)
    try:
        yield create_app(settings, database=database)
    finally:
        await database.dispose()


@contextlib.asynccontextmanager
async def silent_server() -> AsyncIterator[int]:
    """A TCP port that accepts connections and never says a word (a hung server, a half-open
    network path): only a timeout ends a wait on it."""
    held: list[asyncio.StreamWriter] = []

    async def accept(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)

    server = await asyncio.start_server(accept, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        for writer in held:
            writer.close()
        server.close()
        await server.wait_closed()


@pytest.mark.parametrize("where", ["refused", "silent"])
async def test_a_database_that_cannot_be_reached_is_503_within_the_timeout(where: str) -> None:
    async with contextlib.AsyncExitStack() as stack:
        if where == "refused":
            port = _free_port()  # nothing listens there
        else:
            port = await stack.enter_async_context(silent_server())
        app = await stack.enter_async_context(
            app_on(f"postgresql+asyncpg://postgres@127.0.0.1:{port}/salescrm")
        )
        async with http_client(app) as http:
            started = time.perf_counter()
            login = await http.post("/api/v1/auth/token", data={"username": "a", "password": "b"})
            assert_unavailable(login)
            not_ready = await http.get("/readyz")
            assert_problem(not_ready, 503, "service_unavailable")
            assert int(not_ready.headers["retry-after"]) >= 1
            elapsed = time.perf_counter() - started
            # Two requests, each bounded by the connect timeout (plus the work around it).
            assert elapsed < 2 * CONNECT_TIMEOUT + 2, elapsed
            assert (await http.get("/healthz")).status_code == 200  # the process is alive


async def test_a_connection_dropped_mid_request_is_503_and_the_next_request_recovers(
    db: TestDatabase,
) -> None:
    """The server ends the request's own connection under it (what a restart does to every
    connection) after the request changed a record: 503, nothing written; the pool replaces the
    connection for the next request."""
    if db.engine_name != "postgresql":
        pytest.skip("a SQLite database is a file: it has no server to go away")
    router = APIRouter(route_class=UnitOfWorkRoute)

    @router.post("/test/rename-then-drop/{product_id}")
    async def rename_then_drop(product_id: str, request: Request) -> dict[str, str]:
        session = request.state.session
        await session.execute(
            text("UPDATE products SET name = 'renamed' WHERE id = :id"),
            {"id": uuid.UUID(product_id)},
        )
        await session.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))
        raise AssertionError("the connection is gone before this line")  # pragma: no cover

    async with app_on(db.url) as app, http_client(app, db.admin_token) as http:
        app.include_router(router)
        product = await http.post("/api/v1/products", json=PRODUCT)
        assert product.status_code == 201, product.text
        product_id = product.json()["id"]
        assert_unavailable(await http.post(f"/test/rename-then-drop/{product_id}"))
        after = await http.get(f"/api/v1/products/{product_id}")
        assert after.status_code == 200, after.text
        assert after.json()["name"] == PRODUCT["name"]  # the dropped transaction left nothing
        renamed = await http.patch(
            f"/api/v1/products/{product_id}",
            json={"name": "after the drop"},
            headers={"If-Match": after.headers["etag"]},
        )
        assert renamed.status_code == 200, renamed.text
        assert (await http.get("/readyz")).status_code == 200


async def _until(condition: Callable[[], Awaitable[bool]], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if await condition():
            return
        await asyncio.sleep(0.1)
    raise AssertionError("not within the time allowed")


async def test_the_queue_worker_starts_again_after_losing_its_database(
    db: TestDatabase, caplog: pytest.LogCaptureFixture
) -> None:
    """The database refuses every connection for a while and ends the open ones (what a stopped
    server does): procrastinate's worker stops; the server's own supervisor starts it again
    once the database is back, and jobs run."""
    if db.engine_name != "postgresql":
        pytest.skip("the SQLite queue lives in the process: it has no connection to lose")
    ran: list[int] = []

    async def count(_ctx: Ctx) -> int:
        ran.append(1)
        return 1

    # Daily: only an enqueue runs it within the test (a worker may catch up a missed period).
    probe = Job(f"outage_probe_{uuid.uuid4().hex[:8]}", 86_400, count)
    settings = make_settings(db.url, worker_concurrency=1)
    worker = Worker([probe], db.database, settings)
    url = make_url(db.url)
    database = url.database
    admin = create_async_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    await worker.start()
    try:
        await asyncio.sleep(1.0)  # registered, listening
        before = len(ran)
        async with admin.connect() as connection:
            # Down: no new connection is accepted (superusers included), and every open one ends.
            await connection.execute(text(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false'))
            try:
                ended = await connection.execute(
                    text(
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                        "WHERE datname = :db AND pid <> pg_backend_pid()"
                    ),
                    {"db": database},
                )
                assert ended.scalar_one() >= 1  # at least the worker's listener

                async def stopped() -> bool:
                    return any("starting it again" in r.getMessage() for r in caplog.records)

                await _until(stopped)
            finally:  # back up
                await connection.execute(
                    text(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')
                )
        async with db.database.sessionmaker() as session:
            await enqueue(session, probe)
            await session.commit()
            await run_after_commit(session)

        async def probed() -> bool:
            return len(ran) > before

        await _until(probed)
    finally:
        await worker.stop()
        await admin.dispose()


async def test_sqlite_syncs_every_commit_unless_told_otherwise(db: TestDatabase) -> None:
    """FULL (2) by default: a write acknowledged with a 2xx survives a power cut, as on
    PostgreSQL (``synchronous_commit`` on); NORMAL (1) only when a deployment asks for it."""
    if db.engine_name != "sqlite":
        pytest.skip("PostgreSQL's durability is the server's synchronous_commit")
    for settings, expected in (
        (make_settings(db.url), 2),
        (make_settings(db.url, sqlite_synchronous="NORMAL"), 1),
    ):
        database = Database.for_settings(settings)
        try:
            async with database.engine.connect() as connection:
                level = await connection.execute(text("PRAGMA synchronous"))
                assert level.scalar_one() == expected
        finally:
            await database.dispose()
