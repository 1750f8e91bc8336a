"""Benchmark: customer and contact lists and search at 1,000,000 customers, through the real app.

On a fresh PostgreSQL database migrated with the real migrations, this seeds the demo
organisation (41 employees with logins, ``salescrm.demo``), then bulk-loads ``--customers``
customers (default 1,000,000) and about two contacts each (2,000,000) drawn by
``salescrm.customers.fake``, with the search documents the application writes (name, short name,
codes, phones, plus pinyin and initials). Owners: the representative ``caochao01`` holds exactly
``--rep-share`` of the customers (2%: 20,000), about 10% sit in the public pool, the other
sellers share the rest. Duplicate-detection keys are not loaded unless ``--match-keys`` is given
(no list or search reads them); nor are stage histories (no list reads them either).

Loading: two worker processes generate the rows and their search documents (pinyin is the slow
part; each distinct value is converted once per worker) as PostgreSQL COPY text; the parent
streams them with ``COPY ... FROM STDIN`` into tables whose secondary indexes and foreign keys
were dropped first and are rebuilt afterwards, exactly as the migrations define them. Then
``VACUUM ANALYZE``, as autovacuum would leave a table that has settled.

Measuring: the real application (``create_app``) in-process, through ``httpx.ASGITransport``,
for a representative (scope ``own``: 2% of the customers), optionally a manager (scope
``subordinates``) and the administrator (scope ``all``):

* ``customers`` -- ``GET /api/v1/customers?limit=50`` (default sort ``-created_at``);
* ``q=initials``, ``q=pinyin``, ``q=汉字`` -- the same with a search: the initials, the full pinyin
  and the Chinese of an existing short name (brand + business, e.g. ``hrjm`` / ``hengruijingmi``
  / ``恒瑞精密``), and ``q=汉字2`` with only its two-character brand (no trigram possible);
* ``contacts`` -- ``GET /api/v1/contacts?limit=50``.

Per request: ``wall`` (``await client.get(...)`` in-process), ``app`` (from the ASGI call until
the last body byte left the app: authentication, queries, serialization, middleware) and ``db``
(the sum of the statements' execute times, as SQLAlchemy's cursor events see them). Round-robin,
``--warmup`` rounds, then ``--iterations`` rounds; median and p95. For each request the page
query (the one with ``LIMIT``) is also run under ``EXPLAIN (ANALYZE, BUFFERS)``.

``--try-sql`` runs statements (e.g. a ``CREATE INDEX``) after the measurement, then ``ANALYZE``,
and measures again: the before/after of a proposal on the same data.

    python bench/customers_scale.py --customers 20000            # a quick run
    python bench/customers_scale.py                              # 1,000,000 / 2,000,000
    python bench/customers_scale.py --keep                       # keep the database ...
    python bench/customers_scale.py --reuse-url postgresql+asyncpg://...   # ... measure it again
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import json
import math
import multiprocessing
import os
import platform
import random
import re
import sys
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

import httpx
from permission_check import (
    Stats,
    run_scale,
    scale_arguments,
    scale_settings,
    server_version,
)
from pypinyin import Style, lazy_pinyin
from sqlalchemy import ColumnElement, String, bindparam, event
from sqlalchemy.engine import make_url

import salescrm.models  # noqa: F401 - every mapper known before the first query
from salescrm.app import create_app
from salescrm.config import Settings
from salescrm.core.db.engine import Database
from salescrm.core.search import escape_like, normalize, search_document
from salescrm.customers import rules
from salescrm.customers.fake import CustomerFaker
from salescrm.customers.models import Contact, Customer, CustomerMatchKey
from salescrm.demo import DEMO_PASSWORD, seed_demo

REP = "caochao01"  # a representative of the demo organisation (scope: own)
MANAGER = "xumin01"  # caochao01's manager (scope: subordinates)
ADMIN = "liminghui01"  # the demo's IT administrator (role admin, scope: all)
SUBJECTS = {"rep": REP, "manager": MANAGER, "admin": ADMIN}
DEMO_SALES = [f"E{n:04d}" for n in range(1, 30)]  # the demo's sellers: E0001-E0029
LOADED_TABLES = ("customers", "contacts", "customer_match_keys")
#: Loaded columns: all but the custom-field values, left to their default ``{}``
#: (``bench/custom_fields_scale.py`` fills them afterwards).
CUSTOMER_COLUMNS = [c.name for c in Customer.__table__.columns if c.name != "custom_fields"]
CONTACT_COLUMNS = [c.name for c in Contact.__table__.columns if c.name != "custom_fields"]
KEY_COLUMNS = [c.name for c in CustomerMatchKey.__table__.columns]


# ----- generating rows (in worker processes) -------------------------------------------------
@dataclass(frozen=True)
class Task:
    """One chunk of customers ``[start, stop)``; everything a worker needs, picklable."""

    seed: int
    start: int
    stop: int
    total: int
    rep: uuid.UUID
    others: tuple[uuid.UUID, ...]
    rep_every: int  # customer i belongs to the rep when i % rep_every == 0
    pool_share: float  # of the customers that are not the rep's
    first: datetime  # created_at of customer 0
    span_seconds: float  # created_at grows linearly over this span
    now: datetime
    contacts_per_customer: float
    match_keys: bool
    verify: bool  # compare the search documents with the models' own on a sample


@dataclass
class Chunk:
    start: int
    customers: bytes
    contacts: bytes
    keys: bytes
    counts: dict[str, int]
    seconds: float


@lru_cache(maxsize=400_000)
def _document_of(value: str) -> str:
    return search_document([value])


def document(values: Iterable[str | None]) -> str:
    """``search_document(values)``, converting each distinct value once.

    ``search_document`` joins the parts of every non-empty value with ``|``, so joining the
    documents of the values one by one gives the same string; ``--verify`` checks it against
    the models' own ``refresh_search_text`` on a sample.
    """
    return "|".join(_document_of(v) for v in values if v)


def _national(e164: str) -> str:
    return e164[3:] if e164.startswith("+86") else e164.lstrip("+")


def uuid7_at(moment: datetime, rng: random.Random) -> uuid.UUID:
    """A UUIDv7 for ``moment``: the ids of records created over time, as the app mints them."""
    ms = int(moment.timestamp() * 1000)
    value = (ms << 80) | (0x7 << 76) | (rng.getrandbits(12) << 64) | (0b10 << 62)
    return uuid.UUID(int=value | rng.getrandbits(62))


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def copy_value(value: Any) -> str:
    """One field in PostgreSQL's COPY text format."""
    if value is None:
        return "\\N"
    if value is True:
        return "t"
    if value is False:
        return "f"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | dict):
        value = json.dumps(value)  # as SQLAlchemy's JSON type writes it
    return str(value).translate(_COPY_ESCAPES)


def column_default(column: Any) -> Any:
    """What the ORM would write for a column the generator leaves out (a column added by a
    later migration: the loader keeps working until the generator learns of it)."""
    default = column.default
    if default is None:
        return None
    if default.is_scalar:
        return default.arg
    if default.is_callable:
        return default.arg(None)
    return None


#: The defaults of every loaded table's columns, by table and column name.
DEFAULTS = {
    table.name: {c.name: column_default(c) for c in table.columns}
    for table in (Customer.__table__, Contact.__table__, CustomerMatchKey.__table__)
}


def copy_line(row: dict[str, Any], columns: Sequence[str], table: str = "customers") -> str:
    defaults = DEFAULTS[table]
    return "\t".join(copy_value(row[c] if c in row else defaults[c]) for c in columns) + "\n"


def generate(task: Task) -> Chunk:
    started = time.perf_counter()
    rng = random.Random(f"{task.seed}:{task.start}")
    faker = CustomerFaker(rng=rng)
    customers: list[str] = []
    contacts: list[str] = []
    keys: list[str] = []
    counts = {"customers": 0, "contacts": 0, "keys": 0, "rep": 0, "pool": 0}
    owed = 0.0  # contacts still due to reach contacts_per_customer on average
    verified: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    for i in range(task.start, task.stop):
        created = task.first + timedelta(
            seconds=task.span_seconds * (i + rng.random()) / task.total
        )
        if i % task.rep_every == 0:
            owner: uuid.UUID | None = task.rep
            counts["rep"] += 1
        elif rng.random() < task.pool_share:
            owner = None
            counts["pool"] += 1
        else:
            owner = rng.choice(task.others)
        data = faker.customer()
        if owner is None:
            data["strategic"] = False
        customer_id = uuid7_at(created, rng)
        age = (task.now - created).total_seconds()
        stage_changed = (
            created
            if data["stage"] == "prospect"
            else created + timedelta(seconds=age * rng.uniform(0.1, 0.95))
        )
        follow_up = None
        if owner is not None and rng.random() < 0.9:
            follow_up = max(task.now - timedelta(days=rng.uniform(0, 60)), created)
        elif owner is None and rng.random() < 0.5:
            follow_up = max(task.now - timedelta(days=rng.uniform(60, 400)), created)
        phones = data["phones"]
        tags = data["tags"]
        revenue = data.get("annual_revenue")
        row: dict[str, Any] = {
            "id": customer_id,
            "kind": data["kind"],
            "name": data["name"],
            "short_name": data.get("short_name"),
            "credit_code": data.get("credit_code"),
            "industry": data.get("industry"),
            "size": data.get("size"),
            "source": data.get("source"),
            "channel": data.get("channel"),
            "region": data.get("region"),
            "territory": None,
            "province": data.get("province"),
            "city": data.get("city"),
            "district": data.get("district"),
            "address": data.get("address"),
            "latitude": data.get("latitude"),
            "longitude": data.get("longitude"),
            "phones": phones,
            "email": data.get("email"),
            "website": data.get("website"),
            "tier": data.get("tier"),
            "stage": data["stage"],
            "stage_changed_at": stage_changed,
            "key_account": data["strategic"],
            "key_account_since": stage_changed if data["strategic"] else None,
            "strategic": data["strategic"],
            "annual_revenue": Decimal(revenue) if revenue else None,
            "tags": tags,
            "tag_index": ("|" + "|".join(tags) + "|" if tags else "")[:1000],
            "remarks": data.get("remarks"),
            "status": data["status"],
            "owned_since": created if owner else None,
            "last_follow_up_at": follow_up,
            "pool_warned_at": None,
            "merged_into_id": None,
            "created_at": created,
            "updated_at": max(created, stage_changed, follow_up or created),
            "version": 1,
            "deleted_at": None,
            "owner_id": owner,
            # Customer.refresh_search_text: these fields, each phone also as dialled at home.
            "search_text": document(
                [
                    data["name"],
                    data.get("short_name"),
                    data.get("credit_code"),
                    data.get("email"),
                    *(p for phone in phones for p in (phone, _national(phone))),
                ]
            )[:2000],
        }
        customers.append(copy_line(row, CUSTOMER_COLUMNS))
        # Contacts: 1-3 per company, the individual themself for a person; on average
        # ``contacts_per_customer`` over the whole table (companies make up for individuals).
        owed += task.contacts_per_customer
        wanted = max(1, min(3, round(owed + rng.uniform(-1, 1))))
        people = faker.contacts(data, customer_id, count=wanted)
        owed -= len(people)
        contact_rows = []
        for index, person in enumerate(people):
            moment = (
                created if index == 0 else created + timedelta(seconds=age * rng.uniform(0.01, 0.5))
            )
            mobile, phone = person.get("mobile"), person.get("phone")
            numbers = [
                n for number in (mobile, phone) if number for n in (number, _national(number))
            ]
            contact = {
                "id": uuid7_at(moment, rng),
                "customer_id": customer_id,
                "name": person["name"],
                "title": person.get("title"),
                "department": person.get("department"),
                "mobile": mobile,
                "phone": phone,
                "phone_extension": None,
                "email": person.get("email"),
                "wechat": person.get("wechat"),
                "birthday": person.get("birthday"),
                "buying_role": person.get("buying_role"),
                "is_primary": person["is_primary"],
                "notes": person.get("notes"),
                "created_at": moment,
                "updated_at": moment,
                "version": 1,
                "deleted_at": None,
                # Contact.refresh_search_text: name, title, e-mail, WeChat, then the numbers.
                "search_text": document(
                    [
                        person["name"],
                        person.get("title"),
                        person.get("email"),
                        person.get("wechat"),
                        *numbers,
                    ]
                )[:2000],
            }
            contact_rows.append(contact)
            contacts.append(copy_line(contact, CONTACT_COLUMNS, "contacts"))
        counts["contacts"] += len(people)
        if task.match_keys:
            for kind, value in sorted(
                rules.match_keys(
                    name=data["name"],
                    credit_code=data.get("credit_code"),
                    phones=list(phones),
                    email=data.get("email"),
                )
            ):
                keys.append(
                    copy_line(
                        {"customer_id": customer_id, "kind": kind, "value": value},
                        KEY_COLUMNS,
                        "customer_match_keys",
                    )
                )
                counts["keys"] += 1
        if task.verify and len(verified) < 200:
            verified.append((row, contact_rows))
    counts["customers"] = task.stop - task.start
    for row, contact_rows in verified:
        _verify(row, contact_rows)
    return Chunk(
        task.start,
        "".join(customers).encode(),
        "".join(contacts).encode(),
        "".join(keys).encode(),
        counts,
        time.perf_counter() - started,
    )


def _verify(row: dict[str, Any], contacts: list[dict[str, Any]]) -> None:
    """The loaded search documents are exactly what the models compute on a flush."""
    customer = Customer(
        name=row["name"],
        short_name=row["short_name"],
        credit_code=row["credit_code"],
        email=row["email"],
        phones=row["phones"],
        tags=row["tags"],
    )
    customer.refresh_search_text()
    if (customer.search_text, customer.tag_index) != (row["search_text"], row["tag_index"]):
        raise AssertionError(f"customer search document differs: {row['name']}")
    for values in contacts:
        contact = Contact(
            **{k: values[k] for k in ("name", "title", "email", "wechat", "mobile", "phone")}
        )
        contact.refresh_search_text()
        if contact.search_text != values["search_text"]:
            raise AssertionError(f"contact search document differs: {values['name']}")


# ----- loading -------------------------------------------------------------------------------
@dataclass
class Loaded:
    customers: int = 0
    contacts: int = 0
    keys: int = 0
    rep_customers: int = 0
    pool_customers: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


async def _raw(database: Database) -> Any:
    """A plain asyncpg connection to the bench database (COPY, DDL, EXPLAIN)."""
    import asyncpg  # type: ignore[import-untyped]

    url = make_url(database.url)
    return await asyncpg.connect(
        host=url.host or "127.0.0.1",
        port=url.port or 5432,
        user=url.username,
        password=url.password,
        database=url.database,
    )


async def _secondary_ddl(conn: Any) -> tuple[list[str], list[tuple[str, str, str]]]:
    """The loaded tables' indexes (other than primary keys) and foreign keys, as defined."""
    indexes = await conn.fetch(
        """SELECT i.indexname, i.indexdef FROM pg_indexes i
           JOIN pg_class c ON c.relname = i.indexname
           WHERE i.schemaname = 'public' AND i.tablename = ANY($1::text[])
             AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid
                             AND k.contype = 'p')
           ORDER BY i.tablename, i.indexname""",
        list(LOADED_TABLES),
    )
    foreign = await conn.fetch(
        """SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
           FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY($1::text[])
           ORDER BY conname""",
        list(LOADED_TABLES),
    )
    return [r["indexdef"] for r in indexes], [(r[0], r[1], r[2]) for r in foreign]


async def load(database: Database, args: argparse.Namespace) -> Loaded:
    loaded = Loaded()
    conn = await _raw(database)
    try:
        people = {
            r["employee_no"]: r["id"]
            for r in await conn.fetch(
                "SELECT employee_no, id FROM employees WHERE employee_no = ANY($1::text[])",
                DEMO_SALES,
            )
        }
        rep = await conn.fetchval("SELECT employee_id FROM accounts WHERE username = $1", REP)
        others = tuple(v for v in people.values() if v != rep)
        indexes, foreign = await _secondary_ddl(conn)
        started = time.perf_counter()
        for table, name, _ in foreign:
            await conn.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        for ddl in indexes:
            found = re.search(r"INDEX (\S+) ON", ddl)
            assert found is not None
            await conn.execute(f"DROP INDEX {found.group(1)}")
        await conn.execute("SET synchronous_commit = off")

        now = datetime.now(UTC)
        first = now - timedelta(days=6 * 365)
        span = (now - timedelta(days=1) - first).total_seconds()
        rep_every = max(1, round(1 / args.rep_share))
        tasks = [
            Task(
                seed=args.seed,
                start=start,
                stop=min(start + args.chunk, args.customers),
                total=args.customers,
                rep=rep,
                others=others,
                rep_every=rep_every,
                pool_share=args.pool_share / (1 - 1 / rep_every),
                first=first,
                span_seconds=span,
                now=now,
                contacts_per_customer=args.contacts_per_customer,
                match_keys=args.match_keys,
                verify=start == 0,
            )
            for start in range(0, args.customers, args.chunk)
        ]
        loop = asyncio.get_running_loop()
        context = multiprocessing.get_context("spawn")  # no event loop or pool inherited
        generating = 0.0
        with concurrent.futures.ProcessPoolExecutor(args.workers, mp_context=context) as pool:
            pending = [loop.run_in_executor(pool, generate, t) for t in tasks]
            for done, future in enumerate(pending, start=1):  # in order: created_at grows
                chunk = await future
                generating += chunk.seconds
                await _copy(conn, "customers", CUSTOMER_COLUMNS, chunk.customers)
                await _copy(conn, "contacts", CONTACT_COLUMNS, chunk.contacts)
                if chunk.keys:
                    await _copy(conn, "customer_match_keys", KEY_COLUMNS, chunk.keys)
                loaded.customers += chunk.counts["customers"]
                loaded.contacts += chunk.counts["contacts"]
                loaded.keys += chunk.counts["keys"]
                loaded.rep_customers += chunk.counts["rep"]
                loaded.pool_customers += chunk.counts["pool"]
                if done % max(1, len(tasks) // 25) == 0 or done == len(tasks):
                    elapsed = time.perf_counter() - started
                    print(
                        f"  {loaded.customers:>10,} customers {loaded.contacts:>10,} contacts "
                        f"in {elapsed:6.1f}s",
                        flush=True,
                    )
        loaded.seconds["generate_and_copy"] = time.perf_counter() - started
        loaded.seconds["generate_cpu"] = generating
        started = time.perf_counter()
        await conn.execute("SET maintenance_work_mem = '1GB'")
        for ddl in indexes:
            began = time.perf_counter()
            await conn.execute(ddl)
            print(f"  {time.perf_counter() - began:6.1f}s  {ddl}", flush=True)
        for table, name, definition in foreign:
            await conn.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
        loaded.seconds["indexes"] = time.perf_counter() - started
        started = time.perf_counter()
        await conn.execute("VACUUM ANALYZE")
        loaded.seconds["vacuum_analyze"] = time.perf_counter() - started
    finally:
        await conn.close()
    return loaded


async def _copy(conn: Any, table: str, columns: list[str], payload: bytes) -> None:
    if payload:
        await conn.copy_to_table(table, source=_Bytes(payload), columns=columns, format="text")


class _Bytes:
    """An async byte source for asyncpg's ``copy_to_table``."""

    def __init__(self, payload: bytes, size: int = 1 << 20) -> None:
        self.payload = memoryview(payload)
        self.size = size

    def __aiter__(self) -> _Bytes:
        self.offset = 0
        return self

    async def __anext__(self) -> bytes:
        if self.offset >= len(self.payload):
            raise StopAsyncIteration
        part = self.payload[self.offset : self.offset + self.size]
        self.offset += self.size
        return bytes(part)


# ----- measuring -----------------------------------------------------------------------------
class TimedApp:
    """ASGI wrapper: how long the app took, from the call until the last byte was sent."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.last_ms = 0.0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        started = time.perf_counter()
        await self.app(scope, receive, send)
        self.last_ms = (time.perf_counter() - started) * 1000


class StatementClock:
    """Sums the execute time of every statement (SQLAlchemy cursor events) and keeps them."""

    def __init__(self, database: Database) -> None:
        self.engine = database.engine.sync_engine
        self.total_ms = 0.0
        self.count = 0
        self.statements: list[tuple[str, Any]] = []
        self._started: float = 0.0
        event.listen(self.engine, "before_cursor_execute", self._before)
        event.listen(self.engine, "after_cursor_execute", self._after)

    def reset(self) -> None:
        self.total_ms, self.count, self.statements = 0.0, 0, []

    def _before(self, _c: Any, _cur: Any, statement: str, params: Any, *_: Any) -> None:
        self.statements.append((statement, params))
        self._started = time.perf_counter()

    def _after(self, *_: Any) -> None:
        self.total_ms += (time.perf_counter() - self._started) * 1000
        self.count += 1


@dataclass
class Probe:
    subject: str
    name: str
    path: str
    params: dict[str, str]


async def search_terms(database: Database) -> dict[str, str]:
    """An existing short name of the representative's (brand + business, four characters)."""
    conn = await _raw(database)
    try:
        short = await conn.fetchval(
            """SELECT c.short_name FROM customers c JOIN accounts a ON a.employee_id = c.owner_id
               WHERE a.username = $1 AND c.kind = 'company' AND char_length(c.short_name) = 4
               ORDER BY c.created_at DESC LIMIT 1 OFFSET 100""",
            REP,
        )
    finally:
        await conn.close()
    assert short, "no short name found"
    return {
        "q=initials": "".join(lazy_pinyin(short, style=Style.FIRST_LETTER)),
        "q=pinyin": "".join(lazy_pinyin(short)),
        "q=汉字": short,
        "q=汉字2": short[:2],
    }


async def measure(
    database: Database, settings: Settings, args: argparse.Namespace, phase: str
) -> dict[str, Any]:
    app = TimedApp(create_app(settings, database=database))
    clock = StatementClock(database)
    transport = httpx.ASGITransport(app=app)
    terms = await search_terms(database)
    results: dict[str, Any] = {"terms": terms, "subjects": {}, "probes": {}}
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
        tokens: dict[str, str] = {}
        for label in args.subjects:
            response = await http.post(
                "/api/v1/auth/token",
                data={"username": SUBJECTS[label], "password": DEMO_PASSWORD},
            )
            assert response.status_code == 200, response.text
            tokens[label] = response.json()["access_token"]
        probes: list[Probe] = []
        for label in args.subjects:
            probes.append(Probe(label, "customers", "/api/v1/customers", {"limit": "50"}))
            for name, q in terms.items():
                probes.append(Probe(label, name, "/api/v1/customers", {"limit": "50", "q": q}))
            probes.append(Probe(label, "contacts", "/api/v1/contacts", {"limit": "50"}))

        async def call(probe: Probe, **extra: str) -> tuple[httpx.Response, float]:
            headers = {"Authorization": f"Bearer {tokens[probe.subject]}"}
            clock.reset()
            started = time.perf_counter()
            response = await http.get(probe.path, params={**probe.params, **extra}, headers=headers)
            return response, (time.perf_counter() - started) * 1000

        # What each probe sees (counted once, not timed) and its page query's plan.
        for probe in probes:
            response, _ = await call(probe, include_total="true")
            assert response.status_code == 200, response.text
            body = response.json()
            response, _ = await call(probe)
            page = [s for s in clock.statements if " LIMIT " in s[0]]
            assert page, f"no page query in {probe}"
            statement, params = page[-1]
            plan = await explain(database, statement, params)
            generic = await explain(database, statement, params, generic=True)
            results["probes"][f"{probe.subject}/{probe.name}"] = {
                "subject": probe.subject,
                "request": probe.name,
                "path": probe.path,
                "params": probe.params,
                "matches": body["total"],
                "items": len(body["items"]),
                "statements": clock.count,
                "page_query": statement,
                "page_query_params": [str(p) for p in params],
                "plan": plan,
                "explain_ms": _execution_ms(plan),
                "generic_plan": generic,
                "explain_generic_ms": _execution_ms(generic),
            }
        print(
            f"[{phase}] measuring {len(probes)} requests round-robin, {args.warmup} warm-up + "
            f"{args.iterations} rounds ...",
            flush=True,
        )
        samples: dict[str, dict[str, list[float]]] = {
            f"{p.subject}/{p.name}": {"wall": [], "app": [], "db": []} for p in probes
        }
        for round_ in range(args.warmup + args.iterations):
            for probe in probes:
                response, wall = await call(probe)
                if response.status_code != 200:
                    raise RuntimeError(f"{probe}: {response.status_code} {response.text[:300]}")
                if round_ >= args.warmup:
                    key = f"{probe.subject}/{probe.name}"
                    samples[key]["wall"].append(wall)
                    samples[key]["app"].append(app.last_ms)
                    samples[key]["db"].append(clock.total_ms)
        for key, values in samples.items():
            for kind, series in values.items():
                results["probes"][key][kind] = Stats.of(series).__dict__
    event.remove(clock.engine, "before_cursor_execute", clock._before)
    event.remove(clock.engine, "after_cursor_execute", clock._after)
    return results


async def explain(
    database: Database, statement: str, params: Any, *, generic: bool = False
) -> list[str]:
    """``EXPLAIN (ANALYZE, BUFFERS)`` of the statement as sent, with its parameters.

    The app sends it as a prepared statement (asyncpg caches them per connection), and
    PostgreSQL may switch such a statement to a *generic* plan, made without the parameter
    values, after five executions. ``generic`` shows that plan (``PREPARE`` and ``EXPLAIN
    EXECUTE`` under ``plan_cache_mode = force_generic_plan``); otherwise the plan made for
    these values (a custom plan).
    """
    conn = await _raw(database)
    try:
        if not generic:
            rows = await conn.fetch(f"EXPLAIN (ANALYZE, BUFFERS) {statement}", *params)
        else:
            await conn.execute("SET plan_cache_mode = force_generic_plan")
            await conn.execute(f"PREPARE bench_page AS {statement}")
            values = ", ".join(_literal(p) for p in params)
            rows = await conn.fetch(f"EXPLAIN (ANALYZE, BUFFERS) EXECUTE bench_page({values})")
    finally:
        await conn.close()
    return [str(r[0]) for r in rows]


def send_search_patterns_inline() -> None:
    """Experiment (``--search-literal``): the search pattern written into the SQL instead of
    bound, so that a prepared statement's generic plan cannot ignore it. This is the change
    the proposal makes in ``core.search.matches``; the bench patches it into the repository."""
    import salescrm.core.repository as repository

    def matches(column: Any, q: str) -> ColumnElement[bool]:
        pattern = f"%{escape_like(normalize(q).replace(' ', ''))}%"
        inline = bindparam(None, pattern, type_=String(), literal_execute=True)
        result: ColumnElement[bool] = column.like(inline, escape="\\")
        return result

    setattr(repository, "matches", matches)  # noqa: B010 - patched for the experiment only


def _literal(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | Decimal):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def _execution_ms(plan: list[str]) -> float | None:
    for line in plan:
        if line.startswith("Execution Time:"):
            return float(line.split()[2])
    return None


async def run_sql(database: Database, statements: list[str]) -> list[dict[str, Any]]:
    """Run ``--try-sql`` statements (``{database}`` stands for the bench database's name)."""
    done = []
    conn = await _raw(database)
    name = make_url(database.url).database or ""
    try:
        for template in statements:
            statement = template.replace("{database}", f'"{name}"')
            started = time.perf_counter()
            await conn.execute(statement)
            done.append({"sql": statement, "seconds": round(time.perf_counter() - started, 2)})
            print(f"  {time.perf_counter() - started:6.1f}s  {statement}", flush=True)
        await conn.execute("ANALYZE")
    finally:
        await conn.close()
    return done


async def table_sizes(database: Database) -> dict[str, Any]:
    conn = await _raw(database)
    try:
        rows = await conn.fetch(
            """SELECT relname, reltuples::bigint AS rows,
                      pg_size_pretty(pg_table_size(oid)) AS table_size,
                      pg_size_pretty(pg_indexes_size(oid)) AS indexes_size
               FROM pg_class WHERE relname = ANY($1::text[]) ORDER BY relname""",
            list(LOADED_TABLES),
        )
    finally:
        await conn.close()
    return {r["relname"]: dict(r) for r in rows}


# ----- the run -------------------------------------------------------------------------------
async def run(args: argparse.Namespace, url: str, fresh: bool) -> dict[str, Any]:
    settings = scale_settings(url)
    database = Database(url)
    report: dict[str, Any] = {
        "benchmark": "customers_scale",
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "machine": platform.platform(),
        "loop": type(asyncio.get_running_loop()).__module__,
        "iterations": args.iterations,
        "warmup": args.warmup,
        "search_literal_experiment": args.search_literal,
    }
    try:
        if fresh:
            started = time.perf_counter()
            counts = await seed_demo(url, settings=settings, customers=0)
            print(f"seeded the demo organisation {counts} in {time.perf_counter() - started:.1f}s")
            print(
                f"loading {args.customers:,} customers (~{args.contacts_per_customer:g} contacts "
                f"each) with {args.workers} worker(s) ...",
                flush=True,
            )
            loaded = await load(database, args)
            report["load"] = {
                "customers": loaded.customers,
                "contacts": loaded.contacts,
                "match_keys": loaded.keys,
                "rep_customers": loaded.rep_customers,
                "pool_customers": loaded.pool_customers,
                "seconds": {k: round(v, 1) for k, v in loaded.seconds.items()},
                "workers": args.workers,
            }
            print(
                f"loaded {loaded.customers:,} customers ({loaded.rep_customers:,} of {REP}'s, "
                f"{loaded.pool_customers:,} in the pool), {loaded.contacts:,} contacts, "
                f"{loaded.keys:,} match keys; "
                + ", ".join(f"{k} {v:.0f}s" for k, v in loaded.seconds.items()),
                flush=True,
            )
        report["server_version"] = await server_version(database)
        report["tables"] = await table_sizes(database)
        phases: list[tuple[str, list[str]]] = [("baseline", [])]
        if args.try_sql:
            phases.append(("with --try-sql", args.try_sql))
        report["phases"] = {}
        for phase, statements in phases:
            applied = await run_sql(database, statements) if statements else []
            await database.engine.dispose()  # new connections see changed settings
            load_before = os.getloadavg()[0]
            results = await measure(database, settings, args, phase)
            results["applied"] = applied
            results["load_average"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
            report["phases"][phase] = results
    finally:
        await database.dispose()
    return report


def print_report(report: dict[str, Any]) -> None:
    load = report.get("load")
    print()
    if load:
        print(
            f"customers_scale on {report['server_version']}: {load['customers']:,} customers, "
            f"{load['contacts']:,} contacts, {report['cpus']} CPU(s), {report['loop']} loop"
        )
    for phase, results in report["phases"].items():
        print(
            f"\n== {phase} ({report['iterations']} rounds after {report['warmup']} warm-up; "
            f"load average {results['load_average'][0]} before / {results['load_average'][1]} "
            f"after); search terms: " + ", ".join(f"{k} {v!r}" for k, v in results["terms"].items())
        )
        header = (
            f"{'subject':<8}{'request':<11}{'matches':>10}{'wall med':>10}{'p95':>8}"
            f"{'app med':>9}{'p95':>8}{'db med':>8}{'p95':>8}{'custom':>8}{'generic':>9}"
        )
        print(header)
        print("-" * len(header))
        for row in results["probes"].values():
            custom, generic = row["explain_ms"], row["explain_generic_ms"]
            print(
                f"{row['subject']:<8}{row['request']:<11}{row['matches']:>10,}"
                f"{row['wall']['median_ms']:>10.1f}{row['wall']['p95_ms']:>8.1f}"
                f"{row['app']['median_ms']:>9.1f}{row['app']['p95_ms']:>8.1f}"
                f"{row['db']['median_ms']:>8.1f}{row['db']['p95_ms']:>8.1f}"
                f"{_ms(custom):>8.1f}{_ms(generic):>9.1f}"
            )
        print(
            "(ms; wall = the request in-process, app = inside the ASGI app, db = the sum of its "
            f"{row['statements']} statements; custom / generic = the page query's execution "
            "time under EXPLAIN ANALYZE with a plan for its values / a generic plan)"
        )
        slow = [r for r in results["probes"].values() if r["app"]["median_ms"] > 100]
        for row in slow:
            print(f"\nslow: {row['subject']} {row['request']} -- the page query's custom plan:")
            print("\n".join(row["plan"]))
            print("\n... and its generic plan:")
            print("\n".join(row["generic_plan"]))


def _ms(value: float | None) -> float:
    return math.nan if value is None else value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--contacts-per-customer", type=float, default=2.0)
    parser.add_argument("--rep-share", type=float, default=0.02, help=f"{REP}'s share")
    parser.add_argument("--pool-share", type=float, default=0.10, help="customers without owner")
    parser.add_argument("--match-keys", action="store_true", help="also load match keys")
    parser.add_argument("--workers", type=int, default=2, help="generating processes")
    parser.add_argument("--chunk", type=int, default=10_000, help="customers per work unit")
    parser.add_argument(
        "--try-sql",
        action="append",
        default=[],
        metavar="SQL",
        help="after measuring, run this (repeatable), ANALYZE, and measure again",
    )
    parser.add_argument(
        "--search-literal",
        action="store_true",
        help="experiment: send the search pattern inline rather than as a bound parameter",
    )
    scale_arguments(parser, subjects=["rep", "admin"])
    args = parser.parse_args(argv)
    unknown = set(args.subjects) - set(SUBJECTS)
    if unknown:
        parser.error(f"unknown subjects: {sorted(unknown)}")
    if args.search_literal:
        send_search_patterns_inline()

    return run_scale(
        args,
        run,
        report=print_report,
        result_name=lambda report: (
            "customers_scale-" + str(report.get("load", {}).get("customers") or "reused")
        ),
    )


if __name__ == "__main__":
    sys.exit(main())
