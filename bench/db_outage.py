"""Measure: the service through a PostgreSQL restart (issue 15, item 1).

A real server (``salescrm serve``, its own queue worker on) on a throw-away PostgreSQL cluster of
the benchmark's own (``pg_createcluster``, so that stopping it disturbs nobody; ``--cluster
VERSION/NAME`` takes an existing one, which is then stopped and started). ``--clients`` loops run
for ``--seconds``, each creating a customer (with an ``Idempotency-Key``) and reading the list;
``--stop-at`` seconds in, the cluster is stopped in fast mode (every connection ended) and
started again ``--down`` seconds later. A poller asks ``/readyz`` every 100 ms.

Counted: requests sent, answers by status, the slowest answer while the database was away, the
readiness transitions, and then, in the database, every write that was acknowledged with a 2xx
(none may be missing). The queue worker must come back too: a worker heartbeat after the restart.

    cd bench && ../.venv/bin/python db_outage.py            # 8 clients, 30 s, down at 8 s for 8 s
    cd bench && ../.venv/bin/python db_outage.py --json out.json

Needs the PostgreSQL server tools (``pg_createcluster``/``pg_ctlcluster`` of Debian's
postgresql-common) and the rights to use them.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from harness import machine
from import_customers import FAST_ARGON2, PASSWORD
from sqlalchemy import text

from salescrm.config import Settings
from salescrm.core.db.engine import Database
from salescrm.migrate import upgrade
from salescrm.org.bootstrap import create_admin

CLUSTER_NAME = "salescrm_outage"
ADMIN = "outage.admin"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _run(*command: str) -> None:
    subprocess.run(command, check=True, capture_output=True, text=True)  # noqa: S603


def _version() -> str:
    versions = sorted(Path("/usr/lib/postgresql").iterdir(), key=lambda p: int(p.name))
    if not versions:
        raise SystemExit("no PostgreSQL server installed (pg_createcluster needs one)")
    return versions[-1].name


@dataclass
class Cluster:
    version: str
    name: str
    port: int
    owned: bool

    def stop(self) -> None:
        _run("pg_ctlcluster", self.version, self.name, "stop", "-m", "fast")

    def start(self) -> None:
        _run("pg_ctlcluster", "--skip-systemctl-redirect", self.version, self.name, "start")


@contextlib.contextmanager
def cluster(existing: str | None) -> Any:
    if existing:
        version, name = existing.split("/", 1)
        port = int(
            subprocess.run(  # noqa: S603
                ["pg_conftool", "-s", version, name, "show", "port"],  # noqa: S607
                check=True,
                capture_output=True,
                text=True,
            ).stdout.strip()
        )
        yield Cluster(version, name, port, owned=False)
        return
    version, port = _version(), _free_port()
    with contextlib.suppress(subprocess.CalledProcessError):
        _run("pg_dropcluster", version, CLUSTER_NAME, "--stop")
    _run("pg_createcluster", version, CLUSTER_NAME, "--port", str(port), "--", "--auth=trust")
    made = Cluster(version, CLUSTER_NAME, port, owned=True)
    try:
        made.start()
        yield made
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            _run("pg_dropcluster", version, CLUSTER_NAME, "--stop")


@dataclass
class Tally:
    statuses: Counter[int] = field(default_factory=Counter)
    transport_errors: int = 0
    missing_retry_after: int = 0
    non_problem_errors: int = 0
    acknowledged: list[str] = field(default_factory=list)
    latencies_down: list[float] = field(default_factory=list)
    latencies_up: list[float] = field(default_factory=list)
    readiness: list[tuple[float, int]] = field(default_factory=list)


async def _client(
    base: str, token: str, until: float, down: list[float | None], tally: Tally
) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=60) as http:
        while time.monotonic() < until:
            for method in ("POST", "GET"):
                name = f"断库压测客户 {uuid.uuid4().hex}"
                started = time.monotonic()
                try:
                    if method == "POST":
                        response = await http.post(
                            "/api/v1/customers",
                            json={"name": name},
                            headers={"Idempotency-Key": uuid.uuid4().hex},
                        )
                    else:
                        response = await http.get("/api/v1/customers", params={"limit": 20})
                except httpx.TransportError:
                    tally.transport_errors += 1
                    continue
                elapsed = time.monotonic() - started
                outage = down[0] is not None and (down[1] is None or started < (down[1] or 0))
                (tally.latencies_down if outage else tally.latencies_up).append(elapsed)
                tally.statuses[response.status_code] += 1
                if response.is_success and method == "POST":
                    tally.acknowledged.append(response.json()["id"])
                if response.status_code >= 400:
                    if not response.headers.get("content-type", "").startswith(
                        "application/problem+json"
                    ):
                        tally.non_problem_errors += 1
                    if response.status_code == 503 and "retry-after" not in response.headers:
                        tally.missing_retry_after += 1
                if response.status_code == 503:
                    await asyncio.sleep(0.2)  # a client that honours back-off, shortened


async def _readiness(base: str, until: float, t0: float, tally: Tally) -> None:
    last = None
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        while time.monotonic() < until:
            try:
                status = (await http.get("/readyz")).status_code
            except httpx.TransportError:
                status = 0
            if status != last:
                tally.readiness.append((round(time.monotonic() - t0, 2), status))
                last = status
            await asyncio.sleep(0.1)


async def _outage(
    made: Cluster, stop_at: float, down_for: float, t0: float, down: list[float | None]
) -> None:
    await asyncio.sleep(stop_at)
    down[0] = time.monotonic() - t0  # from the moment the server is told to stop
    await asyncio.to_thread(made.stop)
    await asyncio.sleep(down_for)
    await asyncio.to_thread(made.start)
    down[1] = time.monotonic() - t0  # to the moment it accepts connections again


async def _spawn(env: dict[str, str], port: int, log: Path) -> asyncio.subprocess.Process:
    with log.open("wb") as out:
        return await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "salescrm.cli",
            "serve",
            "--no-migrate",
            "--port",
            str(port),
            env=env,
            stdout=out,
            stderr=asyncio.subprocess.STDOUT,
            start_new_session=True,
        )


async def measure(args: argparse.Namespace, made: Cluster) -> dict[str, Any]:
    admin_url = f"postgresql+asyncpg://postgres@127.0.0.1:{made.port}/postgres"
    name = f"salescrm_outage_{uuid.uuid4().hex[:8]}"
    admin = Database(admin_url)
    async with admin.engine.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        await connection.execute(text(f'CREATE DATABASE "{name}"'))
    await admin.dispose()
    url = f"postgresql+asyncpg://postgres@127.0.0.1:{made.port}/{name}"
    await asyncio.to_thread(upgrade, url)
    folder = Path(tempfile.mkdtemp(prefix="salescrm-outage-"))
    secret = uuid.uuid4().hex * 2
    settings = Settings(database_url=url, secret_key=secret, **FAST_ARGON2)  # type: ignore[arg-type]
    database = Database(url)
    async with database.sessionmaker() as session:
        await create_admin(session, settings, username=ADMIN, password=PASSWORD)
        await session.commit()
    env = {
        **os.environ,
        "SALESCRM_DATABASE_URL": url,
        "SALESCRM_SECRET_KEY": secret,
        "SALESCRM_FILES_DIR": str(folder / "files"),
        "SALESCRM_JOBS_ENABLED": "true",
        "SALESCRM_LOG_LEVEL": "WARNING",
        "SALESCRM_DATABASE_CONNECT_TIMEOUT_SECONDS": str(args.connect_timeout),
        **{f"SALESCRM_{k.upper()}": str(v) for k, v in FAST_ARGON2.items()},
    }
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log = folder / "server.log"
    server = await _spawn(env, port, log)
    tally = Tally()
    try:
        async with httpx.AsyncClient(base_url=base) as http:
            for _ in range(300):
                with contextlib.suppress(httpx.TransportError):
                    if (await http.get("/readyz")).status_code == 200:
                        break
                await asyncio.sleep(0.1)
            token = await http.post(
                "/api/v1/auth/token", data={"username": ADMIN, "password": PASSWORD}
            )
            token.raise_for_status()
            access = token.json()["access_token"]
        t0 = time.monotonic()
        until = t0 + args.seconds
        down: list[float | None] = [None, None]
        await asyncio.gather(
            _outage(made, args.stop_at, args.down, t0, down),
            _readiness(base, until, t0, tally),
            *(_client(base, access, until, down, tally) for _ in range(args.clients)),
        )
        restarted_at = time.time() - (time.monotonic() - t0 - (down[1] or 0))
        # The worker came back: a heartbeat after the restart (procrastinate beats every 10 s).
        worker_back = False
        for _ in range(60):
            async with database.engine.connect() as connection:
                beat = await connection.execute(
                    text(
                        "SELECT count(*) FROM procrastinate_workers "
                        "WHERE extract(epoch FROM last_heartbeat) > :t"
                    ),
                    {"t": restarted_at},
                )
                if beat.scalar_one():
                    worker_back = True
                    break
            await asyncio.sleep(1)
        async with database.engine.connect() as connection:
            found = await connection.execute(
                text("SELECT count(*) FROM customers WHERE id = ANY(CAST(:ids AS uuid[]))"),
                {"ids": tally.acknowledged},
            )
            present = int(found.scalar_one())
            stored = int(
                (
                    await connection.execute(
                        text("SELECT count(*) FROM customers WHERE name LIKE '断库压测客户 %'")
                    )
                ).scalar_one()
            )
    finally:
        if server.returncode is None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                await asyncio.wait_for(server.wait(), 15)
            except TimeoutError:
                os.killpg(server.pid, signal.SIGKILL)
        await database.dispose()
        server_log = log.read_text(errors="replace")
        shutil.rmtree(folder, ignore_errors=True)
    five_hundreds = sum(
        n for status, n in tally.statuses.items() if status >= 500 and status != 503
    )
    return {
        "clients": args.clients,
        "seconds": args.seconds,
        "database_stop_requested_at_s": round(down[0] or 0, 2),
        "database_started_again_at_s": round(down[1] or 0, 2),
        "connect_timeout_s": args.connect_timeout,
        "requests": sum(tally.statuses.values()) + tally.transport_errors,
        "statuses": dict(sorted(tally.statuses.items())),
        "transport_errors": tally.transport_errors,
        "other_5xx": five_hundreds,
        "503_without_retry_after": tally.missing_retry_after,
        "errors_not_problem_json": tally.non_problem_errors,
        "writes_acknowledged": len(tally.acknowledged),
        "acknowledged_writes_found": present,
        "writes_stored": stored,
        "slowest_answer_while_down_s": round(max(tally.latencies_down, default=0), 3),
        "median_answer_while_up_ms": round(statistics.median(tally.latencies_up) * 1000, 1)
        if tally.latencies_up
        else None,
        "readiness": tally.readiness,
        "worker_heartbeat_after_restart": worker_back,
        "server_log_tracebacks": server_log.count("Traceback"),
        "server_log_errors": _errors(server_log),
        "machine": machine(),
    }


def _errors(server_log: str) -> dict[str, int]:
    """The server's WARNING and ERROR lines, counted by their message (JSON logs)."""
    seen: Counter[str] = Counter()
    for line in server_log.splitlines():
        with contextlib.suppress(ValueError):
            record = json.loads(line)
            if isinstance(record, dict) and record.get("level") in ("warning", "error"):
                trace = " (with traceback)" if "exc" in record else ""
                seen[f"{record.get('logger')}: {str(record.get('msg'))[:100]}{trace}"] += 1
    return dict(seen.most_common(12))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--stop-at", type=float, default=8.0)
    parser.add_argument("--down", type=float, default=8.0)
    parser.add_argument("--connect-timeout", type=float, default=5.0)
    parser.add_argument("--cluster", help="VERSION/NAME of an existing cluster (it is restarted)")
    parser.add_argument("--json", type=Path, help="also write the report here")
    args = parser.parse_args()
    with cluster(args.cluster) as made:
        report = asyncio.run(measure(args, made))
    print(json.dumps(report, indent=2, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False))
    lost = report["writes_acknowledged"] - report["acknowledged_writes_found"]
    failed = lost or report["other_5xx"] or report["503_without_retry_after"]
    failed = (
        failed or report["errors_not_problem_json"] or not report["worker_heartbeat_after_restart"]
    )
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
