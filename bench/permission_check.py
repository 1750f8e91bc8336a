"""Benchmark: the per-request permission check and the scoped list query at company size.

On a fresh database (PostgreSQL by default, ``--sqlite`` for an embedded file) migrated with the
real migrations, this bulk-inserts an organisation of ``--employees`` employees (1 CEO holding
the admin role, ``--directors`` sales directors each heading a division, ``--managers`` sales
managers spread over the divisions' teams, the rest representatives), each with a login and a
built-in role, then measures for four subjects -- a representative (scope ``own``), a manager
(``subordinates``, ~100 reports), a director (``department_tree``, ~1,000 people below) and the
administrator (``all``):

* ``auth``: ``Authenticator.authenticate`` with a real access token -- JWT verification, the
  session row, the employee and the roles (what every request pays before its handler runs);
* ``list``: ``EmployeeRepository.list(EmployeeListParams(limit=50))`` -- the scoped first page
  of ``GET /api/v1/employees``, with its eager loads;
* ``auth+list``: both in one session, as one request runs them.

Each sample runs in a fresh session whose connection is checked out before the clock starts, so
pool checkout (and ``pool_pre_ping``) is not counted. Password hashing is not measured, so the
logins use a cheap Argon2id cost. The database is dropped (or the file deleted) at the end.

    python bench/permission_check.py --employees 10000
    python bench/permission_check.py --employees 10000 --sqlite
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import secrets
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession, create_async_engine

import salescrm.models  # noqa: F401 - every mapper known before the first query
from salescrm.auth.models import Account
from salescrm.auth.service import Authenticator, AuthService
from salescrm.config import Settings
from salescrm.core.db.engine import Database
from salescrm.core.ids import new_id
from salescrm.core.permissions.subject import Subject
from salescrm.core.search import search_document
from salescrm.core.security.passwords import PasswordHasher
from salescrm.core.uow import Ctx
from salescrm.migrate import upgrade
from salescrm.org.models import Department, Employee, EmployeeRole, Role, path_of
from salescrm.org.repository import EmployeeRepository
from salescrm.org.schemas import EmployeeListParams

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
DEFAULT_POSTGRES = os.environ.get(
    "SALESCRM_BENCH_POSTGRES_URL",
    os.environ.get(
        "SALESCRM_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
    ),
)
PASSWORD = "bench-password-1"  # noqa: S105 - a throwaway login in a throwaway database
#: Hashing is not what is measured: Argon2id stays Argon2id, at a trivial cost.
FAST_ARGON2 = {"argon2_memory_cost_kib": 64, "argon2_time_cost": 1, "argon2_parallelism": 1}
TEAMS_PER_DIVISION = 4
BATCH = 2000

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓"
    "曹彭曾肖田董袁潘蔡蒋余叶程苏吕魏丁沈姚钟方"
)
GIVEN = "伟强磊军勇杰涛超明刚芳娜敏静丽艳婷雪梅娟燕欣怡涵琪雨佳慧华兰晨阳浩宇轩博文俊峰"


# ----- the organisation --------------------------------------------------------------------
@dataclass
class Person:
    id: uuid.UUID
    number: int
    level: str  # ceo | director | manager | rep
    department_id: uuid.UUID
    manager: Person | None
    manager_path: str
    role: str


@dataclass
class Org:
    departments: list[dict[str, Any]] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)

    def by_level(self, level: str) -> list[Person]:
        return [p for p in self.people if p.level == level]


def build_org(employees: int, directors: int, managers: int, rng: random.Random) -> Org:
    """A company tree: root -> divisions (one per director) -> teams; CEO -> directors -> ...

    Managers are spread round-robin over the divisions and their teams; representatives
    round-robin over the managers, so each manager has ``(employees - 1 - directors - managers)
    / managers`` reports and each director about ``employees / directors`` people below.
    """
    if employees < 1 + directors + managers + managers:
        raise SystemExit("--employees must leave at least one representative per manager")
    org = Org()
    now = datetime.now(UTC)

    def department(name: str, kind: str, code: str, parent: dict[str, Any] | None) -> Any:
        row = {
            "id": new_id(),
            "code": code,
            "name": name,
            "kind": kind,
            "parent_id": parent["id"] if parent else None,
            "path": path_of(parent["path"], parent["id"]) if parent else "/",
            "head_id": None,
            "sort_order": len(org.departments),
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }
        org.departments.append(row)
        return row

    root = department("总公司", "company", "HQ", None)
    divisions = [
        department(f"销售{d + 1}部", "branch", f"D{d + 1:02d}", root) for d in range(directors)
    ]
    teams = [
        [
            department(f"销售{d + 1}部{t + 1}组", "team", f"D{d + 1:02d}-T{t + 1}", division)
            for t in range(TEAMS_PER_DIVISION)
        ]
        for d, division in enumerate(divisions)
    ]

    def person(level: str, department_id: uuid.UUID, manager: Person | None, role: str) -> Person:
        p = Person(
            id=new_id(),
            number=len(org.people) + 1,
            level=level,
            department_id=department_id,
            manager=manager,
            manager_path=path_of(manager.manager_path, manager.id) if manager else "/",
            role=role,
        )
        org.people.append(p)
        return p

    ceo = person("ceo", root["id"], None, "admin")
    root["head_id"] = ceo.id
    heads = []
    for division in divisions:
        director = person("director", division["id"], ceo, "sales_director")
        division["head_id"] = director.id
        heads.append(director)
    team_managers = []
    for m in range(managers):
        d = m % directors
        team = teams[d][(m // directors) % TEAMS_PER_DIVISION]
        manager = person("manager", team["id"], heads[d], "sales_manager")
        team["head_id"] = team["head_id"] or manager.id
        team_managers.append(manager)
    reps = employees - len(org.people)
    for r in range(reps):
        manager = team_managers[r % managers]
        person("rep", manager.department_id, manager, "sales_rep")
    # Hiring happened over years, not in tree order: shuffle the representatives' numbers so
    # created_at order (the default sort) does not cluster a manager's team together.
    rep_people = org.by_level("rep")
    numbers = [p.number for p in rep_people]
    rng.shuffle(numbers)
    for p, n in zip(rep_people, numbers, strict=True):
        p.number = n
    return org


def employee_rows(org: Org, rng: random.Random) -> Iterator[dict[str, Any]]:
    start = datetime(2019, 1, 1, tzinfo=UTC)
    span = (datetime(2026, 10, 1, tzinfo=UTC) - start).total_seconds()
    total = len(org.people)
    for p in org.people:
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        # created_at grows with the (shuffled) number, as it would for records added over time
        created = start + timedelta(seconds=span * p.number / total + rng.random())
        yield {
            "id": p.id,
            "employee_no": f"B{p.number:06d}",
            "name": name,
            "gender": rng.choice(("male", "female")),
            "mobile": f"+86138{p.number:08d}",
            "email": f"bench{p.number:06d}@example.com",
            "department_id": p.department_id,
            "position_id": None,
            "manager_id": p.manager.id if p.manager else None,
            "manager_path": p.manager_path,
            "hire_date": created.date(),
            "employment_status": "active",
            "is_sales": p.level != "ceo",
            "resigned_on": None,
            "search_text": search_document([name, f"B{p.number:06d}"]),
            "created_at": created,
            "updated_at": created,
            "version": 1,
        }


def chunks(rows: list[dict[str, Any]], size: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


async def load(database: Database, org: Org, settings: Settings, rng: random.Random) -> None:
    """Core bulk inserts (no ORM objects, no audit trail): departments, people by level, logins."""
    password_hash = PasswordHasher(settings).hash(PASSWORD)
    now = datetime.now(UTC)
    rows = list(employee_rows(org, rng))
    level_of = {p.id: p.level for p in org.people}
    async with database.engine.begin() as conn:
        roles: dict[str, uuid.UUID] = dict((await conn.execute(select(Role.code, Role.id))).all())
        await conn.execute(insert(Department), org.departments)
        for level in ("ceo", "director", "manager", "rep"):  # managers before their reports
            for batch in chunks([r for r in rows if level_of[r["id"]] == level]):
                await conn.execute(insert(Employee), batch)
        roles_rows = [{"employee_id": p.id, "role_id": roles[p.role]} for p in org.people]
        for batch in chunks(roles_rows):
            await conn.execute(insert(EmployeeRole), batch)
        accounts = [
            {
                "id": new_id(),
                "employee_id": p.id,
                "username": f"bench{p.number:06d}",
                "password_hash": password_hash,
                "enabled": True,
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
            for p in org.people
        ]
        for batch in chunks(accounts):
            await conn.execute(insert(Account), batch)
    # Fresh statistics, as autovacuum (PostgreSQL) or a periodic ANALYZE would leave them.
    async with database.engine.connect() as conn:
        if database.dialect == "postgresql":
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text("VACUUM ANALYZE"))
        else:
            await conn.execute(text("ANALYZE"))
            await conn.commit()


# ----- measuring ---------------------------------------------------------------------------
@dataclass
class Stats:
    median_ms: float
    p95_ms: float
    mean_ms: float
    min_ms: float
    max_ms: float

    @classmethod
    def of(cls, samples: list[float]) -> Stats:
        ordered = sorted(samples)
        p95 = statistics.quantiles(ordered, n=20, method="inclusive")[18]
        return cls(
            median_ms=round(statistics.median(ordered), 3),
            p95_ms=round(p95, 3),
            mean_ms=round(statistics.fmean(ordered), 3),
            min_ms=round(ordered[0], 3),
            max_ms=round(ordered[-1], 3),
        )


Work = Callable[[AsyncSession], Awaitable[object]]


async def once(database: Database, work: Work) -> float:
    """One call in a fresh session, in milliseconds (connection checked out beforehand)."""
    async with database.sessionmaker() as session:
        await session.connection()  # checkout, pre-ping and BEGIN before the clock starts
        started = time.perf_counter()
        await work(session)
        elapsed = (time.perf_counter() - started) * 1000
        await session.rollback()
    return elapsed


async def sample(
    database: Database, works: dict[str, Work], *, iterations: int, warmup: int
) -> dict[str, list[float]]:
    """Round-robin over every measurement, so background noise spreads over all of them."""
    samples: dict[str, list[float]] = {name: [] for name in works}
    for i in range(warmup + iterations):
        for name, work in works.items():
            elapsed = await once(database, work)
            if i >= warmup:
                samples[name].append(elapsed)
    return samples


async def login(database: Database, settings: Settings, username: str) -> str:
    async with database.sessionmaker() as session:
        session.info["actor"] = ("system", None)
        pair = await AuthService(session, settings).login(
            username=username, password=PASSWORD, ip=None, user_agent="bench"
        )
        await session.commit()
    return pair.access_token


class Capture:
    """Records the SQL statements (and parameters) a block of code sends."""

    def __init__(self, database: Database) -> None:
        self.engine = database.engine.sync_engine
        self.statements: list[tuple[str, Any]] = []

    def _record(self, _c: Any, _cur: Any, statement: str, params: Any, *_: Any) -> None:
        self.statements.append((statement, params))

    def __enter__(self) -> Capture:
        event.listen(self.engine, "before_cursor_execute", self._record)
        return self

    def __exit__(self, *_: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._record)


async def explain(conn: AsyncConnection, dialect: str, statement: str, params: Any) -> list[str]:
    """The plan of exactly the statement the repository sent, with its parameters."""
    if dialect == "postgresql":
        raw = await conn.get_raw_connection()
        driver = raw.driver_connection
        assert driver is not None
        rows = await driver.fetch(f"EXPLAIN (ANALYZE, BUFFERS) {statement}", *params)
        return [str(r[0]) for r in rows]
    result = await conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", tuple(params))
    return [" ".join(str(c) for c in row) for row in result.all()]


def scope_sql(session: AsyncSession, subject: Subject, settings: Settings) -> str:
    """The subject's page statement, compiled with its values inlined (for reading)."""
    repo = EmployeeRepository(Ctx(session, subject, settings))
    stmt = repo.readable().order_by(Employee.created_at.desc(), Employee.id.desc()).limit(51)
    bind = session.get_bind()
    return str(stmt.compile(dialect=bind.dialect, compile_kwargs={"literal_binds": True}))


async def run(args: argparse.Namespace, url: str, engine_label: str) -> dict[str, Any]:
    settings = scale_settings(url)
    load_before = os.getloadavg()[0]
    rng = random.Random(args.seed)
    org = build_org(args.employees, args.directors, args.managers, rng)
    database = Database(url)
    try:
        started = time.perf_counter()
        await load(database, org, settings, rng)
        load_seconds = time.perf_counter() - started
        print(
            f"loaded {len(org.people):,} employees, {len(org.departments)} departments, "
            f"{len(org.people):,} logins and role grants in {load_seconds:.1f}s",
            flush=True,
        )
        number = {p.id: p.number for p in org.people}
        manager = org.by_level("manager")[0]
        subjects = {
            "rep": next(p for p in org.by_level("rep") if p.manager is manager),
            "manager": manager,
            "director": org.by_level("director")[0],
            "admin": org.by_level("ceo")[0],
        }
        authenticator = Authenticator(settings)
        results: dict[str, Any] = {}
        works: dict[str, Work] = {}
        for label, person in subjects.items():
            token = await login(database, settings, f"bench{number[person.id]:06d}")
            async with database.sessionmaker() as session:
                subject = await authenticator.authenticate(session, bearer=token, api_key=None)
                repo = EmployeeRepository(Ctx(session, subject, settings))
                visible = int(
                    await session.scalar(
                        select(func.count()).select_from(repo.readable().subquery())
                    )
                    or 0
                )

            async def auth(session: AsyncSession, token: str = token) -> Subject:
                return await authenticator.authenticate(session, bearer=token, api_key=None)

            async def page(
                session: AsyncSession, subject: Subject = subject, visible: int = visible
            ) -> object:
                repo = EmployeeRepository(Ctx(session, subject, settings))
                result = await repo.list(EmployeeListParams(limit=50))
                assert len(result.items) == min(50, visible)
                return result

            async def both(session: AsyncSession, auth: Work = auth, page: Work = page) -> object:
                await auth(session)  # the subject is the same one ``page`` holds
                return await page(session)

            works.update({f"{label}/auth": auth, f"{label}/list": page, f"{label}/auth+list": both})
            results[label] = {
                "scopes": sorted(s.value for s in subject.scopes),
                "visible_employees": visible,
            }
            # The plan of the subject's page query (printed for the manager), exactly as sent.
            async with database.sessionmaker() as session:
                with Capture(database) as capture:
                    await EmployeeRepository(Ctx(session, subject, settings)).list(
                        EmployeeListParams(limit=50)
                    )
                statement, params = capture.statements[0]
                results[label]["plan"] = await explain(
                    await session.connection(), database.dialect, statement, params
                )
                results[label]["sql"] = scope_sql(session, subject, settings)
                results[label]["queries_per_list"] = len(capture.statements)
        print(
            f"measuring {len(works)} calls round-robin, {args.warmup} warm-up + "
            f"{args.iterations} rounds ...",
            flush=True,
        )
        samples = await sample(database, works, iterations=args.iterations, warmup=args.warmup)
        for name, values in samples.items():
            label, kind = name.split("/")
            results[label][kind] = Stats.of(values).__dict__
        server = await server_version(database)
    finally:
        await database.dispose()
    return {
        "benchmark": "permission_check",
        "engine": engine_label,
        "server_version": server,
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "employees": len(org.people),
        "departments": len(org.departments),
        "directors": args.directors,
        "managers": args.managers,
        "iterations": args.iterations,
        "warmup": args.warmup,
        "load_seconds": round(load_seconds, 2),
        "argon2": FAST_ARGON2,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        # Other work on the machine skews the figures: the 1-minute load before and after.
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "machine": platform.platform(),
        "loop": type(asyncio.get_running_loop()).__module__,
        "results": results,
    }


async def server_version(database: Database) -> str:
    async with database.engine.connect() as conn:
        if database.dialect == "postgresql":
            return str(await conn.scalar(text("SHOW server_version")))
        return "SQLite " + str(await conn.scalar(text("SELECT sqlite_version()")))


# ----- databases ---------------------------------------------------------------------------
async def create_postgres(admin_url: str) -> tuple[str, str]:
    name = f"salescrm_bench_{uuid.uuid4().hex[:10]}"
    admin = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as conn:
            await conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        await admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False), name


async def drop_postgres(admin_url: str, name: str) -> None:
    admin = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        await admin.dispose()


def scale_settings(url: str) -> Settings:
    """The settings of a scale benchmark's app: jobs off (the benchmark runs what it measures),
    a throw-away secret, tokens that outlast a long run, and a cheap Argon2id for its logins."""
    return Settings(
        database_url=url,
        secret_key=secrets.token_urlsafe(48),
        jobs_enabled=False,
        access_token_ttl_seconds=12 * 3600,
        **FAST_ARGON2,
    )


# ----- the scale benchmarks' shared command line and run -----------------------------------
def event_loop_factory(default_loop: bool) -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's loop (the one uvicorn[standard] serves on) unless asked for the default one
    or uvloop is missing."""
    if default_loop:
        return None
    try:
        import uvloop
    except ImportError:
        return None
    factory: Callable[[], asyncio.AbstractEventLoop] = uvloop.new_event_loop
    return factory


def scale_arguments(parser: argparse.ArgumentParser, *, subjects: list[str]) -> None:
    """The options every ``*_scale.py`` benchmark takes besides its data-set sizes."""
    parser.add_argument("--iterations", type=int, default=60)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--subjects",
        type=lambda s: [x for x in s.split(",") if x],
        default=subjects,
        help=f"comma-separated, of rep,manager,admin (default {','.join(subjects)})",
    )
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES)
    parser.add_argument("--reuse-url", help="measure this already loaded database (--keep)")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--no-uvloop", action="store_true", help="use the default asyncio loop")


def run_scale(
    args: argparse.Namespace,
    run: Callable[[argparse.Namespace, str, bool], Awaitable[dict[str, Any]]],
    *,
    report: Callable[[dict[str, Any]], None],
    result_name: Callable[[dict[str, Any]], str],
) -> int:
    """A fresh, migrated PostgreSQL database (or ``--reuse-url``'s), ``run(args, url, fresh)``
    on uvloop unless ``--no-uvloop``, the database dropped unless ``--keep``; then the printed
    report and ``bench/results/<result_name>.json``."""
    loop_factory = event_loop_factory(args.no_uvloop)
    pg_name: str | None = None
    if args.reuse_url:
        url, fresh = args.reuse_url, False
    else:
        url, pg_name = asyncio.run(create_postgres(args.postgres_url))
        fresh = True
    try:
        if fresh:
            started = time.perf_counter()
            upgrade(url)
            print(f"migrated a fresh database in {time.perf_counter() - started:.1f}s")
        with asyncio.Runner(loop_factory=loop_factory) as runner:
            results = runner.run(run(args, url, fresh))
    finally:
        if args.keep or args.reuse_url:
            print(f"kept the database: {make_url(url).render_as_string(hide_password=True)}")
        elif pg_name is not None:
            asyncio.run(drop_postgres(args.postgres_url, pg_name))
    report(results)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"{result_name(results)}.json"
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2, default=str) + "\n", "utf-8")
    print(f"\nwrote {out.relative_to(RESULTS.parent.parent)}")
    return 0


def print_report(report: dict[str, Any]) -> None:
    results = report["results"]
    print()
    print(
        f"permission_check on {report['server_version']} -- {report['employees']:,} employees, "
        f"{report['iterations']} iterations after {report['warmup']} warm-up, "
        f"{report['cpus']} CPU(s), {report['loop']} event loop, load average "
        f"{report['load_average'][0]} before / {report['load_average'][1]} after"
    )
    print("Argon2id at m=64 KiB, t=1, p=1: password hashing is not what is measured.")
    print()
    header = f"{'subject':<10}{'scope':<17}{'visible':>8}"
    for name in ("auth", "list", "auth+list"):
        header += f"{name + ' median':>17}{'p95':>9}"
    print(header)
    print("-" * len(header))
    for label, row in results.items():
        line = f"{label:<10}{row['scopes'][0]:<17}{row['visible_employees']:>8,}"
        for name in ("auth", "list", "auth+list"):
            line += f"{row[name]['median_ms']:>14.2f} ms{row[name]['p95_ms']:>6.2f} ms"
        print(line)
    print("\n(times in milliseconds; each sample is one call in a fresh session)")
    manager = results["manager"]
    print(
        f"\nThe manager's list ({manager['queries_per_list']} queries: the page, then the "
        "eager loads of roles and accounts); its page query, with values inlined:\n"
    )
    print(manager["sql"])
    kind = (
        "EXPLAIN (ANALYZE, BUFFERS)"
        if report["engine"].startswith("postgresql")
        else ("EXPLAIN QUERY PLAN")
    )
    print(f"\n{kind} of the page query as sent:\n")
    print("\n".join(manager["plan"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--employees", type=int, default=10_000)
    parser.add_argument("--directors", type=int, default=10)
    parser.add_argument("--managers", type=int, default=100)
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--sqlite", action="store_true", help="a temporary SQLite file instead")
    parser.add_argument(
        "--postgres-url",
        default=DEFAULT_POSTGRES,
        help="a server database to connect to for CREATE/DROP DATABASE "
        "(default: $SALESCRM_BENCH_POSTGRES_URL, $SALESCRM_TEST_POSTGRES_URL or local postgres)",
    )
    parser.add_argument("--no-uvloop", action="store_true", help="use the default asyncio loop")
    parser.add_argument(
        "--keep", action="store_true", help="keep the database afterwards (and print its URL)"
    )
    args = parser.parse_args(argv)

    loop_factory = event_loop_factory(args.no_uvloop)

    tmpdir: str | None = None
    pg_name: str | None = None
    if args.sqlite:
        tmpdir = tempfile.mkdtemp(prefix="salescrm-bench-")
        url = f"sqlite+aiosqlite:///{Path(tmpdir) / 'bench.db'}"
        label = "sqlite"
    else:
        url, pg_name = asyncio.run(create_postgres(args.postgres_url))
        label = "postgresql"
    try:
        started = time.perf_counter()
        upgrade(url)
        print(f"migrated a fresh {label} database in {time.perf_counter() - started:.1f}s")
        with asyncio.Runner(loop_factory=loop_factory) as runner:
            report = runner.run(run(args, url, label))
    finally:
        if args.keep:
            print(f"kept the database: {make_url(url).render_as_string(hide_password=True)}")
        elif pg_name is not None:
            asyncio.run(drop_postgres(args.postgres_url, pg_name))
        if tmpdir is not None and not args.keep:
            shutil.rmtree(tmpdir, ignore_errors=True)
    print_report(report)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"permission_check-{label}.json"
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {out.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
