"""Benchmark: a customer's timeline and overdue tasks at 5,000,000 activities, through the real app.

On a fresh PostgreSQL database migrated with the real migrations, this seeds the demo
organisation with ``--customers`` demo customers (``salescrm.demo``: 41 employees with logins,
20,000 customers of the demo's sellers with their deals and their own activity histories, about
58,000 activities and 17,000 tasks, which stay), then bulk-loads ``--activities`` activities
(default 5,000,000) and ``--tasks`` tasks (default one per ten activities) on the server, with
``INSERT ... SELECT ... FROM generate_series(...)`` joined to the customers:

* activities spread over the customers with a skew (the customers in a random order, the n-th
  drawn with a density falling as ``n ** (1/skew - 1)``: with ``--skew 2``, 5,000,000 over
  20,000 customers, the busiest has about 35,000 (0.7%), some 300 have 1,000 or more, the median
  customer about 180, the quietest about 90); ``occurred_at`` uniform over the last three
  years, ``created_at`` a little later, ids UUIDv7 of ``created_at`` (as ``core.ids.new_id``
  mints them); the type one of the seeded ``activity_types`` codes (calls and chats most
  often), a channel and direction that go with it, a subject, notes for most, the customer's
  primary contact for most and one of its deals for some; the author is the customer's owner;
  0.5% soft-deleted;
* tasks on the customers that have an owner (same skew), assigned to and created by the owner,
  created over the last three years and due one to fourteen days later; a task past due is done
  (or cancelled) unless it was left open, which happens to 3% of old ones and more of recent ones
  (``0.03 + 0.5 * exp(-age / 60 days)``): about 6% of all tasks are open and overdue.

The secondary indexes of ``activities`` and ``tasks`` and the foreign keys from and to them are
dropped before loading and recreated afterwards (``pg_indexes``/``pg_constraint``; an index the
models define is rebuilt from the models' own ``CREATE INDEX``, see ``_rebuild_ddl``) and
checked against the definitions they had; then ``VACUUM ANALYZE``. ``--workers`` connections
insert ``--chunk`` rows per statement side by side. About 2.5 minutes for 5,000,000 on 2 cores
(plus a minute for the demo).

Measuring, in-process through ``httpx.ASGITransport`` (server time without network), for the
representative ``caochao01`` (scope ``own``), his manager ``xumin01`` (``subordinates``) and the
administrator ``liminghui01`` (``all``):

* ``timeline`` -- ``GET /api/v1/customers/{id}/timeline?limit=50`` of the busiest customer the
  subject sees (the rep: the busiest of his own customers);
* ``overdue rep`` -- ``GET /api/v1/tasks?overdue=true&owner_id=<the rep>&limit=50``;
* ``overdue scope`` -- ``GET /api/v1/tasks?overdue=true&limit=50`` (the caller's whole scope);
* ``overdue report`` -- ``GET /api/v1/tasks/overdue`` (counts per assignee in scope);
* ``activities`` -- ``GET /api/v1/activities?limit=50`` (the newest activities the caller sees,
  through their customers or their deals).

Columns as in ``customers_scale.py``: ``wall``, ``app`` and ``db`` (median / p95 ms), and the
heaviest statement of each request (the one with the highest median time over the measured
rounds) under ``EXPLAIN (ANALYZE, BUFFERS)``, planned for its values (``custom``) and as the
generic plan a prepared statement may switch to after five runs (``generic``).

    python bench/activities_scale.py --activities 200000     # a quick run
    python bench/activities_scale.py                         # 5,000,000 activities, 500,000 tasks
    python bench/activities_scale.py --keep ; ... --reuse-url postgresql+asyncpg://...
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
from customers_scale import StatementClock, TimedApp, _execution_ms, _raw, explain
from permission_check import (
    Stats,
    run_scale,
    scale_arguments,
    scale_settings,
    server_version,
)
from sqlalchemy import event
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateIndex

import salescrm.models  # noqa: F401 - every mapper known before the first query
from salescrm.activities.models import Activity, Task
from salescrm.app import create_app
from salescrm.config import Settings
from salescrm.core.db.engine import Database
from salescrm.demo import DEMO_PASSWORD, seed_demo

SUBJECTS = {"rep": "caochao01", "manager": "xumin01", "admin": "liminghui01"}
LOADED_TABLES = ("activities", "tasks")
#: A scratch table of the customers to draw from (dropped after loading).
PICK = "bench_activity_pick"
#: How often each seeded type occurs (codes not listed: 1).
TYPE_WEIGHTS = {"call": 8, "im": 8, "email": 3, "visit": 3, "meeting": 2, "other": 1}
TOPICS = [
    "需求沟通", "报价跟进", "合同条款确认", "技术方案交流", "回款提醒", "售后问题处理", "新品介绍",
    "年度采购计划", "竞品情况了解", "商务谈判", "样品反馈", "交付进度确认", "发票事宜", "续约沟通",
    "满意度回访", "招标信息", "项目立项进展", "决策链梳理", "试用安排", "培训安排",
]  # fmt: skip
SENTENCES = [
    "客户对目前方案整体认可，但对价格仍有顾虑，希望下周给出阶梯报价。",
    "对方采购负责人更换，新负责人需要重新介绍产品和过往合作情况。",
    "技术部门提出接口对接的问题，已约定由我方工程师远程支持。",
    "客户反馈上一批货物交付延迟两天，已安排物流跟进并致歉。",
    "预计下季度有扩产计划，可能追加设备采购，需要持续跟进。",
    "竞争对手报价低约百分之八，客户希望我们在服务上给出更多承诺。",
    "合同法务审核中，付款条款希望改为三期，待内部审批。",
    "约定月底前安排工厂参观，客户方总经理可能出席。",
    "客户询问了售后维保年限和备件供应周期。",
    "本次沟通顺利，客户同意先小批量试用，再决定是否全面推广。",
]
OUTCOMES = [
    "达成初步意向", "待客户内部评估", "需要补充资料", "已约下次拜访", "暂无需求", "推进到报价",
]  # fmt: skip
TASK_SUBJECTS = [
    "回电确认报价", "发送产品资料", "准备技术方案", "跟进合同审批", "催收回款", "安排上门拜访",
    "提交投标文件", "确认交付时间", "整理会议纪要", "邀请参加展会",
]  # fmt: skip

#: UUIDv7 of a timestamp expression: its milliseconds over the first 48 bits of a random
#: (version 4) UUID, the version nibble turned from 4 into 7.
UUIDV7 = (
    "encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing "
    "substring(int8send(floor(extract(epoch FROM {at}) * 1000)::bigint) FROM 3) FROM 1 FOR 6), "
    "52, 1), 53, 1), 'hex')::uuid"
)

ACTIVITY_COLUMNS = [
    "id", "type", "channel", "direction", "subject", "notes", "occurred_at", "duration_minutes",
    "outcome", "customer_id", "contact_id", "opportunity_id", "author_id", "next_follow_up_at",
    "follow_up_task_id", "created_at", "updated_at", "version", "deleted_at",
]  # fmt: skip
# $1 rows, $2 customers to draw from, $3 skew, $4 codes (weighted), $5 their names, $6 topics,
# $7 sentences, $8 outcomes.
INSERT_ACTIVITIES = f"""
INSERT INTO activities ({", ".join(ACTIVITY_COLUMNS)})
SELECT {UUIDV7.format(at="s.created")}, s.type,
       CASE s.type WHEN 'call' THEN 'phone' WHEN 'im' THEN 'wechat' WHEN 'email' THEN 'email'
                   WHEN 'visit' THEN 'in_person' WHEN 'reception' THEN 'in_person'
                   WHEN 'meeting' THEN CASE WHEN s.r1 < 0.5 THEN 'video' ELSE 'in_person' END
       END,
       CASE WHEN s.type IN ('call', 'im', 'email')
            THEN CASE WHEN s.r2 < 0.3 THEN 'inbound' ELSE 'outbound' END END,
       s.type_name || '：' || s.topic,
       CASE WHEN s.r3 < 0.8 THEN
            array_to_string(($7::text[])[1 + floor(s.r4 * 10)::int : 1 + floor(s.r4 * 10)::int
                                         + floor(s.r5 * 3)::int], '') END,
       s.occurred,
       CASE WHEN s.type IN ('call', 'meeting', 'visit', 'reception', 'demo')
            THEN 5 + floor(s.r5 * 115)::int END,
       CASE WHEN s.r1 < 0.35 THEN ($8::text[])[1 + floor(s.r2 * cardinality($8::text[]))::int] END,
       c.id,
       CASE WHEN s.r3 < 0.7 THEN c.contact_id END,
       CASE WHEN s.r2 < 0.25 THEN c.opportunity_id END,
       c.owner_id, NULL, NULL, s.created, s.created, 1,
       CASE WHEN s.r4 < 0.005 THEN least(s.created + interval '1 day', now()) END
FROM (
    SELECT t.*, ($5::text[])[t.code] AS type_name, ($4::text[])[t.code] AS type,
           least(t.occurred + t.r5 * interval '4 hours', now()) AS created
    FROM (
        SELECT floor($2::int * power(random(), $3::float8))::int AS n,
               now() - random() * interval '1095 days' AS occurred,
               1 + floor(random() * cardinality($4::text[]))::int AS code,
               ($6::text[])[1 + floor(random() * cardinality($6::text[]))::int] AS topic,
               random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5
        FROM generate_series(1, $1::int)
    ) t
) s
JOIN {PICK} c ON c.n = s.n
"""  # noqa: S608 - our own constants

TASK_COLUMNS = [
    "id", "subject", "description", "due_at", "priority", "status", "completed_at", "remind_at",
    "reminded_at", "customer_id", "contact_id", "opportunity_id", "activity_id", "created_by_id",
    "owner_id", "created_at", "updated_at", "version", "deleted_at",
]  # fmt: skip
# $1 rows, $2 owned customers to draw from, $3 skew, $4 subjects, $5 sentences.
INSERT_TASKS = f"""
INSERT INTO tasks ({", ".join(TASK_COLUMNS)})
SELECT {UUIDV7.format(at="s.created")}, s.subject,
       CASE WHEN s.r1 < 0.4 THEN ($5::text[])[1 + floor(s.r2 * cardinality($5::text[]))::int] END,
       s.due,
       CASE WHEN s.r3 < 0.15 THEN 'low' WHEN s.r3 < 0.75 THEN 'normal'
            WHEN s.r3 < 0.95 THEN 'high' ELSE 'urgent' END,
       s.status,
       CASE WHEN s.status = 'done'
            THEN greatest(s.created, least(s.due - s.r2 * interval '2 days', now())) END,
       CASE WHEN s.r4 < 0.5 THEN s.due - interval '1 hour' END,
       CASE WHEN s.r4 < 0.5 AND s.due - interval '1 hour' <= now() THEN s.due - interval '1 hour'
       END,
       c.id, CASE WHEN s.r1 < 0.6 THEN c.contact_id END,
       CASE WHEN s.r2 < 0.3 THEN c.opportunity_id END, NULL, c.owner_id, c.owner_id,
       s.created,
       CASE WHEN s.status IN ('done', 'cancelled') THEN least(s.due, now()) ELSE s.created END,
       CASE WHEN s.status IN ('done', 'cancelled') THEN 2 ELSE 1 END,
       CASE WHEN s.r5 < 0.005 THEN least(s.created + interval '1 hour', now()) END
FROM (
    SELECT t.*,
           CASE WHEN t.due < now() THEN  -- past due: done unless it was left open
                    CASE WHEN t.keep < 0.03 + 0.5 * exp(-extract(epoch FROM now() - t.due)
                                                        / 86400.0 / 60)
                         THEN CASE WHEN t.r5 < 0.8 THEN 'open' ELSE 'in_progress' END
                         WHEN t.r5 < 0.93 THEN 'done' ELSE 'cancelled' END
                WHEN t.keep < 0.7 THEN 'open' WHEN t.keep < 0.9 THEN 'in_progress' ELSE 'done'
           END AS status
    FROM (
        SELECT u.*, u.created + (1 + floor(u.r3 * 14)) * interval '1 day'
                    + floor(u.r4 * 9) * interval '1 hour' AS due
        FROM (
            SELECT floor($2::int * power(random(), $3::float8))::int AS k,
                   now() - random() * interval '1095 days' AS created,
                   ($4::text[])[1 + floor(random() * cardinality($4::text[]))::int] AS subject,
                   random() AS keep, random() AS r1, random() AS r2, random() AS r3,
                   random() AS r4, random() AS r5
            FROM generate_series(1, $1::int)
        ) u
    ) t
) s
JOIN {PICK} c ON c.k = s.k
"""  # noqa: S608 - our own constants


def source_commit() -> str | None:
    """The commit measured (``+changes`` when ``src/`` differs from it), if git is at hand."""
    here = os.path.dirname(os.path.abspath(__file__))
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607 - git from PATH
            cwd=here,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        changed = subprocess.run(
            ["git", "status", "--porcelain", "--", "../src"],  # noqa: S607
            check=False,
            cwd=here,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return None
    return (head + ("+changes" if changed else "")) or None


# ----- loading -------------------------------------------------------------------------------
@dataclass
class Loaded:
    rows: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    #: Index or key definitions that differ after the rebuild (should be none).
    mismatches: list[str] = field(default_factory=list)


def _rebuild_ddl(indexdefs: list[str]) -> list[str]:
    """What recreates each dropped index as it was: the model's own ``CREATE INDEX`` (what the
    migration ran) for the indexes the models name -- ``pg_indexes``' text run again would store
    ``ix_tasks_due_open``'s ``status IN (...)`` predicate in another form (``ANY (ARRAY[...])``
    of casts instead of a cast array) -- otherwise ``pg_indexes``' definition itself."""
    own = {
        index.name: str(CreateIndex(index).compile(dialect=postgresql.dialect()))
        for model in (Activity, Task)
        for index in model.__table__.indexes
    }
    rebuilt = []
    for ddl in indexdefs:
        found = re.search(r"INDEX (\S+) ON", ddl)
        assert found is not None
        rebuilt.append(own.get(found.group(1), ddl))
    return rebuilt


async def _secondary_ddl(conn: Any) -> tuple[list[str], list[tuple[str, str, str]]]:
    """The loaded tables' indexes (other than primary keys) and the foreign keys touching them."""
    tables = list(LOADED_TABLES)
    indexes = await conn.fetch(
        """SELECT i.indexdef FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname
           WHERE i.schemaname = 'public' AND i.tablename = ANY($1::text[])
             AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid
                             AND k.contype = 'p')
           ORDER BY i.tablename, i.indexname""",
        tables,
    )
    foreign = await conn.fetch(
        """SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
           FROM pg_constraint WHERE contype = 'f'
             AND (conrelid::regclass::text = ANY($1::text[])
                  OR confrelid::regclass::text = ANY($1::text[]))
           ORDER BY conname""",
        tables,
    )
    return [r["indexdef"] for r in indexes], [(r[0], r[1], r[2]) for r in foreign]


async def _pick_table(conn: Any, seed: int) -> tuple[int, int]:
    """The live customers in a seeded random order (``n``; ``k`` among those with an owner),
    each with its primary contact and its latest deal, to join the generated rows to."""
    await conn.execute(f"DROP TABLE IF EXISTS {PICK}")
    await conn.execute(
        f"""CREATE UNLOGGED TABLE {PICK} AS
            SELECT (row_number() OVER (ORDER BY md5(c.id::text || '{int(seed)}')) - 1)::int AS n,
                   NULL::int AS k, c.id, c.owner_id,
                   (SELECT p.id FROM contacts p WHERE p.customer_id = c.id
                      AND p.deleted_at IS NULL ORDER BY p.is_primary DESC, p.id LIMIT 1)
                     AS contact_id,
                   (SELECT o.id FROM opportunities o WHERE o.customer_id = c.id
                      AND o.deleted_at IS NULL ORDER BY o.created_at DESC LIMIT 1)
                     AS opportunity_id
            FROM customers c WHERE c.deleted_at IS NULL"""  # noqa: S608
    )
    await conn.execute(
        f"""UPDATE {PICK} p SET k = o.k FROM (
              SELECT n, (row_number() OVER (ORDER BY n) - 1)::int AS k FROM {PICK}
              WHERE owner_id IS NOT NULL) o WHERE o.n = p.n"""  # noqa: S608
    )
    await conn.execute(f"CREATE UNIQUE INDEX ON {PICK} (n)")
    await conn.execute(f"CREATE UNIQUE INDEX ON {PICK} (k)")
    await conn.execute(f"ANALYZE {PICK}")
    customers = await conn.fetchval(f"SELECT count(*) FROM {PICK}")  # noqa: S608
    owned = await conn.fetchval(f"SELECT count(k) FROM {PICK}")  # noqa: S608
    return customers, owned


async def load(database: Database, args: argparse.Namespace) -> Loaded:
    loaded = Loaded(rows=dict.fromkeys(LOADED_TABLES, 0))
    conn = await _raw(database)
    try:
        started = time.perf_counter()
        customers, owned = await _pick_table(conn, args.seed)
        types = await conn.fetch(
            "SELECT code, name FROM activity_types WHERE deleted_at IS NULL AND active "
            "ORDER BY position, code"
        )
        codes: list[str] = []
        names: list[str] = []
        for t in types:
            weight = TYPE_WEIGHTS.get(t["code"], 1)
            codes += [t["code"]] * weight
            names += [t["name"]] * weight
        indexes, foreign = await _secondary_ddl(conn)
        for table, name, _ in foreign:
            await conn.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        for ddl in indexes:
            found = re.search(r"INDEX (\S+) ON", ddl)
            assert found is not None
            await conn.execute(f"DROP INDEX {found.group(1)}")
        loaded.seconds["prepare"] = time.perf_counter() - started
    finally:
        await conn.close()

    tasks_total = args.tasks if args.tasks is not None else args.activities // 10
    jobs: list[tuple[str, int, int]] = []  # (table, chunk number, rows)
    for table, total in (("activities", args.activities), ("tasks", tasks_total)):
        for number, start in enumerate(range(0, total, args.chunk)):
            jobs.append((table, number, min(args.chunk, total - start)))
    queue: asyncio.Queue[tuple[str, int, int]] = asyncio.Queue()
    for job in jobs:
        queue.put_nowait(job)
    started = time.perf_counter()
    done = {"chunks": 0}

    async def worker(index: int) -> None:
        wconn = await _raw(database)
        try:
            await wconn.execute("SET synchronous_commit = off")
            await wconn.execute("SET jit = off")
            while not queue.empty():
                table, number, rows = queue.get_nowait()
                # Each chunk its own seed: the same rows whichever connection runs it
                # (but for the random part of the ids).
                seed = ((args.seed * 7919 + number * 104729 + len(table)) % 2_000_000) / 1e6 - 1
                await wconn.execute("SELECT setseed($1)", seed)
                if table == "activities":
                    status = await wconn.execute(
                        INSERT_ACTIVITIES, rows, customers, args.skew, codes, names, TOPICS,
                        SENTENCES, OUTCOMES,
                    )  # fmt: skip
                else:
                    status = await wconn.execute(
                        INSERT_TASKS, rows, owned, args.skew, TASK_SUBJECTS, SENTENCES
                    )
                loaded.rows[table] += int(status.split()[-1])
                done["chunks"] += 1
                print(
                    f"  [{index}] {loaded.rows['activities']:>10,} activities "
                    f"{loaded.rows['tasks']:>9,} tasks in {time.perf_counter() - started:6.1f}s",
                    flush=True,
                )
        finally:
            await wconn.close()

    await asyncio.gather(*(worker(i) for i in range(args.workers)))
    loaded.seconds["insert"] = time.perf_counter() - started

    conn = await _raw(database)
    try:
        await conn.execute(f"DROP TABLE {PICK}")
        started = time.perf_counter()
        await conn.execute("SET maintenance_work_mem = '1GB'")
        for ddl in _rebuild_ddl(indexes):
            await conn.execute(ddl)
        for table, name, definition in foreign:
            await conn.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
        loaded.seconds["indexes"] = time.perf_counter() - started
        after, again = await _secondary_ddl(conn)
        loaded.mismatches = sorted(set(after) ^ set(indexes)) + sorted(
            str(f) for f in set(again) ^ set(foreign)
        )
        if loaded.mismatches:
            print("WARNING: the rebuilt indexes or keys differ from the migrated ones:")
            print("\n".join(f"  {m}" for m in loaded.mismatches))
        started = time.perf_counter()
        await conn.execute("VACUUM ANALYZE")
        loaded.seconds["vacuum_analyze"] = time.perf_counter() - started
    finally:
        await conn.close()
    loaded.seconds["total"] = sum(loaded.seconds.values())
    return loaded


# ----- measuring -----------------------------------------------------------------------------
class PerStatementClock(StatementClock):
    """``StatementClock`` that also keeps each statement's own time, in order."""

    def __init__(self, database: Database) -> None:
        self.durations: list[float] = []
        super().__init__(database)

    def reset(self) -> None:
        super().reset()
        self.durations = []

    def _after(self, *args: Any) -> None:
        self.durations.append((time.perf_counter() - self._started) * 1000)
        super()._after(*args)


@dataclass
class Probe:
    subject: str
    name: str
    path: str
    params: dict[str, str]


async def _facts(database: Database) -> dict[str, Any]:
    """Employee ids of the subjects, and the busiest customer of every owner (pool included)."""
    conn = await _raw(database)
    try:
        employees = {
            label: await conn.fetchval(
                "SELECT employee_id FROM accounts WHERE username = $1", username
            )
            for label, username in SUBJECTS.items()
        }
        busiest = await conn.fetch(
            """SELECT DISTINCT ON (c.owner_id) c.id, c.owner_id, a.activities
               FROM (SELECT customer_id, count(*) AS activities FROM activities
                     WHERE deleted_at IS NULL GROUP BY customer_id) a
               JOIN customers c ON c.id = a.customer_id AND c.deleted_at IS NULL
               ORDER BY c.owner_id, a.activities DESC, c.id"""
        )
        spread = await conn.fetchrow(
            """SELECT count(*) AS customers, max(n) AS max, min(n) AS min,
                      percentile_cont(0.5) WITHIN GROUP (ORDER BY n) AS median,
                      count(*) FILTER (WHERE n >= 1000) AS over_1000
               FROM (SELECT count(*) AS n FROM activities GROUP BY customer_id) x"""
        )
        overdue = await conn.fetchval(
            "SELECT count(*) FROM tasks WHERE deleted_at IS NULL "
            "AND status IN ('open', 'in_progress') AND due_at < now()"
        )
    finally:
        await conn.close()
    candidates = sorted(
        (
            {"id": r["id"], "owner_id": r["owner_id"], "activities": r["activities"]}
            for r in busiest
        ),
        key=lambda c: -c["activities"],
    )
    return {
        "employees": employees,
        "candidates": candidates,
        "activities_per_customer": {k: float(v) for k, v in dict(spread).items()},
        "overdue_tasks": overdue,
    }


async def measure(
    database: Database, settings: Settings, args: argparse.Namespace
) -> dict[str, Any]:
    facts = await _facts(database)
    app = TimedApp(create_app(settings, database=database))
    clock = PerStatementClock(database)
    results: dict[str, Any] = {
        "activities_per_customer": facts["activities_per_customer"],
        "overdue_tasks": facts["overdue_tasks"],
        "timeline_customers": {},
        "probes": {},
    }
    rep_id = facts["employees"]["rep"]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
        tokens = {}
        for label in args.subjects:
            response = await http.post(
                "/api/v1/auth/token",
                data={"username": SUBJECTS[label], "password": DEMO_PASSWORD},
            )
            assert response.status_code == 200, response.text
            tokens[label] = response.json()["access_token"]

        def auth(label: str) -> dict[str, str]:
            return {"Authorization": f"Bearer {tokens[label]}"}

        probes = []
        for label in args.subjects:
            # The busiest customer the subject sees: every owner's busiest, in order, until one
            # answers (the rep: only his own, as the issue asks).
            chosen = None
            for candidate in facts["candidates"]:
                if label == "rep" and candidate["owner_id"] != rep_id:
                    continue
                response = await http.get(
                    f"/api/v1/customers/{candidate['id']}", headers=auth(label)
                )
                if response.status_code == 200:
                    chosen = candidate
                    break
            assert chosen is not None, f"{label} sees no customer with activities"
            results["timeline_customers"][label] = {
                "customer_id": str(chosen["id"]),
                "activities": chosen["activities"],
                "own": chosen["owner_id"] == facts["employees"][label],
            }
            probes += [
                Probe(
                    label,
                    "timeline",
                    f"/api/v1/customers/{chosen['id']}/timeline",
                    {"limit": "50"},
                ),
                Probe(
                    label,
                    "overdue rep",
                    "/api/v1/tasks",
                    {"overdue": "true", "owner_id": str(rep_id), "limit": "50"},
                ),
                Probe(label, "overdue scope", "/api/v1/tasks", {"overdue": "true", "limit": "50"}),
                Probe(label, "overdue report", "/api/v1/tasks/overdue", {}),
                Probe(label, "activities", "/api/v1/activities", {"limit": "50"}),
            ]

        async def call(probe: Probe) -> tuple[httpx.Response, float]:
            clock.reset()
            started = time.perf_counter()
            response = await http.get(probe.path, params=probe.params, headers=auth(probe.subject))
            return response, (time.perf_counter() - started) * 1000

        for probe in probes:
            response, _ = await call(probe)
            assert response.status_code == 200, response.text
            body = response.json()
            key = f"{probe.subject}/{probe.name}"
            if probe.name == "overdue report":
                answer = {
                    "assignees": len(body["items"]),
                    "overdue": sum(i["overdue"] for i in body["items"]),
                }
            else:
                answer = {"items": len(body["items"]), "more": body.get("next_cursor") is not None}
            results["probes"][key] = {
                "subject": probe.subject,
                "request": probe.name,
                "path": probe.path,
                "params": probe.params,
                "answer": answer,
                "statements": clock.count,
            }
        print(
            f"measuring {len(probes)} requests round-robin, {args.warmup} warm-up + "
            f"{args.iterations} rounds ...",
            flush=True,
        )
        samples = {key: {"wall": [], "app": [], "db": []} for key in results["probes"]}
        per_statement: dict[str, list[list[float]]] = {key: [] for key in results["probes"]}
        last: dict[str, list[tuple[str, Any]]] = {}
        for round_ in range(args.warmup + args.iterations):
            for probe in probes:
                response, wall = await call(probe)
                assert response.status_code == 200, response.text
                if round_ >= args.warmup:
                    key = f"{probe.subject}/{probe.name}"
                    samples[key]["wall"].append(wall)
                    samples[key]["app"].append(app.last_ms)
                    samples[key]["db"].append(clock.total_ms)
                    per_statement[key].append(list(clock.durations))
                    last[key] = list(clock.statements)
        for key, values in samples.items():
            for kind, series in values.items():
                results["probes"][key][kind] = Stats.of(series).__dict__
            # The heaviest statement: the highest median over the rounds (same sequence each).
            runs = [r for r in per_statement[key] if len(r) == len(last[key])]
            medians = [statistics.median(col) for col in zip(*runs, strict=True)]
            heaviest = max(range(len(medians)), key=medians.__getitem__)
            statement, params = last[key][heaviest]
            row = results["probes"][key]
            row["statement_medians_ms"] = [round(m, 3) for m in medians]
            row["heaviest"] = heaviest
            row["heaviest_sql"] = statement
            row["heaviest_params"] = [str(p) for p in params]
            row["plan"] = await explain(database, statement, params)
            row["explain_ms"] = _execution_ms(row["plan"])
            row["generic_plan"] = await explain(database, statement, params, generic=True)
            row["explain_generic_ms"] = _execution_ms(row["generic_plan"])
    event.remove(clock.engine, "before_cursor_execute", clock._before)
    event.remove(clock.engine, "after_cursor_execute", clock._after)
    return results


async def table_facts(database: Database) -> tuple[dict[str, int], dict[str, Any]]:
    conn = await _raw(database)
    try:
        counts = {}
        for name in (*LOADED_TABLES, "customers", "opportunities", "employees"):
            counts[name] = await conn.fetchval(f"SELECT count(*) FROM {name}")  # noqa: S608
        sizes = await conn.fetch(
            """SELECT relname, pg_size_pretty(pg_table_size(oid)) AS table_size,
                      pg_size_pretty(pg_indexes_size(oid)) AS indexes_size
               FROM pg_class WHERE relname = ANY($1::text[]) ORDER BY relname""",
            list(LOADED_TABLES),
        )
    finally:
        await conn.close()
    return counts, {r["relname"]: dict(r) for r in sizes}


async def run(args: argparse.Namespace, url: str, fresh: bool) -> dict[str, Any]:
    settings = scale_settings(url)
    database = Database(url)
    report: dict[str, Any] = {
        "benchmark": "activities_scale",
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "loop": None,
        "iterations": args.iterations,
        "warmup": args.warmup,
        "skew": args.skew,
        "commit": source_commit(),
    }
    report["loop"] = type(asyncio.get_running_loop()).__module__
    try:
        if fresh:
            started = time.perf_counter()
            counts = await seed_demo(url, settings=settings, customers=args.customers)
            seeded = time.perf_counter() - started
            print(f"seeded the demo {counts} in {seeded:.1f}s", flush=True)
            report["demo"] = counts
            print(f"loading {args.activities:,} activities with {args.workers} connection(s) ...")
            loaded = await load(database, args)
            report["load"] = {
                "seed_demo_seconds": round(seeded, 1),
                "rows": loaded.rows,
                "mismatches": loaded.mismatches,
                "seconds": {k: round(v, 1) for k, v in loaded.seconds.items()},
            }
            print(
                "loaded "
                + ", ".join(f"{v:,} {k}" for k, v in loaded.rows.items())
                + " -- "
                + ", ".join(f"{k} {v:.0f}s" for k, v in loaded.seconds.items()),
                flush=True,
            )
        report["rows"], report["sizes"] = await table_facts(database)
        report["server_version"] = await server_version(database)
        load_before = os.getloadavg()[0]
        report["results"] = await measure(database, settings, args)
        report["load_average"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    finally:
        await database.dispose()
    return report


def print_report(report: dict[str, Any]) -> None:
    rows = report["rows"]
    results = report["results"]
    spread = results["activities_per_customer"]
    print(
        f"\nactivities_scale on PostgreSQL {report['server_version']}: "
        f"{rows['activities']:,} activities, {rows['tasks']:,} tasks "
        f"({results['overdue_tasks']:,} open and overdue), {rows['customers']:,} customers; "
        f"{report['cpus']} CPU(s), {report['loop']} loop; load average "
        f"{report['load_average'][0]} before / {report['load_average'][1]} after"
    )
    if "load" in report:
        print("load: " + ", ".join(f"{k} {v}s" for k, v in report["load"]["seconds"].items()))
    print(
        f"activities per customer: max {spread['max']:,.0f}, median {spread['median']:,.0f}, "
        f"min {spread['min']:,.0f}, {spread['over_1000']:,.0f} customers with 1,000 or more"
    )
    print(
        "timeline of: "
        + ", ".join(
            f"{k} {v['customer_id'][:8]}… ({v['activities']:,} activities"
            f"{', own' if v['own'] else ''})"
            for k, v in results["timeline_customers"].items()
        )
    )
    header = (
        f"{'subject':<8}{'request':<16}{'wall med':>10}{'p95':>8}{'app med':>9}{'p95':>8}"
        f"{'db med':>8}{'p95':>8}{'custom':>8}{'generic':>9}  answer"
    )
    print(header)
    print("-" * len(header))
    for row in results["probes"].values():
        print(
            f"{row['subject']:<8}{row['request']:<16}"
            f"{row['wall']['median_ms']:>10.1f}{row['wall']['p95_ms']:>8.1f}"
            f"{row['app']['median_ms']:>9.1f}{row['app']['p95_ms']:>8.1f}"
            f"{row['db']['median_ms']:>8.1f}{row['db']['p95_ms']:>8.1f}"
            f"{_ms(row['explain_ms']):>8.1f}{_ms(row['explain_generic_ms']):>9.1f}"
            f"  {row['answer']}"
        )
    print(
        f"(ms, {report['iterations']} rounds after {report['warmup']} warm-up; wall = the "
        "request in-process, app = inside the ASGI app, db = the sum of its statements; custom / "
        "generic = its heaviest statement under EXPLAIN ANALYZE, planned for its values / generic)"
    )
    for row in results["probes"].values():
        if row["app"]["median_ms"] > 100:
            print(
                f"\nslow: {row['subject']} {row['request']} -- statement {row['heaviest']} of "
                f"{row['statements']} (median {row['statement_medians_ms'][row['heaviest']]} ms):"
            )
            print("\n".join(row["plan"]))
            print("\n... and its generic plan:")
            print("\n".join(row["generic_plan"]))


def _ms(value: float | None) -> float:
    return float("nan") if value is None else value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--activities", type=int, default=5_000_000)
    parser.add_argument("--tasks", type=int, help="default: one per ten activities")
    parser.add_argument("--customers", type=int, default=20_000, help="demo customers first")
    parser.add_argument("--skew", type=float, default=2.0, help="1: even; higher: busier top")
    parser.add_argument("--workers", type=int, default=2, help="inserting connections")
    parser.add_argument("--chunk", type=int, default=250_000, help="rows per INSERT")
    scale_arguments(parser, subjects=["rep", "manager", "admin"])
    args = parser.parse_args(argv)
    return run_scale(
        args,
        run,
        report=print_report,
        result_name=lambda report: (
            "activities_scale-"
            + str(report["load"]["rows"]["activities"] if "load" in report else "reused")
        ),
    )


if __name__ == "__main__":
    sys.exit(main())
