"""Several processes on one PostgreSQL, as a deployment past one machine runs: two API servers
(``salescrm serve``, no in-process worker) and two ``salescrm worker`` processes, on a database of
their own. A webhook fires once per event, a periodic task runs once per period, and a token
revoked through one server is refused by the other."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from salescrm.core.db.engine import Database
from salescrm.migrate import upgrade
from salescrm.org.bootstrap import create_admin
from tests.conftest import (
    ADMIN_PASSWORD,
    ADMIN_USER,
    TEST_SECRET,
    _create_postgres_database,
    _drop_postgres_database,
    make_settings,
)
from tests.integrations.support import Receiver

CUSTOMERS = 20
#: Worker processes: two, so that "once" is decided between them and not by being alone.
WORKERS = 2


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def _spawn(args: list[str], env: dict[str, str], log: Path) -> asyncio.subprocess.Process:
    with log.open("wb") as out:
        return await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "salescrm.cli",
            *args,
            env=env,
            stdout=out,
            stderr=asyncio.subprocess.STDOUT,
            start_new_session=True,
        )


async def _ready(base: str, process: asyncio.subprocess.Process, log: Path) -> None:
    async with httpx.AsyncClient(base_url=base) as http:
        for _ in range(300):
            if process.returncode is not None:
                raise AssertionError(f"{base} exited; see {log}")
            with contextlib.suppress(httpx.TransportError):
                if (await http.get("/healthz")).status_code == 200:
                    return
            await asyncio.sleep(0.1)
    raise AssertionError(f"{base} did not start; see {log}")


@pytest.fixture
async def cluster(
    engine_name: str, tmp_path: Path
) -> AsyncIterator[tuple[list[str], Database, list[Path]]]:
    if engine_name != "postgresql":
        pytest.skip("several processes share a queue on PostgreSQL; SQLite runs one process")
    url, name = await _create_postgres_database()
    processes: list[asyncio.subprocess.Process] = []
    database = Database(url)
    try:
        await asyncio.to_thread(upgrade, url)
        settings = make_settings(url)
        async with database.sessionmaker() as session:
            await create_admin(session, settings, username=ADMIN_USER, password=ADMIN_PASSWORD)
            await session.commit()
        env = {
            **os.environ,
            "SALESCRM_ENVIRONMENT": "development",  # the receiver is on loopback
            "SALESCRM_DATABASE_URL": url,
            "SALESCRM_SECRET_KEY": TEST_SECRET,
            "SALESCRM_FILES_DIR": str(tmp_path / "files"),
            "SALESCRM_JOBS_ENABLED": "false",
            "SALESCRM_QUEUE_KEEP_SUCCEEDED_JOBS": "true",
            "SALESCRM_LOG_LEVEL": "WARNING",
        }
        bases = []
        logs = []
        for n in range(2):
            port = _free_port()
            logs.append(tmp_path / f"api{n}.log")
            processes.append(
                await _spawn(["serve", "--no-migrate", "--port", str(port)], env, logs[-1])
            )
            bases.append(f"http://127.0.0.1:{port}")
        for n in range(WORKERS):
            logs.append(tmp_path / f"worker{n}.log")
            processes.append(await _spawn(["worker", "--no-migrate"], env, logs[-1]))
        for base, process, log in zip(bases, processes[:2], logs[:2], strict=True):
            await _ready(base, process, log)
        yield bases, database, logs
    finally:
        for process in processes:
            if process.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                await asyncio.wait_for(process.wait(), 15)
            except TimeoutError:
                os.killpg(process.pid, signal.SIGKILL)
                await process.wait()
        await database.dispose()
        await _drop_postgres_database(name)


async def _login(base: str) -> str:
    async with httpx.AsyncClient(base_url=base) as http:
        response = await http.post(
            "/api/v1/auth/token", data={"username": ADMIN_USER, "password": ADMIN_PASSWORD}
        )
        assert response.status_code == 200, response.text
        token: str = response.json()["access_token"]
        return token


def _client(base: str, token: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {token}"})


async def test_two_servers_and_two_workers_share_one_postgresql(
    cluster: tuple[list[str], Database, list[Path]], receiver: Receiver
) -> None:
    (first, second), database, logs = cluster
    token = await _login(first)
    async with _client(first, token) as one, _client(second, token) as two:
        hook = await one.post(
            "/api/v1/webhooks", json={"url": receiver.url, "event_types": ["customer.created"]}
        )
        assert hook.status_code == 201, hook.text
        created = set()
        for n in range(CUSTOMERS):
            server = one if n % 2 else two
            response = await server.post("/api/v1/customers", json={"name": f"多进程客户{n:02d}"})
            assert response.status_code == 201, response.text
            created.add(response.json()["id"])

        def delivered() -> list[dict[str, Any]]:
            return [json.loads(body) for _headers, body in receiver.received]

        for _ in range(300):
            if {d["data"]["record_id"] for d in delivered()} >= created:
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(3)  # time for a duplicate to arrive, were there one
        ids = [headers["webhook-id"] for headers, _body in receiver.received]
        assert {d["data"]["record_id"] for d in delivered()} == created, logs
        assert len(ids) == len(set(ids)) == CUSTOMERS  # once per event, whichever worker

    # Each periodic run of the dispatcher was deferred once for its period, by either worker.
    async with database.engine.connect() as connection:
        runs = (
            await connection.execute(
                text(
                    "SELECT args->>'timestamp' AS period, count(*) AS runs,"
                    " count(DISTINCT worker_id) AS workers FROM procrastinate_jobs"
                    " WHERE task_name = 'dispatch_webhooks' AND args ? 'timestamp'"
                    " GROUP BY 1"
                )
            )
        ).all()
        statuses = dict(
            (
                await connection.execute(
                    text("SELECT status::text, count(*) FROM procrastinate_jobs GROUP BY 1")
                )
            ).all()
        )
    assert len(runs) >= 3, runs  # the test ran for several periods of two seconds
    assert all(row.runs == 1 for row in runs), runs
    assert "failed" not in statuses, statuses

    # A token revoked through one server is refused by the other at once.
    other = await _login(second)
    async with _client(second, other) as two, _client(first, other) as one:
        assert (await one.get("/api/v1/auth/me")).status_code == 200
        assert (await two.post("/api/v1/auth/logout")).status_code == 204
        refused = await one.get("/api/v1/auth/me")
        assert refused.status_code == 401, refused.text
    async with _client(second, token) as two:  # the first session is untouched
        assert (await two.get("/api/v1/auth/me")).status_code == 200
