"""Benchmark: importing 100,000 customers from an XLSX file, through the API.

On a fresh database (PostgreSQL by default, ``--sqlite`` for an embedded file) migrated with the
real migrations, this writes a workbook of ``--rows`` realistic Chinese customers -- company names
as they are registered (city + brand + business + legal form), unified social credit codes with
correct check characters, mobile and landline numbers, e-mails on company domains, industries,
tiers, stages and sources as Chinese labels, provinces, cities, addresses, tags -- then uploads it
to ``POST /api/v1/imports`` as the bootstrapped administrator, in-process through the ASGI app
(no network), and waits for the background job to finish.

Reported: the job's own processing time (``started_at`` → ``finished_at``: reading the file,
validating every row with the API's rules, duplicate checks, bulk writes of the customers, their
match keys, timeline events and audit entries, committed chunk by chunk) and its rows/s; the
whole request (upload, file inspection, queueing, processing); and where the processing time
went (parse / check / write, from the job's log line). Then it counts what was written.

A migration from another CRM (issue 16): ``--owners`` adds the owner column (负责人, the
usernames of the database's sales staff, round robin), and ``--update-share 0.5`` makes that
share of the rows name existing customers (their name and credit code, the other cells new),
uploaded with ``on_duplicate`` (``--on-duplicate``, default ``fill_empty``) and ``match_by``
credit code then name. ``--reuse-url`` imports into an already loaded database (e.g. the
1,000,000 customers of ``names_in_lists.py --keep``) as its administrator ``--admin``.

    python bench/import_customers.py                  # PostgreSQL, 100,000 rows
    python bench/import_customers.py --rows 20000 --sqlite
    python bench/import_customers.py --reuse-url postgresql+asyncpg://… --owners --update-share 0.5
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import io
import json
import logging
import os
import platform
import random
import shutil
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import phonenumbers
from openpyxl import Workbook
from permission_check import event_loop_factory
from sqlalchemy import ARRAY, Uuid, bindparam, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

import salescrm.models  # noqa: F401 - every mapper known before the first query
from salescrm.app import create_app
from salescrm.config import Settings
from salescrm.core.audit import AuditEntry
from salescrm.core.db.engine import Database
from salescrm.customers.models import Customer, CustomerEvent, CustomerMatchKey
from salescrm.customers.rules import credit_code_check_char, match_keys
from salescrm.demo import DEMO_PASSWORD
from salescrm.migrate import upgrade
from salescrm.org.bootstrap import create_admin

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
DEFAULT_POSTGRES = os.environ.get(
    "SALESCRM_BENCH_POSTGRES_URL",
    os.environ.get(
        "SALESCRM_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
    ),
)
PASSWORD = "bench-password-1"  # noqa: S105 - a throwaway login in a throwaway database
FAST_ARGON2 = {"argon2_memory_cost_kib": 64, "argon2_time_cost": 1, "argon2_parallelism": 1}

# ----- realistic customers -------------------------------------------------------------------
#: province, city, area code, administrative division code, districts
CITIES = [
    ("上海市", "上海", "21", "310115", ("浦东新区", "徐汇区", "闵行区", "静安区", "嘉定区")),
    ("北京市", "北京", "10", "110108", ("海淀区", "朝阳区", "丰台区", "东城区", "昌平区")),
    ("广东省", "深圳", "755", "440305", ("南山区", "福田区", "宝安区", "龙岗区", "罗湖区")),
    ("广东省", "广州", "20", "440106", ("天河区", "越秀区", "海珠区", "番禺区", "白云区")),
    ("浙江省", "杭州", "571", "330106", ("西湖区", "滨江区", "余杭区", "拱墅区", "萧山区")),
    ("江苏省", "苏州", "512", "320505", ("工业园区", "虎丘区", "吴中区", "姑苏区", "相城区")),
    ("江苏省", "南京", "25", "320106", ("鼓楼区", "玄武区", "建邺区", "江宁区", "栖霞区")),
    ("四川省", "成都", "28", "510107", ("武侯区", "锦江区", "高新区", "青羊区", "成华区")),
    ("湖北省", "武汉", "27", "420106", ("武昌区", "江汉区", "洪山区", "汉阳区", "东西湖区")),
    ("山东省", "青岛", "532", "370202", ("市南区", "崂山区", "黄岛区", "李沧区", "城阳区")),
    ("福建省", "厦门", "592", "350203", ("思明区", "湖里区", "集美区", "海沧区", "同安区")),
    ("天津市", "天津", "22", "120116", ("滨海新区", "和平区", "南开区", "河西区", "西青区")),
    ("陕西省", "西安", "29", "610113", ("雁塔区", "碑林区", "未央区", "长安区", "高新区")),
    ("湖南省", "长沙", "731", "430104", ("岳麓区", "芙蓉区", "天心区", "开福区", "雨花区")),
    ("重庆市", "重庆", "23", "500105", ("渝北区", "江北区", "渝中区", "九龙坡区", "南岸区")),
    ("浙江省", "宁波", "574", "330212", ("鄞州区", "海曙区", "江北区", "北仑区", "镇海区")),
]
BRAND = "华信云栖金鼎恒通瑞丰宏达新天博远锦程中科天宇鸿运嘉禾盛世永泰东方汇通远航佳美创新"
BUSINESS = [
    ("科技", "信息技术"),
    ("软件", "软件和信息服务"),
    ("电子", "电子制造"),
    ("贸易", "批发零售"),
    ("物流", "交通物流"),
    ("医药", "医药健康"),
    ("食品", "食品饮料"),
    ("建材", "建筑建材"),
    ("精密机械", "装备制造"),
    ("化工", "化工新材料"),
    ("纺织", "纺织服装"),
    ("咨询", "商务服务"),
    ("新能源", "新能源"),
    ("环保", "节能环保"),
]
FORMS = ["有限公司"] * 8 + ["股份有限公司", "有限责任公司"]
TIERS = ["A"] + ["B"] * 3 + ["C"] * 8 + ["D"] * 6
STAGES = ["潜在客户"] * 6 + ["新客户"] * 2 + ["活跃客户"] * 4 + ["忠诚客户", "有流失风险", "已流失"]
SOURCES = ["转介绍", "官网", "展会", "电话营销", "广告", "合作伙伴", "活动", "其他"]
TAGS = [
    "重点",
    "华东",
    "华南",
    "华北",
    "政府采购",
    "外资",
    "上市公司",
    "老客户",
    "待回访",
    "高潜力",
]
ROADS = ["科技路", "人民路", "中山路", "解放路", "建设路", "长江路", "创业大道", "高新大道"]
MOBILE_PREFIXES = ["138", "139", "136", "137", "150", "151", "158", "159", "186", "187", "188"]
MAILBOXES = ["info", "sales", "contact", "service", "market", "hr", "admin"]
CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
HEADER = [
    "客户名称",
    "统一社会信用代码",
    "联系电话",
    "邮箱",
    "行业",
    "客户等级",
    "阶段",
    "来源",
    "省份",
    "城市",
    "详细地址",
    "标签",
    "备注",
]


def customer_rows(count: int, rng: random.Random) -> list[list[Any]]:
    """``count`` distinct customers (no two share a name, code, phone or e-mail)."""
    chars = sorted(set(BRAND))
    brands = [a + b for a in chars for b in chars if a != b]
    combos = len(CITIES) * len(brands) * len(BUSINESS)
    if count > combos:
        raise SystemExit(f"at most {combos:,} distinct names")
    picks = rng.sample(range(combos), count)
    codes: set[str] = set()
    landlines: set[str] = set()
    rows: list[list[Any]] = []
    for n, pick in enumerate(picks):
        city_index, rest = divmod(pick, len(brands) * len(BUSINESS))
        brand_index, business_index = divmod(rest, len(BUSINESS))
        province, city, area, admin, districts = CITIES[city_index]
        word, industry = BUSINESS[business_index]
        name = f"{city}{brands[brand_index]}{word}{rng.choice(FORMS)}"
        while True:
            first17 = "91" + admin + "".join(rng.choice(CODE_CHARS) for _ in range(9))
            code = first17 + credit_code_check_char(first17)
            if code not in codes:
                codes.add(code)
                break
        mobile = f"{rng.choice(MOBILE_PREFIXES)}{n:08d}"
        phones = mobile
        if rng.random() < 0.4:  # a switchboard too, written the usual way
            switchboard = landline(area, rng)
            while switchboard in landlines:
                switchboard = landline(area, rng)
            landlines.add(switchboard)
            phones = f"{switchboard}，{mobile}"
        email = f"{rng.choice(MAILBOXES)}{n}@example.com.cn" if rng.random() < 0.7 else None
        district = rng.choice(districts)
        address = f"{district}{rng.choice(ROADS)}{rng.randint(1, 2999)}号"
        tags = "，".join(rng.sample(TAGS, rng.choice((0, 1, 1, 2, 3))))
        remarks = "年底有采购计划" if rng.random() < 0.1 else None
        rows.append(
            [
                name,
                code,
                phones,
                email,
                industry,
                rng.choice(TIERS),
                rng.choice(STAGES),
                rng.choice(SOURCES),
                province,
                f"{city}市",
                address,
                tags or None,
                remarks,
            ]
        )
    return rows


def landline(area: str, rng: random.Random) -> str:
    """A valid switchboard number of the city (local numbers have 7 or 8 digits)."""
    while True:
        for digits in (8, 7):
            number = (
                f"0{area}-{rng.randint(2, 8)}{rng.randrange(10 ** (digits - 1)):0{digits - 1}d}"
            )
            if phonenumbers.is_valid_number(phonenumbers.parse(number, "CN")):
                return number


def workbook(rows: list[list[Any]], header: list[str] = HEADER) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# ----- the run -------------------------------------------------------------------------------
class JobLog(logging.Handler):
    """Keeps the import's own timing line (parse / check / write)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


async def migration_columns(
    database: Database, rows: list[list[Any]], args: argparse.Namespace, rng: random.Random
) -> list[str]:
    """The owner column and the rows that name existing customers (``--owners``,
    ``--update-share``); returns the header."""
    header = list(HEADER)
    async with database.sessionmaker() as session:
        if args.update_share > 0:
            wanted = int(len(rows) * args.update_share)
            existing = (
                await session.execute(
                    text(
                        "SELECT id, name, credit_code FROM customers TABLESAMPLE SYSTEM (20) "
                        "WHERE deleted_at IS NULL AND credit_code IS NOT NULL LIMIT :n"
                    ),
                    {"n": wanted},
                )
            ).all()
            for row, (_, name, code) in zip(rng.sample(rows, len(existing)), existing, strict=True):
                row[0], row[1] = name, code
            # A bulk-loaded data set may lack the match keys the API writes with a customer
            # (``customers_scale.py`` without ``--match-keys``): give the matched ones theirs.
            await session.execute(
                text(
                    "DELETE FROM customer_match_keys WHERE customer_id = ANY(:ids) "
                    "AND kind IN ('credit_code', 'name')"
                ).bindparams(bindparam("ids", type_=ARRAY(Uuid()))),
                {"ids": [c.id for c in existing]},
            )
            session.add_all(
                CustomerMatchKey(customer_id=c.id, kind=kind, value=value)
                for c in existing
                for kind, value in match_keys(
                    name=c.name, credit_code=c.credit_code, phones=[], email=None
                )
                if kind in ("credit_code", "name")
            )
            await session.commit()
        if args.owners:
            usernames = (
                await session.scalars(
                    text(
                        "SELECT a.username FROM accounts a JOIN employees e "
                        "ON e.id = a.employee_id WHERE e.is_sales AND e.deleted_at IS NULL "
                        "AND e.employment_status <> 'resigned' ORDER BY a.username"
                    )
                )
            ).all()
            assert usernames, "no sales staff to own the rows"
            header.append("负责人")
            for n, row in enumerate(rows):
                row.append(usernames[n % len(usernames)])
    return header


async def run(args: argparse.Namespace, url: str, label: str) -> dict[str, Any]:
    settings = Settings(
        database_url=url,
        secret_key=uuid.uuid4().hex * 2,
        # The import runs as a task of the queue, on the app's own worker (as under
        # ``salescrm serve``): the lifespan below starts it.
        jobs_enabled=True,
        max_upload_bytes=200 * 1024 * 1024,
        **FAST_ARGON2,
    )
    rng = random.Random(args.seed)
    #: A reused database is the demo's (``names_in_lists.py``): its logins' password.
    default_password = DEMO_PASSWORD if args.reuse_url else PASSWORD
    started = time.perf_counter()
    rows = customer_rows(args.rows, rng)
    database = Database(url)
    header = await migration_columns(database, rows, args, rng)
    content = workbook(rows, header)
    generate_seconds = time.perf_counter() - started
    print(
        f"wrote a workbook of {len(rows):,} customers ({len(content) / 1e6:.1f} MB) in "
        f"{generate_seconds:.1f}s",
        flush=True,
    )
    count = len(rows)
    del rows  # a server holds the upload, not a million generated cells
    gc.collect()
    log = JobLog()
    logging.getLogger("salescrm.imports").addHandler(log)
    logging.getLogger("salescrm.imports").setLevel(logging.INFO)
    try:
        if args.reuse_url is None:
            async with database.sessionmaker() as session:
                session.info["actor"] = ("system", None)
                await create_admin(session, settings, username=args.admin, password=PASSWORD)
                await session.commit()
        app = create_app(settings, database=database)
        transport = httpx.ASGITransport(app=app)
        async with (
            app.router.lifespan_context(app),
            httpx.AsyncClient(transport=transport, base_url="http://bench", timeout=3600) as http,
        ):
            response = await http.post(
                "/api/v1/auth/token",
                data={"username": args.admin, "password": args.password or default_password},
            )
            response.raise_for_status()
            http.headers["Authorization"] = f"Bearer {response.json()['access_token']}"
            started = time.perf_counter()
            response = await http.post(
                "/api/v1/imports",
                files={"file": ("客户.xlsx", content, "application/octet-stream")},
                data={
                    "target": "customers",
                    "on_duplicate": args.on_duplicate if args.update_share > 0 else "reject",
                    "match_by": ["credit_code", "name"],
                },
            )
            # The app's queue worker runs the job; poll it as a client would.
            assert response.status_code == 202, response.text
            location = response.headers["Location"]
            while True:
                job = (await http.get(location)).json()
                if job["status"] in ("succeeded", "failed"):
                    break
                await asyncio.sleep(0.2)
            request_seconds = time.perf_counter() - started
        assert job["status"] == "succeeded", job
        processing = (
            datetime.fromisoformat(job["finished_at"]) - datetime.fromisoformat(job["started_at"])
        ).total_seconds()
        async with database.sessionmaker() as session:
            counts = {
                "customers": await session.scalar(select(func.count()).select_from(Customer)),
                "match_keys": await session.scalar(
                    select(func.count()).select_from(CustomerMatchKey)
                ),
                "events": await session.scalar(select(func.count()).select_from(CustomerEvent)),
                "audit_entries": await session.scalar(
                    select(func.count())
                    .select_from(AuditEntry)
                    .where(AuditEntry.request_id == f"import:{job['id']}")
                ),
            }
            server = await server_version(session)
    finally:
        logging.getLogger("salescrm.imports").removeHandler(log)
        await database.dispose()
    return {
        "benchmark": "import_customers",
        "engine": label,
        "server_version": server,
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "rows": count,
        "file_bytes": len(content),
        "generate_seconds": round(generate_seconds, 2),
        "job": {
            k: job[k]
            for k in (
                "status",
                "total_rows",
                "created_rows",
                "updated_rows",
                "skipped_rows",
                "error_count",
            )
        },
        "options": {
            "owners": args.owners,
            "update_share": args.update_share,
            "on_duplicate": args.on_duplicate,
        },
        "processing_seconds": round(processing, 2),
        "rows_per_second": round(job["total_rows"] / processing),
        "request_seconds": round(request_seconds, 2),
        "rows_per_second_whole_request": round(job["total_rows"] / request_seconds),
        "breakdown": log.lines[-1] if log.lines else None,
        "written": counts,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average": round(os.getloadavg()[0], 2),
        "machine": platform.platform(),
        "loop": type(asyncio.get_running_loop()).__module__,
    }


async def server_version(session: Any) -> str:
    if session.get_bind().dialect.name == "postgresql":
        return str(await session.scalar(text("SHOW server_version")))
    return "SQLite " + str(await session.scalar(text("SELECT sqlite_version()")))


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--sqlite", action="store_true", help="a temporary SQLite file instead")
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES)
    parser.add_argument("--no-uvloop", action="store_true", help="use the default asyncio loop")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--reuse-url", help="import into this already loaded database")
    parser.add_argument("--admin", default="bench.admin", help="the administrator who uploads")
    parser.add_argument("--password", help="the administrator's password (--reuse-url)")
    parser.add_argument("--owners", action="store_true", help="add the owner column (负责人)")
    parser.add_argument("--update-share", type=float, default=0.0, help="rows naming existing")
    parser.add_argument(
        "--on-duplicate", default="fill_empty", choices=["skip", "fill_empty", "overwrite"]
    )
    args = parser.parse_args(argv)

    loop_factory = event_loop_factory(args.no_uvloop)
    tmpdir: str | None = None
    pg_name: str | None = None
    if args.reuse_url:
        url, label = args.reuse_url, make_url(args.reuse_url).get_backend_name()
    elif args.sqlite:
        tmpdir = tempfile.mkdtemp(prefix="salescrm-bench-")
        url = f"sqlite+aiosqlite:///{Path(tmpdir) / 'bench.db'}"
        label = "sqlite"
    else:
        url, pg_name = asyncio.run(create_postgres(args.postgres_url))
        label = "postgresql"
    try:
        upgrade(url)
        with asyncio.Runner(loop_factory=loop_factory) as runner:
            report = runner.run(run(args, url, label))
    finally:
        if args.keep or args.reuse_url:
            print(f"kept the database: {make_url(url).render_as_string(hide_password=True)}")
        elif pg_name is not None:
            asyncio.run(drop_postgres(args.postgres_url, pg_name))
        if tmpdir is not None and not args.keep:
            shutil.rmtree(tmpdir, ignore_errors=True)
    print()
    print(
        f"import_customers on {report['server_version']}: {report['rows']:,} rows from a "
        f"{report['file_bytes'] / 1e6:.1f} MB XLSX, {report['cpus']} CPU(s), "
        f"{report['loop']} loop"
    )
    print(
        f"  processing (parse + validate + write): {report['processing_seconds']:.1f}s = "
        f"{report['rows_per_second']:,} rows/s"
    )
    print(
        f"  whole request (upload, inspect, queue, process): {report['request_seconds']:.1f}s "
        f"= {report['rows_per_second_whole_request']:,} rows/s"
    )
    print(f"  {report['breakdown']}")
    print(f"  job: {report['job']}")
    print(f"  written: {report['written']}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"import_customers-{label}.json"
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {out.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
