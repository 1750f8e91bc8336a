"""Test bed: every database test runs on SQLite and on PostgreSQL.

Each run builds its databases from empty with the real migrations (PostgreSQL: a fresh database on
the server named by ``SALESCRM_TEST_POSTGRES_URL``, dropped at the end). Before each test the data
is reset to what the migrations left, so tests see committed data, real transactions and real
concurrency, and never each other's rows.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import functools
import os
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from salescrm.app import create_app
from salescrm.config import Environment, Settings
from salescrm.core.db.engine import Database
from salescrm.core.openapi import render
from salescrm.migrate import upgrade
from salescrm.models import metadata
from salescrm.org.bootstrap import create_admin

ENGINES = ("sqlite", "postgresql")
POSTGRES_ADMIN_URL = os.environ.get(
    "SALESCRM_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
)
TEST_SECRET = "test-secret-key-that-is-long-enough-0123456789"
ADMIN_USER = "root.admin"
ADMIN_PASSWORD = "correct horse battery staple"
#: Attachment content of the tests' apps: a temporary directory, never the working directory.
#: One per process, so xdist workers never share it.
FILES_DIR = tempfile.mkdtemp(prefix="salescrm-test-files-")
atexit.register(shutil.rmtree, FILES_DIR, ignore_errors=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--engines",
        default=os.environ.get("SALESCRM_TEST_ENGINES", ",".join(ENGINES)),
        help="comma-separated database engines to run on (default: sqlite,postgresql)",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine_name" in metafunc.fixturenames:
        engines = [e.strip() for e in metafunc.config.getoption("--engines").split(",") if e]
        unknown = set(engines) - set(ENGINES)
        if unknown:
            raise pytest.UsageError(f"unknown engines: {sorted(unknown)}")
        metafunc.parametrize("engine_name", engines, scope="session")


def pytest_configure(config: pytest.Config) -> None:
    if config.pluginmanager.hasplugin("xdist"):
        config.pluginmanager.register(_EngineGroups(), "salescrm-engine-groups")


def pytest_unconfigure(config: pytest.Config) -> None:
    # Here as well as at exit: execnet may end an xdist worker with os._exit, which skips atexit.
    shutil.rmtree(FILES_DIR, ignore_errors=True)


class _EngineGroups:
    """Under ``pytest -n N --dist loadgroup`` (scripts/test), one worker runs all of an engine.

    Session fixtures build one migrated database per engine per process, so keeping an engine's
    tests on one worker lets each worker migrate only its engine, and the two engines run side by
    side. Tests that need no database stay single work units that go to whichever worker is free;
    each still runs once. xdist's own ``xdist_group`` marks cannot do this under pytest 9 (xdist
    3.8 renames ``item._nodeid``, which pytest 9 no longer reads), so the grouping is read from
    the test id: the ``engine_name`` parameter (``pytest_generate_tests``) is its first part.
    """

    @pytest.hookimpl(tryfirst=True)
    def pytest_xdist_make_scheduler(self, config: pytest.Config, log: Any) -> Any:
        if config.getvalue("dist") != "loadgroup":
            return None
        from xdist.scheduler import LoadScopeScheduling

        class EngineScheduling(LoadScopeScheduling):  # type: ignore[misc]
            def _split_scope(self, nodeid: str) -> str:
                if nodeid.endswith("]"):
                    engine = nodeid[nodeid.rindex("[") + 1 : -1].split("-", 1)[0]
                    if engine in ENGINES:
                        return engine
                return nodeid

        return EngineScheduling(config, log)


async def _create_postgres_database() -> tuple[str, str]:
    name = f"salescrm_test_{uuid.uuid4().hex[:12]}"
    admin = create_async_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'CREATE DATABASE "{name}"'))
    await admin.dispose()
    url = make_url(POSTGRES_ADMIN_URL).set(database=name)
    return url.render_as_string(hide_password=False), name


async def _drop_postgres_database(name: str) -> None:
    admin = create_async_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    await admin.dispose()


class TestDatabase:
    """A migrated database plus the rows the migrations left (restored before every test).

    The baseline also holds a bootstrapped administrator and one logged-in session of theirs, so
    ``admin_token`` stays valid in every test.
    """

    __test__ = False

    def __init__(self, engine_name: str, url: str) -> None:
        self.engine_name = engine_name
        self.url = url
        self.database = Database(url)
        self.baseline: dict[str, list[dict[str, Any]]] = {}
        self.admin_token = ""
        self.admin_id = ""
        self.root_department_id = ""

    async def snapshot(self) -> None:
        async with self.database.engine.connect() as connection:
            for table in metadata.sorted_tables:
                rows = (await connection.execute(select(table))).mappings().all()
                self.baseline[table.name] = [dict(r) for r in rows]

    async def reset(self) -> None:
        # Every table emptied in one round trip (one statement per table cost about 20 ms per
        # test on each engine: a round trip, or a thread hop, for each of ~90 tables).
        tables = reversed(metadata.sorted_tables)  # our own table names, quoted
        wipe = "; ".join(f'DELETE FROM "{t.name}"' for t in tables)  # noqa: S608
        async with self.database.engine.connect() as connection:
            driver = (await connection.get_raw_connection()).driver_connection
            if self.engine_name == "sqlite":
                await driver.executescript(f"BEGIN; {wipe}; COMMIT;")
            else:  # a simple query: its statements run in one implicit transaction
                await driver.execute(wipe)
        async with self.database.engine.begin() as connection:
            for table in metadata.sorted_tables:
                if self.baseline.get(table.name):
                    await connection.execute(table.insert(), self.baseline[table.name])


@pytest.fixture(scope="session")
async def test_db(
    engine_name: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[TestDatabase]:
    pg_name = None
    if engine_name == "sqlite":
        path: Path = tmp_path_factory.mktemp("db") / "salescrm.db"
        url = f"sqlite+aiosqlite:///{path}"
    else:
        url, pg_name = await _create_postgres_database()
    try:
        await asyncio.to_thread(upgrade, url)
        db = TestDatabase(engine_name, url)
        yield db
        await db.database.dispose()
    finally:
        if pg_name is not None:
            await _drop_postgres_database(pg_name)


@functools.cache
def published_document() -> str:
    """The OpenAPI document as ``salescrm openapi`` writes it, built once per test process:
    building it takes seconds, and many guards read it (each parses its own copy, so none
    sees another's changes)."""
    return render(create_app())


def make_settings(url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "environment": Environment.test,
        "database_url": url,
        "secret_key": TEST_SECRET,
        "max_body_bytes": 64 * 1024,
        # Argon2id stays Argon2id, at a cost that keeps hundreds of logins fast in tests.
        "argon2_memory_cost_kib": 64,
        "argon2_time_cost": 1,
        "argon2_parallelism": 1,
        "jobs_enabled": False,  # tests run jobs explicitly
        # The session's administrator token serves every test of a worker: on a slow machine
        # a worker's share of the suite outlasts the 15 minutes of the default.
        "access_token_ttl_seconds": 4 * 3600,
        "files_dir": FILES_DIR,
        **overrides,
    }
    return Settings(**values)


@pytest.fixture(scope="session")
def settings(test_db: TestDatabase) -> Settings:
    return make_settings(test_db.url)


@pytest.fixture(scope="session")
def app(settings: Settings, test_db: TestDatabase) -> Any:
    return create_app(settings, database=test_db.database)


def http_client(app: Any, token: str | None = None) -> httpx.AsyncClient:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url="http://test", headers=headers)


@contextlib.asynccontextmanager
async def with_worker(db: TestDatabase, **overrides: Any) -> AsyncIterator[httpx.AsyncClient]:
    """The administrator on an app that runs its own task-queue worker (``jobs_enabled``), as
    ``salescrm serve`` does: background work enqueued by a request runs without a hand."""
    app = create_app(make_settings(db.url, jobs_enabled=True, **overrides), database=db.database)
    async with app.router.lifespan_context(app), http_client(app, db.admin_token) as http:
        yield http


def assert_unknown_reference(response: httpx.Response, *loc: str | int) -> None:
    """The one answer for a record a body names that is absent or outside the caller's scope:
    a 422 ``validation_error`` naming the field, ``type: not_found``
    (``core.errors.unknown_reference``)."""
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["code"] == "validation_error", body
    assert [(e["loc"], e["type"]) for e in body["errors"]] == [(list(loc), "not_found")], body


def without_summaries(body: Any) -> Any:
    """A record's JSON without the reference summaries beside its ids (``owner`` beside
    ``owner_id``): what event payloads and delta sync carry (``core.references``)."""
    if isinstance(body, list):
        return [without_summaries(item) for item in body]
    if not isinstance(body, dict):
        return body
    return {
        key: without_summaries(value)
        for key, value in body.items()
        if not (f"{key}_id" in body and (value is None or isinstance(value, dict)))
    }


async def login(app: Any, username: str, password: str) -> str:
    async with http_client(app) as http:
        response = await http.post(
            "/api/v1/auth/token", data={"username": username, "password": password}
        )
        assert response.status_code == 200, response.text
        token: str = response.json()["access_token"]
        return token


@pytest.fixture(scope="session")
async def baseline(app: Any, settings: Settings, test_db: TestDatabase) -> TestDatabase:
    async with test_db.database.sessionmaker() as session:
        admin = await create_admin(session, settings, username=ADMIN_USER, password=ADMIN_PASSWORD)
        await session.commit()
        test_db.admin_id = str(admin.employee.id)
        test_db.root_department_id = str(admin.employee.department_id)
    test_db.admin_token = await login(app, ADMIN_USER, ADMIN_PASSWORD)
    await test_db.snapshot()
    return test_db


@pytest.fixture
async def db(baseline: TestDatabase) -> TestDatabase:
    await baseline.reset()
    return baseline


@pytest.fixture
async def client(app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client logged in as the bootstrapped administrator."""
    async with http_client(app, db.admin_token) as http:
        yield http


@pytest.fixture
async def anon(app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client without credentials."""
    async with http_client(app) as http:
        yield http
