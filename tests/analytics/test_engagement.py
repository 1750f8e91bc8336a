"""Engagement statistics (activities, visits, follow-up gaps, new customers, pool flows):
exact figures on a known data set, two scopes, and random data against independent SQL."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from sqlalchemy import update

from salescrm.activities.models import Visit
from salescrm.core.clock import business_zone_name, today
from salescrm.customers.models import Customer, CustomerEvent
from tests.activities.support import VISITS, activity, visit
from tests.analytics.support import independent, stat
from tests.conftest import TestDatabase, http_client
from tests.contract.matrix import build_org, holds
from tests.sales.support import customer, ok

POOL = "/api/v1/customer-pool"
FAR = {"latitude": 31.0, "longitude": 121.0}


def _day(moment: Any) -> date:
    """The business day of a raw UTC moment (SQLite answers text, PostgreSQL a datetime)."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    day: date = moment.astimezone(ZoneInfo(business_zone_name())).date()
    return day


def _month(day: date) -> str:
    return day.replace(day=1).isoformat()


async def _events(db: TestDatabase, *events: dict[str, Any]) -> None:
    """Pool events as the pool writes them (through the ORM, so the day counters follow)."""
    async with db.database.sessionmaker() as session:
        session.add_all(CustomerEvent(**e) for e in events)
        await session.commit()


def _flow(kind: str, who: str, customer_id: str, at: datetime, **more: Any) -> dict[str, Any]:
    employee = uuid.UUID(who)
    return {
        "customer_id": uuid.UUID(customer_id),
        "kind": kind,
        "created_at": at,
        "actor_id": employee if kind == "claimed" else None,
        "to_value": who if kind == "claimed" else None,
        "from_value": None if kind == "claimed" else who,
        **more,
    }


def _at(text: str) -> str:
    return text + "T02:00:00Z"


async def test_engagement_exact(client: httpx.AsyncClient, db: TestDatabase) -> None:
    a = await customer(client, source="referral")
    b = await customer(client, source="website")
    c = await customer(client)
    e = await customer(client, latitude=31.2304, longitude=121.4737)
    d = await customer(client, source="referral", owner_id=None)  # in the pool
    # Activities: one on 2026-01-01 in Shanghai (still 2025-12-31 in UTC), one before the period.
    for cid, kind, channel, direction, at in (
        (a, "call", "phone", "outbound", "2026-01-05T02:00:00Z"),
        (a, "call", "wechat", "inbound", "2025-12-31T17:00:00Z"),
        (b, "meeting", "in_person", None, "2026-02-03T03:00:00Z"),
        (b, "call", "phone", None, "2025-12-31T15:00:00Z"),
    ):
        await activity(client, cid, type=kind, channel=channel, direction=direction, occurred_at=at)
    # Visits in March/April: 45.5 and 60 minutes on site, cancelled, missed, flagged on site.
    for planned, minutes in (("2026-03-10", 45.5), ("2026-03-11", 60.0)):
        done = await visit(client, b, planned_at=_at(planned))
        start = datetime.fromisoformat(_at(planned).replace("Z", "+00:00"))
        end = start + timedelta(minutes=minutes)
        url = f"{VISITS}/{done['id']}"
        await ok(await client.post(f"{url}/check-in", json={**FAR, "captured_at": _at(planned)}))
        out = {**FAR, "captured_at": end.isoformat()}
        await ok(await client.post(f"{url}/check-out", json=out))
    cancelled = await visit(client, b, planned_at=_at("2026-03-12"))
    await ok(await client.post(f"{VISITS}/{cancelled['id']}/cancel", json={}))
    await visit(client, b, planned_at=_at("2026-03-13"))
    far = await visit(client, e, planned_at=_at("2026-03-14"))
    await ok(await client.post(f"{VISITS}/{far['id']}/check-in", json=FAR))
    await visit(client, b, planned_at=_at("2026-04-02"))
    # Pool flows today: a claim and a release through the API, an automatic return.
    await ok(await client.post(f"{POOL}/{d}/claim"))
    await ok(await client.post(f"/api/v1/customers/{d}/release", json={"reason": "无意向"}))
    await _events(db, _flow("returned_to_pool", db.admin_id, c, datetime.now(UTC)))

    period: dict[str, Any] = {"date_from": "2026-01-01", "date_to": "2026-02-28"}
    by_type = await stat(client, "activities", bucket="month", **period)
    assert by_type["group_by"] == "type"
    assert [
        (r["period_start"], r["key"], r["label"], r["activities"], r["inbound"], r["outbound"])
        for r in by_type["rows"]
    ] == [("2026-01-01", "call", "Call", 2, 1, 1), ("2026-02-01", "meeting", "Meeting", 1, 0, 0)]
    by_channel = await stat(client, "activities", group_by="channel", **period)
    assert [(r["key"], r["activities"]) for r in by_channel["rows"]] == [
        ("in_person", 1),
        ("phone", 1),
        ("wechat", 1),
    ]
    by_author = await stat(client, "activities", group_by="employee", **period)
    [author] = by_author["rows"]
    assert (author["key"], author["activities"]) == (db.admin_id, 3)
    assert author["label"]

    visits = await stat(
        client, "visits", date_from="2026-03-01", date_to="2026-04-30", bucket="month"
    )
    assert [
        (
            r["period_start"], r["employee_id"], r["planned"], r["completed"], r["on_site"],
            r["cancelled"], r["missed"], r["flagged"], r["avg_minutes_on_site"],
        )
        for r in visits["rows"]
    ] == [
        ("2026-03-01", db.admin_id, 5, 2, 1, 1, 1, 1, "52.75"),
        ("2026-04-01", db.admin_id, 1, 0, 0, 0, 1, 0, None),
    ]  # fmt: skip

    # b's last follow-up is its second visit's check-in (2026-03-11); a's is 2026-01-05.
    now = today()
    quiet = (now - date(2026, 3, 11)).days
    gaps = await stat(client, "follow-up-gaps", days=quiet)  # b followed up on its first day
    [row] = gaps["rows"]
    assert (gaps["date_from"], gaps["date_to"], gaps["days"]) == (now.isoformat(),) * 2 + (quiet,)
    assert (row["employee_id"], row["customers"], row["never_followed_up"]) == (
        db.admin_id,
        4,
        2,
    )
    assert row["oldest_gap_days"] == (now - date(2026, 1, 5)).days
    shorter = await stat(client, "follow-up-gaps", days=quiet + 1)  # b's follow-up inside
    assert [r["customers"] for r in shorter["rows"]] == [3]

    fresh = await stat(client, "new-customers", bucket="day")
    assert [
        (r["period_start"], r["source"], r["source_label"], r["customers"]) for r in fresh["rows"]
    ] == [
        (now.isoformat(), None, None, 2),
        (now.isoformat(), "referral", "Referral", 2),
        (now.isoformat(), "website", "Website", 1),
    ]

    expected = [(None, 1, 1, 1, 0)]
    counted = await stat(client, "pool-flows")  # the administrator: the day counters
    events = await stat(client, "pool-flows", employee_id=db.admin_id)  # the events
    for body in (counted, events):
        assert [
            (r["pool_id"], r["claims"], r["releases"], r["returns"], r["conversions"])
            for r in body["rows"]
        ] == expected

    for name, params in (
        ("activities", {"group_by": "deal"}),
        ("activities", {"product_id": str(uuid.uuid4())}),
        ("follow-up-gaps", {"days": 0}),
        ("follow-up-gaps", {"days": 3651}),
        ("visits", {"pipeline_id": str(uuid.uuid4())}),
    ):
        problem = await stat(client, name, 422, **params)
        assert problem["status"] == 422


async def test_engagement_follows_the_callers_scope(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await build_org(app, client, db, ["customer:write"])
    week_ago = datetime.now(UTC) - timedelta(days=7)
    flows = []
    for who in ("R1", "R2", "R3"):
        owner = org.ids[who]
        cid = await customer(client, owner_id=owner, source="website")
        await activity(client, cid, occurred_at=week_ago.isoformat())
        await visit(client, cid, owner_id=owner, planned_at=week_ago.isoformat())
        flows.append(_flow("claimed", owner, cid, week_ago))
    flows.append(_flow("released", org.ids["R2"], cid, week_ago))
    await _events(db, *flows)

    async def figures(viewer: str) -> dict[str, Any]:
        async with http_client(app, org.tokens[viewer]) as http:
            got: dict[str, Any] = {}
            for name, permission, params in (
                ("activities", "activity:read", {"group_by": "employee"}),
                ("visits", "visit:read", {}),
                ("follow-up-gaps", "customer:read", {"days": 3}),
                ("new-customers", "customer:read", {}),
                ("pool-flows", "customer:read", {}),
            ):
                if not holds(org, viewer, permission):
                    await stat(http, name, 403, **params)
                    continue
                rows = (await stat(http, name, **params))["rows"]
                if name == "activities":
                    got[name] = sum(r["activities"] for r in rows)
                elif name == "visits":
                    got[name] = sorted(
                        (r["employee_name"], r["planned"], r["missed"]) for r in rows
                    )
                elif name == "follow-up-gaps":
                    got[name] = sorted((r["employee_name"], r["customers"]) for r in rows)
                elif name == "new-customers":
                    got[name] = [(r["source"], r["customers"]) for r in rows]
                else:
                    got[name] = [(r["claims"], r["releases"]) for r in rows]
        return got

    def team(*people: str, count: int) -> dict[str, Any]:
        return {
            "activities": count,
            "visits": [(f"矩阵{p}", 1, 1) for p in people],
            "follow-up-gaps": [(f"矩阵{p}", 1) for p in people],
            "new-customers": [("website", count)],
        }

    m1 = await figures("M1")
    assert m1 == {**team("R1", "R2", count=2), "pool-flows": [(2, 1)]}
    assert await figures("M2") == {**team("R3", count=1), "pool-flows": [(1, 0)]}
    assert await figures("D") == {**team("R1", "R2", "R3", count=3), "pool-flows": [(3, 1)]}
    r1 = await figures("R1")
    want = {**team("R1", count=1), "pool-flows": [(1, 0)]}
    assert r1 == {k: v for k, v in want.items() if k in r1}
    admin = await figures("admin")
    assert admin["pool-flows"] == [(3, 1)]
    assert admin["activities"] == 3


async def test_engagement_matches_independent_queries(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    rng = random.Random(1919)  # noqa: S311 — reproducible test data
    start = datetime(2026, 1, 1, tzinfo=UTC)

    def moment() -> datetime:
        return start + timedelta(minutes=rng.randrange(300 * 24 * 60))

    sources = ["referral", "website", None]
    customers = [await customer(client, source=rng.choice(sources)) for _ in range(8)]
    for _ in range(24):
        await activity(
            client,
            rng.choice(customers),
            type=rng.choice(["call", "meeting", "email"]),
            channel=rng.choice(["phone", "wechat", None]),
            direction=rng.choice(["inbound", "outbound", None]),
            occurred_at=moment().isoformat(),
        )
    visit_ids = [
        (await visit(client, rng.choice(customers), planned_at=moment().isoformat()))["id"]
        for _ in range(12)
    ]
    async with db.database.engine.begin() as connection:  # random states and dates
        for cid in customers:
            followed = None if rng.random() < 0.3 else moment()
            await connection.execute(
                update(Customer)
                .where(Customer.id == uuid.UUID(cid))
                .values(created_at=moment(), last_follow_up_at=followed)
            )
        for vid in visit_ids:
            status = rng.choice(["planned", "checked_in", "completed", "cancelled"])
            check_in = moment() if status in ("checked_in", "completed") else None
            check_out = (
                check_in + timedelta(seconds=rng.randrange(60, 9000))
                if check_in and status == "completed"
                else None
            )
            await connection.execute(
                update(Visit)
                .where(Visit.id == uuid.UUID(vid))
                .values(
                    status=status,
                    check_in_at=check_in,
                    check_out_at=check_out,
                    check_in_flagged=rng.random() < 0.3,
                )
            )
    kinds = ["claimed", "released", "returned_to_pool"]
    await _events(
        db,
        *(
            _flow(
                rng.choice(kinds),
                db.admin_id,
                rng.choice(customers),
                moment(),
                converted_at=moment() if rng.random() < 0.3 else None,
            )
            for _ in range(20)
        ),
    )
    date_from = date(2026, 1, 1) + timedelta(days=rng.randrange(60))
    date_to = date_from + timedelta(days=rng.randrange(120, 240))
    period: dict[str, Any] = {"date_from": date_from.isoformat(), "date_to": date_to.isoformat()}

    def within(raw: Any) -> bool:
        return raw is not None and date_from <= _day(raw) <= date_to

    # activities per month and type
    body = await stat(client, "activities", bucket="month", **period)
    got = {(r["period_start"], r["key"]): (r["activities"], r["inbound"]) for r in body["rows"]}
    raw = await independent(
        db, "SELECT occurred_at, type, direction FROM activities WHERE deleted_at IS NULL"
    )
    want: Counter[tuple[str, str]] = Counter()
    inbound: Counter[tuple[str, str]] = Counter()
    for at, kind, direction in raw:
        if within(at):
            want[(_month(_day(at)), kind)] += 1
            inbound[(_month(_day(at)), kind)] += direction == "inbound"
    assert got == {k: (n, inbound[k]) for k, n in want.items()}

    # visits, per employee over the period
    body = await stat(client, "visits", **period)
    got_visits = [
        (r["planned"], r["completed"], r["cancelled"], r["missed"], r["flagged"],
         r["avg_minutes_on_site"])
        for r in body["rows"]
    ]  # fmt: skip
    raw = await independent(
        db,
        "SELECT planned_at, status, check_in_flagged, check_in_at, check_out_at FROM visits "
        "WHERE deleted_at IS NULL",
    )
    rows = [r for r in raw if within(r[0])]
    first_today = today()
    done = [r for r in rows if r[1] == "completed"]
    seconds = sum((_moment(r[4]) - _moment(r[3])) / timedelta(milliseconds=1) for r in done)
    assert got_visits == [
        (
            len(rows),
            len(done),
            sum(r[1] == "cancelled" for r in rows),
            sum(r[1] == "planned" and _day(r[0]) < first_today for r in rows),
            sum(bool(r[2]) for r in rows),
            f"{Decimal(int(seconds)) / 60000 / len(done):.2f}" if done else None,
        )
    ]

    # follow-up gaps for 90 days, as of today
    body = await stat(client, "follow-up-gaps", days=90)
    raw = await independent(
        db,
        "SELECT last_follow_up_at FROM customers WHERE deleted_at IS NULL AND owner_id IS NOT NULL",
    )
    cutoff = today() - timedelta(days=90)
    quiet = [r[0] for r in raw if r[0] is None or _day(r[0]) <= cutoff]
    last_days = [_day(at) for at in quiet if at is not None]
    oldest = (today() - min(last_days)).days if last_days else None
    expected_gaps = [(len(quiet), len(quiet) - len(last_days), oldest)] if quiet else []
    assert [
        (r["customers"], r["never_followed_up"], r["oldest_gap_days"]) for r in body["rows"]
    ] == expected_gaps

    # new customers per quarter and source
    body = await stat(client, "new-customers", bucket="quarter", **period)
    got_new = {(r["period_start"], r["source"]): r["customers"] for r in body["rows"]}
    raw = await independent(db, "SELECT created_at, source FROM customers WHERE deleted_at IS NULL")
    want_new: Counter[tuple[str, str | None]] = Counter()
    for at, source in raw:
        if within(at):
            day = _day(at)
            want_new[
                (day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1).isoformat(), source)
            ] += 1
    assert got_new == dict(want_new)

    # pool flows per month: the counters (administrator) and the events (a department filter)
    raw = await independent(
        db,
        "SELECT created_at, kind, converted_at FROM customer_events "
        "WHERE kind IN ('claimed', 'released', 'returned_to_pool')",
    )
    want_flows: dict[str, list[int]] = {}
    for at, kind, converted in raw:
        if within(at):
            counts = want_flows.setdefault(_month(_day(at)), [0, 0, 0, 0])
            counts[kinds.index(kind)] += 1
            counts[3] += kind == "claimed" and converted is not None
    choices: list[dict[str, Any]] = [{}, {"department_id": db.root_department_id}]
    for params in choices:
        body = await stat(client, "pool-flows", bucket="month", **period, **params)
        assert {
            r["period_start"]: [r["claims"], r["releases"], r["returns"], r["conversions"]]
            for r in body["rows"]
        } == want_flows, params


def _moment(raw: Any) -> datetime:
    value = datetime.fromisoformat(raw) if isinstance(raw, str) else raw
    return value if value.tzinfo else value.replace(tzinfo=UTC)
