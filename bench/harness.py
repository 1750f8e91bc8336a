"""What a benchmark needs around its measurement: a throw-away migrated database on either
engine, the app with an administrator signed in, and the facts of the machine it ran on."""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx
from import_customers import DEFAULT_POSTGRES, FAST_ARGON2, PASSWORD, create_postgres, drop_postgres

import salescrm.models  # noqa: F401 - every mapper known before the first query
from salescrm.app import create_app
from salescrm.config import Settings
from salescrm.core.db.engine import Database
from salescrm.migrate import upgrade
from salescrm.org.bootstrap import create_admin

T = TypeVar("T")


def engine_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sqlite", action="store_true", help="a temporary SQLite file instead")
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES)


def on_engine(args: argparse.Namespace, run: Callable[[str, str], Awaitable[T]]) -> T:
    """``run(url, engine)`` on a new PostgreSQL database (dropped after) or SQLite file."""
    if args.sqlite:
        folder = Path(tempfile.mkdtemp(prefix="salescrm-bench-db-"))
        try:
            return asyncio.run(run(f"sqlite+aiosqlite:///{folder / 'bench.db'}", "sqlite"))
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    url, name = asyncio.run(create_postgres(args.postgres_url))
    try:
        return asyncio.run(run(url, "postgresql"))
    finally:
        asyncio.run(drop_postgres(args.postgres_url, name))


@dataclass
class Bench:
    database: Database
    settings: Settings
    http: httpx.AsyncClient


@asynccontextmanager
async def signed_in(url: str) -> AsyncIterator[Bench]:
    """The migrated database, the app (jobs off: the benchmark runs them) and an in-process
    client signed in as an administrator."""
    folder = Path(tempfile.mkdtemp(prefix="salescrm-bench-"))
    try:
        await asyncio.to_thread(upgrade, url)
        settings = Settings(
            database_url=url,
            secret_key=uuid.uuid4().hex * 2,
            jobs_enabled=False,
            files_dir=str(folder / "files"),
            **FAST_ARGON2,
        )
        database = Database(url)
        async with database.sessionmaker() as session:
            session.info["actor"] = ("system", None)
            await create_admin(session, settings, username="bench.admin", password=PASSWORD)
            await session.commit()
        app = create_app(settings, database=database)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
            token = await http.post(
                "/api/v1/auth/token", data={"username": "bench.admin", "password": PASSWORD}
            )
            http.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
            yield Bench(database, settings, http)
        await database.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def machine() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average": round(os.getloadavg()[0], 2),
    }
